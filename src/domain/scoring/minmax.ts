/**
 * The default method: each criterion scaled between the lowest and the highest scored
 * partner, then a weighted mean over the criteria a partner has values for.
 * Source: linear min–max normalisation, (x − worst) / (best − worst), and the weighted
 * sum (simple additive weighting) of standard MCDA, e.g. Triantaphyllou, Multi-Criteria
 * Decision Making Methods: A Comparative Study (Kluwer, 2000). The rule that a partner
 * needs values for at least half the total weight is this product's, not the literature's.
 */

import { INFINITY, isMissing, MISSING } from '../values/reader';
import {
  COMPLETE_ROW,
  type CriterionColumn,
  type MethodResult,
  towardsBest,
} from './criterion-columns';

/**
 * `scorable[row]` is SCORABLE_ROW for rows with a value in some criterion and no invalid
 * cell, COMPLETE_ROW for those with a value in every criterion, 0 for the rest.
 * Only rows that get a score (known weight at least half the table's) set a
 * criterion's lowest and highest, so a row that shows INSUFFICIENT DATA cannot move
 * anyone else's score, as in TOPSIS.
 */
export function scoreMinmax(
  columns: readonly CriterionColumn[],
  scorable: Uint8Array,
): MethodResult {
  const counted = columns.filter((column) => column.weight > 0);
  // Filled by loops, not Float64Array.from(list, map), whose generic path costs more
  // than the scoring of a small table on every formula call.
  const weights = new Float64Array(counted.length);
  for (let c = 0; c < counted.length; c++) weights[c] = counted[c].weight;
  const values = counted.map((column) => column.values);
  let tableWeight = 0;
  for (const weight of weights) tableWeight += weight;
  // One ArrayBuffer for both per-row arrays: each typed array of its own is an
  // allocation outside the JavaScript heap, about a microsecond apiece.
  const rows = scorable.length;
  const buffer = new ArrayBuffer(9 * rows);
  const scores = new Float64Array(buffer, 0, rows);
  const scored = new Uint8Array(buffer, 8 * rows, rows);
  markSufficient(values, weights, scorable, halfWeightOf(tableWeight), scored);
  const { worst, best } = minmaxBounds(counted, scored);
  weightedMeans(values, weights, { worst, best, tableWeight }, scored, scores);
  const normalisers = columns.map((column) => {
    const c = counted.indexOf(column);
    return c < 0 ? undefined : (value: number) => towardsBest(value, worst[c], best[c]);
  });
  return { scores, normalisers };
}

/**
 * The worst and best value of each criterion of `counted` among the rows marked in `scored`
 * (NaN skipped): what min–max scaling maps to 0 and 1. The weight sensitivity analysis
 * (src/domain/sensitivity) scales with these for each set of scored partners its weights
 * give, so both rank alike.
 */
export function minmaxBounds(
  counted: readonly CriterionColumn[],
  scored: Uint8Array,
): { worst: Float64Array; best: Float64Array } {
  const lows = new Float64Array(counted.length);
  const highs = new Float64Array(counted.length);
  for (let c = 0; c < counted.length; c++) extremes(counted[c].values, scored, c, lows, highs);
  return oriented(counted, lows, highs);
}

/** Each criterion's lowest and highest value as its worst and best: a cost's best is its lowest. */
function oriented(
  counted: readonly CriterionColumn[],
  lows: Float64Array,
  highs: Float64Array,
): { worst: Float64Array; best: Float64Array } {
  const worst = new Float64Array(counted.length);
  const best = new Float64Array(counted.length);
  for (let c = 0; c < counted.length; c++) {
    worst[c] = counted[c].benefit ? lows[c] : highs[c];
    best[c] = counted[c].benefit ? highs[c] : lows[c];
  }
  return { worst, best };
}

