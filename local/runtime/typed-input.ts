/**
 * What Sheets stores for text typed into a cell (or set with Range.setValue), read in the
 * spreadsheet's locale: Sheets parses typed input the way that locale writes numbers and
 * short dates, so `1.200` is 1200 in de_DE and 1.2 in en_US, and `20.11.2026` is a date
 * in de_DE (Google's "Change a spreadsheet's locale" help page: the locale sets "formatting
 * of dates, times, currency and numbers").
 *
 * The marks and the date order come from Node's ICU data (Intl), not from the add-on's own
 * locale table (src/domain/values/locales.ts), so the fake cannot agree with the code it
 * tests by construction. Where it cannot be faithful: Sheets recognises more spellings
 * (month names, times with AM/PM, currency codes, `1.2e4`) than modelled here; those stay
 * text, which the add-on reads as text, the harder case.
 */
import { serialOf } from './dates';

export interface TypedInput {
  value: number | string | boolean | null;
  /** The number format Sheets gives a cell when it recognises what was typed. */
  format?: string;
  /** True when the text is a formula. */
  formula?: boolean;
}

interface TypedConventions {
  decimal: string;
  group: string;
  /** Lakh grouping, 1,00,000 (en_IN). */
  indian: boolean;
  /** The short date's fields in order, e.g. ['d', 'M', 'y'] for 20.11.2026. */
  dateOrder: ('d' | 'M' | 'y')[];
  dateSeparator: string;
  number: RegExp;
}

const SPACES = /[\s\u00a0\u202f]+/g;
/**
 * The currency symbol Sheets takes in typed numbers, by the locale's region: its own
 * currency only (`$` in en_US, `€` in de_DE), so `€20.000` in en_US stays text for the
 * add-on to judge. Whether Sheets also converts other symbols is not documented; the
 * stricter reading is modelled, as it leaves the add-on the harder case.
 */
const CURRENCY_OF_REGION: Record<string, string> = {
  US: '$',
  CA: '$',
  AU: '$',
  NZ: '$',
  GB: '£',
  JP: '¥',
  CN: '¥',
  IN: '₹',
  KR: '₩',
  BR: 'R$',
  CH: 'CHF',
  ...Object.fromEntries(
    ['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'FI', 'AT', 'BE', 'PT'].map((region) => [region, '€']),
  ),
};
const conventions = new Map<string, TypedConventions>();

/** The locale's marks and short-date order, from ICU, built once per locale. */
function conventionsOf(locale: string): TypedConventions {
  let found = conventions.get(locale);
  if (found) return found;
  const tag = locale.replace('_', '-');
  let parts: Intl.NumberFormatPart[];
  let dateParts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
    dateParts = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2026, 10, 20)));
  } catch {
    return conventionsOf('en_US');
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = (parts.find((p) => p.type === 'group')?.value ?? ',').replace(SPACES, ' ');
  const groups = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const indian = groups.length > 2 && groups[1] === 2;
  const dateOrder = dateParts
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => (p.type === 'day' ? 'd' : p.type === 'month' ? 'M' : 'y'));
  const dateSeparator = dateParts.find((p) => p.type === 'literal')?.value.trim() || '/';
  const symbol = CURRENCY_OF_REGION[tag.split('-')[1] ?? ''];
  const currency = symbol ? `(?:${escapeRegExp(symbol)})` : '(?!)';
  const g = escapeRegExp(group);
  const whole = indian ? `\\d{1,2}(?:${g}\\d{2})*${g}\\d{3}|\\d+` : `\\d{1,3}(?:${g}\\d{3})+|\\d+`;
  const number = new RegExp(
    `^([+-])?(${currency})?(-)?(${whole})?(${escapeRegExp(decimal)}\\d+)?(%|${currency})?$`,
  );
  found = { decimal, group, indian, dateOrder, dateSeparator, number };
  conventions.set(locale, found);
  return found;
}

/**
 * The locale's decimal and grouping marks, as getDisplayValues shows a number in it
 * ('1.234,5' in de_DE), and whether it groups lakhs ('12,34,567' in en_IN).
 */
export function marksOf(locale: string): { decimal: string; group: string; indian: boolean } {
  const { decimal, group, indian } = conventionsOf(locale);
  return { decimal, group: group === ' ' ? '\u202f' : group, indian };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What Sheets stores for `text` typed in a `locale` spreadsheet ('de_DE'): TRUE/FALSE,
 * numbers in the locale's marks (grouping, a currency symbol before or after, `%`), ISO
 * and the locale's short dates, formulas; a leading apostrophe forces text. Anything else
 * stays text.
 */
export function parseTyped(text: string, locale = 'en_US'): TypedInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: text, formula: true };
  const t = text.trim();
  if (t === '') return { value: null };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  const c = conventionsOf(locale);
  const number = parseNumber(t, c);
  if (number) return number;
  const date = parseDate(t, c);
  if (date) return date;
  return { value: text };
}

function parseNumber(t: string, c: TypedConventions): TypedInput | undefined {
  // Spaces around a sign, symbol or % go; between digits they are a space-grouping mark.
  const spaced = t.replace(SPACES, ' ');
  const compact =
    c.group === ' ' ? spaced.replace(/ (?=\D)|(?<=\D) /g, '') : spaced.replace(/ /g, '');
  const m = c.number.exec(compact);
  if (!m || (m[4] === undefined && m[5] === undefined)) return undefined;
  const [, sign, before, innerMinus, whole = '0', fraction = '', after] = m;
  const percent = after === '%';
  const currency = before ?? (percent ? undefined : after);
  const decimals = Math.max(0, fraction.length - 1);
  let value = Number(`${whole.split(c.group).join('')}.${fraction.slice(1) || '0'}`);
  if ((sign === '-') !== (innerMinus === '-')) value = -value;
  const places = decimals ? `.${'0'.repeat(decimals)}` : '';
  if (percent) return { value: value / 100, format: `0${places}%` };
  if (currency) return { value, format: `"${currency}"#,##0${decimals ? '.00' : ''}` };
  if (whole.includes(c.group)) return { value, format: `#,##0${decimals ? '.00' : ''}` };
  return { value };
}

function parseDate(t: string, c: TypedConventions): TypedInput | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (iso)
    return dateInput(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4), 'yyyy-mm-dd');
  const s = escapeRegExp(c.dateSeparator);
  const local = new RegExp(
    `^(\\d{1,4})${s}(\\d{1,2})${s}(\\d{1,4})${s === '\\.' ? '\\.?' : ''}(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$`,
  ).exec(t);
  if (!local) return undefined;
  const fields: Record<string, number> = {};
  c.dateOrder.forEach((field, i) => {
    fields[field] = Number(local[i + 1]);
  });
  if (fields.y < 1000) return undefined;
  const format = c.dateOrder.map((field) => (field === 'y' ? 'yyyy' : field)).join(c.dateSeparator);
  return dateInput(fields.y, fields.M, fields.d, local.slice(4), format);
}

function dateInput(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  format: string,
): TypedInput | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (time[0] === undefined) return { value: serialOf(year, month, day), format };
  const seconds = Number(time[0]) * 3600 + Number(time[1]) * 60 + Number(time[2] ?? 0);
  return { value: serialOf(year, month, day, seconds), format: `${format} H:mm:ss` };
}
