/**
 * The partner table as a weight sensitivity analysis needs it: every part of a score that
 * does not depend on the weights, computed once with the scorer's own scaling, so that
 * rescoring under other weights is a matrix–vector product (min–max) or two (TOPSIS).
 */

import type { CriterionId } from '../scoring/criteria';
import { towardsBest } from '../scoring/criterion-columns';
import { halfWeightOf, minmaxBounds } from '../scoring/minmax';
import { type ScoredTable, type ScoringMethod, scoreTable } from '../scoring/partner-score';
import { markComplete, vectorScale } from '../scoring/topsis';
import { isMissing } from '../scoring/values';

const sqrt = Math.sqrt;

interface ModelBase {
  /** The table row (index into the table passed, header row 0 when there is one) of each model row. */
  readonly tableRows: Int32Array;
  /** The criteria that count (weight above 0), in the scorer's order. */
  readonly criteria: readonly CriterionId[];
  /** Their weights as the scorer holds them (the largest is 1). */
  readonly weights: Float64Array;
  /** PARTNER_SCORE's score of each model row under these weights; NaN for INSUFFICIENT DATA. */
  readonly baseScores: Float64Array;
}

/**
 * min–max: `scaled[row · m + c]` is the row's value of criterion c scaled 0 (worst) … 1
 * (best) exactly as the scorer scales it, 0 where the row has no value; bit c of
 * `known[row]` says whether it has one. A row's score under weights w is
 * 100 · Σ w·r / Σ_known w, and it is scored only while Σ_known w reaches half of Σ w.
 */
export interface MinmaxModel extends ModelBase {
  readonly method: 'minmax';
  readonly scaled: Float64Array;
  readonly known: Uint8Array;
}

/**
 * TOPSIS (Hwang & Yoon 1981): with u the vector-normalised value, `toIdeal[row · m + c]`
 * is (u − u_ideal)² and `toAntiIdeal` (u − u_anti)². Weighting multiplies u by w, so the
 * squared distances are Σ w²·toIdeal and Σ w²·toAntiIdeal: linear in the squared weights,
 * although the closeness d⁻ / (d⁺ + d⁻) is not linear in the weights. Rows: those complete
 * on every weighted criterion, the only ones TOPSIS scores.
 */
export interface TopsisModel extends ModelBase {
  readonly method: 'topsis';
  readonly toIdeal: Float64Array;
  readonly toAntiIdeal: Float64Array;
}

export type SensitivityModel = MinmaxModel | TopsisModel;

/**
 * Reads `table` with PARTNER_SCORE's rules (`weights` and `method` as the formula takes
 * them) and prepares it for rescoring. Throws the formula's own `PARTNER_SCORE: …` errors
 * for a table it cannot score.
 */
export function sensitivityModel(
  table: unknown[][],
  weights?: unknown,
  method?: ScoringMethod,
): SensitivityModel {
  return modelOf(scoreTable(table, weights, method));
}

