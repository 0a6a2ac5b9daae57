/**
 * The names that label a total row in a partner table (issue 10, rule 4): Total, Summe,
 * 合計 … alone, and the words that make a total only beside values that are sums (Total
 * APAC, Sous-total). total-rows.ts judges the values.
 */

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
