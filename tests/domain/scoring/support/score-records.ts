/**
 * PARTNER_SCORE's reading of a table as records, one per row: the formula's layout,
 * scored with the reader the planner shares, then described row by row. Cells are read
 * in `sheet`'s locale and time zone (en_US in UTC unless a test names another).
 */
import { formulaLayout } from '../../../../src/domain/scoring/formula-layout';
import {
  describeRow,
  parseMethod,
  type RowScore,
  scoreLayout,
} from '../../../../src/domain/scoring/partner-score';
import { parseWeights } from '../../../../src/domain/scoring/weights';
import { type SheetSettings, ValueReader } from '../../../../src/domain/values/reader';
import { EN_US } from '../../../support/sheet-settings';

export function scorePartners(
  table: unknown[][],
  weights?: unknown,
  method?: unknown,
  sheet: SheetSettings = EN_US,
): { hasHeader: boolean; columns: Record<string, number>; rows: RowScore[] } {
  const reader = new ValueReader(sheet);
  const layout = formulaLayout(table, parseWeights(weights, reader), reader);
  const scored = scoreLayout(table, layout, parseMethod(method, reader), reader);
  return {
    hasHeader: layout.hasHeader,
    columns: Object.fromEntries(layout.columns.map((c) => [c.key, c.column])),
    rows: table.map((_, row) => describeRow(scored, row)),
  };
}
