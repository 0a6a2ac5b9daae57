/**
 * TOPSIS: rank partners by how close they are to an ideal partner (best on every
 * weighted criterion) and how far from the anti-ideal (worst on every one). Only
 * partners with a value for every weighted criterion can be placed.
 * Source: Hwang & Yoon, Multiple Attribute Decision Making (Springer, 1981): vector
 * normalisation, weights summing to 1, Euclidean distances d⁺ and d⁻, closeness
 * d⁻ / (d⁺ + d⁻), reported here × 100 as a 0–100 score.
 */

import { INFINITY, isMissing, MISSING } from '../values/reader';
import { type CriterionColumn, type MethodResult, towardsBest } from './criterion-columns';

// A module constant, not a global lookup in the loops (see values.ts).
const sqrt = Math.sqrt;

/** `scorable[row]` is non-zero for rows with a value in some criterion and no invalid cell. */
export function scoreTopsis(
  columns: readonly CriterionColumn[],
  scorable: Uint8Array,
): MethodResult | undefined {
  const weighted = columns.filter((column) => column.weight > 0);
  const values = weighted.map((column) => column.values);
  const complete = new Uint8Array(scorable.length);
  // Fewer than two complete rows: nothing to compare; the caller says what to fill in.
  if (markComplete(values, scorable, complete) < 2) return undefined;

  let weightSum = 0;
  for (const column of weighted) weightSum += column.weight;
  const axes = weighted.map((column) =>
    idealAxis(column.values, column.benefit, column.weight / weightSum, complete),
  );
  const scores = new Float64Array(scorable.length).fill(MISSING);
  closeness(values, axes, complete, scores);
  const normalisers = columns.map((column) => {
    const index = weighted.indexOf(column);
    return index < 0 ? undefined : axes[index].normalise;
  });
  return { scores, normalisers };
}

/**
 * Marks in `complete` the scorable rows with a value (not NaN) in every one of `values` (the
 * weighted criteria); returns how many. Only these rows take part in TOPSIS.
 */
export function markComplete(
  values: readonly Float64Array[],
  scorable: Uint8Array,
  complete: Uint8Array,
): number {
  let count = 0;
  rows: for (let row = 0; row < scorable.length; row++) {
    if (!scorable[row]) continue;
    for (let c = 0; c < values.length; c++) if (isMissing(values[c][row])) continue rows;
    complete[row] = 1;
    count++;
  }
  return count;
}

/** Score = 100 × d⁻ / (d⁺ + d⁻), and 50 when a partner is both ideal and anti-ideal. */
function closeness(
  values: readonly Float64Array[],
  axes: readonly Axis[],
  complete: Uint8Array,
  scores: Float64Array,
): void {
  for (let row = 0; row < complete.length; row++) {
    if (!complete[row]) continue;
    let toIdeal = 0;
    let toAntiIdeal = 0;
    for (let c = 0; c < axes.length; c++) {
      const axis = axes[c];
      const v = axis.weigh(values[c][row]);
      toIdeal += (v - axis.ideal) ** 2;
      toAntiIdeal += (v - axis.antiIdeal) ** 2;
    }
    const dPlus = sqrt(toIdeal);
    const dMinus = sqrt(toAntiIdeal);
    scores[row] = dPlus + dMinus === 0 ? 50 : 100 * (dMinus / (dPlus + dMinus));
  }
}

interface Axis {
  /** v = w · x / √(Σ x²) over the complete rows. */
  weigh(value: number): number;
  ideal: number;
  antiIdeal: number;
  normalise(value: number): number;
}

/**
 * TOPSIS's vector normalisation of one criterion over the complete rows (Hwang & Yoon 1981):
 * x ↦ (x / largest) / norm with norm = √Σ (x / largest)². Dividing by the largest value first
 * keeps Σ x² finite for values near 1e300; the ratio x / √(Σ x²) is unchanged. `largest` is
 * 0 when every value is 0 (the criterion then separates no one).
 */
export function vectorScale(
  values: Float64Array,
  complete: Uint8Array,
): { largest: number; norm: number } {
  let largest = 0;
  for (let row = 0; row < values.length; row++) {
    if (complete[row] && values[row] > largest) largest = values[row];
  }
  let sumOfSquares = 0;
  for (let row = 0; row < values.length; row++) {
    if (complete[row]) sumOfSquares += (values[row] / largest) ** 2;
  }
  return { largest, norm: sqrt(sumOfSquares) };
}

function idealAxis(
  values: Float64Array,
  benefit: boolean,
  weight: number,
  complete: Uint8Array,
): Axis {
  const { largest, norm } = vectorScale(values, complete);
  // Every value 0: v = 0 for all, so the criterion separates no one.
  const weigh = largest === 0 ? () => 0 : (value: number) => (weight * (value / largest)) / norm;

  let low = INFINITY;
  let high = -INFINITY;
  for (let row = 0; row < values.length; row++) {
    if (!complete[row]) continue;
    const v = weigh(values[row]);
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const ideal = benefit ? high : low;
  const antiIdeal = benefit ? low : high;
  return {
    weigh,
    ideal,
    antiIdeal,
    normalise: (value) => towardsBest(weigh(value), antiIdeal, ideal),
  };
}
