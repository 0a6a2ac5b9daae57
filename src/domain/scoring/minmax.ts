/**
 * The default method: each criterion scaled between the lowest and the highest partner,
 * then a weighted mean over the criteria a partner has values for.
 * Source: linear min–max normalisation, (x − worst) / (best − worst), and the weighted
 * sum (simple additive weighting) of standard MCDA, e.g. Triantaphyllou, Multi-Criteria
 * Decision Making Methods: A Comparative Study (Kluwer, 2000). The rule that a partner
 * needs values for at least half the total weight is this product's, not the literature's.
 */
import { type CriterionColumn, type MethodResult, towardsBest } from './criterion-columns';
import { INFINITY, isMissing, MISSING } from './values';

/** `scorable[row]` is 1 for rows with a value in some criterion and no invalid cell. */
export function scoreMinmax(
  columns: readonly CriterionColumn[],
  scorable: Uint8Array,
): MethodResult {
  const counted = columns.filter((column) => column.weight > 0);
  const { worst, best } = minmaxBounds(counted);
  const weights = Float64Array.from(counted, (column) => column.weight);
  let tableWeight = 0;
  for (const weight of weights) tableWeight += weight;
  const halfWeight = halfWeightOf(tableWeight);

  const scores = new Float64Array(scorable.length).fill(MISSING);
  const values = counted.map((column) => column.values);
  weightedMeans(values, weights, worst, best, scorable, halfWeight, scores);
  const normalisers = columns.map((column) => {
    const c = counted.indexOf(column);
    return c < 0 ? undefined : (value: number) => towardsBest(value, worst[c], best[c]);
  });
  return { scores, normalisers };
}

/**
 * The worst and best value of each criterion among the partners (NaN skipped), which
 * min–max scaling maps to 0 and 1: per criterion of `counted`, in its order. The weight
 * sensitivity analysis (src/domain/sensitivity) scales with these too, so both rank alike.
 */
export function minmaxBounds(counted: readonly CriterionColumn[]): {
  worst: Float64Array;
  best: Float64Array;
} {
  const lows = counted.map((column) => lowest(column.values));
  const highs = counted.map((column) => highest(column.values));
  return {
    worst: Float64Array.from(counted, (column, c) => (column.benefit ? lows[c] : highs[c])),
    best: Float64Array.from(counted, (column, c) => (column.benefit ? highs[c] : lows[c])),
  };
}

/**
 * The known weight a row needs to be scored: half of `tableWeight`, the weight of every
 * criterion the table has (same units as the weights). Known and table weight are sums of
 * rounded weights, so a row with exactly half (weights 10% : 30% : 40%, the first two
 * known) must not fall short by a rounding error: the rule allows a hair (1e-12 relative).
 */
export function halfWeightOf(tableWeight: number): number {
  return (tableWeight / 2) * (1 - 1e-12);
}

// The loops live in small functions of their own that the engine optimises once and
// keeps, rather than replacing a long function part-way through on every call.
function weightedMeans(
  values: readonly Float64Array[],
  weights: Float64Array,
  worst: Float64Array,
  best: Float64Array,
  scorable: Uint8Array,
  halfWeight: number,
  scores: Float64Array,
): void {
  for (let row = 0; row < scorable.length; row++) {
    if (!scorable[row]) continue;
    // Summing weight and weight × r in the same order keeps the sum of w·r at or below
    // K in floating point too, so a score never exceeds 100.
    let known = 0;
    let weighted = 0;
    for (let c = 0; c < values.length; c++) {
      const value = values[c][row];
      if (isMissing(value)) continue;
      known += weights[c];
      weighted += weights[c] * towardsBest(value, worst[c], best[c]);
    }
    if (known >= halfWeight) scores[row] = 100 * (weighted / known);
  }
}

/** The smallest value, NaN skipped. */
function lowest(values: Float64Array): number {
  let min = INFINITY;
  for (let row = 0; row < values.length; row++) if (values[row] < min) min = values[row];
  return min;
}

/** The largest value, NaN skipped. */
function highest(values: Float64Array): number {
  let max = -INFINITY;
  for (let row = 0; row < values.length; row++) if (values[row] > max) max = values[row];
  return max;
}
