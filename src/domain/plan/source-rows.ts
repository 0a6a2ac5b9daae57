/**
 * The partner rows of the source sheet, scored with PARTNER_SCORE's own rules
 * (src/domain/scoring/partner-score.ts) over the columns the request maps, so the plan and the
 * formula never rank the same table differently.
 */

import type { FieldError, ScoringSpec, SourceSpec } from '../../shared/plan-types';
import { CRITERIA, type Criterion, criterionForHeader } from '../scoring/criteria';
import { scorePartners } from '../scoring/partner-score';
import { isPercentHeader } from '../values/columns';
import type { SheetSettings } from '../values/reader';
import type { RowOutcome, SourceRow } from './ranking';

const text = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * `header` is the sheet's header row and `cells` the rows below it, as getValues returns
 * them (column 1 at index 0); `sheet` the spreadsheet's locale and time zone, in which
 * the cells are read. Blank rows are dropped.
 */
export function scoreSourceRows(
  header: readonly unknown[],
  cells: readonly (readonly unknown[])[],
  source: SourceSpec,
  scoring: ScoringSpec,
  sheet: SheetSettings,
): { rows: SourceRow[] } | { error: FieldError } {
  const mapped = CRITERIA.filter(
    (c) => source.columns[c.id] !== undefined && source.columns[c.id] !== null,
  );
  const names = mapped.map((c) => nameOf(c, header[(source.columns[c.id] as number) - 1]));
  const table: unknown[][] = [names];
  for (const row of cells)
    table.push(mapped.map((c) => row[(source.columns[c.id] as number) - 1] ?? ''));
  // No partner rows at all is the plan's "empty table" message, not PARTNER_SCORE's.
  const blank = (cell: unknown) =>
    cell === null || cell === undefined || String(cell).trim() === '';
  if (cells.every((row) => row.every(blank))) return { rows: [] };
  let outcomes: RowOutcome[];
  try {
    const weights = [CRITERIA.map((c) => scoring.weights[c.id])];
    outcomes = scorePartners(table, weights, scoring.method, sheet).rows.slice(1) as RowOutcome[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: { field: 'source.columns', message: message.replace(/^PARTNER_SCORE: /, '') } };
  }
  const rows: SourceRow[] = [];
  outcomes.forEach((outcome, i) => {
    const cellsOfRow = cells[i];
    const name = text(cellsOfRow[source.partnerColumn - 1]);
    const owner = source.ownerColumn ? text(cellsOfRow[source.ownerColumn - 1]) : '';
    if (outcome.kind === 'blank' && name === '') return;
    const sheetRow = source.headerRow + 1 + i;
    rows.push({
      sheetRow,
      name: name || `(no name, row ${sheetRow})`,
      owner,
      // A named row with no criterion values is a partner with no data, not a blank row.
      outcome:
        outcome.kind === 'blank'
          ? {
              kind: 'insufficient',
              values: {},
              missing: mapped.filter((c) => scoring.weights[c.id] > 0).map((c) => c.id),
            }
          : outcome,
    });
  });
  return { rows };
}

/**
 * What PARTNER_SCORE's reading calls a mapped column: the sheet's own header when it
 * names that criterion (so messages quote it), else the criterion's label, marked `(%)`
 * when the sheet's header names a percentage, which the column checks go by.
 */
function nameOf(criterion: Criterion, cell: unknown): string {
  const typed = typeof cell === 'string' ? cell.trim() : '';
  if (criterionForHeader(typed)?.id === criterion.id) return typed;
  return isPercentHeader(typed) ? `${criterion.label} (%)` : criterion.label;
}
