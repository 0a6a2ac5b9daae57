/**
 * The weight sensitivity of a plan as the planner's answers carry it (JSON-safe: an
 * unbounded multiplier is null, never Infinity, which JSON cannot carry).
 */

/** One criterion's stability interval: the multipliers on its weight over which the Pilot holds. */
export interface CriterionStability {
  /** The criterion's id, or `extra:<column>` for a team's own criterion. */
  criterion: string;
  /** What the plan calls it: the criterion's label or the column's header. */
  label: string;
  /** Its share of the total weight, 0–1. */
  weight: number;
  /** The Pilot keeps its partners for multipliers strictly between low and high; low 0: any decrease. */
  low: number;
  /** null: no increase changes the Pilot (none up to 1e9×; TOPSIS: up to 1000×). */
  high: number | null;
}

/** Why no stability interval is stated for a plan (see src/domain/plan/sensitivity.ts). */
export type IntervalsWithheld =
  /** The Pilot's budget or enablement caps decide membership too; the analysis cuts by rank. */
  | 'caps'
  /** Under the chosen weights the plan's tie rule (scores as shown to 0.1) decides the Pilot's edge. */
  | 'tieRule'
  /** A preview of a table too large to analyse on every change: the write computes it. */
  | 'deferred';

export interface PlanSensitivity {
  /** The request's uncertainty (0–1) the scenarios used. */
  uncertainty: number;
  /** Weight scenarios drawn; 0 when none were (see `withheld`). */
  scenarios: number;
  /** A partner in its wave in at least this share of scenarios is stable; below it, borderline. */
  stableShare: number;
  /** One per weighted criterion in the scorer's order; empty when withheld. */
  intervals: CriterionStability[];
  /** Why there are no intervals (and, for 'caps' and 'deferred', no shares either); null when stated. */
  withheld: IntervalsWithheld | null;
  /** The criterion the Pilot is most sensitive to; null when no single weight changes it. */
  mostSensitive: string | null;
  /**
   * The first ten ranked partners in their wave in fewer than `stableShare` of scenarios,
   * in rank order (the answer stays small at 50,000 partners); `borderlineCount` counts all.
   */
  borderline: { sheetRow: number; name: string; wave: number | null; share: number }[];
  borderlineCount: number;
}
