/**
 * The one reading of a partner table's rows, shared by PARTNER_SCORE and the planner:
 * each criterion column's numbers (tier words read on their scale), and what each row
 * is (row-kinds.ts): a partner to score, an invalid row, a blank, a filler row, or a total
 * row that takes part in nothing. Which columns to read (and with what weight and direction)
 * is the caller's {@link TableLayout}: PARTNER_SCORE derives it from the header and
 * the weights argument, the planner from the sidebar's mapping. How each cell's text
 * becomes a number (locale, currency, magnitudes, percent) is the value reader's
 * (src/domain/values), and its checks over whole columns (two currencies, fractions
 * beside points in a %-column) run here, so the formula and the planner share them.
 */

import { type ColumnMarks, columnCurrency } from '../values/columns';
import type { ValueReader } from '../values/reader';
import { checkColumns, type Problem } from './column-checks';
import { readColumn, readPlainNumbers, type TableLayout } from './column-reader';
import { classify, HEADER, type RowNote, SCORABLE } from './row-kinds';

export type { ReadColumn, TableLayout } from './column-reader';

export interface ReadTable {
  readonly layout: TableLayout;
  readonly kinds: Uint8Array;
  readonly notes: Map<number, RowNote>;
  /** One array per layout column: the row's number, NaN for blanks and for rows that are not SCORABLE. */
  readonly values: Float64Array[];
  /**
   * Per layout column, what its values are divided by in the plan's units: 100 for a
   * %-headed column of percentage points (40 → 0.4), else 1. Scores use the values as
   * typed: min–max and TOPSIS do not depend on a column's unit, and so a header's `(%)`
   * cannot move a score by a rounding error.
   */
  readonly divisors: readonly number[];
  /**
   * What the scorers take, per row: SCORABLE_ROW for a SCORABLE row, COMPLETE_ROW for one
   * whose every layout column held a plain number (its known weight is the table's, so the
   * scorers need not count it), 0 for any other kind.
   */
  readonly scorable: Uint8Array;
  /** How many rows are SCORABLE. */
  readonly partners: number;
  /** Per layout column, the currency its amounts name (values/columns.ts columnCurrency). */
  readonly currencies: readonly (string | undefined)[];
}

/**
 * Reads every row under `reader` (the spreadsheet's locale and time zone). Values first
 * (numbers, then each column's words), then the checks over whole columns (values/columns.ts:
 * mixed currencies, fractions beside points in a %-headed column, and the unit of a
 * column of points), then each row's kind in sheet order, since a total row
 * is recognised by the rows above it. Never throws for a cell: bad cells become notes.
 */
export function readTable(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  reader: ValueReader,
): ReadTable {
  const rowCount = table.length;
  const first = layout.hasHeader ? 1 : 0;
  const problems = layout.columns.map(() => new Map<number, Problem>());
  const marks: (ColumnMarks | undefined)[] = [];
  const plain = readPlainNumbers(table, first, layout.columns, layout.nameColumn);
  const { namedTotal, unnamed, plainCount, kinds, scorable } = plain;
  kinds.fill(SCORABLE);
  if (layout.hasHeader && rowCount > 0) kinds[0] = HEADER;
  const values = layout.columns.map((column, c) =>
    readColumn({ table, column, namedTotal, problems: problems[c], reader }, plain, marks, c),
  );
  const divisors = checkColumns({
    table,
    columns: layout.columns,
    values,
    marks,
    namedTotal,
    problems,
    reader,
  });
  const notes = new Map<number, RowNote>();
  const partners = classify(table, layout, {
    first,
    kinds,
    namedTotal,
    unnamed,
    plainCount,
    scorable,
    values,
    problems,
    notes,
    reader,
  });
  const currencies = values.map((column, c) => columnCurrency(marks[c], column));
  return { layout, kinds, notes, values, divisors, scorable, partners, currencies };
}
