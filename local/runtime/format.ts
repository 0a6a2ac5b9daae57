/**
 * Text conversions Sheets and Apps Script make: Java SimpleDateFormat patterns for
 * Utilities.formatDate, Sheets number formats for display values, and the parsing Sheets
 * applies to what a person types (or a script writes as a string).
 */
import { serialFields, type WallClock, wallClock, zoneOffsetMs } from './dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(offsetMs: number, colon: boolean): string {
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Utilities.formatDate: Java SimpleDateFormat letters G y M d H h m s S E a z Z X u k K,
 * quoted literals ('o''clock'). Zone names (z) are written as GMT offsets, as Java does
 * for zones without a short name; Apps Script may print an abbreviation such as PST.
 */
export function formatJavaDate(instantMs: number, timeZone: string, pattern: string): string {
  const w = wallClock(instantMs, timeZone);
  const offset = zoneOffsetMs(instantMs, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    out += javaField(ch, n, w, offset);
    i += n;
  }
  return out;
}

function javaField(ch: string, n: number, w: WallClock, offset: number): string {
  switch (ch) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[w.month - 1];
      if (n === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'E':
      return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case 'u':
      return String(w.weekday === 0 ? 7 : w.weekday);
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return `GMT${offsetText(offset, true)}`;
    case 'Z':
      return offsetText(offset, false);
    case 'X':
      if (offset === 0) return 'Z';
      return n === 1 ? offsetText(offset, false).slice(0, 3) : offsetText(offset, n >= 3);
    default:
      throw new Error(`Illegal pattern character '${ch}'`);
  }
}

/** Strips quoted text and escapes so format letters can be inspected. */
function formatLetters(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** True for Sheets number formats that show a date or time (the cell holds a Date). */
export function isDateFormat(format: string): boolean {
  if (!format || format === '@') return false;
  return /[ydhs]|am\/pm|mmm/i.test(formatLetters(format.split(';')[0]));
}

export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** A serial shown through a Sheets date format (y, m, d, h, s, am/pm; m after h is minutes). */
function formatSerialAsDate(serial: number, format: string): string {
  const w = serialFields(serial);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|[^"\\ymdhsa]+|./gi) ?? [];
  let out = '';
  let lastWasHour = false;
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    const next = tokens.slice(index + 1).find((t) => /^[ymdhs]/i.test(t));
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower === 'am/pm' || lower === 'a/p') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower[0] === 'y') out += lower.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (lower[0] === 'd') {
      if (lower.length >= 4) out += DAYS[w.weekday];
      else if (lower.length === 3) out += DAYS[w.weekday].slice(0, 3);
      else out += pad(w.day, lower.length);
    } else if (lower[0] === 'h') {
      const twelve = /am\/pm|a\/p/i.test(format);
      const hour = twelve ? w.hour % 12 || 12 : w.hour;
      out += pad(hour, lower.length);
    } else if (lower[0] === 's') out += pad(w.second, lower.length);
    else if (lower[0] === 'm') {
      const minutes = lastWasHour || (next !== undefined && next.toLowerCase()[0] === 's');
      if (minutes && lower.length <= 2) out += pad(w.minute, lower.length);
      else if (lower.length >= 4) out += MONTHS[w.month - 1];
      else if (lower.length === 3) out += MONTHS[w.month - 1].slice(0, 3);
      else out += pad(w.month, lower.length);
    } else out += token;
    if (/^[ymdhs]/i.test(token)) lastWasHour = lower[0] === 'h';
  });
  return out;
}

function roundHalfAwayFromZero(value: number, decimals: number): number {
  const text = String(value);
  if (text.includes('e')) return Number(value.toFixed(decimals));
  return Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234567 → 12,34,567: the last three digits, then groups of two (Indian grouping). */
function groupLakhs(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${digits.slice(-3)}`;
}

/** Numbers through the number formats the add-on uses: 0, 0.00, #,##0, "$"#,##0.00, 0%, 0.0%. */
function formatNumber(value: number, format: string, indian = false): string {
  if (!format || /^general$/i.test(format)) return automaticNumber(value);
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0] ?? format;
  const body = section.match(/[#0,.]+/)?.[0];
  if (!body) return section.replace(/"([^"]*)"/g, '$1');
  const percent = /%/.test(formatLetters(section));
  const scaled = Math.abs(percent ? value * 100 : value);
  const fractionSpec = body.split('.')[1] ?? '';
  const decimals = fractionSpec.replace(/[^0#]/g, '').length;
  const required = fractionSpec.replace(/[^0]/g, '').length;
  // Decimal rounding half away from zero, as Sheets shows 4.55 as 4.6 (toFixed gives 4.5).
  const rounded = roundHalfAwayFromZero(scaled, decimals);
  let [intPart, fracPart = ''] = rounded.toFixed(decimals).split('.');
  if (body.includes(',')) intPart = indian ? groupLakhs(intPart) : groupThousands(intPart);
  while (fracPart.length > required && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  const number = fracPart ? `${intPart}.${fracPart}` : intPart;
  const [before, after] = section.split(body);
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const sign = value < 0 && !format.includes(';') ? '-' : '';
  return `${sign}${literal(before)}${number}${literal(after ?? '')}`;
}

/** Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
function automaticNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.includes('e') ? value.toExponential(2).toUpperCase() : text;
}

/** The text Sheets shows for a stored value under a number format. */
export function displayText(
  value: number | string | boolean | null,
  format: string,
  isDate: boolean,
  marks: { decimal: string; group: string; indian?: boolean } = { decimal: '.', group: ',' },
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate) return formatSerialAsDate(value, format || DEFAULT_DATE_FORMAT);
  const text = formatNumber(value, format, marks.indian);
  if (marks.decimal === '.' && marks.group === ',') return text;
  // Format codes are written with en_US marks; the locale's own marks are shown.
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? marks.decimal : marks.group));
}
