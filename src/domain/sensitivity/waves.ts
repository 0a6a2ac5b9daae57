/**
 * Which wave each partner falls in for one set of scores, as the plan cuts the ranking:
 * the first wave takes the best `counts[0]` scored partners, the next wave the next
 * `counts[1]`, and so on; equal scores are ordered by row, as the plan ranks them. Done
 * by selection, not sorting: a scenario costs O(partners), not O(partners · log partners).
 */

import { select } from './select';

// A module constant: under a CommonJS transform an imported binding is a getter call per use.
const isMissing = Number.isNaN;

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
  /** The last thresholds found (NaN before the first), and the half-width of the band around each. */
  readonly guess: Float64Array;
  readonly width: Float64Array;
  /** Scratch: the scores inside each band (waves × partners). */
  readonly bands: Float64Array;
  /** Scratch per wave, reused so that a scenario allocates nothing: counts above and in each band, its ends. */
  readonly counts: Int32Array;
  readonly ends: Float64Array;
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
    guess: new Float64Array(counts.length).fill(Number.NaN),
    width: new Float64Array(counts.length),
    bands: new Float64Array(counts.length * partners),
    counts: new Int32Array(3 * counts.length),
    ends: new Float64Array(2 * counts.length),
  };
}

/**
 * Writes into `waves[row]` the wave (0-based) the row's score puts it in, or the number of
 * waves when it is in none (beyond the counts, or NaN: not scored). Selection by Floyd &
 * Rivest, "Algorithm 489: SELECT", CACM 18(3), 1975; ties across a cut fall back to an exact
 * pass that takes equal scores in row order.
 */
export function assignWaves(scores: Float64Array, cuts: WaveCuts, waves: Uint8Array): void {
  const waveCount = cuts.cumulative.length;
  const tied = fromBands(scores, cuts) ?? fromAll(scores, cuts);
  if (tied) assignTied(scores, cuts, waves);
  else assignStrict(scores, cuts.thresholds, waveCount, waves);
}

/**
 * As {@link assignWaves}, adding 1 to `tally[row · (waves + 1) + wave]` instead of writing
 * each wave (`waves` is scratch, used only when a tie straddles a cut): one pass fewer.
 */
export function tallyWaves(
  scores: Float64Array,
  cuts: WaveCuts,
  waves: Uint8Array,
  tally: Uint32Array,
): void {
  const waveCount = cuts.cumulative.length;
  const tied = fromBands(scores, cuts) ?? fromAll(scores, cuts);
  if (!tied) {
    tallyStrict(scores, cuts.thresholds, waveCount, tally);
    return;
  }
  assignTied(scores, cuts, waves);
  for (let row = 0, at = 0; row < waves.length; row++, at += waveCount + 1)
    tally[at + waves[row]]++;
}

function tallyStrict(
  scores: Float64Array,
  thresholds: Float64Array,
  waveCount: number,
  tally: Uint32Array,
): void {
  const stride = waveCount + 1;
  for (let row = 0, at = 0; row < scores.length; row++, at += stride) {
    const s = scores[row];
    let wave = 0;
    if (isMissing(s)) wave = waveCount;
    else for (let j = 0; j < waveCount; j++) wave += s < thresholds[j] ? 1 : 0;
    tally[at + wave]++;
  }
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
  let scored = 0;
  for (let row = 0; row < n; row++) {
    const s = scores[row];
    if (isMissing(s)) continue;
    scored++;
    for (let o = 0; o < open; o++) {
      const j = counts[2 * waveCount + o];
      if (s > ends[waveCount + j]) counts[j]++;
      else if (s >= ends[j]) bands[j * n + counts[waveCount + j]++] = s;
    }
  }
  let tied = false;
  let missed = false;
  for (let j = 0; j < waveCount; j++) {
    const take = cumulative[j];
    if (take >= scored || take === 0) {
      thresholds[j] = take === 0 ? INFINITY : -INFINITY;
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
