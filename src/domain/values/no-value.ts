/**
 * "No value" as people write it in a cell: read as blank (unknown), never as 0, so a
 * partner with `k. A.` for its budget is scored on its other criteria (value rule 1).
 */

/**
 * Lower case: English, German (k. A. keine Angabe, n.v. nicht verfügbar), French (N/D,
 * n.d. non disponible, NC non communiqué), Japanese (未定, 不明, なし, 該当なし) and dashes
 * (en and em dash, the bar ―, and ー, the long-vowel mark Japanese text uses as a dash).
 * None is a tier word (scoring/tiers.ts).
 */
const WORDS = new Set([
  'n/a',
  'na',
  'tbd',
  'none',
  '?',
  '-',
  '--',
  '–',
  '—',
  '―',
  'ー',
  'k. a.',
  'k.a.',
  'n.v.',
  'n/d',
  'n.d.',
  'nc',
  '未定',
  '不明',
  'なし',
  '該当なし',
]);

/** The length of the longest word ('k. a.'): longer text, such as a partner's name, is none. */
export const LONGEST_NO_VALUE_WORD = 5;

/** True for trimmed text that says "no value" (`TBD`, `k. A.`, `N/D`, `未定`), in any case. */
export function isNoValueWord(text: string): boolean {
  return text.length <= LONGEST_NO_VALUE_WORD && WORDS.has(text.toLowerCase());
}
