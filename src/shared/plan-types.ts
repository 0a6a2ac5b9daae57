/**
 * The plan request and the answers the planner's server functions send back. Both
 * the server (src/server/planner.ts) and the sidebar compile against this file, so
 * everything here is JSON-safe: google.script.run cannot carry Dates, so dates travel
 * as 'YYYY-MM-DD' texts in the spreadsheet's time zone.
 */

import type * as v from 'valibot';
import type { CriterionId } from '../domain/scoring/criteria';
import type { Language } from './i18n/language';
import type { CarriedActuals, PartnerTotals, PlannedPartner } from './plan-answers';
import type { ColumnWords } from './reading-types';
import type { FieldError, IsoDate } from './schema/fields';
import type {
  gateSettingsSchema,
  gateThresholdsSchema,
  metricSchema,
  waveGatesSchema,
} from './schema/gates';
import type { Direction, METRIC_KINDS } from './schema/options';
import type { partnerChoicesSchema } from './schema/partners';
import type { peopleSchema } from './schema/people';
import type { nameVariantSchema, recordSchema, userRiskSchema } from './schema/record';
import type { planRequestSchema } from './schema/request';
import type { scoringSchema } from './schema/scoring';
import type { sourceSchema } from './schema/source';
import type {
  pilotCapsSchema,
  scheduleSchema,
  waveAssignmentSchema,
  wavesSchema,
} from './schema/waves';
import type { PlanSensitivity } from './sensitivity-types';

export type {
  CarriedActuals,
  PartnerPage,
  PartnerStatus,
  PartnerTotals,
  PlannedPartner,
} from './plan-answers';
export type { FieldError, IsoDate } from './schema/fields';
export type { CriterionId };

// ---------------------------------------------------------------------------
// The plan request: its types come from the schema in ./schema/, field by field.
// ---------------------------------------------------------------------------

/** Where the partner table is. Column numbers are the sheet's own, 1 = column A. */
export type SourceSpec = v.InferOutput<ReturnType<typeof sourceSchema>>;
export type ScoringSpec = v.InferOutput<ReturnType<typeof scoringSchema>>;
export type ScoringMethod = ScoringSpec['method'];
export type WaveAssignment = v.InferOutput<ReturnType<typeof waveAssignmentSchema>>;
export type PilotCaps = v.InferOutput<ReturnType<typeof pilotCapsSchema>>;
export type WavesSpec = v.InferOutput<ReturnType<typeof wavesSchema>>;
export type ScheduleSpec = v.InferOutput<ReturnType<typeof scheduleSchema>>;
/** The metrics a gate judges. `custom` is a guardrail the user adds. */
export type MetricKind = (typeof METRIC_KINDS)[number];
export type MetricDefinition = v.InferOutput<ReturnType<typeof metricSchema>>;
/** Which way is better, for gate metrics and criteria alike. */
export type { Direction };

export type MetricUnit = MetricDefinition['unit'];
export type GateThresholds = v.InferOutput<ReturnType<typeof gateThresholdsSchema>>;
export type WaveGates = v.InferOutput<ReturnType<typeof waveGatesSchema>>;
export type GateSettings = v.InferOutput<ReturnType<typeof gateSettingsSchema>>;
export type PeopleSpec = v.InferOutput<ReturnType<typeof peopleSchema>>;
export type RecordSpec = v.InferOutput<ReturnType<typeof recordSchema>>;
export type RecordStatus = RecordSpec['status'];
export type RecordQuality = RecordSpec['quality'];
export type NameVariant = v.InferOutput<ReturnType<typeof nameVariantSchema>>;
export type UserRisk = v.InferOutput<ReturnType<typeof userRiskSchema>>;
export type PlanRequest = v.InferOutput<ReturnType<typeof planRequestSchema>>;
export type PartnerChoices = v.InferOutput<ReturnType<typeof partnerChoicesSchema>>;
/** The source columns whose amounts add up over time, and so have a period. */
export type PeriodColumn = keyof GateSettings['periods'];

type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What previewPlan / writePlan accept: the source plus any part of the rest; what is
 * missing takes its default. Arrays replace the default array whole.
 */
export type PlanRequestInput = { source: SourceSpec } & DeepPartial<Omit<PlanRequest, 'source'>>;

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/** Either the value or the field-level errors; warnings (e.g. duplicate names) never block. */
export type Result<T> =
  | { ok: true; value: T; warnings: FieldError[] }
  | {
      ok: false;
      errors: FieldError[];
      warnings: FieldError[];
      /**
       * A plan refused for its gates only: the gate rows the other thresholds still give,
       * so the gates step shows what each box now derives instead of nothing or old values.
       */
      gates?: GateRow[];
    };

