/**
 * A typed number as people write it, read under the spreadsheet locale's conventions
 * (locales.ts): `1 234,56 €`, `USD 3,000`, `(5,000)`, `−5000`, `750k`, `$0.75M`, `1,200万円`,
 * `70 %`, `1.2E+4`, `１２％`. The reading is a scan of the text, not one regex per locale,
 * so nothing is compiled per cell or per call.
 */
import { withoutApproximation } from './approximate';
import {
  ambiguous,
  indianGrouping,
  misplacedGrouping,
  otherConvention,
  readUnknownLocale,
} from './conventions';
import { currencyPrefix, currencySuffix } from './currency';
import type { LocaleConventions } from './locales';
import { isAmbiguousMark, isDigit, NOT_A_NUMBER, type NumberText, readDigits } from './number-core';
import { compoundNumeral, magnitudeSuffix, timeUnitSuffix, unknownMark } from './units';

export type { NumberText } from './number-core';
export { shown } from './number-core';

const SPACES = /[\u00a0\u2007\u2009\u202f\u3000]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Unicode NFKC (full-width digits and signs, `％`, `＄`, `￥`), no-break and narrow no-break
 * spaces as spaces, typographic apostrophes as `'`, then trimmed. Plain ASCII, the common
 * case, is only trimmed.
 */
export function normaliseText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.trim();
  return text.normalize('NFKC').replace(SPACES, ' ').replace(APOSTROPHES, "'").trim();
}

// ▲ and △ are how Japanese accounts write a minus (▲500 is -500).
const isSign = (ch: string | undefined) =>
  ch === '-' || ch === '−' || ch === '+' || ch === '▲' || ch === '△';

// `3'000.–`, `20.000,-`: a decimal mark and a dash, as Swiss and German prices write a
// whole amount. Read as `.00`: the mark is then known to be the decimal one, so an
// unlisted locale (en_ZA) reads `20.000,–` and en_US names the other convention.
const isDash = (ch: string | undefined) => ch === '-' || ch === '–' || ch === '—';

/**
 * Reads normalised, non-blank text (see {@link normaliseText}). Fails with `convention`
 * when the text is a number only under another locale's marks (`1.234,56` in en_US), and
 * `ambiguous` for an amount like `€4.300` in en_US: 4300 or 4.3? Signs are read, not
 * judged: the caller decides whether negatives are allowed. Hours after the number
 * (`60h`, `5 Std.`) are read and flagged; with `days`, days (`14 Tage`) instead. An
 * approximate amount (`ca. 5.000`, `約75万`) fails with `approximate` when the rest reads.
 */
