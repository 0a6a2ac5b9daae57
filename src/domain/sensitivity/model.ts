/**
 * The partner table as a weight sensitivity analysis needs it: every part of a score that
 * does not depend on the weights, computed once with the scorer's own scaling, so that
 * rescoring under other weights is a matrix–vector product (min–max) or two (TOPSIS).
 */

import { formulaLayout } from '../scoring/formula-layout';
import { parseMethod, type ScoredTable, scoreLayout } from '../scoring/partner-score';
import { markComplete, vectorScale } from '../scoring/topsis';
import { parseWeights } from '../scoring/weights';
import { type SheetSettings, ValueReader } from '../values/reader';
import { type MinmaxParts, minmaxParts, rescoreMinmax } from './minmax-model';

const sqrt = Math.sqrt;

interface ModelBase {
  /** The table row (index into the table passed, header row 0 when there is one) of each model row. */
  readonly tableRows: Int32Array;
  /** The criteria that count (weight above 0), in the scorer's order: ids, or `extra:<column>`. */
  readonly criteria: readonly string[];
  /** Their weights as the scorer holds them (the largest is 1). */
  readonly weights: Float64Array;
  /** PARTNER_SCORE's score of each model row under these weights; NaN for INSUFFICIENT DATA. */
  readonly baseScores: Float64Array;
}

/**
 * min–max: a row's score under weights w is 100 · Σ w·r / Σ_known w, r its values scaled 0
 * (worst) … 1 (best) between the bounds of the rows scored under w; it is scored only while
 * Σ_known w reaches half of Σ w (see minmax-model.ts). Rows: every row the scorer considers,
 * scored under the chosen weights or not, since other weights may admit it.
 */
export interface MinmaxModel extends ModelBase, MinmaxParts {
  readonly method: 'minmax';
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

/** The prepared table of either method. */
export type SensitivityModel = MinmaxModel | TopsisModel;

/**
 * Reads `table` with PARTNER_SCORE's rules (`weights` and `method` as the formula takes
 * them, cells in `sheet`'s locale and time zone) and prepares it for rescoring. Throws the
 * formula's own `PARTNER_SCORE: …` errors for a table it cannot score.
 */
export function sensitivityModel(
  table: unknown[][],
  weights: unknown,
  method: unknown,
  sheet: SheetSettings,
): SensitivityModel {
  const reader = new ValueReader(sheet);
  const layout = formulaLayout(table, parseWeights(weights, reader), reader);
  return modelOf(scoreLayout(table, layout, parseMethod(method, reader), reader));
}

/** As {@link sensitivityModel}, from a table the scorer has already read and scored. */
export function modelOf(scored: ScoredTable): SensitivityModel {
  const counted = scored.criteria.filter((column) => column.weight > 0);
  const criteria = counted.map((column) => column.id);
  const weights = Float64Array.from(counted, (column) => column.weight);
  const m = counted.length;
  // Non-zero for exactly the rows the scorer took (ReadTable.scorable).
  const scorable = scored.read.scorable;
  if (scored.method === 'minmax') {
    const parts = minmaxParts(counted, scorable);
    const baseScores = Float64Array.from(parts.tableRows, (row) => scored.scores[row]);
    return { method: 'minmax', criteria, weights, baseScores, ...parts };
  }
  const complete = new Uint8Array(scorable.length);
  markComplete(
    counted.map((column) => column.values),
    scorable,
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
 * Scratch for {@link rescore}: one known weight and one admission flag per pattern of known
 * criteria (min–max; TOPSIS needs none). Allocate once, reuse for every rescoring.
 */
export interface RescoreScratch {
  knownWeight: Float64Array;
  admitted: Uint8Array;
}

/** Scratch sized for `model`'s patterns of known criteria. */
export function rescoreScratch(model: SensitivityModel): RescoreScratch {
  const patterns = model.method === 'minmax' ? model.patternCount : 0;
  return { knownWeight: new Float64Array(patterns), admitted: new Uint8Array(patterns) };
}

/**
 * Scores every model row under `weights` (one per model criterion, any positive scale)
 * into `scores` (length = rows; 0–100 as PARTNER_SCORE, NaN where the row would be
 * INSUFFICIENT DATA). With the scorer's own weights this gives the scorer's scores to the
 * last bit for min–max (the same bounds and sums in the same order); TOPSIS agrees to rounding.
 */
export function rescore(
  model: SensitivityModel,
  weights: Float64Array,
  scores: Float64Array,
  scratch: RescoreScratch,
): void {
  if (model.method === 'topsis') {
    closeness(model.toIdeal, model.toAntiIdeal, weights, weights.length, scores);
    return;
  }
  rescoreMinmax(model, weights, scores, scratch.knownWeight, scratch.admitted);
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
