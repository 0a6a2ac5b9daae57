/**
 * Which wave each partner falls in for one set of scores, as the plan cuts the ranking:
 * the first wave takes the best `counts[0]` scored partners, the next wave the next
 * `counts[1]`, and so on; equal scores are ordered by row, as the plan ranks them. Done
 * by selection, not sorting: a scenario costs O(partners), not O(partners · log partners).
 */

import { isMissing } from '../scoring/values';

const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Reusable buffers and the cut rule for {@link assignWaves}: `cumulative[j]` is how many
 * partners waves 0…j take together (the running sum of the plan's counts per wave).
 */
export interface WaveCuts {
  readonly cumulative: Int32Array;
  /** Scratch, one per partner. */
  readonly work: Float64Array;
  /** Scratch: one threshold per wave. */
  readonly thresholds: Float64Array;
}

/**
 * Prepares {@link assignWaves} for `partners` rows and the plan's `counts` per wave (whole
 * numbers of 0 or more). Throws on a negative or fractional count.
 */
export function waveCuts(counts: readonly number[], partners: number): WaveCuts {
  const cumulative = new Int32Array(counts.length);
  let total = 0;
  counts.forEach((count, j) => {
    if (!(count >= 0) || count !== Math.floor(count)) {
      throw new Error(
        `Wave ${j + 1} takes ${count} partners; give each wave a whole number of 0 or more.`,
      );
    }
    total += count;
    cumulative[j] = total;
  });
  return {
    cumulative,
    work: new Float64Array(partners),
    thresholds: new Float64Array(counts.length),
  };
}

/**
 * Writes into `waves[row]` the wave (0-based) the row's score puts it in, or the number of
 * waves when it is in none (beyond the counts, or NaN: not scored). Selection by Floyd &
 * Rivest, "Algorithm 489: SELECT", CACM 18(3), 1975; ties across a cut fall back to an exact
 * pass that takes equal scores in row order.
 */
export function assignWaves(scores: Float64Array, cuts: WaveCuts, waves: Uint8Array): void {
  const { cumulative, work, thresholds } = cuts;
  const waveCount = cumulative.length;
  let scored = 0;
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row];
    if (!isMissing(s)) work[scored++] = s;
  }
  // Thresholds from the smallest cut outwards: each selection works inside the previous one.
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
  if (tied) assignTied(scores, cuts, waves);
  else assignStrict(scores, thresholds, waveCount, waves);
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
  const { cumulative, thresholds } = cuts;
  const waveCount = cumulative.length;
  const places = new Int32Array(waveCount);
  for (let j = 0; j < waveCount; j++) {
    let above = 0;
    for (let row = 0; row < scores.length; row++) if (scores[row] > thresholds[j]) above++;
    places[j] = cumulative[j] - above;
  }
  for (let row = 0; row < scores.length; row++) {
    const s = scores[row];
    let wave = waveCount;
    for (let j = waveCount - 1; j >= 0; j--) {
      let inside = s > thresholds[j];
      if (!inside && s === thresholds[j] && places[j] > 0) {
        places[j]--;
        inside = true;
      }
      if (inside) wave = j;
    }
    waves[row] = wave;
  }
}

/**
 * Rearranges a[left…right] so that a[k] holds the value it would have sorted, smaller or
 * equal values before it and larger or equal after (Floyd–Rivest, with their sampling
 * step on ranges over 600).
 */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      select(a, newLeft, newRight, k);
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
