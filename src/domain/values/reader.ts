/**
 * The value reader: how a spreadsheet cell becomes a number or a calendar day, in the
 * spreadsheet's locale and time zone. Sheets hands custom functions numbers, strings,
 * booleans and Dates; people type `€20.000`, `1 234,56 €`, `75万`, `TBD` or `20.11.2026`.
 * One reader serves PARTNER_SCORE, GATE_STATUS, the weights, the planner and the gate
 * monitor, so the same cell never means two things (issue 16).
 */
import { type FormulaText, formulaText } from '../../shared/i18n/formulas';
import { type Language, languageOfLocale } from '../../shared/i18n/language';
import { dayNumber, fromDayNumber, weekday } from '../calendar';
import { exampleDate, readDateText, type WrongWeekday } from './dates';
import { conventionsFor, type LocaleConventions } from './locales';
import { isNoValueWord, LONGEST_NO_VALUE_WORD } from './no-value';
import { normaliseText, readNumberText } from './number-text';

/** What the reader needs from the spreadsheet. An adapter may compute both lazily. */
export interface SheetSettings {
  /** `Spreadsheet.getSpreadsheetLocale()`, e.g. 'de_DE'; read when a text needs it. */
  readonly locale: string;
  /** The calendar day 'YYYY-MM-DD' of a Date in the spreadsheet's time zone. */
  dayOf(date: Date): string;
  /**
   * The language of messages; left out, the locale's (Japanese for ja_JP). Read only when
   * a message is written, so a call whose cells all read costs no locale lookup for it.
   */
  readonly language?: Language;
}

/** Why a cell is not a number. */
export type CellProblem =
  | 'text'
  | 'negative'
  | 'date'
  | 'boolean'
  | 'notANumber'
  | 'infinite'
  /** A number only under another locale's marks: `1.234,56` in en_US. */
  | 'convention'
  /** `4.500` in en_US: 4500 or 4.5? */
  | 'ambiguous'
  /** A number with a currency or unit the reader does not know: `900 XYZ`. */
  | 'unit'
  /** An estimate, `ca. 5.000` or `約75万`: the figure to use is asked for. */
  | 'approximate'
  /** Grouping marks between runs of digits other than threes: `1,0,00`. */
  | 'grouping'
  /** A formula's error as Sheets hands it over: `#N/A`, `#DIV/0!`. */
  | 'error';

export type CellValue =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'number';
      readonly value: number;
      /** The currency a typed amount named (ISO 4217, or `kr`); absent for plain numbers. */
      readonly currency?: string | null;
      /** True when typed with `%`. */
      readonly percent?: boolean;
      /** True when typed with hours (`60h`): a column mixing them with money is refused. */
      readonly hours?: boolean;
      /** True when typed with a magnitude (`2.75M`): not in a header's own scale. */
      readonly scaled?: boolean;
    }
  /**
   * `why` ends a sentence about the quoted cell (FormulaText.cellWhy joins them):
   * `"-5" is negative; use 0 or more`. Written in the reader's language when first read.
   */
  | { readonly kind: 'invalid'; readonly problem: CellProblem; readonly why: string };

export type DateValue =
  | { readonly kind: 'blank' }
  /** Days since 1970-01-01 (calendar.ts) and the same day as 'YYYY-MM-DD'. */
  | { readonly kind: 'day'; readonly day: number; readonly iso: string }
  | { readonly kind: 'invalid'; readonly why: string };

export interface ValueRules {
  /** Gate thresholds and actuals may be negative; partner criteria may not (rule 7). */
  readonly allowNegative: boolean;
  /** Read days after the number (`14 Tage`, `14日`) instead of hours: max_age_days. */
  readonly days?: boolean;
}

export const NON_NEGATIVE: ValueRules = { allowNegative: false };
export const SIGNED: ValueRules = { allowNegative: true };
/** A number of days (max_age_days): `14`, `14 days`, `14 Tage`, `14日`. */
export const DAYS: ValueRules = { allowNegative: true, days: true };

// Read once. Where the bundle runs in node:vm (the local runtime, the benchmark), every
// use of a global such as Number goes through an interceptor and leaves the optimiser no
// type feedback, so loops over 50,000 cells touch only module constants like these.
/** Number.isFinite: true only for a number that is neither NaN nor ±Infinity, no coercion. */
export const isFiniteNumber = Number.isFinite;
/** NaN marks a blank (or left out) value in the number columns the formulas work on. */
export const MISSING = Number.NaN;
/** Number.isNaN: true for MISSING (NaN) only, no coercion; how loops test for a blank value. */
export const isMissing = Number.isNaN;
export const INFINITY = Number.POSITIVE_INFINITY;

