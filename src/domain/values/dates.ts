/**
 * A date cell as a calendar day: a Date (its day in the spreadsheet's time zone), an ISO
 * `YYYY-MM-DD`, an ISO date-time, or the locale's short date (`11/20/2026` en_US,
 * `20.11.2026` de_DE, `2026/11/20` ja_JP), or a Japanese, Chinese or Korean date in
 * words (`2026年11月20日 (金)`, `令和8年11月20日`) in any locale. Rule 8 of the value rules.
 */
import { dayNumber } from '../calendar';
import type { LocaleConventions } from './locales';
import { normaliseText } from './number-text';

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SHORT_DATE = /^(\d{1,4}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{1,4})\.?$/;
// 2026年11月20日 (金), 令和8年11月20日, 2026년 11월 20일 (금요일): one reading in every locale.
const CJK_DATE =
  /^(?:(令和|平成) ?(元|\d{1,2})|(\d{4})) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일](?: ?\( ?([^)]+?) ?\))?$/;
const WEEKDAYS_JA = '日月火水木金土';
const WEEKDAYS_KO = '일월화수목금토';
// Japanese eras in use for data dates: the first year of each, and the day it began.
const ERAS: Record<string, readonly [number, string, string]> = {
  令和: [2019, '2019-05-01', '9999-12-31'],
  平成: [1989, '1989-01-08', '2019-04-30'],
};

/** The calendar day of a Date in the spreadsheet's time zone, 'YYYY-MM-DD'. */
export type DayOf = (date: Date) => string;

/** A date in words with a weekday not its own (`2026年11月20日 (月)`): the day it names. */
export interface WrongWeekday {
  readonly wrongWeekday: number;
}

/**
 * Reads text as a calendar day (normalised as numbers are: full-width digits, no-break
 * spaces). A date-time with a zone (`Z`, `+13:00`) is an instant, named by `dayOf`; one
 * without a zone is a wall-clock time in the spreadsheet's zone, so its day is as typed.
 * A four-digit year first (`2026/11/20`) is read in every locale, since it has one reading.
 * `localeOf` gives the spreadsheet locale's conventions when a short date needs them.
 * The day number (days since 1970-01-01), {@link WrongWeekday}, or undefined for no date.
 */
export function readDateText(
  text: string,
  localeOf: () => LocaleConventions,
  dayOf: DayOf,
): number | WrongWeekday | undefined {
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
  const last = t[t.length - 1];
  if (last === '日' || last === '일' || last === ')') return readCjkDate(t);
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

/**
 * A Japanese, Chinese or Korean date, year first: `2026年11月20日`, an era year
 * (`令和8年`, `令和元年`: Reiwa from 1 May 2019, Heisei from 8 January 1989), and a
 * weekday in brackets (`(金)`, `(金曜日)`, `(금요일)`) that must be the date's own: if
 * not, one of the two was mistyped, and the reader says which day the date is.
 */
function readCjkDate(t: string): number | WrongWeekday | undefined {
  const m = CJK_DATE.exec(t);
  if (!m) return undefined;
  let year = Number(m[3]);
  const era = m[1] ? ERAS[m[1]] : undefined;
  if (era) year = era[0] - 1 + (m[2] === '元' ? 1 : Number(m[2]));
  const iso = `${year}-${m[4].padStart(2, '0')}-${m[5].padStart(2, '0')}`;
  const day = dayNumber(iso);
  if (day === undefined || (era && (iso < era[1] || iso > era[2]))) return undefined;
  if (m[6] === undefined) return day;
  const named = weekdayOf(m[6]);
  if (named < 0) return undefined;
  return named === (((day + 4) % 7) + 7) % 7 ? day : { wrongWeekday: day };
}

/** 0 (Sunday) to 6 for `金`, `金曜日`, `금요일`; -1 for anything else. */
function weekdayOf(text: string): number {
  const rest = text.slice(1);
  const ja = WEEKDAYS_JA.indexOf(text[0]);
  if (ja >= 0) return rest === '' || rest === '曜' || rest === '曜日' ? ja : -1;
  const ko = WEEKDAYS_KO.indexOf(text[0]);
  return ko >= 0 && (rest === '' || rest === '요일') ? ko : -1;
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
