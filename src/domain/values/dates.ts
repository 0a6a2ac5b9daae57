/**
 * A date cell as a calendar day: a Date (its day in the spreadsheet's time zone), an ISO
 * `YYYY-MM-DD`, an ISO date-time, or the locale's short date (`11/20/2026` en_US,
 * `20.11.2026` de_DE, `2026/11/20` ja_JP). Rule 9 of issue 16.
 */
import { dayNumber } from '../calendar';
import type { LocaleConventions } from './locales';
import { normaliseText } from './number-text';

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SHORT_DATE = /^(\d{1,4}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{1,4})\.?$/;

/** The calendar day of a Date in the spreadsheet's time zone, 'YYYY-MM-DD'. */
export type DayOf = (date: Date) => string;

/**
 * Reads text as a calendar day (normalised as numbers are: full-width digits, no-break
 * spaces). A date-time with a zone (`Z`, `+13:00`) is an instant, named by `dayOf`; one
 * without a zone is a wall-clock time in the spreadsheet's zone, so its day is as typed.
 * A four-digit year first (`2026/11/20`) is read in every locale, since it has one reading.
 * `localeOf` gives the spreadsheet locale's conventions when a short date needs them.
 */
export function readDateText(
  text: string,
  localeOf: () => LocaleConventions,
  dayOf: DayOf,
): number | undefined {
  const t = normaliseText(text);
  const iso = dayNumber(t);
  if (iso !== undefined) return iso;
  const stamp = ISO_DATE_TIME.exec(t);
  if (stamp) {
    if (dayNumber(stamp[1]) === undefined) return undefined;
    if (!stamp[5]) return dayNumber(stamp[1]);
    const instant = new Date(t.replace(' ', 'T'));
    return Number.isNaN(instant.getTime()) ? undefined : dayNumber(dayOf(instant));
  }
  const short = SHORT_DATE.exec(t);
  if (!short) return undefined;
  const [a, b, c] = [short[1], short[3], short[4]];
  // The locale is looked up only here: ISO text needs none (it costs an adapter a call).
  const order = a.length === 4 ? 'YMD' : localeOf().dateOrder;
  if (order === null) return undefined;
  const [year, month, day] = order === 'YMD' ? [a, b, c] : order === 'MDY' ? [c, a, b] : [c, b, a];
  if (year.length !== 4 || month.length > 2 || day.length > 2) return undefined;
  return dayNumber(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** How the locale writes 20 November 2026, for messages: 11/20/2026, 20.11.2026. */
export function exampleDate(locale: LocaleConventions): string {
  const s = locale.dateSeparator;
  switch (locale.dateOrder) {
    case 'MDY':
      return `11${s}20${s}2026`;
    case 'DMY':
      return `20${s}11${s}2026`;
    case 'YMD':
      return `2026${s}11${s}20`;
    default:
      return '2026-11-20';
  }
}
