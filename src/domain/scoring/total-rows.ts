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
  'avg',
  'ø',
  // Σ as a row label (NFKC and lower case make it σ); ∑, the summation sign, is no letter.
  'σ',
  'summe',
  'gesamt',
  'gesamtsumme',
  'gesamtergebnis',
  'summegesamt',
  'insgesamt',
  'zwischensumme',
  'durchschnitt',
  'mittelwert',
  'somme',
  'moyenne',
  'totale',
  'totalgeneral',
  'soustotal',
  'sommetotale',
  'totaal',
  'suma',
  'summa',
  'yhteensa',
  // Russian, Turkish, Polish, Greek and German labels a table's last row carries; German
  // pivot tables call a group's total "Ergebnis" (Gesamtergebnis for all).
  'итого',
  'итог',
  'всего',
  'toplam',
  'geneltoplam',
  'razem',
  'συνολο',
  'ergebnis',
  'totalegenerale',
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
// Latin accents go: "Total général" is "total general", "Yhteensä" is "yhteensa" (the
// Japanese sound marks stay: only the combining diacritics block is dropped).
const ACCENTS = /[\u0300-\u036f]+/g;
const CJK_TOTAL_WORD = /[合総小总][計计]|[総总][額额]|平均/;
// "Total (EUR)", "Summe [2025]", "合計（円）": what a bracket adds says nothing about the row.
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）/g;
// "Total 2025", "Total FY26", "合計 2026年度", "Total EUR": a year or a currency code after the word.
const QUALIFIER = /(?:(?:fy)?\d{4}(?:年度|年)?|fy\d{2}|usd|eur|gbp|jpy|chf|inr|cad|aud)$/;
// "全社合計", "地域小計", "合計額": a Chinese or Japanese label ending in total (or total
// amount) is one, whatever (non-Latin) precedes; "APAC合計" is left to the sums (hasTotalWord).
const CJK_TOTAL_END = /^[^a-z0-9]*(?:(?:合計|総計|小計|合计|总计|小计)(?:金?[額额])?|総額|总额)$/;
// "=SUM(A1)", "@SUM(A1)" or "+SUM(A1)" is text a sheet kept as a name, never a label
// ("-- Total --" still is one).
const FORMULA_LIKE = /^\s*[=@]|^\s*[+-]\s*\p{L}+\s*\(/u;
const TOTAL_NAME_LENGTH = 30;

/**
 * True for a name cell that labels a total row (Total, Grand total, Total général, 合計,
 * 全社合計, Summe, Gesamtergebnis, Mean, Ø, …). Accents, a bracketed note and a trailing
 * year or currency code are ignored (Total (EUR), Total 2025, 合計 2026年度); text that
 * starts like a formula (=SUM(A1), @SUM(A1)) is a name, never a label.
 */
export function isTotalName(cell: unknown): boolean {
  // Every total name is short; a partner's name is not worth normalising for the check.
  if (typeof cell !== 'string' || cell.length > TOTAL_NAME_LENGTH) return false;
  if (!mayStartTotalName(cell) || FORMULA_LIKE.test(cell)) return false;
  const text = plainText(cell);
  return (
    text.trim() === '∑' ||
    isTotalKey(text.replace(NON_WORD, '')) ||
    isTotalKey(text.replace(BRACKETED, '').replace(NON_WORD, ''))
  );
}

/**
 * True when a name holds a word that totals use (Total APAC, APAC Total, Summe gesamt,
 * Sous-total, 全社合計): not enough alone (Total Networks Ltd is a partner), but with a
 * row whose values are the sums of the rows above, it is a total row. Asked only of such
 * rows, except with `labelOnly`: then only a word that labels a total by itself counts
 * (Total, Sum, 合計; not the Grand or All of Grand Peak or All Star), for the planner's
 * warning on a partner named like a total (source-rows.ts).
 */
export function hasTotalWord(cell: unknown, labelOnly = false): boolean {
  if (typeof cell !== 'string') return false;
  const text = plainText(cell);
  if (CJK_TOTAL_WORD.test(text)) return true;
  const words = labelOnly ? TOTAL_NAMES : TOTAL_WORDS;
  return text.split(NON_WORD).some((word) => words.has(word));
}

// Every total name, and the words that make one only beside others (Grand total, Sous-total,
// All partners: a partner may be called "All Star", so only with values that are totals).
const TOTAL_WORDS = new Set([...TOTAL_NAMES, 'grand', 'sous', 'all', 'alle', 'tous', 'toutes']);

/** NFKC, then accents removed, lower-cased: how names are compared. */
function plainText(cell: string): string {
  return cell
    .normalize('NFKC')
    .normalize('NFD')
    .replace(ACCENTS, '')
    .normalize('NFC')
    .toLowerCase();
}

function isTotalKey(key: string): boolean {
  const bare = key.replace(QUALIFIER, '');
  return (
    TOTAL_NAMES.has(key) ||
    TOTAL_NAMES.has(bare) ||
    CJK_TOTAL_END.test(key) ||
    CJK_TOTAL_END.test(bare)
  );
}

/**
 * False when the first letter or digit of `text` is ASCII and starts no total name
 * (every ASCII one starts with t, g, s, a, m, z, d, i, y, e or r):
 * called once per row, it spares almost every partner's name the normalising.
 */
function mayStartTotalName(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32; // ASCII letters to lower case
    // Non-ASCII, or a bracket (whose text the rule may drop): leave it to the rule.
    if (text.charCodeAt(i) > 127 || code === 40 || code === 123) return true;
    // t g s a m z d i y e r: the first letters of the ASCII total names above.
    if (code === 116 || code === 103 || code === 115 || code === 97) return true;
    if (code === 109 || code === 122 || code === 100 || code === 105 || code === 121) return true;
    if (code === 101 || code === 114) return true;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  }
  return false;
}