/** As {@link sensitivityModel}, from a table the scorer has already read and scored. */
export function modelOf(scored: ScoredTable): SensitivityModel {
  const counted = scored.criteria.filter((column) => column.weight > 0);
  const criteria = counted.map((column) => column.id);
  const weights = Float64Array.from(counted, (column) => column.weight);
  const m = counted.length;
  if (scored.method === 'minmax') {
    const rows = rowsWhere(scored.scorable);
    const { worst, best } = minmaxBounds(counted);
    const scaled = new Float64Array(rows.length * m);
    const known = new Uint8Array(rows.length);
    rows.forEach((row, i) => {
      counted.forEach((column, c) => {
        const value = column.values[row];
        if (isMissing(value)) return;
        scaled[i * m + c] = towardsBest(value, worst[c], best[c]);
        known[i] |= 1 << c;
      });
    });
    const baseScores = Float64Array.from(rows, (row) => scored.scores[row]);
    return { method: 'minmax', tableRows: rows, criteria, weights, baseScores, scaled, known };
  }
  const complete = new Uint8Array(scored.scorable.length);
  markComplete(
    counted.map((column) => column.values),
    scored.scorable,
    complete,
  );
  const rows = rowsWhere(complete);
  const toIdeal = new Float64Array(rows.length * m);
  const toAntiIdeal = new Float64Array(rows.length * m);
  counted.forEach((column, c) => {
    const { largest, norm } = vectorScale(column.values, complete);
    const unit = (row: number) => (largest === 0 ? 0 : column.values[row] / largest / norm);
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      low = Math.min(low, unit(row));
      high = Math.max(high, unit(row));
    }
    const [ideal, antiIdeal] = column.benefit ? [high, low] : [low, high];
    rows.forEach((row, i) => {
      toIdeal[i * m + c] = (unit(row) - ideal) ** 2;
      toAntiIdeal[i * m + c] = (unit(row) - antiIdeal) ** 2;
    });
  });
  const baseScores = Float64Array.from(rows, (row) => scored.scores[row]);
  return { method: 'topsis', tableRows: rows, criteria, weights, baseScores, toIdeal, toAntiIdeal };
}

function rowsWhere(mask: Uint8Array): Int32Array {
  const rows: number[] = [];
  for (let row = 0; row < mask.length; row++) if (mask[row]) rows.push(row);
  return Int32Array.from(rows);
}

/**
 * Scores every model row under `weights` (one per model criterion, any positive scale)
 * into `scores` (length = rows; 0–100 as PARTNER_SCORE, NaN where the row would be
 * INSUFFICIENT DATA). `knownWeight` is scratch of length 2^m for min–max. With the
 * scorer's own weights this gives the scorer's scores to the last bit for min–max (the
 * same sums in the same order); TOPSIS agrees to rounding.
 */
export function rescore(
  model: SensitivityModel,
  weights: Float64Array,
  scores: Float64Array,
  knownWeight: Float64Array,
): void {
  const m = weights.length;
  if (model.method === 'topsis') {
    closeness(model.toIdeal, model.toAntiIdeal, weights, m, scores);
    return;
  }
  // The known weight of each pattern of known criteria, summed in the scorer's order.
  let tableWeight = 0;
  for (let c = 0; c < m; c++) tableWeight += weights[c];
  const half = halfWeightOf(tableWeight);
  for (let pattern = 0; pattern < 1 << m; pattern++) {
    let sum = 0;
    for (let c = 0; c < m; c++) if (pattern & (1 << c)) sum += weights[c];
    knownWeight[pattern] = sum >= half ? sum : Number.NaN;
  }
  weightedMeans(model.scaled, model.known, weights, m, knownWeight, scores);
}

// The hot loops: small functions the engine optimises once (see src/domain/scoring/minmax.ts).
function weightedMeans(
  scaled: Float64Array,
  known: Uint8Array,
  weights: Float64Array,
  m: number,
  knownWeight: Float64Array,
  scores: Float64Array,
): void {
  for (let row = 0, at = 0; row < scores.length; row++, at += m) {
    let weighted = 0;
    for (let c = 0; c < m; c++) weighted += weights[c] * scaled[at + c];
    scores[row] = 100 * (weighted / knownWeight[known[row]]);
  }
}

function closeness(
  toIdeal: Float64Array,
  toAntiIdeal: Float64Array,
  weights: Float64Array,
  m: number,
  scores: Float64Array,
): void {
  for (let row = 0, at = 0; row < scores.length; row++, at += m) {
    let plus = 0;
    let minus = 0;
    for (let c = 0; c < m; c++) {
      const w2 = weights[c] * weights[c];
      plus += w2 * toIdeal[at + c];
      minus += w2 * toAntiIdeal[at + c];
    }
    const dPlus = sqrt(plus);
    const dMinus = sqrt(minus);
    scores[row] = dPlus + dMinus === 0 ? 50 : 100 * (dMinus / (dPlus + dMinus));
  }
}