export interface SheetSummary {
  name: string;
  sheetId: number;
  lastRow: number;
  lastColumn: number;
  /** True for sheets this add-on wrote (plans, records, the log). */
  writtenByPlanner: boolean;
}

/** A header found in the source table, for the column dropdowns. */
export interface ColumnOption {
  column: number;
  header: string;
}

export interface DetectedTable {
  sheetName: string;
  sheetId: number;
  headerRow: number;
  /** Every non-blank header of the header row. */
  columnOptions: ColumnOption[];
  partnerColumn: number;
  ownerColumn: number | null;
  columns: Partial<Record<CriterionId, number>>;
  /** Rows below the header up to the sheet's last row. */
  dataRows: number;
  /** Criteria two or more columns name equally well: the user chooses (columns 1-based). */
  ties: { criterion: CriterionId; columns: number[] }[];
  /** Columns (1-based) whose header cell holds an error such as #REF!. */
  headerErrors: number[];
  /** The words in each column that holds any, for mapping them to numbers. */
  words: ColumnWords[];
  /**
   * Columns (1-based) holding numbers or tier words (table-header.ts valueColumns): the data
   * step names those no criterion reads while a criterion is not used, as the Score header does.
   */
  valueColumns?: number[];
}

export interface LogEntry {
  id: string;
  version: number;
  title: string;
  status: string;
  date: IsoDate;
  supersedes: string;
  supersededBy: string;
  planSheet: string;
  recordSheet: string;
  /** The plan sheet's gate table with its header row, in A1 notation, e.g. 'A12:N27'. */
  gateTable: string;
}

/** A currency as amounts show it: its symbol ('$', '€', 'CHF ') before or after the number. */
export interface CurrencySign {
  symbol: string;
  before: boolean;
}

export interface PlannerContext {
  spreadsheetName: string;
  timeZone: string;
  locale: string;
  /** The spreadsheet locale's currency, the one the plan's amounts are written in. */
  currency: CurrencySign;
  /**
   * ISO 4217 code of that currency (the table's, else the locale's), the only one the
   * sidebar's money boxes take; null when neither is known.
   */
  currencyCode: string | null;
  today: IsoDate;
  activeSheet: string;
  sheets: SheetSummary[];
  /** The table on the active sheet (or the last request's sheet), or null when none is found. */
  table: DetectedTable | null;
  /** A complete request with every default filled, or null without a table. */
  defaults: PlanRequest | null;
  /** The last request written or previewed in this document (document properties). */
  lastRequest: PlanRequest | null;
  /**
   * Why the kept request could not be read (damaged, or of a shape this version does not
   * know), so the sidebar starts from the defaults and says so; null when it was read.
   */
  lastRequestProblem: string | null;
  nextRecordId: string;
  log: LogEntry[];
  /** The log as the sidebar saw it; writePlan(request, logVersion) refuses if another write came first. */
  logVersion: string;
}

export interface RowCounts {
  /** Non-blank rows below the header. */
  rows: number;
  scored: number;
  insufficient: number;
  invalid: number;
}

/**
 * A sum of an amount column over partners, some of whom may lack a value (n/a, TBD, blank):
 * `value` adds the partners that have one (pro-rated to the wave, whole units), null when
 * none of them has one (the sum is unknown, never 0); `missing` counts the partners left
 * out, so 0 < missing with a value is a partial sum that undercounts.
 */
export interface PartnerSum {
  value: number | null;
  missing: number;
}

export interface WaveRow {
  wave: number;
  name: string;
  start: IsoDate;
  midCheckIn: IsoDate | null;
  gateReview: IsoDate;
  partners: number;
  /** In currency, per wave. */
  comarketingBudget: PartnerSum;
  /** In hours, per wave. */
  enablementLoad: PartnerSum;
  /** Partner-sourced revenue the wave's partners bring over the wave, in currency. */
  expectedRevenue: PartnerSum;
}

/** When a gate row is judged: mid-wave on wave-to-date figures, or on the whole wave. */
export type Checkpoint = 'checkIn' | 'gateReview';

