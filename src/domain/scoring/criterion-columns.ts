/**
 * The parsed partner table both scoring methods work on: one array of values per
 * criterion read, NaN where a row has no usable value.
 */

export interface CriterionColumn {
  /** A criterion's id, or `extra:<column>` for a team's own criterion. */
  readonly id: string;
  readonly benefit: boolean;
  /** Relative weight, scaled so the largest weight is 1 (huge weights cannot overflow a sum). */
  readonly weight: number;
  /** One value per input row; NaN for blank cells and for rows that take no part. */
  readonly values: Float64Array;
}

// What a scorer's `scorable[row]` holds: 0 for a row that takes no part, else one of these.
/** A partner row with a value in some criterion and no invalid cell. */
export const SCORABLE_ROW = 1;
/** A partner row with a value in every criterion read: its known weight is the table's. */
export const COMPLETE_ROW = 2;

/** Per-row results of a method: a score, or NaN for INSUFFICIENT DATA. */
export interface MethodResult {
  readonly scores: Float64Array;
  /**
   * Where a value sits between the worst (0) and best (1) of the criterion, as the
   * method sees it; undefined for a criterion that does not count (weight 0).
   */
  readonly normalisers: readonly (((value: number) => number) | undefined)[];
}

/**
 * The position of `value` from `worst` (0) to `best` (1); 0.5 when every partner is
 * the same. One expression for benefits and costs: for a cost, worst is the maximum.
 */
export function towardsBest(value: number, worst: number, best: number): number {
  // + 0 turns the -0 of a cost at its worst, 0 / (min - max), into 0.
  return best === worst ? 0.5 : (value - worst) / (best - worst) + 0;
}
