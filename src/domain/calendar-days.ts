/**
 * Calendar days as whole numbers, so "how many days old is this data" is a subtraction.
 * Days are named 'YYYY-MM-DD' in the spreadsheet's time zone before they get here.
 */

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
