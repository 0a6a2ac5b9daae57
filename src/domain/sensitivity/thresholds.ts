/**
 * The score thresholds at the plan's cuts for one score vector, by selection rather than
 * sorting (O(partners) per scenario): Floyd & Rivest, "Algorithm 489: SELECT", CACM 18(3),
 * 1975. The thresholds are exact; the bands around the last ones only make finding them
 * cheaper.
 */

import type { WaveCuts } from './cuts';
import { select } from './select';

// A module constant: under a CommonJS transform an imported binding is a getter call per use.
const isMissing = Number.isNaN;

const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Finds the cuts' thresholds for `scores` (into cuts.thresholds) and returns whether a tie
 * straddles a cut. When it returns false with cuts.pendingCount ≥ 0, every row not listed
 * in cuts.pending is in its cuts.lastWave: only the listed ones need placing.
 */
export function cutScores(scores: Float64Array, cuts: WaveCuts): boolean {
  const tied = fromBands(scores, cuts);
  if (tied !== undefined) return tied;
  cuts.pendingCount = -1;
  return fromAll(scores, cuts);
}

/**
 * Scenario after scenario the thresholds move little, so each is looked for only among the
 * scores in a band around the last one: one pass counts the scores above the band and
 * gathers those inside it, and the selection runs on the band alone. Returns whether a tie
 * straddles a cut, or undefined when a threshold fell outside its band (the band widens and
 * the caller selects among all scores). The thresholds found are exact either way.
 */
function fromBands(scores: Float64Array, cuts: WaveCuts): boolean | undefined {
  const { cumulative, thresholds, guess, width, bands, counts, ends } = cuts;
  const waveCount = cumulative.length;
  const n = scores.length;
  for (let j = 0; j < waveCount; j++) if (isMissing(guess[j])) return undefined;
  // counts: above the band (0…), inside it (waveCount…), the open cuts (2·waveCount…);
  // ends: each band's low (0…) and high (waveCount…). Cuts taking everyone or no one need no band.
  let open = 0;
  for (let j = 0; j < waveCount; j++) {
    counts[j] = counts[waveCount + j] = 0;
    ends[j] = guess[j] - width[j];
    ends[waveCount + j] = guess[j] + width[j];
    if (Number.isFinite(guess[j])) counts[2 * waveCount + open++] = j;
  }
  // A row clear of every band, above those of cuts w… and below those before w, is in wave w
  // whatever the thresholds inside the bands: it only counts. Tested against the row's last
  // wave, it is a test the processor predicts right for nearly every row (a row's wave seldom
  // changes from one scenario to the next); the others are listed for placing.
  const { lastWave, population, zoneLow, zoneHigh, clear, pending } = cuts;
  zoneLow.fill(-INFINITY);
  zoneHigh.fill(INFINITY);
  clear.fill(0);
  // Every cut, open or not: one taking everyone or no one has its band at ±Infinity.
  for (let j = 0; j < waveCount; j++) {
    for (let w = 0; w <= j; w++) zoneLow[w] = Math.max(zoneLow[w], ends[waveCount + j]);
    for (let w = j + 1; w <= waveCount; w++) zoneHigh[w] = Math.min(zoneHigh[w], ends[j]);
  }
  const pendingCount = unclearRows(scores, lastWave, zoneLow, zoneHigh, pending);
  let scored = 0;
  for (let k = 0; k < pendingCount; k++) {
    const row = pending[k];
    const s = scores[row];
    // Counted here are the rows not clear; the clear ones are their wave's population less those.
    clear[lastWave[row]]++;
    if (isMissing(s)) continue;
    scored++;
    for (let o = 0; o < open; o++) {
      const j = counts[2 * waveCount + o];
      if (s > ends[waveCount + j]) counts[j]++;
      else if (s >= ends[j]) bands[j * n + counts[waveCount + j]++] = s;
    }
  }
  for (let w = 0, above = 0; w <= waveCount; w++) {
    clear[w] = population[w] - clear[w];
    scored += clear[w];
    above += clear[w];
    // Rows clear in waves 0…j are above cut j's band.
    if (w < waveCount) counts[w] += above;
  }
  cuts.pendingCount = pendingCount;
  let tied = false;
  let missed = false;
  for (let j = 0; j < waveCount; j++) {
    const take = cumulative[j];
    if (take >= scored || take === 0) {
      thresholds[j] = take === 0 ? INFINITY : -INFINITY;
      // Everyone or no one where a band was: rows clear of it may have changed wave.
      if (thresholds[j] !== guess[j]) cuts.pendingCount = -1;
      continue;
    }
    const size = counts[waveCount + j];
    const inBand = take - counts[j];
    if (inBand < 1 || inBand > size) {
      width[j] *= 4;
      missed = true;
      continue;
    }
    const at = j * n + size - inBand;
    select(bands, j * n, j * n + size - 1, at);
    thresholds[j] = bands[at];
    // Scores below the band are below the threshold; an equal one below it in the band is a tie.
    for (let k = j * n; k < at && !tied; k++) tied = bands[k] === bands[at];
  }
  if (missed) return undefined;
  follow(cuts);
  return tied;
}

/**
 * Lists in `pending`, in row order, the rows whose score is not strictly inside their last
 * wave's zone (NaN included); returns how many. The hot loop: a small function the engine
 * optimises once.
 */
function unclearRows(
  scores: Float64Array,
  lastWave: Uint8Array,
  zoneLow: Float64Array,
  zoneHigh: Float64Array,
  pending: Int32Array,
): number {
  let count = 0;
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row];
    const last = lastWave[row];
    if (!(s > zoneLow[last] && s < zoneHigh[last])) pending[count++] = row;
  }
  return count;
}

/** The band follows the thresholds: centred on the last, as wide as three last moves. */
function follow({ thresholds, guess, width }: WaveCuts): void {
  for (let j = 0; j < guess.length; j++) {
    const t = thresholds[j];
    if (t === INFINITY || t === -INFINITY) {
      // Everyone or no one: an empty band at ±Infinity says so next time.
      [guess[j], width[j]] = [t, 0];
      continue;
    }
    const last = guess[j];
    const moved =
      isMissing(last) || !Number.isFinite(last) ? 0.02 * Math.abs(t) : Math.abs(t - last);
    width[j] = Math.max(3 * moved, 0.8 * width[j], 1e-9 * Math.abs(t), 1e-12);
    guess[j] = t;
  }
}

/** Selection among all scores, from the smallest cut outwards; returns whether a tie straddles a cut. */
function fromAll(scores: Float64Array, cuts: WaveCuts): boolean {
  const { cumulative, work, thresholds } = cuts;
  const waveCount = cumulative.length;
  let scored = 0;
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row];
    if (!isMissing(s)) work[scored++] = s;
  }
  // Each selection works inside the previous one.
  let right = scored - 1;
  let tied = false;
  let above = scored;
  for (let j = 0; j < waveCount; j++) {
    const take = cumulative[j];
    if (take >= scored || take === 0) {
      thresholds[j] = take === 0 ? INFINITY : -INFINITY;
      continue;
    }
    const at = scored - take;
    // A wave of 0 partners repeats the previous cut, already in place.
    if (at <= right) select(work, 0, right, at);
    thresholds[j] = work[at];
    // A score equal to an earlier cut's threshold, left below that cut, is a tie across it.
    if (above < scored) for (let k = at; k < above && !tied; k++) tied = work[k] === work[above];
    above = at;
    right = at - 1;
  }
  // And one equal to the last threshold, below it.
  if (above < scored) for (let k = 0; k < above && !tied; k++) tied = work[k] === work[above];
  follow(cuts);
  return tied;
}
