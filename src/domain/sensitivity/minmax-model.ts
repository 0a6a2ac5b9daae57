/**
 * min–max under other weights. Which partners are scored depends on the weights (a row needs
 * at least half the table's weight in known criteria), and only scored partners set each
 * criterion's worst and best, so a partner with gaps that gains or loses its score rescales
 * everyone. Rows with the same known criteria (a pattern) are admitted together, so the
 * bounds are those of the admitted patterns' own lowest and highest values (the scorer's
 * minmaxBounds over that summary, P·m work); the scaled matrix is built once per bounds, with
 * the scorer's scaling, since a gap row gaining its score moves a bound only when it is extreme.
 */

import { type CriterionColumn, towardsBest } from '../scoring/criterion-columns';
import { halfWeightOf, isSufficient, minmaxBounds } from '../scoring/minmax';
import { isMissing } from '../values/reader';

/** The parts of a min–max model that do not depend on the weights (see model.ts). */
export interface MinmaxParts {
  /** The weighted criterion columns as the scorer read them (one value per table row, NaN: none). */
  readonly columns: readonly CriterionColumn[];
  /** The table row of each model row. */
  readonly tableRows: Int32Array;
  /** The pattern (index) of known criteria of each model row. */
  readonly patternOf: Int32Array;
  /** `patterns[p · m + c]` is 1 where pattern p has a value for criterion c. */
  readonly patterns: Uint8Array;
  readonly patternCount: number;
  /**
   * Per criterion, each pattern's lowest (at 2p) and highest (at 2p + 1) value among its
   * rows: the bounds of a set of rows are the bounds of their patterns' extremes.
   */
  readonly extremes: readonly CriterionColumn[];
  /** Scaled matrices built so far, keyed by the bounds they scale between. */
  readonly scalings: Map<string, Float64Array>;
  /**
   * The patterns admitted at the last rescoring and the matrix they gave: scenario after
   * scenario the admitted set rarely changes, and then neither bounds nor key are rebuilt.
   */
  readonly last: { admitted: Uint8Array; scaled: Float64Array | null };
}

// A handful of admission sets is typical; a table with many would otherwise hold a matrix for
// each scenario. Past this many the cache starts over (figures are the same either way).
const MAX_SCALINGS = 64;

/**
 * The weight-independent parts for the rows the scorer considers (`scorable[row]` non-zero: a
 * value in some criterion, no invalid cell), `counted` the criteria with a weight above 0.
 */
export function minmaxParts(
  counted: readonly CriterionColumn[],
  scorable: Uint8Array,
): MinmaxParts {
  const rows: number[] = [];
  const seen = new Map<string, number>();
  const flags: number[] = [];
  const patternOf: number[] = [];
  for (let row = 0; row < scorable.length; row++) {
    if (!scorable[row]) continue;
    const known = counted.map((column) => (isMissing(column.values[row]) ? 0 : 1));
    const key = known.join('');
    let p = seen.get(key);
    if (p === undefined) {
      p = seen.size;
      seen.set(key, p);
      flags.push(...known);
    }
    rows.push(row);
    patternOf.push(p);
  }
  const extremes = counted.map((column) => {
    // NaN (no value) for a pattern without this criterion: never a bound, as in the scorer.
    const values = new Float64Array(2 * seen.size).fill(Number.NaN);
    rows.forEach((row, i) => {
      const value = column.values[row];
      const p = patternOf[i];
      if (isMissing(value)) return;
      if (!(values[2 * p] <= value)) values[2 * p] = value;
      if (!(values[2 * p + 1] >= value)) values[2 * p + 1] = value;
    });
    return { ...column, values };
  });
  return {
    columns: counted,
    extremes,
    tableRows: Int32Array.from(rows),
    patternOf: Int32Array.from(patternOf),
    patterns: Uint8Array.from(flags),
    patternCount: seen.size,
    scalings: new Map(),
    last: { admitted: new Uint8Array(seen.size), scaled: null },
  };
}

/**
 * The scaled matrix when the patterns marked 1 in `admitted` are scored: `scaled[row · m + c]`
 * is the model row's value of criterion c scaled 0 (worst) … 1 (best) between the scored
 * rows' bounds, exactly as the scorer scales it (minmaxBounds, towardsBest), 0 where the
 * row has no value. Rows not admitted get entries too; they are never read as scores.
 */
export function scaledFor(parts: MinmaxParts, admitted: Uint8Array): Float64Array {
  const ends = new Uint8Array(2 * parts.patternCount);
  for (let p = 0; p < parts.patternCount; p++) ends[2 * p] = ends[2 * p + 1] = admitted[p];
  const { worst, best } = minmaxBounds(parts.extremes, ends);
  const key = `${worst.join()}|${best.join()}`;
  const cached = parts.scalings.get(key);
  if (cached) return cached;
  const { columns, tableRows } = parts;
  const m = columns.length;
  const scaled = new Float64Array(tableRows.length * m);
  tableRows.forEach((row, i) => {
    for (let c = 0; c < m; c++) {
      const value = columns[c].values[row];
      if (!isMissing(value)) scaled[i * m + c] = towardsBest(value, worst[c], best[c]);
    }
  });
  if (parts.scalings.size >= MAX_SCALINGS) parts.scalings.clear();
  parts.scalings.set(key, scaled);
  return scaled;
}

/**
 * Scores every model row under `weights` (one per criterion, any positive scale) into
 * `scores` (0–100; NaN where the row would be INSUFFICIENT DATA). `knownWeight` and
 * `admitted` are scratch of length patternCount. With the scorer's own weights the scores
 * are the scorer's to the last bit: the same bounds, and the same sums in the same order.
 */
export function rescoreMinmax(
  parts: MinmaxParts,
  weights: Float64Array,
  scores: Float64Array,
  knownWeight: Float64Array,
  admitted: Uint8Array,
): void {
  const m = weights.length;
  let tableWeight = 0;
  for (let c = 0; c < m; c++) tableWeight += weights[c];
  const half = halfWeightOf(tableWeight);
  for (let p = 0; p < parts.patternCount; p++) {
    let sum = 0;
    for (let c = 0; c < m; c++) if (parts.patterns[p * m + c]) sum += weights[c];
    admitted[p] = isSufficient(sum, half) ? 1 : 0;
    knownWeight[p] = admitted[p] ? sum : Number.NaN;
  }
  const { last } = parts;
  let same = last.scaled !== null;
  for (let p = 0; p < parts.patternCount && same; p++) same = last.admitted[p] === admitted[p];
  if (!same) {
    last.admitted.set(admitted);
    last.scaled = scaledFor(parts, admitted);
  }
  const scaled = last.scaled as Float64Array;
  weightedMeans(scaled, parts.patternOf, weights, m, knownWeight, scores);
}

// The hot loop: a small function the engine optimises once (see src/domain/scoring/minmax.ts).
function weightedMeans(
  scaled: Float64Array,
  patternOf: Int32Array,
  weights: Float64Array,
  m: number,
  knownWeight: Float64Array,
  scores: Float64Array,
): void {
  for (let row = 0, at = 0; row < scores.length; row++, at += m) {
    let weighted = 0;
    for (let c = 0; c < m; c++) weighted += weights[c] * scaled[at + c];
    scores[row] = 100 * (weighted / knownWeight[patternOf[row]]);
  }
}
