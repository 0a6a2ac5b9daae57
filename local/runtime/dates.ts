/**
 * Sheets stores a date as a serial number of days since 1899-12-30 in the spreadsheet's
 * time zone (wall-clock time); Apps Script hands it to scripts as an instant. These
 * helpers convert between the two through Intl, so any IANA zone works.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569; // 1970-01-01 as a serial

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    parts[part.type] = part.value;
  }
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((instantMs % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const w = wallClock(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - instantMs;
}

/** The instant a serial number denotes in the spreadsheet's time zone. */
export function serialToInstant(serial: number, timeZone: string): number {
  const wallMs = Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY);
  const guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(guess, timeZone);
}

/** The serial number of an instant read in the spreadsheet's time zone. */
export function instantToSerial(instantMs: number, timeZone: string): number {
  const wallMs = instantMs + zoneOffsetMs(instantMs, timeZone);
  return wallMs / MS_PER_DAY + EPOCH_SERIAL;
}

/** The serial of a calendar date (and optional time) typed by a person. */
export function serialOf(year: number, month: number, day: number, seconds = 0): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + EPOCH_SERIAL + seconds / 86_400;
}

/** Wall-clock fields of a serial number (no zone involved). */
export function serialFields(serial: number): WallClock {
  const ms = Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}
