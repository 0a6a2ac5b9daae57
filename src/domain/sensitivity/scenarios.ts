/**
 * How sure is each partner of its wave? The chosen weights are the team's best guess; the
 * analysis draws many weight vectors around them, reranks the partners under each, and
 * counts how often each partner lands in each wave.
 */

import { waveCuts } from './cuts';
import { everyRow, pooled } from './intervals';
import { rescore, rescoreScratch, type SensitivityModel } from './model';
import { dirichlet, seededRandom } from './random';
import { tallyTotals, tallyWaves, waveTally } from './tally';
import { assignWaves } from './waves';

/** How a weight typically moves, relative to itself: 0.25 is about ±25 %. */
export const DEFAULT_UNCERTAINTY = 0.25;
export const DEFAULT_SCENARIOS = 1000;
/** Any fixed seed: the same inputs then give the same figures everywhere. */
export const DEFAULT_SEED = 0x5eed0372;

export interface ScenarioOptions {
  /** How far weights wander, 0 (not at all) to 1; default {@link DEFAULT_UNCERTAINTY}. */
  uncertainty?: number;
  /** How many weight scenarios; default {@link DEFAULT_SCENARIOS}. */
  scenarios?: number;
  seed?: number;
  /**
   * 1 for the model rows that may take a wave place; 0 for partners excluded or pinned by
   * hand, who still set the scaling while scored but are in no wave here. Default: all.
   */
  pool?: Uint8Array;
}

export interface WaveShares {
  waveCount: number;
  scenarios: number;
  /** The Dirichlet concentration κ used (Infinity: no spread). */
  concentration: number;
  /** The wave of each model row under the chosen weights (waveCount: in none). */
  baseWave: Uint8Array;
  /**
   * `shares[row · (waveCount + 1) + w]`: the share (0–1) of scenarios putting the model row
   * in wave w; the last column is the share putting it in none (beyond the waves, or not scored).
   */
  shares: Float64Array;
  /** The share of scenarios that keep the row in its own wave (its base wave, or none). */
  inOwnWave: Float64Array;
}

/**
 * The Dirichlet concentration κ for `criteria` weighted criteria and an uncertainty u:
 * κ = (m − 1) / u² − 1, at least 1. A Dirichlet(κ·w̄) weight w̄ᵢ has standard deviation
 * √(w̄ᵢ(1 − w̄ᵢ) / (κ + 1)), so a weight of average size (1/m) then moves by u of itself
 * (u = 0.25: about ±25 %); a larger weight moves less of itself, a smaller one more. κ is
 * floored at 1 so that very large u on few criteria stays a proper distribution.
 * u = 0 gives Infinity: every scenario is the chosen weights.
 */
export function concentrationFor(uncertainty: number, criteria: number): number {
  if (!(uncertainty >= 0 && uncertainty <= 1)) {
    throw new Error(`The uncertainty is ${uncertainty}; give a number from 0 (none) to 1.`);
  }
  if (uncertainty === 0) return Number.POSITIVE_INFINITY;
  return Math.max(1, (criteria - 1) / (uncertainty * uncertainty) - 1);
}

/**
 * Per model row, the share of weight scenarios that put it in each wave. Scenarios are
 * Dirichlet draws centred on the model's weights (mean = the chosen weights as shares);
 * `counts` are the plan's partners per wave (see waves.ts). Deterministic for a given
 * model, counts and options. Throws on an uncertainty outside 0–1, a scenario count below
 * 1, or a bad count.
 */
export function waveShares(
  model: SensitivityModel,
  counts: readonly number[],
  options: ScenarioOptions = {},
): WaveShares {
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  if (!(scenarios >= 1) || scenarios !== Math.floor(scenarios)) {
    throw new Error(`${scenarios} scenarios: give a whole number of 1 or more.`);
  }
  const m = model.weights.length;
  const n = model.tableRows.length;
  const concentration = concentrationFor(options.uncertainty ?? DEFAULT_UNCERTAINTY, m);
  const cuts = waveCuts(counts, n);
  const waveCount = counts.length;
  const pool = options.pool ?? everyRow(model);
  const baseWave = new Uint8Array(n);
  assignWaves(pooled(model.baseScores, pool), cuts, baseWave);

  let total = 0;
  for (const weight of model.weights) total += weight;
  const alpha = Float64Array.from(model.weights, (weight) => (concentration * weight) / total);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const weights = new Float64Array(m);
  const scores = new Float64Array(n);
  const scratch = rescoreScratch(model);
  const waves = new Uint8Array(n);
  const tally = waveTally(n, waveCount);
  // No spread, or one criterion (whose weight's scale changes nothing): every scenario is
  // the chosen weights, so one rescoring stands for all of them.
  const fixed = concentration === Number.POSITIVE_INFINITY || m === 1;
  for (let s = 0; s < (fixed ? 1 : scenarios); s++) {
    if (fixed) weights.set(model.weights);
    else dirichlet(random, alpha, weights);
    rescore(model, weights, scores, scratch);
    if (options.pool) pooled(scores, pool, scores);
    tallyWaves(scores, cuts, waves, tally);
  }
  const counted = tallyTotals(tally, cuts);
  const shares = Float64Array.from(counted, (t) => (fixed ? t : t / scenarios));
  const inOwnWave = Float64Array.from(baseWave, (w, row) => shares[row * (waveCount + 1) + w]);
  return { waveCount, scenarios, concentration, baseWave, shares, inOwnWave };
}
