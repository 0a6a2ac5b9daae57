/**
 * The weight sensitivity in words, for the record's Rationale, the plan's sensitivity table
 * and the sidebar: one sentence that is true of the computed intervals (multipliers rounded
 * inwards, so the range stated is inside the range computed), the borderline partners, and
 * what the analysis could not follow. Its words are SentenceText's stability section
 * (src/shared/i18n/{en,ja}/sentences.ts).
 */
import type { Language } from '../../shared/i18n/language';
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type { ScoringMethod } from '../../shared/plan-types';
import type { CriterionStability, PlanSensitivity } from '../../shared/sensitivity-types';
import type { CriterionId } from '../scoring/criteria';
import { rangeInWords, shownMultiplier } from './stability-range';

/** The record's facts this module reads. */
export interface SensitivityFacts {
  /** The weight sensitivity (sensitivity.ts), or null when the plan states none. */
  sensitivity: PlanSensitivity | null;
}

const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)} %`;
const count = (n: number) => n.toLocaleString('en-US');

/** A criterion's name inside a sentence in `t`'s language; an extra criterion's header as written. */
const named = (t: SentenceText, i: CriterionStability) =>
  i.criterion.startsWith('extra:')
    ? i.label
    : (t.criteriaInSentence[i.criterion as CriterionId] ?? i.label);

/** The sentence for one criterion: "The Pilot holds while the CAC weight stays between …". */
function holdsSentence(
  t: SentenceText,
  interval: CriterionStability,
  method: ScoringMethod,
): string {
  const words = t.stability;
  const upTo = method === 'topsis' ? words.upToTopsis : '';
  const low = interval.low > 0 ? shownMultiplier(interval.low, true) : null;
  const high = interval.high !== null ? shownMultiplier(interval.high, false) : null;
  const label = named(t, interval);
  if (low && high) return words.holdsBetween({ label, low, high });
  if (low) return words.holdsAbove({ label, low, upTo });
  if (high) return words.holdsBelow({ label, high });
  return words.holdsAlways({ label, upTo });
}

/**
 * The one sentence on the Pilot's stability: the heaviest criterion's interval and the
 * criterion the Pilot is most sensitive to (with its interval when it is another one);
 * "any increase" where no increase changes the Pilot; a single weighted criterion or no
 * sensitive weight said as such. Empty when the intervals are withheld. In `language`
 * (English when omitted): the plan sheet says it in the plan's, the record in its own.
 */
export function stabilitySentence(
  s: PlanSensitivity,
  method: ScoringMethod,
  language: Language = 'en',
): string {
  if (s.withheld || !s.intervals.length) return '';
  const t = sentenceText(language);
  const words = t.stability;
  if (s.intervals.length === 1) return words.single({ label: named(t, s.intervals[0]) });
  const sensitive = s.intervals.find((i) => i.criterion === s.mostSensitive);
  if (!sensitive) return words.noneSensitive({ upTo: method === 'topsis' ? words.upToTopsis : '' });
  // The heaviest weight, the first on a tie: the one a team argues over most.
  const heaviest = s.intervals.reduce((a, b) => (b.weight > a.weight ? b : a));
  const label = named(t, sensitive);
  const tail =
    heaviest === sensitive
      ? words.mostSensitiveSame({ label })
      : words.mostSensitiveOther({ label, range: rangeInWords(sensitive, t.sensitivity) });
  return `${holdsSentence(t, heaviest, method)}${tail}`;
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
  language: Language = 'en',
): string[] {
  const s = facts.sensitivity;
  if (!s) return [];
  const words = sentenceText(language).stability;
  if (s.withheld === 'caps' || s.withheld === 'deferred') return [words[s.withheld]];
  const stability =
    s.withheld === 'tieRule'
      ? words.tieRule
      : stabilitySentence(s, facts.request.scoring.method, language);
  const names = s.borderline
    .map(
      (b) => `${b.name} (${b.wave ? waveNames[b.wave - 1] : words.outside}, ${percent(b.share)})`,
    )
    .join(', ');
  const more = s.borderlineCount - s.borderline.length;
  const shares =
    words.scenarios({ count: count(s.scenarios), uncertainty: percent(s.uncertainty) }) +
    (s.borderlineCount
      ? words.borderline({
          n: s.borderlineCount,
          count: count(s.borderlineCount),
          stable: percent(s.stableShare),
          names: `${names}${more > 0 ? words.more({ count: count(more) }) : ''}`,
        })
      : words.allStable({ stable: percent(s.stableShare) }));
  return [`${stability}${pinned ? words.pinned({ n: pinned }) : ''} ${shares}`.trim()];
}
