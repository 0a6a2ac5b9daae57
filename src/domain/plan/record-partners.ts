/**
 * How the record names partners: counts in words, at most ten names then "and N more",
 * and the partial-data rule as it applied. The record's tests read these back against the
 * plan, so a name is never cut or reworded.
 */
import type { PlannedPartner } from '../../shared/plan-types';

/** "1 partner" / "3 partners". */
export const partnersCount = (n: number) => `${n} partner${n === 1 ? '' : 's'}`;

/**
 * At most `max` names, then "and N more", so a 1,000-partner wave stays readable. The
 * record's tests read the names back, so a name is never cut or reworded.
 */
export function namesOf(partners: PlannedPartner[], max = 10): string {
  const shown = partners.slice(0, max).map((p) => p.name);
  const more = partners.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * The partial-data rule as it applied: which ranked partners were scored without some
 * criteria, whether they could enter waves, and where they are.
 */
export function partialDataSentence(
  partners: readonly PlannedPartner[],
  requireCompleteData: boolean,
): string {
  const partial = partners.filter((p) => p.rank !== null && p.scoredWithout.length > 0);
  if (!partial.length)
    return 'Every ranked partner has a value for every weighted criterion, so no partner was scored on partial data.';
  const inWave = partial.filter((p) => p.wave !== null);
  const rule = requireCompleteData
    ? 'complete data is required, so they enter no wave unless pinned by hand'
    : 'complete data is not required, so they may enter waves, their missing amounts counting as nothing in the wave totals';
  return `${partnersCount(partial.length)} scored without some criteria (${namesOf(partial)}): ${rule}; ${inWave.length} of them ${inWave.length === 1 ? 'is' : 'are'} in a wave${inWave.length ? ` (${namesOf(inWave)})` : ''}.`;
}
