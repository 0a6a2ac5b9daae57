/**
 * Total rows in a partner table (issue 10, rule 4): a row named Total, Summe, 合計 …, or
 * an unnamed row whose every known value is the sum of the rows above it. Such a row
 * takes part in nothing: scoring it, or letting it set a scale, would move every partner.
 */

import { isMissing } from '../values/reader';

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

/** Relative tolerance of "equals the sum": sums of decimals carry rounding. */
const SUM_TOLERANCE = 1e-9;
// Module constants, not global lookups in a loop over every row (see values/reader.ts).
const abs = Math.abs;
const max = Math.max;

/**
 * True when the row has at least two known values, not all 0, each equal to the sum
 * of that column over the rows above (two or more of them): a SUM row without a label.
 * Rows above that are totals themselves are not in the sum.
 */
export function sumOfAbove(
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
