/** How partners are scored: the request's `scoring`. */
import * as v from 'valibot';
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import { say } from '../i18n/checks';
import { amount } from './fields';
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
  });
