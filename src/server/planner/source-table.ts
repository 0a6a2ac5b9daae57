/**
 * Finds the partner table in a sheet's values with PARTNER_SCORE's own header rules
 * (src/domain/scoring/table-header.ts): the header row is the first of the top rows
 * naming the most criteria; the partner column is the one headed like a name, else the
 * first other text column. Ties are left for the user to choose, never picked.
 */
import { CRITERIA, normaliseHeader } from '../../domain/scoring/criteria';
import { nameColumnOf, readHeader, valueColumns } from '../../domain/scoring/table-header';
import { isBlankCell, NON_NEGATIVE, type ValueReader } from '../../domain/values/reader';
import { checkText } from '../../shared/i18n/checks';
import type { Language } from '../../shared/i18n/language';
import type { DetectedTable, FieldError } from '../../shared/plan-types';
import type { ColumnWords } from '../../shared/reading-types';

const HEADER_SEARCH_ROWS = 20;
/** A column with more distinct words than this holds names or notes, not a scale. */
const MAX_WORDS = 12;
const OWNER_HEADERS = [
  'owner',
  'accountowner',
  'partnerowner',
  'partnermanager',
  'manager',
  'channelmanager',
];

/** How many criteria a row names, tied ones included. */
function criteriaNamed(row: readonly unknown[]): number {
  const header = readHeader(row);
  return Object.keys(header.columns).length + header.ties.length;
}

/**
 * Finds the partner table in a sheet's values (rows × columns, as getValues returns them): the
 * header row is `headerRow` (1-based) when given, else the first of the top 20 rows that names
 * the most criteria. Columns in the result are 1-based; `dataRows` counts the rows below the
 * header. `reader` tells words from numbers typed as text, in the spreadsheet's locale;
 * messages and column labels are in `language`. Returns a 'source.headerRow' FieldError,
 * never throws, when no such row names a criterion.
 */
export function detectTable(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  sheetId: number,
  reader: ValueReader,
  language: Language,
  headerRow?: number,
): { table: DetectedTable } | { error: FieldError } {
  const says = checkText(language).source;
  let row = headerRow;
  if (row === undefined) {
    let best = 0;
    for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
      const n = criteriaNamed(values[r]);
      if (n > best) [best, row] = [n, r + 1];
    }
  }
  if (row === undefined || row < 1 || row > values.length || criteriaNamed(values[row - 1]) === 0) {
    return {
      error: {
        field: 'source.headerRow',
        message: says.noHeader({
          sheet: sheetName,
          row: headerRow,
          criteria: CRITERIA.map((c) => checkText(language).criteria[c.id]),
        }),
      },
    };
  }
  const cells = values[row - 1];
  const header = readHeader(cells, values.slice(row - 1));
  const criterionColumns = new Set([
    ...Object.values(header.columns),
    ...header.ties.flatMap((t) => t.columns),
  ]);
  const keyed = header.texts.map((text, i) => ({ column: i + 1, key: normaliseHeader(text) }));
  // The column PARTNER_SCORE names partners by, so both tell total rows alike.
  const nameColumn = nameColumnOf(values.slice(row - 1), header);
  const partnerColumn =
    (nameColumn === undefined ? undefined : nameColumn + 1) ??
    keyed.find((h) => h.key !== '' && !criterionColumns.has(h.column - 1))?.column ??
    1;
  const ownerColumn =
    keyed.find((h) => OWNER_HEADERS.includes(h.key) && !criterionColumns.has(h.column - 1))
      ?.column ?? null;
  const plus1 = Object.fromEntries(
    Object.entries(header.columns).map(([id, column]) => [id, (column as number) + 1]),
  );
  return {
    table: {
      sheetName,
      sheetId,
      headerRow: row,
      columnOptions: cells.flatMap((cell, i) => {
        const text = header.texts[i];
        if (text) return [{ column: i + 1, header: text }];
        // A header that is a number, a date or an error is still a column to choose.
        return isBlankCell(cell)
          ? []
          : [{ column: i + 1, header: says.column({ n: i + 1, cell: String(cell) }) }];
      }),
      partnerColumn,
      ownerColumn: ownerColumn === partnerColumn ? null : ownerColumn,
      columns: plus1,
      dataRows: Math.max(0, values.length - row),
      ties: header.ties.map((t) => ({
        criterion: t.criterion.id,
        columns: t.columns.map((c) => c + 1),
      })),
      headerErrors: header.errorColumns.map((c) => c + 1),
      valueColumns: valueColumns(values.slice(row - 1), header, new Set()).map((c) => c + 1),
      words: columnWords(
        values.slice(row),
        cells.length,
        new Set([partnerColumn, ownerColumn]),
        reader,
      ),
    },
  };
}

/**
 * Each column's distinct words (a few at most), skipping name-like columns. A word is text
 * that is no number in any spelling, as the table reader takes it for a tier word; a
 * number typed the other locale's way is a bad cell to fix, not a word to map.
 */
function columnWords(
  rows: readonly (readonly unknown[])[],
  width: number,
  skip: Set<number | null>,
  reader: ValueReader,
): ColumnWords[] {
  const found: ColumnWords[] = [];
  for (let column = 1; column <= width; column++) {
    if (skip.has(column)) continue;
    const words = new Set<string>();
    for (const row of rows) {
      const cell = row[column - 1];
      if (typeof cell !== 'string') continue;
      const value = reader.number(cell, NON_NEGATIVE);
      if (value.kind !== 'invalid' || value.problem !== 'text') continue;
      words.add(cell.trim());
      if (words.size > MAX_WORDS) break;
    }
    if (words.size > 0 && words.size <= MAX_WORDS) found.push({ column, words: [...words] });
  }
  return found;
}
