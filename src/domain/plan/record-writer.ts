/**
 * How the decision record writes in its plan's language (the request's `language`): its
 * catalogue (src/shared/i18n/record.ts), dates (calendar.ts dateWriter: 'Mon 30 Nov 2026'
 * or '2026年11月30日 (月)'), amounts (metrics.ts amountWriter: '$12,500' or '¥1,200万') in
 * the record's currency, and lists of partner names.
 */
import type { Language } from '../../shared/i18n/language';
import { type RecordTexts, recordText } from '../../shared/i18n/record';
import type {
  Direction,
  IsoDate,
  MetricUnit,
  PartnerSum,
  PlannedPartner,
} from '../../shared/plan-types';
import { dateWriter } from '../calendar';
import { amountWriter } from './metrics';

export interface RecordWriter {
  t: RecordTexts;
  date: (date: IsoDate) => string;
  /** An amount in its unit; currency in the record's currency. */
  amount: (value: number, unit: MetricUnit) => string;
  money: (value: number) => string;
  hours: (value: number) => string;
  /**
   * A sum over partners in its unit: "an unknown amount" when none has a value, the amount
   * with the count of partners left out when some lack one (wave-rows.ts partnerSum).
   */
  sum: (value: PartnerSum, unit: MetricUnit) => string;
}

/**
 * The writer for a plan in `language` with amounts in `currency` (the spreadsheet locale's
 * symbol). Builds the language's record catalogue on first use; throws nothing.
 */
export function recordWriter(language: Language, currency: string): RecordWriter {
  const t = recordText(language);
  const write = amountWriter(language);
  const amount = (value: number, unit: MetricUnit) => write(value, unit, currency);
  return {
    t,
    date: dateWriter(language),
    amount,
    money: (value) => amount(value, 'currency'),
    hours: (value) => amount(value, 'hours'),
    sum: ({ value, missing }, unit) => {
      if (value === null) return t.sums.unknown;
      return missing
        ? t.sums.partial({ amount: amount(value, unit), n: missing })
        : amount(value, unit);
    },
  };
}

/**
 * At most `max` names, then "and N more", so a 1,000-partner wave stays readable. The
 * record's tests read the names back, so a name is never cut or reworded.
 */
export function namesOf(w: RecordWriter, partners: readonly PlannedPartner[], max = 10): string {
  const shown = partners
    .slice(0, max)
    .map((p) => p.name)
    .join(w.t.list);
  const more = partners.length - Math.min(partners.length, max);
  return more > 0 ? w.t.namesAndMore({ names: shown, more }) : shown;
}

/**
 * A gate's GO or STOP side in words: "at or above $12,500" / "¥1,250万 以上". GO is on the
 * better side of the metric's direction, STOP on the worse.
 */
export function sideInWords(
  w: RecordWriter,
  side: 'go' | 'stop',
  direction: Direction,
  value: number,
  unit: MetricUnit,
): string {
  const amount = w.amount(value, unit);
  const above = (side === 'go') === (direction === 'higher');
  return above ? w.t.atOrAbove({ amount }) : w.t.atOrBelow({ amount });
}
