/**
 * Text the spreadsheet locale's own marks do not read, or read two ways: which other
 * convention it fits, and the message that says so truthfully (naming only the marks the
 * text holds) and how to type it instead. Rules 2 and 3 of the value rules (README).
 */
import type { DecimalMark, LocaleConventions } from './locales';
import { type NumberText, readDigits, shown } from './number-core';

interface Convention {
  readonly decimal: DecimalMark;
  readonly group: string;
}

/** The two conventions of a decimal mark that the other one groups with. */
const CONVENTIONS: readonly Convention[] = [
  { decimal: '.', group: ',' },
  { decimal: ',', group: '.' },
];

/**
 * `4.500` in en_US, `20.000` in fr_FR: one text, two numbers 1,000 times apart. `grouped`
 * and `decimal` are the two readings; `mark` the mark that makes them differ.
 */
export function ambiguous(
  grouped: number,
  decimal: number,
  mark: string,
  locale: LocaleConventions,
): NumberText {
  return {
    ok: false,
    problem: 'ambiguous',
    why: (text) =>
      text.value.ambiguous({
        grouped: String(grouped),
        decimal: shown(decimal, locale.decimal),
        mark,
      }),
  };
}

/**
 * An unlisted locale reads only what no convention disputes: plain digits, spaced groups,
 * and text that is a number under exactly one of the two conventions (`1.234,5`), or
 * under both with the same value. `1,500` (1500 or 1.5) is refused.
 */
export function readUnknownLocale(
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

/**
 * Text the locale's marks do not read: a number under one other convention (refused,
 * naming the marks it holds that the locale does not use, and the number to type, with
 * the text's magnitude `exponent` applied and its `%` kept: `1,5 Mio` in en_US is
 * 1500000, `12,5%` is 12.5%), under both with different values (`20.000` in fr_FR, which
 * groups with a space: ambiguous), or under none (undefined).
 */
export function otherConvention(
  core: string,
  locale: LocaleConventions,
  exponent: number,
  percent: boolean,
): NumberText | undefined {
  let found: Convention | undefined;
  let digits: string | undefined;
  for (const convention of CONVENTIONS) {
    if (convention.decimal === locale.decimal && locale.groups.includes(convention.group)) continue;
    const read = readDigits(core, convention.decimal, convention.group, false);
    if (read === undefined) continue;
    if (digits !== undefined && found !== undefined && Number(read) !== Number(digits)) {
      const [a, b] = [Number(read), Number(digits)];
      return ambiguous(Math.max(a, b), Math.min(a, b), core.includes(',') ? ',' : '.', locale);
    }
    found = convention;
    digits = read;
  }
  if (found === undefined || digits === undefined) return undefined;
  const fix = `${shown(Number(`${digits}e${exponent}`), locale.decimal)}${percent ? '%' : ''}`;
  const decimal = core.includes(found.decimal) && found.decimal !== locale.decimal;
  const group = core.includes(found.group) && !locale.groups.includes(found.group);
  // Something differs, or the locale's own marks would have read it; both, to be safe.
  const both = !decimal && !group;
  return {
    ok: false,
    problem: 'convention',
    why: (text) =>
      text.value.convention({
        decimal: decimal || both ? found.decimal : undefined,
        group: group || both ? found.group : undefined,
        own: { decimal: locale.decimal, group: locale.group },
        locale: locale.locale,
        fix,
      }),
  };
}

/**
 * Lakh grouping (`2,00,000`, `1,61,53,846`) outside en_IN, whose marks read it: refused,
 * naming both fixes (type the number, with the text's magnitude `exponent` and `%`; or set
 * the locale to India). Undefined for text that is no such number.
 */
export function indianGrouping(
  core: string,
  locale: LocaleConventions,
  exponent: number,
  percent: boolean,
): NumberText | undefined {
  if (locale.indian) return undefined;
  const digits = readDigits(core, '.', ',', true);
  if (digits === undefined) return undefined;
  const fix = `${shown(Number(`${digits}e${exponent}`), locale.decimal)}${percent ? '%' : ''}`;
  return {
    ok: false,
    problem: 'convention',
    why: (text) => text.value.indianGrouping({ locale: locale.locale, fix }),
  };
}

// Digits parted by one mark that groups somewhere, twice or more: `1,0,00`, `1'00'000`.
// Not `.`, `/` or `-`: 20.11.26 is a date.
const GROUPED = /^\d+([,'])\d+(?:\1\d+)+$/;

/**
 * Grouping marks no convention reads (`1,0,00`; lakh grouping is caught before): refused,
 * saying the marks are misplaced. Undefined for text of any other shape.
 */
export function misplacedGrouping(core: string): NumberText | undefined {
  if (!GROUPED.test(core)) return undefined;
  return { ok: false, problem: 'grouping', why: (text) => text.value.misplacedGrouping };
}
