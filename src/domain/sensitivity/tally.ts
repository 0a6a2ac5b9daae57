/**
 * Counting, over many weight scenarios, how often each row lands in each wave. A row's wave
 * seldom changes from one scenario to the next, so the count is kept as runs: a row's
 * count for a wave grows only when it leaves that wave (and at the end), and a scenario
 * costs work only for the rows near a cut, which waves.ts lists (cutScores' pending rows).
 */

import type { WaveCuts } from './cuts';
import { cutScores } from './thresholds';
import { bandPlaces, placeAll, tiedWaveOf, waveOf } from './waves';

// Module constants: under a CommonJS transform an imported binding is a getter call per use,
// and these run once per row near a cut in every scenario.
const waveOfScore = waveOf;
const tiedWaveOfScore = tiedWaveOf;

/** The running count; make one per analysis with {@link waveTally}. */
export interface WaveTally {
  /** `counts[row · (waves + 1) + wave]`: scenarios counted so far (runs still open excepted). */
  readonly counts: Uint32Array;
  /** The scenario each row's current run began at. */
  readonly since: Uint32Array;
  readonly stride: number;
  /** Scenarios tallied so far. */
  scenario: number;
}

/** A tally for `rows` rows and `waveCount` waves (plus the column for none). */
export function waveTally(rows: number, waveCount: number): WaveTally {
  return {
    counts: new Uint32Array(rows * (waveCount + 1)),
    since: new Uint32Array(rows),
    stride: waveCount + 1,
    scenario: 0,
  };
}

/**
 * Counts one scenario's `scores`: each row in the wave `cuts` put it in, as
 * {@link assignWaves} would write it. `waves` is scratch (one per row), used when a tie
 * straddles a cut or the bands missed. Use one `cuts` per tally: it keeps each row's wave.
 */
export function tallyWaves(
  scores: Float64Array,
  cuts: WaveCuts,
  waves: Uint8Array,
  tally: WaveTally,
): void {
  const tied = cutScores(scores, cuts);
  const scenario = tally.scenario++;
  const { lastWave, thresholds, pending } = cuts;
  if (cuts.pendingCount < 0) {
    placeAll(scores, cuts, tied, waves);
    for (let row = 0; row < waves.length; row++)
      if (waves[row] !== lastWave[row]) move(tally, cuts, row, waves[row], scenario);
    return;
  }
  // Only the listed rows can have moved; they are listed in row order, as ties need.
  const waveCount = thresholds.length;
  const places = tied ? bandPlaces(cuts) : null;
  for (let k = 0; k < cuts.pendingCount; k++) {
    const row = pending[k];
    const wave = places
      ? tiedWaveOfScore(scores[row], thresholds, places, waveCount)
      : waveOfScore(scores[row], thresholds, waveCount);
    if (wave !== lastWave[row]) move(tally, cuts, row, wave, scenario);
  }
}

/** Ends the row's run in its last wave at `scenario` and starts one in `wave`. */
function move(tally: WaveTally, cuts: WaveCuts, row: number, wave: number, scenario: number): void {
  const { lastWave, population } = cuts;
  tally.counts[row * tally.stride + lastWave[row]] += scenario - tally.since[row];
  tally.since[row] = scenario;
  population[lastWave[row]]--;
  population[wave]++;
  lastWave[row] = wave;
}

/**
 * The counts once every scenario is tallied: closes each row's open run. Call once, at the
 * end; `cuts` are those the scenarios were tallied with.
 */
export function tallyTotals(tally: WaveTally, cuts: WaveCuts): Uint32Array {
  const { lastWave } = cuts;
  for (let row = 0; row < lastWave.length; row++) {
    tally.counts[row * tally.stride + lastWave[row]] += tally.scenario - tally.since[row];
    tally.since[row] = tally.scenario;
  }
  return tally.counts;
}