const HAS_DIGIT = /\d/;
const BLANK: CellValue = { kind: 'blank' };
const BLANK_DATE: DateValue = { kind: 'blank' };

const invalid = (problem: CellProblem, why: string): CellValue => ({
  kind: 'invalid',
  problem,
  why,
});

type FixedProblem = Exclude<
  CellProblem,
  'convention' | 'ambiguous' | 'unit' | 'approximate' | 'grouping'
>;

/**
 * The invalid values every reader hands out for its whole life, made once per reader so
 * a column of words allocates nothing per cell; each `why` is written (and the locale
 * looked up for its language) only when a message reads it.
 */
function fixedProblems(text: () => FormulaText): Record<FixedProblem, CellValue> {
  const lazy = (problem: FixedProblem, why: (t: FormulaText) => string): CellValue => ({
    kind: 'invalid',
    problem,
    get why() {
      return why(text());
    },
  });
  return {
    text: lazy('text', (t) => t.value.notANumber),
    notANumber: lazy('notANumber', (t) => t.value.notANumber),
    infinite: lazy('infinite', (t) => t.value.notFinite),
    negative: lazy('negative', (t) => t.value.negative),
    date: lazy('date', (t) => t.value.aDate),
    boolean: lazy('boolean', (t) => t.value.aBoolean),
    error: lazy('error', (t) => t.value.errorCell),
  };
}

// Google Sheets' error values (Sheets' ERROR.TYPE list, plus #ERROR! for a formula that
// does not parse), as a custom function receives them: text.
// Also the codes of Sheets and Excel in German, French, Spanish, Italian, Portuguese and
// Dutch (#NV, #WERT!, #VALEUR!, #N/D, #¡VALOR!, #WAARDE!), as pasted or imported text
// holds them, and #NA.
const ERROR_TEXT =
  /^#(?:NULL!|VALUE!|NAME\?|N\/A|ERROR!|SPILL!|CALC!|NV|NA|N\/[DB]|WERT!|BEZUG!|ZAHL!|NUL!|VALEUR!|NOMBRE!|NOM\?|¡?(?:VALOR!|REF!|NUM!|DIV\/0!|NULO!)|¿NOMBRE\?|VALORE!|RIF!|NOME\?|NULLO!|NÚM!|WAARDE!|VERW!|NAAM\?|GETAL!|DEEL\/0!|LEEG!)$/;

/** A spreadsheet error as a custom function receives it: its code as text, e.g. "#REF!". */
export function isErrorText(cell: unknown): cell is string {
  return typeof cell === 'string' && ERROR_TEXT.test(cell.trim());
}

/** A Date, also one made in another realm, as the local runtime's host code hands over. */
export function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** True for an empty cell, spaces, or a placeholder such as "TBD" or "n/a". */
export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Partner names reach here once per row: most are longer than any blank word and need
  // no trimming, so they are told apart without allocating.
  if (
    cell.length > LONGEST_NO_VALUE_WORD &&
    cell.charCodeAt(0) > 32 &&
    cell.charCodeAt(cell.length - 1) > 32 &&
    cell.charCodeAt(0) !== 0xa0 &&
    cell.charCodeAt(cell.length - 1) !== 0xa0
  )
    return false;
  const trimmed = cell.trim();
  return trimmed === '' || isNoValueWord(trimmed);
}

function checkNumber(
  value: number,
  rules: ValueRules,
  fixed: Record<FixedProblem, CellValue>,
): CellValue {
  if (isMissing(value)) return fixed.notANumber;
  if (!isFiniteNumber(value)) return fixed.infinite;
  if (value < 0 && !rules.allowNegative) return fixed.negative;
  // -0 would print as "0" yet compare oddly in Object.is-based checks.
  return { kind: 'number', value: value + 0 };
}

const QUOTE_LIMIT = 40;

/**
 * Quotes a cell for a message, the way a person would recognise it in the sheet: a Date
 * as its calendar day in the spreadsheet's time zone (`dayOf`), never the script's.
 */
export function quoteCell(
  cell: unknown,
  dayOf: (date: Date) => string,
  quote: FormulaText['quote'] = formulaText('en').quote,
): string {
  let text: string;
  if (isDate(cell)) text = Number.isNaN(cell.getTime()) ? 'Invalid Date' : dayOf(cell);
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else text = String(cell);
  // A pasted paragraph would drown the message that quotes it.
  return quote({ text: text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text });
}

/**
 * Reads cells under one spreadsheet's locale and time zone. Make one per formula call or
 * planner read, not per cell: the locale's conventions are looked up once, on the first
 * text that needs them, so a range of plain numbers costs no service call.
 */
