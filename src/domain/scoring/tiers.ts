/**
 * Ordinal words in a criterion column ("Gold", "High", "Tier 1") read as numbers on a
 * known scale, or on a scale the user gives. A column is read on a known scale when most
 * of its values (a strict majority of the rows with a value) are words of that one scale:
 * those read, and each value off the scale (another word, or a number among the words) is
 * Invalid on its own row, so one stray "Registered" does not void sixty partners. Without
 * such a majority nothing is read on a scale: a column mixing "Gold" and "High", or
 * numbers and a few words, would need a guess, and a guessed number is a silent wrong one.
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

/** How a column's words read: the numbers, and the known scale they read on, if any. */
export interface ReadWords {
  values: Map<string, number>;
  /** The known scale the column reads on; its numbers are then off the scale. */
  scale?: { name: string };
}

/**
 * The numbers the words of one column read as. `words` are the column's word keys with
 * the number of partner rows holding each, `numberRows` how many partner rows hold a
 * number, `given` the user's own map (keys from {@link wordKey}), which always wins. The
 * rest read on the known scale whose words fill a strict majority of the rows with a value.
 */
export function readWords(
  words: ReadonlyMap<string, number>,
  numberRows: number,
  given: ReadonlyMap<string, number> | undefined,
): ReadWords {
  const values = new Map<string, number>();
  let restRows = 0;
  for (const [word, rows] of words) {
    const value = given?.get(word);
    if (value === undefined) restRows += rows;
    else values.set(word, value);
  }
  if (restRows === 0) return { values };
  let best: Scale | undefined;
  let covered = 0;
  for (const scale of SCALES) {
    let rows = 0;
    for (const [word, count] of words)
      if (!values.has(word) && scale.words.has(word)) rows += count;
    if (rows > covered) {
      best = scale;
      covered = rows;
    }
  }
  if (!best || 2 * covered <= restRows + numberRows) return { values };
  for (const [word] of words)
    if (!values.has(word) && best.words.has(word)) values.set(word, best.words.get(word) as number);
  return { values, scale: best };
}

/**
 * Why a word in a criterion column was not read, and how to map it: the end of an
 * `Invalid <column>: "<word>"` message in `text`'s language, short enough for a cell.
 * `scale` is the known scale the rest of the column reads on, if any.
 */
export function wordProblem(
  column: string,
  word: string,
  hasNumbers: boolean,
  text: FormulaText,
  scale?: { name: string },
): string {
  const key = wordKey(word);
  const own = SCALES.find((s) => s.words.has(key));
  const kind = scale ? 'offScale' : !own ? 'notANumber' : hasNumbers ? 'inNumbers' : 'mixedScales';
  return text.value.word({ kind, column, word: word.trim(), scale: scale?.name ?? '' });
}
