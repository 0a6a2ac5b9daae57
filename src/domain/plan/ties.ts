/**
 * Ties in the ranking: partners are ordered on the score as shown (one decimal), and
 * equal shown scores by a stated rule (TIE_RULE). When the rule decides who is on which
 * side of a wave boundary, the partner's reason and the plan's notes say so.
 */
import type { PlannedPartner } from '../../shared/plan-types';

/** The score as the plan and the sidebar show it (one decimal): ties are judged on it. */
const shownScore = (score: number) => Math.round(score * 10) / 10;

/**
 * The tie rule, in the order it is applied to partners whose scores are equal as shown:
 * more complete data, then higher partner-sourced revenue, then name, then sheet row.
 */
export const TIE_RULE =
  'equal scores (as shown, to 0.1) are ordered by more complete data, then higher partner-sourced revenue, then name';

/** Which step of TIE_RULE put `a` before `b`, in words. */
function tieReason(a: PlannedPartner, b: PlannedPartner): string {
  if (a.scoredWithout.length !== b.scoredWithout.length) return 'more complete data';
  if ((a.values.sourcedRevenue ?? null) !== (b.values.sourcedRevenue ?? null))
    return 'higher partner-sourced revenue';
  if (a.name !== b.name) return 'name';
  return 'sheet row';
}

/** A partner with its sort keys worked out once (a sort compares each many times). */
export interface Keyed {
  p: PlannedPartner;
  shown: number;
  gaps: number;
  revenue: number;
}

const NO_REVENUE = Number.NEGATIVE_INFINITY;

/** `p` with its sort keys. */
export function keyed(p: PlannedPartner): Keyed {
  return {
    p,
    shown: Math.round((p.score as number) * 10),
    gaps: p.scoredWithout.length,
    revenue: p.values.sourcedRevenue ?? NO_REVENUE,
  };
}

/** TIE_RULE as a comparison; names in code-unit order (no collator per comparison). */
export function byRank(a: Keyed, b: Keyed): number {
  return (
    b.shown - a.shown ||
    a.gaps - b.gaps ||
    (b.revenue === a.revenue ? 0 : b.revenue > a.revenue ? 1 : -1) ||
    (a.p.name < b.p.name ? -1 : a.p.name > b.p.name ? 1 : 0) ||
    a.p.sheetRow - b.p.sheetRow
  );
}

/**
 * Neighbours in rank order whose shown scores are equal but who landed in different
 * waves (or one in none): the tie rule decided, so say so beside the partner and in
 * the plan's notes. Pinned partners were placed by hand, not by the rule.
 */
export function tieNotes(eligible: PlannedPartner[], waveNames: string[]): string[] {
  const notes: string[] = [];
  const where = (p: PlannedPartner) => (p.wave ? waveNames[p.wave - 1] : 'no wave');
  const free = eligible.filter((p) => !p.pinned);
  for (let i = 1; i < free.length; i++) {
    const [a, b] = [free[i - 1], free[i]];
    if (a.wave === b.wave || shownScore(a.score as number) !== shownScore(b.score as number))
      continue;
    const rule = tieReason(a, b);
    const score = shownScore(a.score as number).toFixed(1);
    b.reason = `${b.reason ? `${b.reason} ` : ''}Tied at ${score} with ${a.name}, who goes first by ${rule}.`;
    notes.push(
      `Tie at ${score}: ${a.name} goes to ${where(a)} and ${b.name} to ${where(b)}, by ${rule} (the tie rule: ${TIE_RULE}).`,
    );
  }
  return notes;
}
