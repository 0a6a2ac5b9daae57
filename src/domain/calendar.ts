/**
 * Calendar days. A plan's dates and a gate's Data-as-of are days in the spreadsheet's
 * time zone, not instants: the adapters name them 'YYYY-MM-DD' before they get here, and
 * the arithmetic runs on whole day numbers (through UTC, which has no daylight-saving
 * jumps), so "how many days old is this data" is a subtraction.
 */
import type { Language } from '../shared/i18n/language';
import type { IsoDate } from '../shared/schema/fields';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' text, or undefined unless it is a real calendar date. */
export function dayNumber(isoDay: string): number | undefined {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  const back = new Date(time);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return time / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' text of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whether `date` is 'YYYY-MM-DD' text naming a real calendar day (2026-02-30 is not one); narrows
 * to IsoDate for the request validator and the stored-JSON readers.
 */
export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && dayNumber(date) !== undefined;
}

function day(date: IsoDate): number {
  const n = dayNumber(date);
  if (n === undefined) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return n;
}

/**
 * The day `days` calendar days after `date` (negative goes back), both 'YYYY-MM-DD' in the
 * spreadsheet's time zone. Throws an Error ("Not a YYYY-MM-DD date") when `date` is not one.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(day(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay counts. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((day(date) + 4) % 7) + 7) % 7;
}

/** The date itself on a weekday; Saturday and Sunday move to the next Monday. */
export function offWeekend(date: IsoDate): IsoDate {
  const d = weekday(date);
  return d === 6 ? addDays(date, 2) : d === 0 ? addDays(date, 1) : date;
}

/** The first Monday strictly after `today`. */
export function nextMonday(today: IsoDate): IsoDate {
  const d = weekday(today);
  return addDays(today, (8 - d) % 7 || 7);
}

/**
 * Whole calendar days from `from` to `to` ('YYYY-MM-DD' each), negative when `to` is earlier; the
 * age of a gate's Data-as-of and the distance to a review date. Throws an Error ("Not a
 * YYYY-MM-DD date") when either is not a real date.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return day(to) - day(from);
}

/** 'Mon 2 Mar 2026': unambiguous in any locale, for generated text. */
export function longDate(date: IsoDate): string {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const [y, m, d] = date.split('-').map(Number);
  return `${names[weekday(date)]} ${d} ${months[m - 1]} ${y}`;
}

/** '2026年3月2日 (月)': the date as Japanese business writing gives it, weekday in brackets. */
export function japaneseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日 (${'日月火水木金土'[weekday(date)]})`;
}

/**
 * The date writer for generated text in `language`: longDate ('Mon 2 Mar 2026') or
 * japaneseDate ('2026年3月2日 (月)'). Both throw an Error ("Not a YYYY-MM-DD date") for text
 * that is not a real date.
 */
export function dateWriter(language: Language): (date: IsoDate) => string {
  return language === 'ja' ? japaneseDate : longDate;
}
