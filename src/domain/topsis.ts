/**
 * TOPSIS: rank partners by how close they are to an ideal partner (best on every
 * weighted criterion) and how far from the anti-ideal (worst on every one). Only
 * partners with a value for every weighted criterion can be placed.
 */
import { type CriterionColumn, type MethodResult, towardsBest } from './criterion-columns';

/** `scorable[row]` is 1 for rows with a value in some criterion and no invalid cell. */
export function scoreTopsis(
  columns: readonly CriterionColumn[],
  scorable: Uint8Array,
): MethodResult | undefined {
  const rowCount = scorable.length;
  const weighted = columns.filter((column) => column.weight > 0);
  const complete = new Uint8Array(rowCount);
  let completeCount = 0;
  for (let row = 0; row < rowCount; row++) {
    if (scorable[row] && weighted.every((column) => !Number.isNaN(column.values[row]))) {
      complete[row] = 1;
      completeCount++;
    }
  }
  // Fewer than two complete rows: nothing to compare; the caller says what to fill in.
  if (completeCount < 2) return undefined;

  let weightSum = 0;
  for (const column of weighted) weightSum += column.weight;
  const axes = weighted.map((column) => idealAxis(column, column.weight / weightSum, complete));

  const scores = new Float64Array(rowCount).fill(Number.NaN);
  for (let row = 0; row < rowCount; row++) {
    if (!complete[row]) continue;
    let toIdeal = 0;
    let toAntiIdeal = 0;
    for (let c = 0; c < axes.length; c++) {
      const axis = axes[c];
      const v = axis.weigh(weighted[c].values[row]);
      toIdeal += (v - axis.ideal) ** 2;
      toAntiIdeal += (v - axis.antiIdeal) ** 2;
    }
    const dPlus = Math.sqrt(toIdeal);
    const dMinus = Math.sqrt(toAntiIdeal);
    scores[row] = dPlus + dMinus === 0 ? 50 : 100 * (dMinus / (dPlus + dMinus));
  }
  const normalisers = columns.map((column) => {
    const index = weighted.indexOf(column);
    return index < 0 ? undefined : axes[index].normalise;
  });
  return { scores, normalisers };
}

interface Axis {
  /** v = w · x / √(Σ x²) over the complete rows. */
  weigh(value: number): number;
  ideal: number;
  antiIdeal: number;
  normalise(value: number): number;
}

function idealAxis(column: CriterionColumn, weight: number, complete: Uint8Array): Axis {
  // Dividing by the largest value first keeps Σ x² finite for values near 1e300;
  // the ratio x / √(Σ x²) is unchanged.
  let largest = 0;
  column.values.forEach((value, row) => {
    if (complete[row] && value > largest) largest = value;
  });
  let sumOfSquares = 0;
  column.values.forEach((value, row) => {
    if (complete[row]) sumOfSquares += (value / largest) ** 2;
  });
  const norm = Math.sqrt(sumOfSquares);
  const weigh = largest === 0 ? () => 0 : (value: number) => (weight * (value / largest)) / norm;

  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  column.values.forEach((value, row) => {
    if (!complete[row]) return;
    const v = weigh(value);
    if (v < low) low = v;
    if (v > high) high = v;
  });
  const ideal = column.benefit ? high : low;
  const antiIdeal = column.benefit ? low : high;
  return {
    weigh,
    ideal,
    antiIdeal,
    normalise: (value) => towardsBest(weigh(value), antiIdeal, ideal),
  };
}
