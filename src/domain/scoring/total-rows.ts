/**
 * Total rows in a partner table (issue 10, rule 4): a row named Total, Summe, 合計 …
 * (total-names.ts), or a row whose values are the sums (or averages) of the rows above it,
 * as a SUM formula gives them or as people type them, rounded. Such a row takes part in
 * nothing: scoring it, or letting it set a scale, would move every partner.
 */

import { isMissing } from '../values/reader';

/** Relative tolerance of "equals the sum": sums of decimals carry rounding. */
const SUM_TOLERANCE = 1e-9;
// Module constants, not global lookups in a loop over every row (see values/reader.ts).
const abs = Math.abs;
const max = Math.max;
const round = Math.round;
const floor = Math.floor;
const log10 = Math.log10;

/** True when `value` equals `sum` as a total row's check compares them (within SUM_TOLERANCE). */
export function isSum(value: number, sum: number): boolean {
  return abs(value - sum) <= SUM_TOLERANCE * max(1, abs(sum));
}

/**
 * True when `value` is the average of `count` values summing to `sum` (two or more) as
 * people type it: exact, or rounded to the decimals it shows (4233 for 4,233.33; 31.7 %
 * for 31.67 %), keeping two significant digits at least (within 2 %). Total rows hold
 * averages in their cost and rate columns, where a sum means nothing.
 */
export function isMean(value: number, sum: number, count: number): boolean {
  // Multiplied out, not divided: asked of every complete row, most of which are far off.
  if (count < 2 || abs(value * count - sum) > MEAN_TOLERANCE * abs(sum)) return false;
  const mean = sum / count;
  return (
    isSum(value, mean) ||
    abs(value - mean) <= 0.5 * 10 ** -shownDecimals(value) * (1 + SUM_TOLERANCE)
  );
}

const MEAN_TOLERANCE = 0.02;

/**
 * True when `value` is `target` rounded for display to the last digit it shows: 73,000
 * for 73,260 (thousands), 270 for 272, 1.2 for 1.15, 700,000 for 700,300. It must be off
 * by less than half a unit of `target`'s second significant digit (4,000 is no rounding of
 * 4,233), so by 5 % at most. How a hand-typed total row shows sums and averages.
 */
export function isRounded(value: number, target: number): boolean {
  const gap = abs(value - target);
  // Cheapest first: the last test below never passes a value more than 5 % off its
  // target; most rows are, and are spared the look at their shown digits (nearTotal asks
  // this of every complete row).
  if (!(gap <= 0.05 * (1 + SUM_TOLERANCE) * abs(target))) return false;
  const off = gap / (0.5 * (1 + SUM_TOLERANCE));
  return off * 10 <= 10 ** floor(log10(abs(target))) && off <= shownStep(value);
}

/**
 * The one look most rows get: whether a complete row's `value` in a column is within 5 %
 * of the sum or the mean of that column above (`sum` over `count` values), or its highest
 * (`high`). Every test a total's value passes (isSum, isMean, isRounded, the highest of a
 * tier column) implies this one, so a row whose first or second value fails it is spared
 * them all; the look is cheap enough to ask of every row of a large table.
 */
export function mayBeTotal(value: number, sum: number, count: number, high: number): boolean {
  const reach = 0.051 * abs(sum) + 1e-9;
  const offSum = value - sum;
  const offMean = value * count - sum;
  return (
    value === high ||
    (offSum <= reach && offSum >= -reach) ||
    (offMean <= reach && offMean >= -reach)
  );
}

/**
 * Whether a complete named row may be a total typed by hand, judged by its first value
 * (`first`) against the sum, count and highest of the first column above: a cheap test
 * that spares most partners the look at their name (hasTotalWord). `mean` is
 * isMean(first, sum, count), when the caller has asked it already.
 */
export function nearTotal(
  first: number,
  sum: number,
  count: number,
  high: number,
  mean = isMean(first, sum, count),
): boolean {
  return first === high || isRounded(first, sum) || isRounded(first, sum / count) || mean;
}

/** The place of `value`'s last shown digit: 0.01 for 31.25, 1 for 4233, 1000 for 73,000. */
function shownStep(value: number): number {
  const decimals = shownDecimals(value);
  if (decimals > 0) return 10 ** -decimals;
  let step = 1;
  while (value !== 0 && step < 1e15 && value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * The decimals `value` shows as typed: the fewest (up to 12) that write it within the
 * double's precision, 2 for 31.25, 0 for 4233; 20 for a computed value (4233.333…).
 * Arithmetic, not String(value): it runs for every row whose first value is near its
 * column's average.
 */
function shownDecimals(value: number): number {
  let scaled = abs(value);
  // A computed value (a ratio, a random draw) shows more than 12 decimals: one look at
  // the 12th, with twice the loop's tolerance so it never cuts short a value the loop
  // would pass, spares it the loop.
  const at12 = scaled * 1e12;
  if (abs(at12 - round(at12)) > at12 * 2e-12) return 20;
  for (let digits = 0; digits <= 12; digits++) {
    if (abs(scaled - round(scaled)) <= scaled * 1e-12) return digits;
    scaled *= 10;
  }
  return 20;
}

/**
 * Each column's sum, count and highest of known values over rows: what a total row is
 * checked against. `rows` counts the rows with some value.
 */
export interface ColumnTotals {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  readonly highs: Float64Array;
  rows: number;
}

/** Empty totals for `width` columns. */
export function columnTotals(width: number): ColumnTotals {
  const highs = new Float64Array(width).fill(-Infinity);
  return { sums: new Float64Array(width), counts: new Float64Array(width), highs, rows: 0 };
}

/** Adds the row's known values to `totals` (not its `rows`: the caller knows if it has any). */
export function addRow(values: readonly Float64Array[], row: number, totals: ColumnTotals): void {
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    totals.sums[c] += value;
    totals.counts[c]++;
    if (value > totals.highs[c]) totals.highs[c] = value;
  }
}

/**
 * How many of the row's known values equal their column's sum over the rows in `totals`
 * (two or more rows), when every other known value is that column's average (isMean), at
 * least two are known and not all are 0; 0 otherwise. A SUM row without a label has them
 * all sums; a total row as people write it sums amounts and averages costs and rates.
 * Rows above that are totals themselves are not in `totals`.
 *
 * `rough`, for a row whose name says total (or that has none): sums and averages may be
 * rounded for display (isRounded: 73,000 for 73,260), a value may be its column's highest
 * (the best tier of the partners summed), and two values at least must be sums.
 */
export function sumsOfAbove(
  values: readonly Float64Array[],
  row: number,
  { sums, counts, highs, rows }: ColumnTotals,
  rough = false,
): number {
  if (rows < 2) return 0;
  let known = 0;
  let summed = 0;
  let nonZero = false;
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    if (isSum(value, sums[c]) || (rough && isRounded(value, sums[c]))) summed++;
    else if (!isMean(value, sums[c], counts[c]) && !(rough && isRoughMean(value, c))) return 0;
    known++;
    if (value !== 0) nonZero = true;
  }
  return known >= 2 && nonZero && (!rough || summed >= 2) ? summed : 0;

  function isRoughMean(value: number, c: number): boolean {
    return value === highs[c] || (counts[c] >= 2 && isRounded(value, sums[c] / counts[c]));
  }
}
