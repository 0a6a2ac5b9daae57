/**
 * What each row of a partner table is, once its cells are read (table-reader.ts): a
 * partner to score, an invalid row (its first bad cell in sheet order), a blank, a filler
 * row, or a total row (total-rows.ts, total-names.ts) that takes part in nothing.
 */

import { isErrorText, isMissing, MISSING, type ValueReader } from '../values/reader';
import { excludeBreakdowns } from './breakdown-blocks';
import type { Problem } from './column-checks';
import type { ReadColumn, TableLayout } from './column-reader';
import { COMPLETE_ROW, SCORABLE_ROW } from './criterion-columns';
import { hasTotalWord } from './total-names';
import {
  addRow,
  columnTotals,
  isMean,
  isSum,
  mayBeTotal,
  nearTotal,
  sumsOfAbove,
} from './total-rows';

// Row kinds, kept in a typed array: a large range should not cost an object per row.
export const HEADER = 0;
export const BLANK = 1;
export const FILLER = 2;
export const TOTAL = 3;
export const INVALID = 4;
export const SCORABLE = 5;
const KINDS = { blank: BLANK, total: TOTAL, scorable: SCORABLE };

/** Why a row is invalid (the first bad cell in sheet order) or excluded as a total. */
export interface RowNote {
  readonly message: string;
  /** For an invalid row: the column of the bad cell and the cell as the sheet holds it. */
  readonly column?: ReadColumn;
  readonly cell?: unknown;
}

export interface Classifying {
  first: number;
  kinds: Uint8Array;
  namedTotal: Uint8Array;
  /** 1 for a row without a name (blank name cell, or no name column). */
  unnamed: Uint8Array;
  /** How many columns of the row hold a plain number (readPlainNumbers). */
  plainCount: Uint16Array;
  /** Filled here: see ReadTable.scorable. */
  scorable: Uint8Array;
  values: Float64Array[];
  problems: Map<number, Problem>[];
  notes: Map<number, RowNote>;
  reader: ValueReader;
}

/**
 * Sets each row's kind (`state.kinds`, SCORABLE where not told otherwise), its note and its
 * `scorable` entry; returns how many rows are SCORABLE. Rows are taken in sheet order, since
 * a total row is recognised by the rows above it. Never throws.
 */
