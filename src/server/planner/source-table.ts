/**
 * Finds the partner table in a sheet's values: the header row is the first of the top
 * rows naming the most criteria (as PARTNER_SCORE names them); the partner column is
 * the one headed like a name, else the first non-criterion text column.
 */
import {
  CRITERIA,
  type CriterionId,
  criterionForHeader,
  normaliseHeader,
} from '../../domain/scoring/criteria';
import type { DetectedTable, FieldError } from '../../shared/plan-types';

const HEADER_SEARCH_ROWS = 20;
const PARTNER_HEADERS = [
  'partner',
  'partnername',
  'name',
  'company',
  'account',
  'accountname',
  'reseller',
];
const OWNER_HEADERS = [
  'owner',
  'accountowner',
  'partnerowner',
  'partnermanager',
  'manager',
  'channelmanager',
];

const headerText = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function criteriaIn(row: readonly unknown[]): Partial<Record<CriterionId, number>> {
  const columns: Partial<Record<CriterionId, number>> = {};
  row.forEach((cell, i) => {
    const c = criterionForHeader(cell);
    if (c && columns[c.id] === undefined) columns[c.id] = i + 1;
  });
  return columns;
}

/**
 * Finds the partner table in a sheet's values (rows × columns, as getValues returns them): the
 * header row is `headerRow` (1-based) when given, else the first of the top 20 rows that names
 * the most criteria. Columns in the result are 1-based; `dataRows` counts the rows below the
 * header. Returns a 'source.headerRow' FieldError, never throws, when no such row names a
 * criterion.
 */
export function detectTable(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  sheetId: number,
  headerRow?: number,
): { table: DetectedTable } | { error: FieldError } {
  let row = headerRow;
  if (row === undefined) {
    let best = 0;
    for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
      const n = Object.keys(criteriaIn(values[r])).length;
      if (n > best) [best, row] = [n, r + 1];
    }
  }
  if (
    row === undefined ||
    row < 1 ||
    row > values.length ||
    Object.keys(criteriaIn(values[row - 1])).length === 0
  ) {
    return {
      error: {
        field: 'source.headerRow',
        message: `No header naming a criterion found on '${sheetName}'${headerRow ? ` in row ${headerRow}` : ''}. Put a header row with names such as ${CRITERIA.map((c) => c.label).join(', ')} above the partners.`,
      },
    };
  }
  const header = values[row - 1];
  const columns = criteriaIn(header);
  const criterionColumns = new Set(Object.values(columns));
  const keyed = header.map((cell, i) => ({
    column: i + 1,
    key: normaliseHeader(headerText(cell)),
  }));
  const byName = (names: string[]) =>
    keyed.find((h) => names.includes(h.key) && !criterionColumns.has(h.column))?.column;
  const partnerColumn =
    byName(PARTNER_HEADERS) ??
    keyed.find((h) => h.key !== '' && !criterionColumns.has(h.column))?.column ??
    1;
  const ownerColumn = byName(OWNER_HEADERS) ?? null;
  return {
    table: {
      sheetName,
      sheetId,
      headerRow: row,
      columnOptions: header.flatMap((cell, i) =>
        headerText(cell) ? [{ column: i + 1, header: headerText(cell) }] : [],
      ),
      partnerColumn,
      ownerColumn: ownerColumn === partnerColumn ? null : ownerColumn,
      columns,
      dataRows: Math.max(0, values.length - row),
    },
  };
}
