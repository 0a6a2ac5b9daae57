/**
 * A typed number as people write it, read under the spreadsheet locale's conventions
 * (locales.ts): `1 234,56 €`, `USD 3,000`, `(5,000)`, `−5000`, `750k`, `$0.75M`, `1,200万円`,
 * `70 %`, `1.2E+4`, `１２％`. The reading is a scan of the text, not one regex per locale,
 * so nothing is compiled per cell or per call.
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import { currencyPrefix, currencySuffix } from './currency';
import type { DecimalMark, LocaleConventions } from './locales';

export type NumberText =
  | {
      readonly ok: true;
      readonly value: number;
      /** ISO 4217 code (or `kr`) of a currency mark, else null. */
      readonly currency: string | null;
      /** Typed with `%`: a fraction, whatever its size. */
      readonly percent: boolean;
    }
  | {
      readonly ok: false;
      readonly problem: 'text' | 'convention' | 'ambiguous';
      /** The end of a sentence about the cell, in the catalogue's language. */
      readonly why: (text: FormulaText) => string;
    };

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

const NOT_A_NUMBER: NumberText = {
  ok: false,
  problem: 'text',
  why: (text) => text.value.notANumber,
};

/** Powers of ten after the number: 12k, 3 bn, 75万 (rule 5 of issue 16). */
const MAGNITUDES: readonly [string, number][] = [
  ['mm', 6],
  ['MM', 6],
  ['bn', 9],
  ['Bn', 9],
  ['BN', 9],
  ['k', 3],
  ['K', 3],
  ['m', 6],
  ['M', 6],
  ['B', 9],
  ['万', 4],
  ['億', 8],
];

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isSign = (ch: string | undefined) => ch === '-' || ch === '−' || ch === '+';

/**
 * Reads normalised, non-blank text (see {@link normaliseText}). Fails with `convention`
 * when the text is a number only under another locale's marks (`1.234,56` in en_US), and
 * `ambiguous` for an amount like `€4.300` in en_US: 4300 or 4.3? Signs are read, not
 * judged: the caller decides whether negatives are allowed.
 */
export function readNumberText(text: string, locale: LocaleConventions): NumberText {
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
  const after = isDigit(rest[rest.length - 1]) ? undefined : currencySuffix(rest, locale);
  if (after) {
    if (currency !== null) return NOT_A_NUMBER;
    currency = after.code;
    rest = rest.slice(0, rest.length - after.length).trimEnd();
  }
  let percent = false;
  if (rest[rest.length - 1] === '%') {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let exponent = 0;
  if (!isDigit(rest[rest.length - 1]))
    for (const [suffix, power] of MAGNITUDES) {
      if (rest.endsWith(suffix) && rest.length > suffix.length) {
        exponent = power;
        rest = rest.slice(0, -suffix.length).trimEnd();
        break;
      }
    }
  if (signs > 1 || (percent && (currency !== null || exponent !== 0))) return NOT_A_NUMBER;
  if (rest === '' || !(isDigit(rest[0]) || rest[0] === '.' || rest[0] === ',')) return NOT_A_NUMBER;
  if (percent) exponent -= 2;

  const parsed = locale.known
    ? readDigits(rest, locale.decimal, locale.group, locale.indian)
    : readUnknownLocale(rest, locale);
  if (parsed === undefined) return otherConvention(rest, locale);
  if (typeof parsed === 'object') return parsed;
  if (
    locale.known &&
    currency !== null &&
    exponent === 0 &&
    isAmbiguousAmount(rest, locale.decimal)
  ) {
    const asDecimal = Number(parsed);
    const asGrouped = Number(rest.replace(locale.decimal, ''));
    return {
      ok: false,
      problem: 'ambiguous',
      why: (text) =>
        text.value.ambiguous({
          grouped: String(asGrouped),
          decimal: shown(asDecimal, locale.decimal),
        }),
    };
  }
  // Built as one decimal text, so 1.1k is 1100 exactly, not 1.1 × 1000.
  const e = parsed.indexOf('e');
  const value =
    e < 0
      ? Number(`${parsed}e${exponent}`)
      : Number(`${parsed.slice(0, e)}e${Number(parsed.slice(e + 1)) + exponent}`);
  return { ok: true, value: negative ? -value : value, currency, percent };
}

/** A number as the locale types it without grouping, for messages: 4,3 in de_DE. */
export function shown(value: number, decimal: DecimalMark): string {
  const text = String(value);
  return decimal === '.' ? text : text.replace('.', ',');
}

/**
 * The digits of `core` as a JavaScript number text ('1234.5', or '1.2e4'), or undefined
 * when the marks do not fit the convention. Grouping marks stand only between groups of
 * three digits (lakh grouping: twos before the last three); spaces and apostrophes group
 * in every locale, as neither is ever a decimal mark.
 */
function readDigits(
  core: string,
  decimal: DecimalMark,
  group: string,
  indian: boolean,
): string | undefined {
  const e = Math.max(core.indexOf('e'), core.indexOf('E'));
  if (e >= 0) {
    const mantissa = readDigits(core.slice(0, e), decimal, '', false);
    const power = core.slice(e + 1);
    const digits = power[0] === '+' || power[0] === '-' ? power.slice(1) : power;
    if (mantissa === undefined || digits === '' || digits.length > 3 || !allDigits(digits))
      return undefined;
    return `${mantissa}e${power[0] === '-' ? '-' : ''}${digits}`;
  }
  const point = core.indexOf(decimal);
  if (point !== core.lastIndexOf(decimal)) return undefined;
  const whole = point < 0 ? core : core.slice(0, point);
  const fraction = point < 0 ? '' : core.slice(point + 1);
  if (point >= 0 && (fraction === '' || !allDigits(fraction))) return undefined;
  if (whole === '') return point >= 0 ? `0.${fraction}` : undefined;
  const digits = groupedDigits(whole, group, indian);
  if (digits === undefined) return undefined;
  return fraction ? `${digits}.${fraction}` : digits;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text[i])) return false;
  return true;
}