export function classify(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  state: Classifying,
): number {
  const { first, kinds, namedTotal, unnamed, plainCount, scorable, values, problems } = state;
  const { notes, reader } = state;
  const width = layout.columns.length;
  let partners = 0;
  // Sheet order, so an Invalid note names the first bad cell a person sees.
  const order = layout.columns
    .map((_, c) => c)
    .sort((a, b) => layout.columns[a].column - layout.columns[b].column);
  // Each column's sum and count over the rows above that are not totals, as read (an
  // invalid row's numbers count, as in a SUM over the sheet). Kept lazily: `above` holds
  // the rows before `upTo`, and only the first two columns' are kept for every row. A
  // complete row can be a total only if each of its first two values is near its column's
  // sum, average or highest (mayBeTotal), so most rows add two numbers, not one per column;
  // `above` catches up when a row needs it, in the same row order, so each sum is the
  // same double.
  const above = columnTotals(width);
  let firstSum = 0;
  let firstCount = 0;
  let firstHigh = -Infinity;
  let secondSum = 0;
  let secondCount = 0;
  let secondHigh = -Infinity;
  let upTo = first;
  const catchUp = (row: number) => {
    for (; upTo < row; upTo++) if (kinds[upTo] !== TOTAL) addRow(values, upTo, above);
  };
  // Since the last total row: regional subtotals sum their own block, not the whole table.
  let section = columnTotals(width);
  let sectioned = false;
  const anyProblem = problems.some((column) => column.size > 0);
  // Invalid and filler rows are cleared after the loop: `above` may still need their numbers.
  const cleared: number[] = [];
  const endSection = () => {
    section = columnTotals(width);
    sectioned = true;
  };
  for (let row = first; row < table.length; row++) {
    if (namedTotal[row]) {
      kinds[row] = TOTAL;
      const name = reader.quote(table[row][layout.nameColumn as number]);
      notes.set(row, { message: reader.text.score.excludedNamed({ name }) });
      clearRow(values, row);
      endSection();
      continue;
    }
    // Most rows: a named partner with a number in every column and no total above. It has
    // a value and is no filler.
    const complete = width > 0 && plainCount[row] === width && !unnamed[row] && !sectioned;
    // A row whose values are the sums (or some the averages) of the rows above, or of its
    // section: a total, if it has no name or a name that says so (namedSumRow).
    let total: string | undefined;
    const first0 = complete ? values[0][row] : 0;
    const near =
      !complete ||
      (above.rows >= 2 &&
        mayBeTotal(first0, firstSum, firstCount, firstHigh) &&
        (width < 2 || mayBeTotal(values[1][row], secondSum, secondCount, secondHigh)));
    const mean = near && complete && isMean(first0, firstSum, firstCount);
    if (near && (!complete || isSum(first0, firstSum) || mean)) {
      catchUp(row);
      let summed = sumsOfAbove(values, row, above);
      if (summed) total = reader.text.score.excludedSum;
      else if (sectioned && section.rows < above.rows) {
        summed = sumsOfAbove(values, row, section);
        if (summed) total = reader.text.score.excludedSubtotal;
      }
      if (summed && !unnamed[row] && !namedSumRow(table, layout, summed, row)) total = undefined;
    }
    // A total typed by hand, rounded to thousands or showing the best tier: told only
    // where the name says total (or there is none), since its values are near, not equal.
    // The name is looked at last: in a column of tiers every top-tier partner shows the
    // highest value, and normalising each one's name costs more than the sums.
    if (
      total === undefined &&
      near &&
      above.rows >= 2 &&
      (!complete || nearTotal(first0, firstSum, firstCount, firstHigh, mean))
    ) {
      catchUp(row);
      const rough = sumsOfAbove(values, row, above, true)
        ? reader.text.score.excludedSum
        : sectioned && section.rows < above.rows && sumsOfAbove(values, row, section, true)
          ? reader.text.score.excludedSubtotal
          : undefined;
      if (rough && (unnamed[row] || hasTotalWord(table[row][layout.nameColumn as number])))
        total = rough;
    }
    if (total !== undefined) {
      kinds[row] = TOTAL;
      notes.set(row, { message: total });
      clearRow(values, row);
      endSection();
      continue;
    }
    let hasValue = complete;
    let allZero = !complete;
    const value0 = width > 0 ? values[0][row] : MISSING;
    const value1 = width > 1 ? values[1][row] : MISSING;
    if (!isMissing(value0)) {
      firstSum += value0;
      firstCount++;
      if (value0 > firstHigh) firstHigh = value0;
    }
    if (!isMissing(value1)) {
      secondSum += value1;
      secondCount++;
      if (value1 > secondHigh) secondHigh = value1;
    }
    if (!complete)
      for (let c = 0; c < width; c++) {
        const value = values[c][row];
        if (isMissing(value)) continue;
        hasValue = true;
        if (value !== 0) allZero = false;
      }
    // Until the first total the section is the whole table: its totals are `above`.
    if (sectioned) addRow(values, row, section);
    if (hasValue) {
      above.rows++;
      section.rows++;
    }
    let bad = -1;
    for (let i = 0; anyProblem && i < order.length; i++) {
      if (problems[order[i]].has(row)) {
        bad = order[i];
        break;
      }
    }
    if (bad >= 0) {
      const problem = problems[bad].get(row) as Problem;
      kinds[row] = INVALID;
      notes.set(row, { message: problem.message, column: layout.columns[bad], cell: problem.cell });
      // An invalid row takes no part in anyone's normalisation.
      cleared.push(row);
    } else if (!hasValue) kinds[row] = BLANK;
    else if (allZero && layout.nameColumn !== undefined && unnamed[row]) {
      kinds[row] = FILLER;
      cleared.push(row);
    } else if (unnamed[row] && isErrorText(table[row][layout.nameColumn ?? -1])) {
      const at = layout.nameColumn as number;
      kinds[row] = INVALID;
      notes.set(row, errorNameNote(table[row][at], at, layout.hasHeader && table[0][at], reader));
      cleared.push(row);
    } else {
      scorable[row] = plainCount[row] === width ? COMPLETE_ROW : SCORABLE_ROW;
      partners++;
    }
  }
  // Before the clearing: a breakdown's sums are checked as a SUM over the sheet sees them.
  const breakdown = { message: reader.text.score.excludedBreakdown };
  partners -= excludeBreakdowns(table, layout.nameColumn, values, first, kinds, KINDS, (row) => {
    notes.set(row, breakdown);
    scorable[row] = 0;
    cleared.push(row);
  });
  for (const row of cleared) clearRow(values, row);
  return partners;
}

/**
 * Whether a named row whose values are totals (`summed` of them sums) is a total: its name
 * holds a total word (Total APAC, Summe gesamt, 全社合計), or three or more of its values
 * are sums, which no partner's are by chance. Two small tier values (1 + 1 = 2, 2 + 1 = 3)
 * can be, so a partner named without such a word keeps its score.
 */
function namedSumRow(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  summed: number,
  row: number,
): boolean {
  return summed >= 3 || hasTotalWord(table[row][layout.nameColumn as number]);
}

function clearRow(values: readonly Float64Array[], row: number): void {
  for (const column of values) column[row] = MISSING;
}

/**
 * Why a row whose name cell (`cell`, in 0-based column `at` under `header`) is a
 * formula's error (`#N/A`) and that has values is Invalid: whose values they are is unknown.
 */
function errorNameNote(
  cell: unknown,
  at: number,
  header: unknown,
  reader: ValueReader,
): { message: string; column: ReadColumn; cell: unknown } {
  const name = (typeof header === 'string' && header.trim()) || 'Partner';
  const column = { key: 'name', criterion: undefined, name, column: at, benefit: true, weight: 0 };
  const text = reader.text;
  const problem = text.cellWhy({ cell: reader.quote(cell), why: text.value.errorCell });
  return { message: text.invalid({ what: name, problem }), column, cell };
}
