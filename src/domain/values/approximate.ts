/**
 * Approximate amounts (`ca. 5.000`, `~5000`, `約75万`, `75万円程度`): an estimate, so never
 * read as the number it names; the reader asks for the figure alone (value rule 10).
 */
import { isDigit } from './number-core';

// Lower case, longer spellings first. A word must not run into a letter (`CAD 5`, `CA$5`
// are currencies): `ca` needs a space or a digit after it, `ca.` anything but a letter.
// English, German (ca., circa, etwa, geschätzt), French (env., environ, estimé), Japanese
// (約, 〜), ~ ≈, and a bound (> 5000, ≥ 5000, 3,000+) or an estimate (est. 5000), which
// name no one figure either.
const BEFORE = [
  'approximately',
  'approx.',
  'approx',
  'estimated',
  'geschätzt',
  'estimé',
  'est.',
  'est',
  'circa',
  'ca.',
  'ca',
  'env.',
  'environ',
  'etwa',
  'about',
];
const SIGNS = '~≈∼〜約><≥≤';
// Japanese after the amount: 程度, くらい/ぐらい (about), 前後 (around), ほど; 以上 (or more)
// and a trailing + (3,000+).
const AFTER = ['程度', 'くらい', 'ぐらい', '前後', 'ほど', '以上', '+'];

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/**
 * `text` (normalised, trimmed) without the mark of an approximate amount it starts or ends
 * with, trimmed: `5.000` for `ca. 5.000`; undefined when it has none. Text that starts
 * and ends with a digit, most numbers, is passed over at once.
 */
export function withoutApproximation(text: string): string | undefined {
  if (isDigit(text[0])) return isDigit(text[text.length - 1]) ? undefined : withoutAfter(text);
  if (SIGNS.includes(text[0])) return text.slice(1).trimStart();
  const lower = text.slice(0, 14).toLowerCase();
  for (const word of BEFORE) {
    if (!lower.startsWith(word)) continue;
    const next = text[word.length];
    if (word.endsWith('.') ? !isLetter(next) : next === ' ' || isDigit(next))
      return text.slice(word.length).trimStart();
    return undefined;
  }
  return withoutAfter(text);
}

function withoutAfter(text: string): string | undefined {
  for (const word of AFTER)
    if (text.endsWith(word) && text.length > word.length)
      return text.slice(0, -word.length).trimEnd();
  return undefined;
}