export function readNumberText(text: string, locale: LocaleConventions, days = false): NumberText {
  const exact = withoutApproximation(text);
  if (exact !== undefined) {
    const read = readNumberText(exact, locale, days);
    if (!read.ok) return read.problem === 'text' ? NOT_A_NUMBER : read;
    return { ok: false, problem: 'approximate', why: (t) => t.value.approximate({ fix: exact }) };
  }
  let rest = text;
  let negative = false;
  let signs = 0;
  if (rest[0] === '(' && rest[rest.length - 1] === ')') {
    negative = true;
    signs++;
    rest = rest.slice(1, -1).trim();
  }
  let currency: string | null = null;
  // A sign may stand before or after a leading currency mark: -$5 and $-5.
  let signed = isSign(rest[0]);
  if (signed) {
    if (rest[0] !== '+') negative = !negative;
    signs++;
    rest = rest.slice(1).trimStart();
  }
  // Most text starts and ends with a digit: look for marks only where they can be.
  const before = isDigit(rest[0]) ? undefined : currencyPrefix(rest, locale);
  if (before) {
    currency = before.code;
    rest = rest.slice(before.length).trimStart();
    if (!signed && isSign(rest[0])) {
      signed = true;
      if (rest[0] !== '+') negative = !negative;
      signs++;
      rest = rest.slice(1).trimStart();
    }
  }
  let exponent = 0;
  const after = isDigit(rest[rest.length - 1]) ? undefined : currencySuffix(rest, locale);
  if (after) {
    if (currency !== null) return NOT_A_NUMBER;
    currency = after.code;
    exponent = after.power;
    rest = rest.slice(0, rest.length - after.length).trimEnd();
  }
  const end = rest.length;
  if (
    isDash(rest[end - 1]) &&
    (rest[end - 2] === '.' || rest[end - 2] === ',') &&
    isDigit(rest[end - 3])
  )
    rest = `${rest.slice(0, -1)}00`;
  // `₹ 50,000/-`: in India "/-" marks a whole amount (no paise), as `,-` does in German
  // prices and "/=" in East African shillings (`KES 50,000/=`); Indian-run teams type it in
  // sheets of any locale, so the number before it is read by the locale's marks.
  else if ((isDash(rest[end - 1]) || rest[end - 1] === '=') && rest[end - 2] === '/')
    rest = rest.slice(0, -2).trimEnd();
  let percent = false;
  if (rest[rest.length - 1] === '%') {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let hours = false;
  let times = 1;
  if (currency === null && !percent && !isDigit(rest[rest.length - 1])) {
    const unit = timeUnitSuffix(rest, days);
    if (unit) {
      hours = !days;
      times = unit.times;
      rest = rest.slice(0, -unit.length).trimEnd();
    }
  }
  // What is left once currency, % and a time unit are off: an unknown mark is named from here.
  const marked = rest;
  const compound = percent ? undefined : compoundNumeral(rest);
  if (compound !== undefined && signs <= 1)
    return {
      ok: true,
      value: (negative ? -compound : compound) * times,
      currency,
      percent,
      hours,
      scaled: true,
    };
  const magnitude = isDigit(rest[rest.length - 1])
    ? undefined
    : magnitudeSuffix(rest, locale.indian);
  if (magnitude) {
    exponent += magnitude.power;
    rest = rest.slice(0, -magnitude.length).trimEnd();
  }
  if (signs > 1 || (percent && (currency !== null || exponent !== 0))) return NOT_A_NUMBER;
  if (rest === '' || !(isDigit(rest[0]) || rest[0] === '.' || rest[0] === ','))
    return unknownMark(marked, locale) ?? NOT_A_NUMBER;

  const parsed = locale.known
    ? readDigits(rest, locale.decimal, locale.groups, locale.indian)
    : readUnknownLocale(rest, locale);
  if (parsed === undefined)
    return (
      otherConvention(rest, locale, exponent, percent) ??
      indianGrouping(rest, locale, exponent, percent) ??
      unknownMark(marked, locale) ??
      misplacedGrouping(rest) ??
      NOT_A_NUMBER
    );
  if (typeof parsed === 'object') return parsed;
  // Rule 3: typed, 4.500 is the number 4.5 in Sheets; left as text, it was pasted or
  // imported, as often from a locale that groups with the mark. With a magnitude or %
  // (1.250M, 8.875%) the grouped reading (1250M, 8875%) is not what people write.
  // Thousands in a currency (4.500 TEUR) are no magnitude of the number: still ambiguous.
  if (locale.known && !magnitude && !percent && isAmbiguousMark(rest, locale.decimal))
    return ambiguous(
      Number(rest.replace(locale.decimal, '')),
      Number(parsed),
      locale.decimal,
      locale,
    );
  const scaled = exponent !== 0;
  if (percent) exponent -= 2;
  // Built as one decimal text, so 1.1k is 1100 exactly, not 1.1 × 1000.
  const e = parsed.indexOf('e');
  const value =
    e < 0
      ? Number(`${parsed}e${exponent}`)
      : Number(`${parsed.slice(0, e)}e${Number(parsed.slice(e + 1)) + exponent}`);
  return { ok: true, value: (negative ? -value : value) * times, currency, percent, hours, scaled };
}
