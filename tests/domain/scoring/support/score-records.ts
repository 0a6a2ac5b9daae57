/**
 * PARTNER_SCORE's reading of a table as records, one per row: the formula's layout,
 * scored with the reader the planner shares, then described row by row.
 */
import { formulaLayout } from '../../../../src/domain/scoring/formula-layout';
import {
  describeRow,
  parseMethod,
  type RowScore,
  scoreLayout,
} from '../../../../src/domain/scoring/partner-score';
import { parseWeights } from '../../../../src/domain/scoring/weights';

export function scorePartners(
  table: unknown[][],
  weights?: unknown,
  method?: unknown,
): { hasHeader: boolean; columns: Record<string, number>; rows: RowScore[] } {
  const layout = formulaLayout(table, parseWeights(weights));
  const scored = scoreLayout(table, layout, parseMethod(method));
  return {
    hasHeader: layout.hasHeader,
    columns: Object.fromEntries(layout.columns.map((c) => [c.key, c.column])),
    rows: table.map((_, row) => describeRow(scored, row)),
  };
}