export class ValueReader {
  private conventions: LocaleConventions | undefined;
  private messages: FormulaText | undefined;
  private fixedValues: Record<FixedProblem, CellValue> | undefined;

  constructor(private readonly sheet: SheetSettings) {}

  /** Made on the first cell that is not a plain number: most calls never need them. */
  private get fixed(): Record<FixedProblem, CellValue> {
    if (this.fixedValues === undefined) this.fixedValues = fixedProblems(() => this.text);
    return this.fixedValues;
  }

  /**
   * The messages' catalogue: the settings' language, else the locale's; built on first
   * use. English when the locale cannot be read: a message about a cell must not turn
   * into an exception about the spreadsheet.
   */
  get text(): FormulaText {
    if (this.messages === undefined) this.messages = formulaText(this.language());
    return this.messages;
  }

  private language(): Language {
    try {
      return this.sheet.language ?? languageOfLocale(this.sheet.locale);
    } catch {
      return 'en';
    }
  }

  /** The locale's marks, date order and currency (locales.ts). */
  get locale(): LocaleConventions {
    if (this.conventions === undefined) this.conventions = conventionsFor(this.sheet.locale);
    return this.conventions;
  }

  /** The calendar day of a Date in the spreadsheet's time zone, 'YYYY-MM-DD'. */
  dayOf(date: Date): string {
    return this.sheet.dayOf(date);
  }

  /** Quotes a cell for a message ({@link quoteCell}) in this spreadsheet's time zone. */
  quote(cell: unknown): string {
    return quoteCell(cell, (date) => this.sheet.dayOf(date), this.text.quote);
  }

  /**
   * A cell as a number under rules 1–7 of issue 16: blank, a number (with the currency
   * or `%` a text named), or invalid with the end of a sentence saying why and how to
   * fix it. Never throws.
   */
  number(cell: unknown, rules: ValueRules): CellValue {
    if (cell === null || cell === undefined) return BLANK;
    if (typeof cell === 'number') return checkNumber(cell, rules, this.fixed);
    if (typeof cell === 'string') return this.numberText(cell, rules);
    if (typeof cell === 'boolean') return this.fixed.boolean;
    if (isDate(cell)) return this.fixed.date;
    return this.fixed.text;
  }

  private numberText(text: string, rules: ValueRules): CellValue {
    const t = normaliseText(text);
    if (t === '' || isNoValueWord(t)) return BLANK;
    if (t[0] === '#' && isErrorText(t)) return this.fixed.error;
    // Words (a header, "abc") are no number in any locale: no need to look the locale up.
    if (!HAS_DIGIT.test(t)) return this.fixed.text;
    const read = readNumberText(t, this.locale, rules.days);
    if (!read.ok)
      return read.problem === 'text' ? this.fixed.text : invalid(read.problem, read.why(this.text));
    const checked = checkNumber(read.value, rules, this.fixed);
    if (
      checked.kind !== 'number' ||
      (read.currency === null && !read.percent && !read.hours && !read.scaled)
    )
      return checked;
    const { currency, percent } = read;
    const hours = read.hours ? { hours: true } : undefined;
    if (read.scaled)
      return { kind: 'number', value: checked.value, currency, percent, ...hours, scaled: true };
    return read.hours
      ? { kind: 'number', value: checked.value, currency, percent, hours: true }
      : { kind: 'number', value: checked.value, currency, percent };
  }

  /**
   * A cell as a calendar day (rule 9): a Date, `YYYY-MM-DD`, an ISO date-time, or the
   * locale's short date. Anything else is invalid, with the locale's own example.
   */
  date(cell: unknown): DateValue {
    if (isBlankCell(cell)) return BLANK_DATE;
    let day: number | WrongWeekday | undefined;
    if (isDate(cell)) day = Number.isNaN(cell.getTime()) ? undefined : dayNumber(this.dayOf(cell));
    else if (typeof cell === 'string')
      day = readDateText(
        cell,
        () => this.locale,
        (d) => this.dayOf(d),
      );
    if (typeof day === 'number') return { kind: 'day', day, iso: fromDayNumber(day) };
    if (day !== undefined) {
      const iso = fromDayNumber(day.wrongWeekday);
      return { kind: 'invalid', why: this.text.value.wrongWeekday({ iso, weekday: weekday(iso) }) };
    }
    if (isErrorText(cell)) return { kind: 'invalid', why: this.text.value.errorCell };
    const locale = this.locale;
    const example = locale.dateOrder ? exampleDate(locale) : '';
    return { kind: 'invalid', why: this.text.value.notADate({ example, locale: locale.locale }) };
  }
}
