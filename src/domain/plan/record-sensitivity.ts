/**
 * The weight sensitivity in words, for the record's Rationale, the plan's sensitivity table
 * and the sidebar: one sentence that is true of the computed intervals (multipliers rounded
 * inwards, so the range stated is inside the range computed), the borderline partners, and
 * what the analysis could not follow. Every English word of it is in WORDS.
 */
import type { ScoringMethod } from '../../shared/plan-types';
import type { CriterionStability, PlanSensitivity } from '../../shared/sensitivity-types';
import { rangeInWords, shownMultiplier } from './stability-range';

/** The record's facts this module reads. */
export interface SensitivityFacts {
  /** The weight sensitivity (sensitivity.ts), or null when the plan states none. */
  sensitivity: PlanSensitivity | null;
}

const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)} %`;
const count = (n: number) => n.toLocaleString('en-US');

export const WORDS = {
  holdsBetween: (label: string, low: string, high: string) =>
    `The Pilot holds while the ${label} weight stays between ${low}× and ${high}× its chosen value, the other weights unchanged`,
  holdsAbove: (label: string, low: string, upTo: string) =>
    `The Pilot holds for any increase of the ${label} weight${upTo} and while it stays above ${low}× its chosen value, the other weights unchanged`,
  holdsBelow: (label: string, high: string) =>
    `The Pilot holds for any decrease of the ${label} weight and while it stays below ${high}× its chosen value, the other weights unchanged`,
  holdsAlways: (label: string, upTo: string) =>
    `No change of the ${label} weight alone${upTo} changes the Pilot`,
  upToTopsis: ' (searched up to 1000× and down to 1/1000×)',
  mostSensitiveSame: (label: string) =>
    `; it is most sensitive to ${label}, more than to any other weight.`,
  mostSensitiveOther: (label: string, range: string) =>
    `; it is most sensitive to ${label}, whose weight it survives only ${range}.`,
  noneSensitive: (upTo: string) =>
    `No change of any single weight${upTo}, the others unchanged, changes the Pilot.`,
  single: (label: string) =>
    `Only one criterion (${label}) is weighted, so no weight can change the ranking or the Pilot.`,
  pinned: (n: number) =>
    ` ${n === 1 ? 'The partner' : `The ${n} partners`} pinned to the Pilot by hand stay whatever the weights.`,
  scenarios: (n: number, uncertainty: number) =>
    `Under ${count(n)} weight scenarios around the chosen weights (each weight typically moving by ±${percent(uncertainty)})`,
  allStable: (stable: number) =>
    `, every ranked partner is in its wave in at least ${percent(stable)} of them (stable).`,
  borderline: (n: number, stable: number, names: string) =>
    `, ${n === 1 ? '1 ranked partner is' : `${count(n)} ranked partners are`} borderline, in ${n === 1 ? 'its' : 'their'} wave in fewer than ${percent(stable)} of them: ${names}.`,
  more: (n: number) => ` and ${count(n)} more`,
  outside: 'no wave',
  caps: 'Weight sensitivity is not stated for this plan: the Pilot’s caps on co-marketing budget or enablement load decide its members by their amounts as well as by rank, which the weight scenarios do not model, so no share or interval would be true of it.',
  deferred:
    'Weight sensitivity is computed when the plan is written: this table is too large to analyse on every change.',
  tieRule:
    'No stability interval is stated: at the Pilot’s edge the plan ranks on scores as shown (to 0.1) and its tie rule, which the exact analysis does not follow, so an interval would not be true of this plan.',
};

/** A criterion's name inside a sentence: built-in labels in lower case but CAC; a header as written. */
const named = (i: CriterionStability) =>
  i.criterion.startsWith('extra:') || i.label === 'CAC' ? i.label : i.label.toLowerCase();

/** The sentence for one criterion: "The Pilot holds while the CAC weight stays between …". */
function holdsSentence(interval: CriterionStability, method: ScoringMethod): string {
  const upTo = method === 'topsis' ? WORDS.upToTopsis : '';
  const low = interval.low > 0 ? shownMultiplier(interval.low, true) : null;
  const high = interval.high !== null ? shownMultiplier(interval.high, false) : null;
  const label = named(interval);
  if (low && high) return WORDS.holdsBetween(label, low, high);
  if (low) return WORDS.holdsAbove(label, low, upTo);
  if (high) return WORDS.holdsBelow(label, high);
  return WORDS.holdsAlways(label, upTo);
}

/**
 * The one sentence on the Pilot's stability: the heaviest criterion's interval and the
 * criterion the Pilot is most sensitive to (with its interval when it is another one);
 * "any increase" where no increase changes the Pilot; a single weighted criterion or no
 * sensitive weight said as such. Empty when the intervals are withheld.
 */
export function stabilitySentence(s: PlanSensitivity, method: ScoringMethod): string {
  if (s.withheld || !s.intervals.length) return '';
  if (s.intervals.length === 1) return WORDS.single(named(s.intervals[0]));
  const sensitive = s.intervals.find((i) => i.criterion === s.mostSensitive);
  if (!sensitive) return WORDS.noneSensitive(method === 'topsis' ? WORDS.upToTopsis : '');
  // The heaviest weight, the first on a tie: the one a team argues over most.
  const heaviest = s.intervals.reduce((a, b) => (b.weight > a.weight ? b : a));
  const tail =
    heaviest === sensitive
      ? WORDS.mostSensitiveSame(named(sensitive))
      : WORDS.mostSensitiveOther(named(sensitive), rangeInWords(sensitive));
  return `${holdsSentence(heaviest, method)}${tail}`;
}

/**
 * The Rationale's paragraph on weight sensitivity: the stability sentence (or why no
 * interval is stated), the borderline partners (at most ten names, then "and N more")
 * and the pinned partners the weights never move. Empty when there is no analysis.
 */
export function sensitivityParagraphs(
  facts: SensitivityFacts & { request: { scoring: { method: ScoringMethod } } },
  waveNames: readonly string[],
  pinned: number,
): string[] {
  const s = facts.sensitivity;
  if (!s) return [];
  if (s.withheld === 'caps' || s.withheld === 'deferred') return [WORDS[s.withheld]];
  const stability =
    s.withheld === 'tieRule' ? WORDS.tieRule : stabilitySentence(s, facts.request.scoring.method);
  const names = s.borderline
    .map(
      (b) => `${b.name} (${b.wave ? waveNames[b.wave - 1] : WORDS.outside}, ${percent(b.share)})`,
    )
    .join(', ');
  const more = s.borderlineCount - s.borderline.length;
  const shares =
    WORDS.scenarios(s.scenarios, s.uncertainty) +
    (s.borderlineCount
      ? WORDS.borderline(
          s.borderlineCount,
          s.stableShare,
          `${names}${more > 0 ? WORDS.more(more) : ''}`,
        )
      : WORDS.allStable(s.stableShare));
  return [`${stability}${pinned ? WORDS.pinned(pinned) : ''} ${shares}`.trim()];
}
