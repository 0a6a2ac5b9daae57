/**
 * A number's core (signs, currency, `%` and magnitudes already taken off) read under one
 * convention of marks (which mark is the decimal one, which groups thousands), and the
 * shape of a reading that every part of the number reader returns.
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import type { DecimalMark } from './locales';

export type NumberText =
  | {
      readonly ok: true;
      readonly value: number;
      /** ISO 4217 code (or `kr`) of a currency mark, else null. */
      readonly currency: string | null;
      /** Typed with `%`: a fraction, whatever its size. */
      readonly percent: boolean;
      /** Typed with hours (`60h`, `5 Std.`, `5時間`). */
      readonly hours: boolean;
      /** Typed with a magnitude of its own (`2.75M`, `3 TEUR`, `1億2000万`). */
      readonly scaled?: boolean;
    }
  | {
      readonly ok: false;
      /**
       * `text`: no number in any spelling (a word); `unit`: a number with a currency or
       * unit the reader does not know; `convention`: a number only under another
       * locale's marks; `ambiguous`: a number under two conventions, 1,000 times apart;
       * `approximate`: an estimate (`ca. 5.000`); `grouping`: misplaced marks (`1,0,00`).
       */
      readonly problem: 'text' | 'unit' | 'convention' | 'ambiguous' | 'approximate' | 'grouping';
      /** The end of a sentence about the cell, in the catalogue's language. */
      readonly why: (text: FormulaText) => string;
    };

/** No number in any spelling. */
export const NOT_A_NUMBER: NumberText = {
  ok: false,
  problem: 'text',
  why: (text) => text.value.notANumber,
};

/** A number as the locale types it without grouping, for messages: 4,3 in de_DE. */
export function shown(value: number, decimal: DecimalMark): string {
  const text = String(value);
  return decimal === '.' ? text : text.replace('.', ',');
}

/** True for one character '0'–'9'. */
export const isDigit = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= '0' && ch <= '9';

/** True when every character of `text` is a digit ('' is, vacuously). */
export function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text[i])) return false;
  return true;
}

/**
 * The digits of `core` as a JavaScript number text ('1234.5', or '1.2e4'), or undefined
 * when the marks do not fit the convention. Grouping marks stand only between groups of
 * three digits (lakh grouping: twos before the last three); `group` holds the marks the
 * convention groups with (`.` and space in de_AT); spaces and apostrophes group in every
 * locale, as neither is ever a decimal mark. One text groups with one mark throughout.
 */
export function readDigits(
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
    } else if (group.includes(ch) || ch === ' ' || ch === "'") {
      if ((mark !== '' && ch !== mark) || run === 0) return undefined;
      mark = ch;
      runs.push(run);
      run = 0;
    } else return undefined;
  }
  if (run === 0) return undefined;
  runs.push(run);
  if (runs.length === 1) return digits;
  // No one groups a leading 0: 0.125 in de_DE is a decimal typed the other way, not 125.
  if (digits[0] === '0') return undefined;
  const last = runs.length - 1;
  let western = runs[0] <= 3;
  let lakh = indian && runs[0] <= 2 && runs[last] === 3;
  for (let i = 1; i < runs.length; i++) {
    if (runs[i] !== 3) western = false;
    if (i < last && runs[i] !== 2) lakh = false;
  }
  return western || lakh ? digits : undefined;
}

/**
 * Rule 3: text whose only mark is `mark` before exactly three digits, after a whole part
 * of one to three digits other than 0 (`4.500`, `20,000`), reads 1,000 times apart in
 * locales that use `mark` as the decimal mark and those that group thousands with it.
 */
export function isAmbiguousMark(core: string, mark: string): boolean {
  const point = core.indexOf(mark);
  if (point <= 0 || point > 3 || core.length - point - 1 !== 3) return false;
  const whole = core.slice(0, point);
  return allDigits(whole) && allDigits(core.slice(point + 1)) && Number(whole) !== 0;
}