/** Relative tolerance of "equals the sum": sums of decimals carry rounding. */
const SUM_TOLERANCE = 1e-9;
// Module constants, not global lookups in a loop over every row (see values/reader.ts).
const abs = Math.abs;
const max = Math.max;
const round = Math.round;
const floor = Math.floor;
const log10 = Math.log10;

/** True when `value` equals `sum` as a total row's check compares them (within SUM_TOLERANCE). */
export function isSum(value: number, sum: number): boolean {
  return abs(value - sum) <= SUM_TOLERANCE * max(1, abs(sum));
}

/**
 * True when `value` is the average of `count` values summing to `sum` (two or more) as
 * people type it: exact, or rounded to the decimals it shows (4233 for 4,233.33; 31.7 %
 * for 31.67 %), keeping two significant digits at least (within 2 %). Total rows hold
 * averages in their cost and rate columns, where a sum means nothing.
 */
export function isMean(value: number, sum: number, count: number): boolean {
  // Multiplied out, not divided: asked of every complete row, most of which are far off.
  if (count < 2 || abs(value * count - sum) > MEAN_TOLERANCE * abs(sum)) return false;
  const mean = sum / count;
  return (
    isSum(value, mean) ||
    abs(value - mean) <= 0.5 * 10 ** -shownDecimals(value) * (1 + SUM_TOLERANCE)
  );
}

const MEAN_TOLERANCE = 0.02;

/**
 * True when `value` is `target` rounded for display to the last digit it shows: 73,000
 * for 73,260 (thousands), 270 for 272, 1.2 for 1.15, 700,000 for 700,300. It must be off
 * by less than half a unit of `target`'s second significant digit (4,000 is no rounding of
 * 4,233), so by 5 % at most. How a hand-typed total row shows sums and averages.
 */
export function isRounded(value: number, target: number): boolean {
  const gap = abs(value - target);
  // Cheapest first: the last test below never passes a value more than 5 % off its
  // target; most rows are, and are spared the look at their shown digits (nearTotal asks
  // this of every complete row).
  if (!(gap <= 0.05 * (1 + SUM_TOLERANCE) * abs(target))) return false;
  const off = gap / (0.5 * (1 + SUM_TOLERANCE));
  return off * 10 <= 10 ** floor(log10(abs(target))) && off <= shownStep(value);
}

/**
 * The one look most rows get: whether a complete row's `value` in a column is within 5 %
 * of the sum or the mean of that column above (`sum` over `count` values), or its highest
 * (`high`). Every test a total's value passes (isSum, isMean, isRounded, the highest of a
 * tier column) implies this one, so a row whose first or second value fails it is spared
 * them all; the look is cheap enough to ask of every row of a large table.
 */
