/**
 * Which wave each partner falls in for one set of scores, as the plan cuts the ranking:
 * the first wave takes the best `counts[0]` scored partners, the next wave the next
 * `counts[1]`, and so on; equal scores are ordered by row, as the plan ranks them. Done
 * by selection, not sorting (thresholds.ts): a scenario costs O(partners), not
 * O(partners · log partners).
 */

import type { WaveCuts } from './cuts';
import { cutScores } from './thresholds';

// A module constant: under a CommonJS transform an imported binding is a getter call per use.
const isMissing = Number.isNaN;

/**
 * Writes into `waves[row]` the wave (0-based) the row's score puts it in, or the number of
 * waves when it is in none (beyond the counts, or NaN: not scored). Selection by Floyd &
 * Rivest, "Algorithm 489: SELECT", CACM 18(3), 1975; ties across a cut fall back to an exact
 * pass that takes equal scores in row order.
 */
export function assignWaves(scores: Float64Array, cuts: WaveCuts, waves: Uint8Array): void {
  placeAll(scores, cuts, cutScores(scores, cuts), waves);
}

/** Writes every row's wave, as {@link assignWaves}, once {@link cutScores} gave `tied`. */
export function placeAll(
  scores: Float64Array,
  cuts: WaveCuts,
  tied: boolean,
  waves: Uint8Array,
): void {
  if (tied) assignTied(scores, cuts, waves);
  else assignStrict(scores, cuts.thresholds, cuts.cumulative.length, waves);
}

/** The wave of score `s` under `thresholds` (no tie at a cut): how many thresholds lie above it. */
export function waveOf(s: number, thresholds: Float64Array, waveCount: number): number {
  if (isMissing(s)) return waveCount;
  let wave = 0;
  for (let j = 0; j < waveCount; j++) wave += s < thresholds[j] ? 1 : 0;
  return wave;
}

function assignStrict(
  scores: Float64Array,
  thresholds: Float64Array,
  waveCount: number,
  waves: Uint8Array,
): void {
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row];
    if (isMissing(s)) {
      waves[row] = waveCount;
      continue;
    }
    let wave = 0;
    for (let j = 0; j < waveCount; j++) wave += s < thresholds[j] ? 1 : 0;
    waves[row] = wave;
  }
}

/** Equal scores at a cut: the first rows (sheet order) take the places left at it. */
function assignTied(scores: Float64Array, cuts: WaveCuts, waves: Uint8Array): void {
  const { cumulative, thresholds, places } = cuts;
  const waveCount = cumulative.length;
  for (let j = 0; j < waveCount; j++) {
    let above = 0;
    for (let row = 0; row < scores.length; row++) if (scores[row] > thresholds[j]) above++;
    places[j] = cumulative[j] - above;
  }
  for (let row = 0; row < scores.length; row++)
    waves[row] = tiedWaveOf(scores[row], thresholds, places, waveCount);
}

/**
 * As {@link waveOf} when a tie straddles a cut: a score equal to a cut's threshold is inside
 * while `places` (per cut, the places left for such scores) last, taken in the order rows
 * are given. Call in row order.
 */
export function tiedWaveOf(
  s: number,
  thresholds: Float64Array,
  places: Int32Array,
  waveCount: number,
): number {
  let wave = waveCount;
  for (let j = waveCount - 1; j >= 0; j--) {
    let inside = s > thresholds[j];
    if (!inside && s === thresholds[j] && places[j] > 0) {
      places[j]--;
      inside = true;
    }
    if (inside) wave = j;
  }
  return wave;
}

/**
 * The places each cut leaves for scores equal to its threshold (into cuts.places), counted
 * from the bands alone: valid after {@link cutScores} returned a tie with pending rows
 * listed (cuts.pendingCount ≥ 0), when every equal score is in its cut's band.
 */
export function bandPlaces(cuts: WaveCuts): Int32Array {
  const { cumulative, thresholds, bands, counts, places, work } = cuts;
  const waveCount = cumulative.length;
  const n = work.length;
  for (let j = 0; j < waveCount; j++) {
    const t = thresholds[j];
    places[j] = 0;
    // Everyone or no one: no score equals ±Infinity, so no place is taken.
    if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) continue;
    let above = counts[j];
    for (let k = j * n; k < j * n + counts[waveCount + j]; k++) if (bands[k] > t) above++;
    places[j] = cumulative[j] - above;
  }
  return places;
}