/**
 * The known weight a row needs to be scored: half of `tableWeight`, the weight of every
 * criterion the table has (same units as the weights; this product's rule). Known and table
 * weight are sums of rounded weights, so a row with exactly half (weights 10% : 30% : 40%,
 * the first two known) must not fall short by a rounding error: the rule allows a hair
 * (1e-12 relative).
 */
export function halfWeightOf(tableWeight: number): number {
  return (tableWeight / 2) * (1 - 1e-12);
}

/** Whether a row with `known` weight of values is scored, `halfWeight` from {@link halfWeightOf}. */
export function isSufficient(known: number, halfWeight: number): boolean {
  return known > 0 && known >= halfWeight;
}

// The loops live in small functions of their own that the engine optimises once and
// keeps, rather than replacing a long function part-way through on every call. They go
// down one column at a time: a column's worst, best and weight stay in registers and its
// values are read in memory order, which costs a third less than going along each row.

/**
 * Marks in `scored` (zeroed) the rows that get a score: `scorable`'s complete rows, and its
 * other rows whose known weight is at least `halfWeight`.
 */
function markSufficient(
  values: readonly Float64Array[],
  weights: Float64Array,
  scorable: Uint8Array,
  halfWeight: number,
  scored: Uint8Array,
): void {
  for (let row = 0; row < scorable.length; row++) {
    const kind = scorable[row];
    if (kind === COMPLETE_ROW) scored[row] = kind;
    else if (kind) {
      let known = 0;
      for (let c = 0; c < values.length; c++) if (!isMissing(values[c][row])) known += weights[c];
      if (isSufficient(known, halfWeight)) scored[row] = kind;
    }
  }
}

/**
 * Writes into `scores` (zeroed) each scored row's weighted mean of its known values scaled
 * from worst (0) to best (1), × 100; NaN for the other rows. Weight and weight × r are summed in criterion order for
 * every row, so the sum of w·r stays at or below the known weight in floating point too,
 * and a score never exceeds 100. A complete row's known weight is `tableWeight`, summed in
 * that same order.
 */
function weightedMeans(
  values: readonly Float64Array[],
  weights: Float64Array,
  { worst, best, tableWeight }: { worst: Float64Array; best: Float64Array; tableWeight: number },
  scored: Uint8Array,
  scores: Float64Array,
): void {
  for (let c = 0; c < values.length; c++)
    addColumn(values[c], weights[c], worst[c], best[c], scores);
  for (let row = 0; row < scored.length; row++) {
    const kind = scored[row];
    if (kind === COMPLETE_ROW) scores[row] = 100 * (scores[row] / tableWeight);
    else if (kind) {
      let known = 0;
      for (let c = 0; c < values.length; c++) if (!isMissing(values[c][row])) known += weights[c];
      scores[row] = 100 * (scores[row] / known);
    } else scores[row] = MISSING;
  }
}

/**
 * Adds each known value's weight × position from worst to best into `weighted`, for every
 * row: a row that is not scored gets NaN in weightedMeans afterwards, so asking `scored`
 * here would cost a load per cell and change nothing.
 */
function addColumn(
  values: Float64Array,
  weight: number,
  worst: number,
  best: number,
  weighted: Float64Array,
): void {
  if (best === worst) {
    for (let row = 0; row < values.length; row++)
      if (!isMissing(values[row])) weighted[row] += weight * 0.5;
    return;
  }
  // towardsBest's expression, with the span taken once.
  const span = best - worst;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (!isMissing(value)) weighted[row] += weight * ((value - worst) / span + 0);
  }
}

/** The smallest and largest value of the scored rows (NaN skipped), into lows[c] and highs[c]. */
function extremes(
  values: Float64Array,
  scored: Uint8Array,
  c: number,
  lows: Float64Array,
  highs: Float64Array,
): void {
  let min = INFINITY;
  let max = -INFINITY;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    // NaN compares false: a blank is skipped before its row's scored is looked at.
    if ((value < min || value > max) && scored[row]) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  lows[c] = min;
  highs[c] = max;
}
