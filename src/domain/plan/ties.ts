/**
 * Ties in the ranking: partners are ordered on the score as shown (one decimal), and
 * equal shown scores by a stated rule (the tie rule in src/shared/i18n/en/sentences.ts). When the rule decides who is on which
 * side of a wave boundary, the partner's reason and the plan's notes say so.
 */
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type { PlannedPartner } from '../../shared/plan-types';

/** The score as the plan and the sidebar show it (one decimal): ties are judged on it. */
const shownScore = (score: number) => Math.round(score * 10) / 10;

/**
 * Which step of the tie rule (SentenceText ties.rule: more complete data, then higher
 * partner-sourced revenue, then name, then sheet row) put `a` before `b`.
 */
function tieReason(a: PlannedPartner, b: PlannedPartner): keyof SentenceText['ties']['by'] {
  if (a.scoredWithout.length !== b.scoredWithout.length) return 'complete';
  if ((a.values.sourcedRevenue ?? null) !== (b.values.sourcedRevenue ?? null)) return 'revenue';
  if (a.name !== b.name) return 'name';
  return 'row';
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

/** The tie rule as a comparison; names in code-unit order (no collator per comparison). */
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
 * the plan's notes, in `t`'s language (English when omitted), scores with `decimal` as their
 * mark. Pinned partners were placed by hand, not by the rule.
 */
export function tieNotes(
  eligible: PlannedPartner[],
  waveNames: string[],
  t: SentenceText = sentenceText('en'),
  decimal = '.',
): string[] {
  const notes: string[] = [];
  const said = t.ties;
  const where = (p: PlannedPartner) => (p.wave ? waveNames[p.wave - 1] : said.noWave);
  const free = eligible.filter((p) => !p.pinned);
  for (let i = 1; i < free.length; i++) {
    const [a, b] = [free[i - 1], free[i]];
    if (a.wave === b.wave || shownScore(a.score as number) !== shownScore(b.score as number))
      continue;
    const rule = said.by[tieReason(a, b)];
    // As the Score cells show it (0.0), with the locale's decimal mark.
    const score = shownScore(a.score as number)
      .toFixed(1)
      .replace('.', decimal);
    b.reason = t.followedBy({ reason: b.reason, next: said.tied({ score, other: a.name, rule }) });
    notes.push(
      said.note({
        score,
        first: a.name,
        firstWave: where(a),
        second: b.name,
        secondWave: where(b),
        rule,
        tieRule: said.rule,
      }),
    );
  }
  return notes;
}
