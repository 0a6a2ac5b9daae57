/**
 * Total rows in a partner table (issue 10, rule 4): a row named Total, Summe, 合計 …, or
 * an unnamed row whose every known value is the sum of the rows above it. Such a row
 * takes part in nothing: scoring it, or letting it set a scale, would move every partner.
 */

import { isMissing } from '../values/reader';

const TOTAL_NAMES = new Set([
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
  'average',
  'mean',
  'summe',
  'gesamt',
  'gesamtsumme',
  'zwischensumme',
  'durchschnitt',
  'mittelwert',
  'somme',
  'moyenne',
  'totale',
  'totalgeneral',
  '合計',
  '小計',
  '総計',
  '計',
  '平均',
  '合计',
  '小计',
  '总计',
]);

const NON_WORD = /[^\p{L}\p{N}]+/gu;
// "Total (EUR)", "Summe [2025]", "合計（円）": what a bracket adds says nothing about the row.
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）/g;
// "Total 2025", "Total EUR": a year or a currency code after the word.
const QUALIFIER = /(?:\d{4}|usd|eur|gbp|jpy|chf|inr|cad|aud)$/;
// "=SUM(A1)", "@SUM(A1)" or "+SUM(A1)" is text a sheet kept as a name, never a label
// ("-- Total --" still is one).
const FORMULA_LIKE = /^\s*[=@]|^\s*[+-]\s*\p{L}+\s*\(/u;
const TOTAL_NAME_LENGTH = 30;

/**
 * True for a name cell that labels a total row (Total, Grand total, 合計, Summe, Mean, …).
 * A bracketed note and a trailing year or currency code are ignored (Total (EUR), Total
 * 2025); text that starts like a formula (=SUM(A1), @SUM(A1)) is a name, never a label.
 */
export function isTotalName(cell: unknown): boolean {
  // Every total name is short; a partner's name is not worth normalising for the check.
  if (typeof cell !== 'string' || cell.length > TOTAL_NAME_LENGTH) return false;
  if (!mayStartTotalName(cell) || FORMULA_LIKE.test(cell)) return false;
  const text = cell.normalize('NFKC').toLowerCase();
  return (
    isTotalKey(text.replace(NON_WORD, '')) ||
    isTotalKey(text.replace(BRACKETED, '').replace(NON_WORD, ''))
  );
}

function isTotalKey(key: string): boolean {
  return TOTAL_NAMES.has(key) || TOTAL_NAMES.has(key.replace(QUALIFIER, ''));
}

/**
 * False when the first letter or digit of `text` is ASCII and starts no total name
 * (every ASCII one starts with t, g, s, a, m, z or d):
 * called once per row, it spares almost every partner's name the normalising.
 */
function mayStartTotalName(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32; // ASCII letters to lower case
    // Non-ASCII, or a bracket (whose text the rule may drop): leave it to the rule.
    if (text.charCodeAt(i) > 127 || code === 40 || code === 123) return true;
    // t g s a m z d: the first letters of the ASCII total names above.
    if (code === 116 || code === 103 || code === 115 || code === 97) return true;
    if (code === 109 || code === 122 || code === 100) return true;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  }
  return false;
}

/** Relative tolerance of "equals the sum": sums of decimals carry rounding. */
const SUM_TOLERANCE = 1e-9;
// Module constants, not global lookups in a loop over every row (see values/reader.ts).
const abs = Math.abs;
const max = Math.max;

/**
 * True when the row has at least two known values, not all 0, each equal to the sum
 * of that column over the rows above (two or more of them): a SUM row without a label.
 * Rows above that are totals themselves are not in the sum.
 */
export function sumOfAbove(
  values: readonly Float64Array[],
  row: number,
  sums: Float64Array,
  rowsAbove: number,
): boolean {
  if (rowsAbove < 2) return false;
  let known = 0;
  let nonZero = false;
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    if (abs(value - sums[c]) > SUM_TOLERANCE * max(1, abs(sums[c]))) return false;
    known++;
    if (value !== 0) nonZero = true;
  }
  return known >= 2 && nonZero;
}
