/**
 * The default method: each criterion scaled between the lowest and the highest partner,
 * then a weighted mean over the criteria a partner has values for.
 */
import { type CriterionColumn, type MethodResult, towardsBest } from './criterion-columns';

/** `scorable[row]` is 1 for rows with a value in some criterion and no invalid cell. */
export function scoreMinmax(
  columns: readonly CriterionColumn[],
  scorable: Uint8Array,
): MethodResult {
  const counted = columns.filter((column) => column.weight > 0);
  const ranges = counted.map((column) => extremes(column.values));
  const worst = Float64Array.from(counted, (column, c) => ranges[c][column.benefit ? 0 : 1]);
  const best = Float64Array.from(counted, (column, c) => ranges[c][column.benefit ? 1 : 0]);
  const weights = Float64Array.from(counted, (column) => column.weight);
  const values = counted.map((column) => column.values);
  // W: the weight of every criterion the table has; a row needs at least half of it.
  // K and W are sums of rounded weights, so a row with exactly half (weights 1 : 2 : 3,
  // the 3 known) must not fall short by a rounding error: allow a hair of slack.
  let tableWeight = 0;
  for (const weight of weights) tableWeight += weight;
  const halfWeight = (tableWeight / 2) * (1 - 1e-12);

  const scores = new Float64Array(scorable.length).fill(Number.NaN);
  for (let row = 0; row < scorable.length; row++) {
    if (!scorable[row]) continue;
    // Summing weight and weight × r in the same order keeps the sum of w·r at or below
    // K in floating point too, so a score never exceeds 100.
    let known = 0;
    let weighted = 0;
    for (let c = 0; c < counted.length; c++) {
      const value = values[c][row];
      if (Number.isNaN(value)) continue;
      known += weights[c];
      weighted += weights[c] * towardsBest(value, worst[c], best[c]);
    }
    if (known >= halfWeight) scores[row] = 100 * (weighted / known);
  }
  const normalisers = columns.map((column) => {
    const c = counted.indexOf(column);
    return c < 0 ? undefined : (value: number) => towardsBest(value, worst[c], best[c]);
  });
  return { scores, normalisers };
}

/** [min, max] of the values, NaN skipped. */
function extremes(values: Float64Array): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}
