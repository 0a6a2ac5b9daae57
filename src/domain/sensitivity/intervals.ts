/**
 * Per criterion, the stability interval: the range of multipliers on that criterion's
 * weight, the others fixed, over which the Pilot keeps the same partners; and the
 * criterion the Pilot is most sensitive to.
 */

import { waveCuts } from './cuts';
import { minmaxInterval } from './minmax-interval';
import { rescore, rescoreScratch, type SensitivityModel } from './model';
import { assignWaves } from './waves';

export interface StabilityInterval {
  /** The criterion's id, or `extra:<column>` for a team's own criterion. */
  criterion: string;
  /** The criterion's share of the total weight (0–1). */
  weight: number;
  /** Multipliers on the weight: the Pilot holds for low < t < high; low ≥ 0, high may be Infinity. */
  low: number;
  high: number;
}

/** TOPSIS: the scan's step (×1.05) and how far it looks (1000× each way; beyond counts as unbounded). */
const SCAN_STEP = 1.05;
const SCAN_LIMIT = 1000;
const BISECTION_TOLERANCE = 1e-9;

/**
 * One interval per weighted criterion, in the model's order, for a Pilot of the best
 * `pilotCount` scored partners among the rows `pool` marks (default: all; ties by row). min–max: exact (see
 * minmax-interval.ts). TOPSIS: closeness is not linear in the weights, so the Pilot is
 * recomputed at multipliers stepping out from 1 by ×1.05 up to 1000× and down to 1/1000×,
 * then the first change is bisected to 1e-9 (relative); a change and change back inside one
 * step (5 %) can be missed. Each TOPSIS evaluation is one rescoring (two products and two
 * square roots per partner) plus a selection, about 2 × 150 + 2 × 30 per criterion.
 */
export function stabilityIntervals(
  model: SensitivityModel,
  pilotCount: number,
  pool: Uint8Array = everyRow(model),
): StabilityInterval[] {
  const pilot = pilotOf(pooled(model.baseScores, pool), pilotCount);
  let total = 0;
  for (const weight of model.weights) total += weight;
  return model.criteria.map((criterion, k) => {
    const { low, high } =
      model.method === 'minmax'
        ? minmaxInterval(model, k, pilot, pilotCount, pool)
        : bisectedInterval(model, k, pilot, pilotCount, pool);
    return { criterion, weight: model.weights[k] / total, low, high };
  });
}

/** Every model row may take a place: no partner excluded or pinned by hand. */
export function everyRow(model: SensitivityModel): Uint8Array {
  return new Uint8Array(model.tableRows.length).fill(1);
}

/**
 * `scores` with NaN (no place in any wave) where `pool` is 0, in place when `into` is
 * `scores`: rows outside the pool keep their part in the scaling but take no wave place.
 */
export function pooled(
  scores: Float64Array,
  pool: Uint8Array,
  into: Float64Array = new Float64Array(scores.length),
): Float64Array {
  for (let row = 0; row < scores.length; row++) into[row] = pool[row] ? scores[row] : Number.NaN;
  return into;
}

/** 1 for the model rows among the best `pilotCount` of `scores` (ties by row). */
export function pilotOf(scores: Float64Array, pilotCount: number): Uint8Array {
  const waves = new Uint8Array(scores.length);
  assignWaves(scores, waveCuts([pilotCount], scores.length), waves);
  return Uint8Array.from(waves, (wave) => (wave === 0 ? 1 : 0));
}

function bisectedInterval(
  model: SensitivityModel,
  k: number,
  pilot: Uint8Array,
  pilotCount: number,
  pool: Uint8Array,
): { low: number; high: number } {
  const n = model.tableRows.length;
  const weights = new Float64Array(model.weights.length);
  const scores = new Float64Array(n);
  const scratch = rescoreScratch(model);
  const cuts = waveCuts([pilotCount], n);
  const waves = new Uint8Array(n);
  const holds = (t: number): boolean => {
    weights.set(model.weights);
    weights[k] *= t;
    rescore(model, weights, scores, scratch);
    pooled(scores, pool, scores);
    assignWaves(scores, cuts, waves);
    for (let row = 0; row < n; row++) if ((waves[row] === 0 ? 1 : 0) !== pilot[row]) return false;
    return true;
  };
  const edge = (step: number, limit: number): number => {
    let inside = 1;
    for (let t = step; step > 1 ? t <= limit : t >= limit; t *= step) {
      if (!holds(t)) {
        let outside = t;
        while (Math.abs(outside - inside) > BISECTION_TOLERANCE * inside) {
          const middle = (inside + outside) / 2;
          if (holds(middle)) inside = middle;
          else outside = middle;
        }
        return outside;
      }
      inside = t;
    }
    return step > 1 ? Number.POSITIVE_INFINITY : 0;
  };
  return { low: edge(1 / SCAN_STEP, 1 / SCAN_LIMIT), high: edge(SCAN_STEP, SCAN_LIMIT) };
}

/**
 * The criterion whose weight needs the smallest proportional change, up or down, to change
 * the Pilot: the smallest min(ln high, −ln low), so ×1.25 and ÷1.25 count alike. Ties go to
 * the narrower interval (ln high − ln low), then to the first in order. Undefined when no
 * single weight's change alters the Pilot (every interval is 0 to Infinity). This is the
 * nearest edge rather than the narrowest interval: an interval of 0.95× to 50× is wider than
 * 0.5× to 2×, but a 5 % cut already changes the Pilot.
 */
export function mostSensitive(
  intervals: readonly StabilityInterval[],
): StabilityInterval | undefined {
  let best: StabilityInterval | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestWidth = Number.POSITIVE_INFINITY;
  for (const interval of intervals) {
    const distance = Math.min(Math.log(interval.high), -Math.log(interval.low));
    const width = Math.log(interval.high) - Math.log(interval.low);
    // Distances within 1e-9 are one distance: ln 1.25 and −ln 0.8 differ in the last bit.
    const tie = Math.abs(distance - bestDistance) <= 1e-9 * distance;
    if ((!tie && distance < bestDistance) || (tie && width < bestWidth - 1e-9 * width)) {
      [best, bestDistance, bestWidth] = [interval, distance, width];
    }
  }
  return best;
}
