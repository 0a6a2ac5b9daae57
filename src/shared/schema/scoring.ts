/** How partners are scored: the request's `scoring`. */
import * as v from 'valibot';
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import { DEFAULT_UNCERTAINTY } from '../../domain/sensitivity/scenarios';
import { say } from '../i18n/checks';
import { amount, amountBetween } from './fields';
import { SCORING_METHODS, valuesOf } from './options';

/** A relative weight, 0 or more; every criterion counts the same until the user says otherwise. */
function weight(id: CriterionId) {
  const message = say((t) => t.scoring.weight({ criterion: t.criteria[id] }));
  return v.optional(amount(message, 0), 1);
}

const weights = () =>
  Object.fromEntries(CRITERIA.map((c) => [c.id, weight(c.id)])) as Record<
    CriterionId,
    ReturnType<typeof weight>
  >;

/** How partners are scored (Hwang & Yoon's TOPSIS or a weighted min–max sum), and each criterion's weight. */
export const scoringSchema = () =>
  v.object({
    /** Relative weights, 0 or more; all six present (default 1 each). */
    weights: v.optional(v.object(weights()), {}),
    method: v.optional(
      v.picklist(
        valuesOf(SCORING_METHODS),
        say((t) => t.scoring.method),
      ),
      'minmax',
    ),
    /**
     * How far the weights might be off, for the weight sensitivity analysis
     * (src/domain/sensitivity/scenarios.ts): 0.25 means a weight of average size typically
     * moves by about ±25 % of itself; 0 means "these weights are exact", 1 "we barely know".
     * Drafts kept before this field existed take the default.
     */
    uncertainty: v.optional(
      amountBetween(
        0,
        1,
        say((t) => t.scoring.uncertainty),
      ),
      DEFAULT_UNCERTAINTY,
    ),
  });
