/**
 * The weight sensitivity in words, for the record's Rationale, the plan's sensitivity table
 * and the sidebar: one sentence that is true of the computed intervals (multipliers rounded
 * inwards, so the range stated is inside the range computed), the borderline partners, and
 * what the analysis could not follow, in the record catalogue's words (record-figures.ts).
 */

import { type RecordFiguresText, type RecordTexts, recordText } from '../../shared/i18n/record';
import type { ScoringMethod } from '../../shared/plan-types';
import type { CriterionStability, PlanSensitivity } from '../../shared/sensitivity-types';
import type { RecordWriter } from './record-writer';
import { shownEnds } from './stability-range';

/** The record's facts this module reads. */
export interface SensitivityFacts {
  /** The weight sensitivity (sensitivity.ts), or null when the plan states none. */
  sensitivity: PlanSensitivity | null;
}

const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)} %`;

/** The sensitivity sentences of one language (src/shared/i18n/{en,ja}/record-figures.ts). */
export type SensitivityWords = RecordFiguresText['sensitivity'];

/**
 * A criterion's name inside a sentence: a built-in one as the language's record names it
 * (English: lower case but CAC); an extra criterion's header as written.
 */
const named = (i: CriterionStability, criteria: Record<string, string>) =>
  i.criterion.startsWith('extra:') ? i.label : (criteria[i.criterion] ?? i.label);

/** One criterion's interval as a clause: "between 0.62× and 1.87×", "above 0.4×", "at any value". */
function rangeInWords(
  interval: CriterionStability,
  words: SensitivityWords,
  decimal: string,
): string {
  const { low, high } = shownEnds(interval, decimal);
  if (low && high) return words.range.between({ low, high });
  if (low) return words.range.above({ low });
  if (high) return words.range.below({ high });
  return words.range.any;
}

/** The sentence for one criterion: "The Pilot holds while the CAC weight stays between …". */
function holdsSentence(
  interval: CriterionStability,
  method: ScoringMethod,
  t: RecordTexts,
  decimal: string,
): string {
  const words = t.sensitivity;
  const upTo = method === 'topsis' ? words.upToTopsis : '';
  const { low, high } = shownEnds(interval, decimal);
  const label = named(interval, t.criteria);
  if (low && high) return words.holdsBetween({ label, low, high });
  if (low) return words.holdsAbove({ label, low, upTo });
  if (high) return words.holdsBelow({ label, high });
  return words.holdsAlways({ label, upTo });
}

/**
 * The one sentence on the Pilot's stability: the heaviest criterion's interval and the
 * criterion the Pilot is most sensitive to (with its interval when it is another one);
 * "any increase" where no increase changes the Pilot; a single weighted criterion or no
 * sensitive weight said as such. Empty when the intervals are withheld. In the language of
 * `t` (the record's catalogue, src/shared/i18n/record.ts); English when not given. The
 * multipliers take `decimal` as their decimal mark (the spreadsheet locale's).
 */
export function stabilitySentence(
  s: PlanSensitivity,
  method: ScoringMethod,
  t: RecordTexts = recordText('en'),
  decimal = '.',
): string {
  const words = t.sensitivity;
  if (s.withheld || !s.intervals.length) return '';
  if (s.intervals.length === 1) return words.single({ label: named(s.intervals[0], t.criteria) });
  const sensitive = s.intervals.find((i) => i.criterion === s.mostSensitive);
  if (!sensitive) return words.noneSensitive({ upTo: method === 'topsis' ? words.upToTopsis : '' });
  // The heaviest weight, the first on a tie: the one a team argues over most.
  const heaviest = s.intervals.reduce((a, b) => (b.weight > a.weight ? b : a));
  const label = named(sensitive, t.criteria);
  const tail =
    heaviest === sensitive
      ? words.mostSensitiveSame({ label })
      : words.mostSensitiveOther({ label, range: rangeInWords(sensitive, words, decimal) });
  return `${holdsSentence(heaviest, method, t, decimal)}${tail}`;
}

/**
 * The Rationale's paragraph on weight sensitivity, in `w`'s language: the stability
 * sentence (or why no interval is stated), the borderline partners (at most ten names, then
 * "and N more") and the pinned partners the weights never move. Empty when there is no
 * analysis.
 */
export function sensitivityParagraphs(
  facts: SensitivityFacts & { request: { scoring: { method: ScoringMethod } } },
  waveNames: readonly string[],
  pinned: number,
  w: RecordWriter,
): string[] {
  const s = facts.sensitivity;
  if (!s) return [];
  const words = w.t.sensitivity;
  if (s.withheld === 'caps' || s.withheld === 'deferred') return [words[s.withheld]];
  const stability =
    s.withheld === 'tieRule'
      ? words.tieRule
      : stabilitySentence(s, facts.request.scoring.method, w.t, w.amounts.decimal);
  const names = s.borderline
    .map((b) =>
      words.borderlineName({
        name: b.name,
        wave: b.wave ? waveNames[b.wave - 1] : words.outside,
        share: percent(b.share),
      }),
    )
    .join(words.list);
  const more = s.borderlineCount - s.borderline.length;
  const shares =
    words.scenarios({ n: w.count(s.scenarios), uncertainty: percent(s.uncertainty) }) +
    (s.borderlineCount
      ? words.borderline({
          n: s.borderlineCount,
          count: w.count(s.borderlineCount),
          stable: percent(s.stableShare),
          names: `${names}${more > 0 ? words.more({ n: w.count(more) }) : ''}`,
        })
      : words.allStable({ stable: percent(s.stableShare) }));
  return [`${stability}${pinned ? words.pinned({ n: pinned }) : ''} ${shares}`.trim()];
}
