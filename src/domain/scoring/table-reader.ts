/**
 * The one reading of a partner table's rows, shared by PARTNER_SCORE and the planner:
 * each criterion column's numbers (tier words read on their scale), and what each row
 * is: a partner to score, an invalid row, a blank, a filler row, or a total row that
 * takes part in nothing. Which columns to read (and with what weight and direction)
 * is the caller's {@link TableLayout}: PARTNER_SCORE derives it from the header and
 * the weights argument, the planner from the sidebar's mapping.
 */

import type { CriterionId } from './criteria';
import { isErrorText } from './criteria';
import { readWords, wordKey, wordProblem } from './tiers';
import {
  type CellProblem,
  describeProblem,
  isBlankCell,
  isFiniteNumber,
  isMissing,
  MISSING,
  NON_NEGATIVE,
  quoteCell,
  readCell,
} from './values';

/** One column read as a criterion. */
export interface ReadColumn {
  /** The criterion's id, or `extra:<column>` for a team's own criterion. */
  readonly key: string;
  readonly criterion: CriterionId | undefined;
  /** What messages call it: the header as typed, else the criterion's label. */
  readonly name: string;
  /** 0-based column in the table's rows. */
  readonly column: number;
  readonly benefit: boolean;
  /** Relative weight, 0 or more. */
  readonly weight: number;
  /** The user's own word → number map (keys from wordKey), read before any known scale. */
  readonly words?: ReadonlyMap<string, number>;
}

export interface TableLayout {
  /** Row 0 is a header row and is not read. */
  readonly hasHeader: boolean;
  /** 0-based column of the partner names, or undefined when the table has none. */
  readonly nameColumn: number | undefined;
  readonly columns: readonly ReadColumn[];
}

// Row kinds, kept in a typed array: a large range should not cost an object per row.
export const HEADER = 0;
export const BLANK = 1;
export const FILLER = 2;
export const TOTAL = 3;
export const INVALID = 4;
export const SCORABLE = 5;

/** Why a row is invalid (the first bad cell in sheet order) or excluded as a total. */
export interface RowNote {
  readonly message: string;
  /** For an invalid row: the column of the bad cell and the cell as the sheet holds it. */
  readonly column?: ReadColumn;
  readonly cell?: unknown;
}

export interface ReadTable {
  readonly layout: TableLayout;
  readonly kinds: Uint8Array;
  readonly notes: Map<number, RowNote>;
  /** One array per layout column: the row's number, NaN for blanks and for rows that are not SCORABLE. */
  readonly values: Float64Array[];
}

const TOTAL_NAMES = new Set([
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
  'average',
  '合計',
  '小計',
  'summe',
  'gesamt',
]);

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const TOTAL_NAME_LENGTH = 20;

/**
 * True for a name cell that labels a total row (Total, Grand total, 合計, Summe, …).
 * Bracketed text counts here, unlike in headers: "@SUM(A1)" is a name, not "Sum".
 */
export function isTotalName(cell: unknown): boolean {
  // Every total name is short; a partner's name is not worth normalising for the check.
  return (
    typeof cell === 'string' &&
    cell.length <= TOTAL_NAME_LENGTH &&
    TOTAL_NAMES.has(cell.normalize('NFKC').toLowerCase().replace(NON_WORD, ''))
  );
}

interface Problem {
  cell: unknown;
  message: string;
}

/**
 * Reads every row. Values first (numbers, then each column's words), then each row's
 * kind in sheet order, since a total row is recognised by the rows above it.
 */
export function readTable(table: readonly (readonly unknown[])[], layout: TableLayout): ReadTable {
  const rowCount = table.length;
  const first = layout.hasHeader ? 1 : 0;
  const kinds = new Uint8Array(rowCount).fill(SCORABLE);
  if (layout.hasHeader && rowCount > 0) kinds[0] = HEADER;
  const namedTotal = new Uint8Array(rowCount);
  if (layout.nameColumn !== undefined) {
    for (let row = first; row < rowCount; row++)
      if (isTotalName(table[row][layout.nameColumn])) namedTotal[row] = 1;
  }
  const problems = layout.columns.map(() => new Map<number, Problem>());
  const values = layout.columns.map((column, c) =>
    readColumn(table, first, column, namedTotal, problems[c]),
  );
  const notes = new Map<number, RowNote>();
  classify(table, layout, { first, kinds, namedTotal, values, problems, notes });
  return { layout, kinds, notes, values };
}

