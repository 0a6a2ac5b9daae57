/**
 * Numbers in the sidebar's boxes and texts, written and read with the spreadsheet
 * locale's marks: a person in a de_DE spreadsheet types 1.200 for twelve hundred and
 * 0,25 for a quarter, in the sidebar as in the cells. The marks are the value reader's
 * (src/domain/values/locales.ts), so a box and a cell read the same text alike.
 */
import { conventionsFor } from '../domain/values/locales';

interface Marks {
  decimal: string;
  /** As typed: ',' '.' "'" or ' ' (any space). */
  group: string;
  /** Lakh grouping, 1,00,000 (en_IN). */
  indian: boolean;
}

const EN_US: Marks = { decimal: '.', group: ',', indian: false };

// The spreadsheet's locale is fixed for the life of the sidebar (changing it in File ▸
// Settings reloads the page's data with a new context), so one setting serves every box.
let marks: Marks = EN_US;

/** Sets the locale numbers follow, e.g. 'de_DE' from the planner context; unknown ones read as en_US. */
export function setNumberLocale(locale: string): void {
  const c = conventionsFor(locale);
  marks = c.known ? { decimal: c.decimal, group: c.group, indian: c.indian } : EN_US;
}

const SPACES = /[\s\u00a0\u202f]/g;
const SIGNS = /[$€£¥￥%]/g;

/**
 * The number a person typed into a sidebar box: null when empty, undefined when it does
 * not read as one number. Spaces, currency symbols and `%` are ignored. The locale's
 * grouping mark counts only between groups of three digits (two then three in en_IN)
 * before the decimal mark, so in en_US "1,5" (a decimal comma) is refused rather than
 * read as 15, and in de_DE "1.5" is refused rather than read as 15.
 */
export function parseNumber(text: string): number | null | undefined {
  const cleaned = text
    .replace(SIGNS, '')
    .replace(SPACES, marks.group === ' ' ? ' ' : '')
    .trim();
  if (cleaned === '') return null;
  const sign = cleaned.startsWith('-') ? -1 : 1;
  const body = cleaned.replace(/^[-+]/, '');
  const [whole, fraction, extra] = body.split(marks.decimal);
  if (extra !== undefined || !/^\d*$/.test(fraction ?? '')) return undefined;
  const digits = ungrouped(whole);
  if (digits === undefined || (digits === '' && !fraction)) return undefined;
  const n = Number(`${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(n) ? sign * n : undefined;
}

/** The digits of a whole part, its grouping marks checked and removed; undefined when misplaced. */
function ungrouped(whole: string): string | undefined {
  if (/^\d*$/.test(whole)) return whole;
  const parts = whole.split(marks.group);
  const [first, ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || rest.length === 0) return undefined;
  const last = rest.length - 1;
  const ok = rest.every((part, i) =>
    marks.indian && i < last ? /^\d{2}$/.test(part) : /^\d{3}$/.test(part),
  );
  if (!ok || (marks.indian && rest.length > 1 && first.length > 2)) return undefined;
  return parts.join('');
}

/**
 * A number with the locale's grouping and at most `digits` decimals (default 0), e.g.
 * 12,500 or 35.2 in en_US, 12.500 or 35,2 in de_DE.
 */
export function formatNumber(value: number, digits = 0): string {
  const text = value.toLocaleString(marks.indian ? 'en-IN' : 'en-US', {
    maximumFractionDigits: digits,
  });
  return localMarks(text);
}

/** A number as a box shows it while being edited: every digit, no grouping (1234.5 or 1234,5). */
export function plainNumber(value: number): string {
  return localMarks(String(value));
}

function localMarks(text: string): string {
  if (marks === EN_US || (marks.decimal === '.' && marks.group === ',')) return text;
  const group = marks.group === ' ' ? '\u202f' : marks.group;
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? marks.decimal : group));
}