export interface GateRow {
  wave: number;
  waveName: string;
  checkpoint: Checkpoint;
  metricId: string;
  /** What the metric is; the partner share's rows have an Actual the plan computes. */
  kind: MetricKind;
  metric: string;
  direction: Direction;
  unit: MetricUnit;
  baseline: number | null;
  goAt: number;
  stopAt: number;
  owner: string;
  reviewDate: IsoDate;
  /** The period the Actual covers and how the thresholds were pro-rated, in words. */
  covers: string;
}

export interface CalendarEntry {
  date: IsoDate;
  wave: number;
  /** What happens that day (wave start, mid-wave check-in, gate review) in the plan's language. */
  event: string;
  who: string;
}

/** One section of the decision record: a heading, then labelled fields, paragraphs, list items. */
export interface RecordSection {
  heading: string;
  fields: { label: string; value: string }[];
  paragraphs: string[];
  items: string[];
}

export interface RecordContent {
  id: string;
  version: number;
  title: string;
  /** The language the record is written in (the request's). */
  language: Language;
  /** The status as MADR names it ('Proposed', 'Accepted'), whatever the record's words. */
  status: RecordStatus;
  /** The record's date, 'YYYY-MM-DD', for the Markdown's front matter. */
  date: IsoDate;
  /** The seed's badge line, e.g. 'One-Pager · Reviewed · Proposed'. */
  badge: string;
  /**
   * In the seed's order: Name variants; Quality / Updated / Source / COI; Decision
   * status (MADR/Nygard: status, date, version, decision makers, consulted, informed,
   * supersedes, superseded by); Context; Options; Decision; Rationale; Risks; Next.
   */
  sections: RecordSection[];
}

/**
 * What a plan note is about: the amount columns' periods, a gate or check-in left out (a
 * metric without a column or a baseline, a partner share without its revenue row), or a
 * tie the tie rule broke at a wave boundary.
 */
export type NoteKind = 'period' | 'gate' | 'tie';

export interface PlanPreview {
  /** The request with every default filled: what a write would use. */
  request: PlanRequest;
  /**
   * The currency the partner table's amounts name (ISO 4217, or `kr`), which the plan shows
   * its money in; absent when the table names none and the locale's currency stands.
   */
  currency?: string;
  /**
   * The sign the plan shows its amounts with: `currency`'s, else the locale's. The sidebar's
   * money boxes follow it, since another sheet than the context's may name another currency.
   */
  currencySign?: CurrencySign;
  counts: RowCounts;
  /** In plan order; a write has every row, previewPlan only those the sidebar shows. */
  partners: PlannedPartner[];
  totals: PartnerTotals;
  /** True when `partners` holds every row. */
  allPartners: boolean;
  /** What a reader must know of how the plan was made (metrics left out, ties, periods). */
  notes: string[];
  /**
   * What each of `notes` is about, in the same order, so the sidebar places a note by its
   * kind in any language instead of by its words.
   */
  noteKinds: NoteKind[];
  waves: WaveRow[];
  gates: GateRow[];
  stopConditions: string[];
  calendar: CalendarEntry[];
  record: RecordContent;
  /** The record as MADR-compatible Markdown. */
  markdown: string;
  /** The PARTNER_SCORE formula that gives the plan's scores in the sheet. */
  scoreFormula: ScoreFormula | null;
  /** How the Pilot and each partner's wave hold under other weights; null when not analysed. */
  sensitivity: PlanSensitivity | null;
  /** The sheet names a write would create now. */
  planSheetName: string;
  recordSheetName: string;
  version: number;
}

/**
 * The formula that reproduces the plan's scores, with the labelled weights range the
 * plan writes above its ranking.
 */
export interface ScoreFormula {
  /** Label | value rows of the weights range, as the plan writes them. */
  weights: [string, number | string][];
  /** e.g. =PARTNER_SCORE('Partners'!A1:H61, 'Pilot plan B0373 v1'!A60:B67, "minmax"). */
  formula: string;
  /** True when the headers alone (six weights) would read the table differently. */
  differs: boolean;
}

export interface WrittenSheet {
  name: string;
  sheetId: number;
  /** Opens the sheet: the spreadsheet's URL with #gid=. */
  url: string;
}

export interface WriteResult {
  id: string;
  version: number;
  plan: WrittenSheet;
  record: WrittenSheet;
  log: WrittenSheet;
  /** The version this one superseded, or null for a first version. */
  supersedes: number | null;
  markdown: string;
  /** The log's fingerprint after this write, for the sidebar's next writePlan. */
  logVersion: string;
  /** Actuals carried over from the superseded version, and what could not be, in words. */
  carried: CarriedActuals;
}
