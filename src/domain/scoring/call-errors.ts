/**
 * PARTNER_SCORE's errors about the whole call that name what to fill in or fix, kept apart so
 * partner-score.ts reads as the scoring itself.
 */
import { criterionById } from './criteria';
import type { CriterionColumn } from './criterion-columns';

const FN = 'PARTNER_SCORE';
const EXAMPLE_CALL = '=PARTNER_SCORE(A1:I41)';

/**
 * The whole-call error when fewer than two rows can be compared: `found` scorable rows out of
 * `rowCount` (header included), naming the first invalid row's message when there is one.
 */
export function tooFewPartners(
  found: number,
  rowCount: number,
  hasHeader: boolean,
  invalid: ReadonlyMap<number, { message: string }>,
): Error {
  if (hasHeader && rowCount === 1) {
    return new Error(
      `${FN}: the range holds only the header row, no partners. Pass the header and the partner rows, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const partners = found === 0 ? 'no partner' : 'only 1 partner';
  const first = invalid.values().next().value;
  const fix = first
    ? ` ${invalid.size} row${invalid.size === 1 ? ' is' : 's are'} invalid, the first with ${first.message}: fix them, or pass`
    : ' Pass';
  return new Error(
    `${FN}: found ${partners} with values to compare; a score is relative to the other partners in the same call, so it needs at least two.` +
      `${fix} the whole table with its header row, e.g. ${EXAMPLE_CALL}.`,
  );
}

/** The whole-call error when TOPSIS finds fewer than two rows complete on every weighted criterion. */
export function tooFewComplete(criteria: readonly CriterionColumn[]): Error {
  const weighted = criteria.filter((c) => c.weight > 0).map((c) => criterionById(c.id).label);
  return new Error(
    `${FN}: topsis needs at least two partners with a value for every weighted criterion (${weighted.join(', ')}). ` +
      'Fill in the missing values, give a criterion with gaps a weight of 0, or use method "minmax".',
  );
}
