/**
 * Ordinal words in a criterion column ("Gold", "High", "Tier 1") read as numbers on a
 * known scale, or on a scale the user gives. A column is read on a known scale only when
 * every value in it comes from that one scale: a column mixing "Gold" and "High", or
 * words and numbers, would need a guess, and a guessed number is a silent wrong number.
 */

import type { FormulaText } from '../../shared/i18n/formulas';
import { normaliseHeader } from './criteria';

/** A known ordinal scale: each word (normalised) and the number it reads as, best highest. */
interface Scale {
  readonly name: string;
  readonly words: ReadonlyMap<string, number>;
}

const SCALES: readonly Scale[] = [
  {
    name: 'Platinum 4 / Gold 3 / Silver 2 / Bronze 1',
    words: new Map([
      ['platinum', 4],
      ['gold', 3],
      ['silver', 2],
      ['bronze', 1],
    ]),
  },
  {
    name: 'High 3 / Medium 2 / Low 1 (高 / 中 / 低)',
    words: new Map([
      ['high', 3],
      ['medium', 2],
      ['low', 1],
      ['高', 3],
      ['中', 2],
      ['低', 1],
    ]),
  },
  {
    name: 'Tier 1 4 / Tier 2 3 / Tier 3 2 / Tier 4 1',
    words: new Map([
      ['tier1', 4],
      ['tier2', 3],
      ['tier3', 2],
      ['tier4', 1],
    ]),
  },
];

/** The key a word is looked up by: "Tier 1", "tier-1" and "TIER1" are one word. */
export function wordKey(text: string): string {
  return normaliseHeader(text);
}

/**
 * The numbers the words of one column read as. `words` are the column's word keys,
 * `hasNumbers` whether the column also holds numbers, `given` the user's own map
 * (keys from {@link wordKey}), which always wins. The rest read on a known scale when
 * they and the column's other values all belong to it; otherwise they stay unread.
 */
export function readWords(
  words: Iterable<string>,
  hasNumbers: boolean,
  given: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const read = new Map<string, number>();
  const rest: string[] = [];
  for (const word of words) {
    const value = given?.get(word);
    if (value === undefined) rest.push(word);
    else read.set(word, value);
  }
  if (rest.length === 0 || hasNumbers) return read;
  const scale = SCALES.find((s) => rest.every((word) => s.words.has(word)));
  if (scale) for (const word of rest) read.set(word, scale.words.get(word) as number);
  return read;
}

/**
 * Why a word in a criterion column was not read, and how to map it: the end of an
 * `Invalid <column>: "<word>"` message in `text`'s language, short enough for a cell.
 */
export function wordProblem(
  column: string,
  word: string,
  hasNumbers: boolean,
  text: FormulaText,
): string {
  const key = wordKey(word);
  const scale = SCALES.find((s) => s.words.has(key));
  const kind = !scale ? 'notANumber' : hasNumbers ? 'inNumbers' : 'mixedScales';
  return text.value.word({ kind, column, word: word.trim() });
}