function readColumn(
  table: readonly (readonly unknown[])[],
  first: number,
  column: ReadColumn,
  namedTotal: Uint8Array,
  problems: Map<number, Problem>,
): Float64Array {
  const values = new Float64Array(table.length).fill(MISSING);
  const at = column.column;
  const words = new Map<string, number[]>();
  let hasNumbers = false;
  for (let row = first; row < table.length; row++) {
    const cell = table[row][at];
    // Most cells are plain numbers Sheets has already parsed; skip the general rules.
    if (typeof cell === 'number' && cell >= 0 && isFiniteNumber(cell)) {
      values[row] = cell + 0;
      if (!namedTotal[row]) hasNumbers = true;
      continue;
    }
    const value = readCell(cell, NON_NEGATIVE);
    if (value.kind === 'number') {
      values[row] = value.value;
      if (!namedTotal[row]) hasNumbers = true;
    } else if (value.kind === 'invalid') {
      if (value.problem === 'text' && typeof cell === 'string' && !isErrorText(cell)) {
        const key = wordKey(cell);
        words.set(key, [...(words.get(key) ?? []), row]);
      } else problems.set(row, { cell, message: invalidMessage(column, cell, value.problem) });
    }
  }
  if (words.size === 0) return values;
  // A total row's own words ("n/a", "–") say nothing about the partners' scale.
  const partnerWords = [...words].filter(([, rows]) => rows.some((r) => !namedTotal[r]));
  const read = readWords(
    partnerWords.map(([key]) => key),
    hasNumbers,
    column.words,
  );
  for (const [key, rows] of words) {
    const value = read.get(key);
    for (const row of rows) {
      if (value !== undefined) values[row] = value;
      else {
        const cell = table[row][at];
        const why = wordProblem(column.name, String(cell), hasNumbers);
        problems.set(row, { cell, message: `Invalid ${column.name}: ${quoteCell(cell)} ${why}` });
      }
    }
  }
  return values;
}

function invalidMessage(column: ReadColumn, cell: unknown, problem: CellProblem): string {
  // "abc" plainly is not a number; say why only where the quoted value looks like one.
  const why = problem === 'text' ? '' : ` ${describeProblem(problem)}`;
  return `Invalid ${column.name}: ${quoteCell(cell)}${why}`;
}

interface Classifying {
  first: number;
  kinds: Uint8Array;
  namedTotal: Uint8Array;
  values: Float64Array[];
  problems: Map<number, Problem>[];
  notes: Map<number, RowNote>;
}

/** Relative tolerance of "equals the sum": sums of decimals carry rounding. */
const SUM_TOLERANCE = 1e-9;
// Module constants, not global lookups in a loop over every row (see values.ts).
const abs = Math.abs;
const max = Math.max;

function classify(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  { first, kinds, namedTotal, values, problems, notes }: Classifying,
): void {
  // Sheet order, so an Invalid note names the first bad cell a person sees.
  const order = layout.columns
    .map((_, c) => c)
    .sort((a, b) => layout.columns[a].column - layout.columns[b].column);
  const sums = new Float64Array(layout.columns.length);
  let rowsAbove = 0;
  for (let row = first; row < table.length; row++) {
    if (namedTotal[row]) {
      kinds[row] = TOTAL;
      const name = quoteCell(table[row][layout.nameColumn as number]);
      notes.set(row, { message: `Excluded: ${name} is a total row, not a partner` });
      clearRow(values, row);
      continue;
    }
    // A named partner is never a sum row; only a row without a name can be one.
    const named = layout.nameColumn !== undefined && !isBlankCell(table[row][layout.nameColumn]);
    if (!named && sumOfAbove(values, row, sums, rowsAbove)) {
      kinds[row] = TOTAL;
      notes.set(row, {
        message: 'Excluded: a total row (each value is the sum of the rows above), not a partner',
      });
      clearRow(values, row);
      continue;
    }
    let hasValue = false;
    let allZero = true;
    for (let c = 0; c < values.length; c++) {
      const value = values[c][row];
      if (isMissing(value)) continue;
      hasValue = true;
      sums[c] += value;
      if (value !== 0) allZero = false;
    }
    if (hasValue) rowsAbove++;
    let bad = -1;
    for (const c of order) {
      if (problems[c].size > 0 && problems[c].has(row)) {
        bad = c;
        break;
      }
    }
    if (bad >= 0) {
      const problem = problems[bad].get(row) as Problem;
      kinds[row] = INVALID;
      notes.set(row, { message: problem.message, column: layout.columns[bad], cell: problem.cell });
      // An invalid row takes no part in anyone's normalisation.
      clearRow(values, row);
    } else if (!hasValue) kinds[row] = BLANK;
    else if (
      allZero &&
      layout.nameColumn !== undefined &&
      isBlankCell(table[row][layout.nameColumn])
    ) {
      kinds[row] = FILLER;
      clearRow(values, row);
    }
  }
}

/**
 * True when the row has at least two known values, not all 0, each equal to the sum
 * of that column over the rows above (two or more of them): a SUM row without a label.
 * Rows above that are totals themselves are not in the sum.
 */
function sumOfAbove(
  values: readonly Float64Array[],
  row: number,
  sums: Float64Array,
  rowsAbove: number,
): boolean {
  if (rowsAbove < 2) return false;
  let known = 0;
  let nonZero = false;
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    if (abs(value - sums[c]) > SUM_TOLERANCE * max(1, abs(sums[c]))) return false;
    known++;
    if (value !== 0) nonZero = true;
  }
  return known >= 2 && nonZero;
}

function clearRow(values: readonly Float64Array[], row: number): void {
  for (const column of values) column[row] = MISSING;
}
