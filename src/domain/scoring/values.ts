/**
 * How a spreadsheet cell becomes a number. Sheets hands custom functions numbers,
 * strings, booleans and Date objects; people type "$12,500", "35%", "TBD" or "n/a".
 * One set of rules serves every formula so the same cell never means two things.
 */

/** Why a cell is not a number; each has a phrase for messages ({@link describeProblem}). */
export type CellProblem = 'text' | 'negative' | 'date' | 'boolean' | 'notANumber' | 'infinite';

export type CellValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly problem: CellProblem };

export interface ValueRules {
  /** Gate thresholds and actuals may be negative; partner criteria may not. */
  readonly allowNegative: boolean;
}

export const NON_NEGATIVE: ValueRules = { allowNegative: false };
export const SIGNED: ValueRules = { allowNegative: true };

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

const BLANK_WORDS = new Set(['n/a', 'na', 'tbd', '-', '—', '?']);
// Digits with optional thousands commas and decimals, an optional leading currency
// symbol and an optional trailing percent. A leading minus is recognised so that a
// negative number can be named as such, even where negatives are not allowed.
const NUMBER_TEXT = /^(-?)[$€£¥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/;

const BLANK: CellValue = { kind: 'blank' };

/** Reads one cell under the shared value rules. */
export function readCell(cell: unknown, rules: ValueRules): CellValue {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === 'number') return checkNumber(cell, rules);
  if (typeof cell === 'string') return readText(cell, rules);
  if (typeof cell === 'boolean') return invalid('boolean');
  if (isDate(cell)) return invalid('date');
  return invalid('text');
}

/** A Date, also one made in another realm, as the local runtime's host code hands over. */
export function isDate(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** True for an empty cell, spaces, or a placeholder such as "TBD" or "n/a". */
export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  const trimmed = cell.trim();
  return trimmed === '' || BLANK_WORDS.has(trimmed.toLowerCase());
}

function invalid(problem: CellProblem): CellValue {
  return { kind: 'invalid', problem };
}

function checkNumber(value: number, rules: ValueRules): CellValue {
  if (isMissing(value)) return invalid('notANumber');
  if (!isFiniteNumber(value)) return invalid('infinite');
  if (value < 0 && !rules.allowNegative) return invalid('negative');
  // -0 would print as "0" yet compare oddly in Object.is-based checks.
  return { kind: 'number', value: value + 0 };
}

function readText(text: string, rules: ValueRules): CellValue {
  const trimmed = text.trim();
  if (trimmed === '' || BLANK_WORDS.has(trimmed.toLowerCase())) return BLANK;
  const match = NUMBER_TEXT.exec(trimmed);
  if (!match) return invalid('text');
  const [, minus, digits, decimals = '', percent] = match;
  const magnitude = +(digits.replace(/,/g, '') + decimals) / (percent ? 100 : 1);
  return checkNumber(minus ? -magnitude : magnitude, rules);
}

/** The end of a sentence that starts with the quoted cell: `"-5" is negative; use 0 or more`. */
export function describeProblem(problem: CellProblem): string {
  switch (problem) {
    case 'text':
    case 'notANumber':
      return 'is not a number';
    case 'negative':
      return 'is negative; use 0 or more';
    case 'date':
      return 'is a date, not a number';
    case 'boolean':
      return 'is TRUE/FALSE, not a number';
    case 'infinite':
      return 'is not a finite number';
  }
}

const QUOTE_LIMIT = 40;

/**
 * Quotes a cell for a message, the way a person would recognise it in the sheet.
 * `dayOf` names a Date's calendar day in the spreadsheet's time zone; without it the
 * day is a best guess (see {@link nearestUtcDay}).
 */
export function quoteCell(cell: unknown, dayOf: (date: Date) => string = nearestUtcDay): string {
  let text: string;
  if (isDate(cell)) text = Number.isNaN(cell.getTime()) ? 'Invalid Date' : dayOf(cell);
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else text = String(cell);
  // A pasted paragraph would drown the message that quotes it.
  return `"${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text}"`;
}

/**
 * A date-only cell arrives as midnight in the spreadsheet's time zone. Rounding to the
 * nearest UTC midnight recovers that day for every zone within 12 hours of UTC, which
 * is the best a formula without the spreadsheet's zone can do.
 */
function nearestUtcDay(date: Date): string {
  const day = 86_400_000;
  return new Date(Math.round(date.getTime() / day) * day).toISOString().slice(0, 10);
}
