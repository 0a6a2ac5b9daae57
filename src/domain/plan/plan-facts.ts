/**
 * The facts of one plan version that its decision record states: the completed request,
 * the waves, gates, partners, stop conditions and notes buildPlan made.
 */
import type {
  GateRow,
  IsoDate,
  PlannedPartner,
  PlanRequest,
  RowCounts,
  WaveRow,
} from '../../shared/plan-types';
import type { AmountStyle } from './amount-style';
import type { SensitivityFacts } from './record-sensitivity';

export interface PlanFacts extends SensitivityFacts {
  request: PlanRequest;
  version: number;
  /** e.g. 'B0373 v1', or null for a first version. */
  supersedes: string | null;
  today: IsoDate;
  counts: RowCounts;
  partners: PlannedPartner[];
  waves: WaveRow[];
  gates: GateRow[];
  stopConditions: string[];
  planSheetName: string;
  /** How numbers are written: the spreadsheet locale's marks and currency. */
  amounts: AmountStyle;
  /** The plan's notes (periods, metrics left out, ties): stated in the record too. */
  notes: string[];
  /** The header of each extra criterion (`extra:<column>`) the plan scores on. */
  extraNames: Record<string, string>;
}
