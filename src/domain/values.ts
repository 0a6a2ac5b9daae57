/**
 * How a spreadsheet cell becomes a number. Sheets hands custom functions numbers,
 * strings, booleans and Date objects; people type "$12,500", "35%", "TBD" or "n/a".
 * One set of rules serves every formula so the same cell never means two things.
 */

export type CellValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly reason: string };

const BLANK_WORDS = new Set(['n/a', 'na', 'tbd', '-', '—', '?']);
// Digits with optional thousands commas and decimals, an optional leading
// currency symbol and sign, and an optional trailing percent.
const NUMBER_TEXT = /^([-+]?)([$€£¥]?)([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/;

const BLANK: CellValue = { kind: 'blank' };

export interface ValueRules {
  /** Gate thresholds and actuals may be negative; partner criteria may not. */
  readonly allowNegative: boolean;
}

/** Reads one cell under the shared value rules. */
export function readCell(cell: unknown, rules: ValueRules): CellValue {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === 'number') return checkNumber(cell, rules);
  if (typeof cell === 'string') return readText(cell, rules);
  if (typeof cell === 'boolean') return { kind: 'invalid', reason: 'a TRUE/FALSE value' };
  if (cell instanceof Date) return { kind: 'invalid', reason: 'a date' };
  return { kind: 'invalid', reason: 'not a number' };
}

function checkNumber(value: number, rules: ValueRules): CellValue {
  if (Number.isNaN(value)) return { kind: 'invalid', reason: 'not a number' };
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'an infinite number' };
  if (value < 0 && !rules.allowNegative) return { kind: 'invalid', reason: 'a negative number' };
  return { kind: 'number', value: value === 0 ? 0 : value };
}

function readText(text: string, rules: ValueRules): CellValue {
  const trimmed = text.trim();
  if (trimmed === '' || BLANK_WORDS.has(trimmed.toLowerCase())) return BLANK;
  const match = NUMBER_TEXT.exec(trimmed);
  if (!match) return { kind: 'invalid', reason: 'text that is not a number' };
  const [, signBefore, , signAfter, digits, decimals = '', percent] = match;
  if (signBefore && signAfter) return { kind: 'invalid', reason: 'text that is not a number' };
  const magnitude = Number(digits.replace(/,/g, '') + decimals) / (percent ? 100 : 1);
  const negative = (signBefore || signAfter) === '-';
  return checkNumber(negative ? -magnitude : magnitude, rules);
}

/** Quotes a cell for a message, the way a person would recognise it in the sheet. */
export function quoteCell(cell: unknown): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '"Invalid Date"' : `"${cell.toISOString().slice(0, 10)}"`;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return `"${String(cell)}"`;
}