/** The digits of an integer part with its grouping marks taken out, if they are well placed. */
function groupedDigits(whole: string, group: string, indian: boolean): string | undefined {
  let mark = '';
  let digits = '';
  let run = 0;
  const runs: number[] = [];
  for (let i = 0; i < whole.length; i++) {
    const ch = whole[i];
    if (isDigit(ch)) {
      digits += ch;
      run++;
    } else if (ch === group || ch === ' ' || ch === "'") {
      if ((mark !== '' && ch !== mark) || run === 0) return undefined;
      mark = ch;
      runs.push(run);
      run = 0;
    } else return undefined;
  }
  if (run === 0) return undefined;
  runs.push(run);
  if (runs.length === 1) return digits;
  const last = runs.length - 1;
  let western = runs[0] <= 3;
  let lakh = indian && runs[0] <= 2 && runs[last] === 3;
  for (let i = 1; i < runs.length; i++) {
    if (runs[i] !== 3) western = false;
    if (i < last && runs[i] !== 2) lakh = false;
  }
  return western || lakh ? digits : undefined;
}

const CONVENTIONS: readonly { decimal: DecimalMark; group: string }[] = [
  { decimal: '.', group: ',' },
  { decimal: ',', group: '.' },
];

/**
 * An unlisted locale reads only what no convention disputes: plain digits, spaced groups,
 * and text that is a number under exactly one of the two conventions (`1.234,5`), or
 * under both with the same value. `1,500` (1500 or 1.5) is refused.
 */
function readUnknownLocale(
  core: string,
  locale: LocaleConventions,
): string | NumberText | undefined {
  const [a, b] = CONVENTIONS.map((c) => readDigits(core, c.decimal, c.group, false));
  if (a === undefined || b === undefined || Number(a) === Number(b)) return a ?? b;
  return {
    ok: false,
    problem: 'ambiguous',
    why: (text) =>
      text.value.unknownLocale({
        a: String(Number(a)),
        b: String(Number(b)),
        locale: locale.locale,
      }),
  };
}

function otherConvention(core: string, locale: LocaleConventions): NumberText {
  for (const convention of CONVENTIONS) {
    if (convention.decimal === locale.decimal && convention.group === locale.group) continue;
    const digits = readDigits(core, convention.decimal, convention.group, false);
    if (digits === undefined) continue;
    return {
      ok: false,
      problem: 'convention',
      why: (text) =>
        text.value.convention({
          written: convention,
          own: { decimal: locale.decimal, group: locale.group },
          locale: locale.locale,
          fix: shown(Number(digits), locale.decimal),
        }),
    };
  }
  return NOT_A_NUMBER;
}

/** Rule 3 of issue 16: `€4.300` in en_US has one mark, the decimal one, before three digits. */
function isAmbiguousAmount(core: string, decimal: DecimalMark): boolean {
  const point = core.indexOf(decimal);
  if (point <= 0 || core.length - point - 1 !== 3) return false;
  const whole = core.slice(0, point);
  return allDigits(whole) && whole !== '0';
}