export function mayBeTotal(value: number, sum: number, count: number, high: number): boolean {
  const reach = 0.051 * abs(sum) + 1e-9;
  const offSum = value - sum;
  const offMean = value * count - sum;
  return (
    value === high ||
    (offSum <= reach && offSum >= -reach) ||
    (offMean <= reach && offMean >= -reach)
  );
}

/**
 * Whether a complete named row may be a total typed by hand, judged by its first value
 * (`first`) against the sum, count and highest of the first column above: a cheap test
 * that spares most partners the look at their name (hasTotalWord). `mean` is
 * isMean(first, sum, count), when the caller has asked it already.
 */
export function nearTotal(
  first: number,
  sum: number,
  count: number,
  high: number,
  mean = isMean(first, sum, count),
): boolean {
  return first === high || isRounded(first, sum) || isRounded(first, sum / count) || mean;
}

/** The place of `value`'s last shown digit: 0.01 for 31.25, 1 for 4233, 1000 for 73,000. */
function shownStep(value: number): number {
  const decimals = shownDecimals(value);
  if (decimals > 0) return 10 ** -decimals;
  let step = 1;
  while (value !== 0 && step < 1e15 && value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * The decimals `value` shows as typed: the fewest (up to 12) that write it within the
 * double's precision, 2 for 31.25, 0 for 4233; 20 for a computed value (4233.333…).
 * Arithmetic, not String(value): it runs for every row whose first value is near its
 * column's average.
 */
function shownDecimals(value: number): number {
  let scaled = abs(value);
  // A computed value (a ratio, a random draw) shows more than 12 decimals: one look at
  // the 12th, with twice the loop's tolerance so it never cuts short a value the loop
  // would pass, spares it the loop.
  const at12 = scaled * 1e12;
  if (abs(at12 - round(at12)) > at12 * 2e-12) return 20;
  for (let digits = 0; digits <= 12; digits++) {
    if (abs(scaled - round(scaled)) <= scaled * 1e-12) return digits;
    scaled *= 10;
  }
  return 20;
}

/**
 * Each column's sum, count and highest of known values over rows: what a total row is
 * checked against. `rows` counts the rows with some value.
 */
export interface ColumnTotals {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  readonly highs: Float64Array;
  rows: number;
}

/** Empty totals for `width` columns. */
export function columnTotals(width: number): ColumnTotals {
  const highs = new Float64Array(width).fill(-Infinity);
  return { sums: new Float64Array(width), counts: new Float64Array(width), highs, rows: 0 };
}

/** Adds the row's known values to `totals` (not its `rows`: the caller knows if it has any). */
export function addRow(values: readonly Float64Array[], row: number, totals: ColumnTotals): void {
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    totals.sums[c] += value;
    totals.counts[c]++;
    if (value > totals.highs[c]) totals.highs[c] = value;
  }
}

/**
 * How many of the row's known values equal their column's sum over the rows in `totals`
 * (two or more rows), when every other known value is that column's average (isMean), at
 * least two are known and not all are 0; 0 otherwise. A SUM row without a label has them
 * all sums; a total row as people write it sums amounts and averages costs and rates.
 * Rows above that are totals themselves are not in `totals`.
 *
 * `rough`, for a row whose name says total (or that has none): sums and averages may be
 * rounded for display (isRounded: 73,000 for 73,260), a value may be its column's highest
 * (the best tier of the partners summed), and two values at least must be sums.
 */
export function sumsOfAbove(
  values: readonly Float64Array[],
  row: number,
  { sums, counts, highs, rows }: ColumnTotals,
  rough = false,
): number {
  if (rows < 2) return 0;
  let known = 0;
  let summed = 0;
  let nonZero = false;
  for (let c = 0; c < values.length; c++) {
    const value = values[c][row];
    if (isMissing(value)) continue;
    if (isSum(value, sums[c]) || (rough && isRounded(value, sums[c]))) summed++;
    else if (!isMean(value, sums[c], counts[c]) && !(rough && isRoughMean(value, c))) return 0;
    known++;
    if (value !== 0) nonZero = true;
  }
  return known >= 2 && nonZero && (!rough || summed >= 2) ? summed : 0;

  function isRoughMean(value: number, c: number): boolean {
    return value === highs[c] || (counts[c] >= 2 && isRounded(value, sums[c] / counts[c]));
  }
}
