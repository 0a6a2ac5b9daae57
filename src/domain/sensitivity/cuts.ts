/**
 * The plan's cut rule for weight scenarios and the scratch that cutting many score vectors
 * reuses, so that a scenario allocates nothing (thresholds.ts finds the cuts, waves.ts
 * places the rows, tally.ts counts them over the scenarios).
 */

/**
 * Reusable buffers and the cut rule for assignWaves (waves.ts): `cumulative[j]` is how many
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
  /** Scratch per cut: the places left at it for rows whose score equals its threshold. */
  readonly places: Int32Array;
  /**
   * Each row's wave at the last tally (tally.ts keeps it; the number of waves until then). A
   * row clear of every band on its last wave's side is still in it: see cutScores (thresholds.ts).
   */
  readonly lastWave: Uint8Array;
  /** How many rows each lastWave holds (tally.ts keeps it with lastWave). */
  readonly population: Int32Array;
  /** Scratch per wave: the scores clear of every band that keep a row in it, and how many rows were. */
  readonly zoneLow: Float64Array;
  readonly zoneHigh: Float64Array;
  readonly clear: Int32Array;
  /** The rows the last cutScores (thresholds.ts) could not place by their last wave; how many, or -1 for all. */
  readonly pending: Int32Array;
  pendingCount: number;
}

/**
 * Prepares assignWaves (waves.ts) for `partners` rows and the plan's `counts` per wave (whole
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
    places: new Int32Array(counts.length),
    lastWave: new Uint8Array(partners).fill(counts.length),
    population: Int32Array.from({ length: counts.length + 1 }, (_, w) =>
      w === counts.length ? partners : 0,
    ),
    zoneLow: new Float64Array(counts.length + 1),
    zoneHigh: new Float64Array(counts.length + 1),
    clear: new Int32Array(counts.length + 1),
    pending: new Int32Array(partners),
    pendingCount: -1,
  };
}
