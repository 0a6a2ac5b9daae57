/**
 * Calendar days as 'YYYY-MM-DD' texts. A plan's dates are days in the spreadsheet's
 * time zone, not instants, so the arithmetic runs on the day numbers alone (through
 * UTC, which has no daylight-saving jumps) and the adapter converts at the edges.
 */
import type { IsoDate } from '../../shared/plan-types';
import { dayNumber, fromDayNumber } from '../calendar-days';

export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && dayNumber(date) !== undefined;
}

function day(date: IsoDate): number {
  const n = dayNumber(date);
  if (n === undefined) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return n;
}

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
