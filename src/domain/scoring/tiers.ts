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

// German, French and Japanese spellings read on the same scales: a German partner list
// says Silber and Hoch, and would otherwise be told to map Silber by hand.
const SCALES: readonly Scale[] = [
  {
    name: 'Platinum 4 / Gold 3 / Silver 2 / Bronze 1',
    words: new Map([
      ['platinum', 4],
      ['platin', 4],
      ['platine', 4],
      ['プラチナ', 4],
      ['gold', 3],
      ['or', 3],
      ['ゴールド', 3],
      ['silver', 2],
      ['silber', 2],
      ['argent', 2],
      ['シルバー', 2],
      ['bronze', 1],
      ['ブロンズ', 1],
    ]),
  },
  {
    name: 'High 3 / Medium 2 / Low 1 (高 / 中 / 低)',
    words: new Map([
      ['high', 3],
      ['hoch', 3],
      ['élevé', 3],
      ['eleve', 3],
      ['高', 3],
      ['medium', 2],
      ['med', 2],
      ['mid', 2],
      ['mittel', 2],
      ['moyen', 2],
      ['中', 2],
      ['low', 1],
      ['niedrig', 1],
      ['faible', 1],
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

// "Gold+", "Gold -", "Tier 1 (Gold)": a modifier the header rules would drop ("Tier-1"
// is still Tier 1: a dash between words joins them).
const MODIFIED = /[+±([]|[-–−]$/;
const SPACES = /\s+/g;
const TRAILING_SIGN = /(?:[+±−–-]|plus|minus)+$/;
const UP = /(?:\+|plus)$/;
const BRACKET_ON = /[([].*$/;

/**
 * The key a word is looked up by: "Tier 1", "tier-1" and "TIER1" are one word. A word
 * with a modifier ("Gold+", "Gold -", "Tier 1 (Gold)") keeps it, spaces aside, so it reads
 * on no scale and is refused with how to map it, never silently as Gold or Tier 1.
 */
export function wordKey(text: string): string {
  const plain = text.normalize('NFKC').trim().toLowerCase();
  return MODIFIED.test(plain) ? plain.replace(SPACES, '') : normaliseHeader(plain);
}

/** A known scale as a column reads on it: named in the column's own words. */
export interface ColumnScale {
  /** `Gold 3 / Silver 2 …` or `プラチナ 4 / ゴールド 3 …`: the words the column uses. */
  name: string;
  /** The scale's words; absent, the scale is found by its English name. */
  words?: ReadonlyMap<string, number>;
}

/** How a column's words read: the numbers, and the known scale they read on, if any. */
export interface ReadWords {
  values: Map<string, number>;
  /** The known scale the column reads on; its numbers are then off the scale. */
  scale?: ColumnScale;
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
  return { values, scale: { name: scaleName(best, words.keys()), words: best.words } };
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The scale named as the column writes it (tester 2, finding 10: a column of ゴールド and
 * シルバー was told of "Platinum 4 / Gold 3 …"): each tier by the column's own word, else
 * by the scale's word in the column's script, best first. Once per column.
 */
function scaleName(scale: Scale, keys: Iterable<string>): string {
  const shown = new Map<number, string>();
  let japanese = false;
  for (const key of keys) {
    const value = scale.words.get(key);
    if (value === undefined) continue;
    if (JAPANESE.test(key)) japanese = true;
    if (!shown.has(value)) shown.set(value, key);
  }
  for (const sameScript of [true, false])
    for (const [word, value] of scale.words)
      if (!shown.has(value) && (!sameScript || JAPANESE.test(word) === japanese))
        shown.set(value, word);
  return [...shown]
    .sort((a, b) => b[0] - a[0])
    .map(([value, word]) => `${shownWord(word)} ${value}`)
    .join(' / ');
}

/** A word key as a person writes it: `tier1` as Tier 1, `gold` as Gold. */
function shownWord(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1).replace(/^([a-z]+)(\d)/, '$1 $2');
}

/**
 * Why a word in a criterion column was not read, and how to map it: the end of an
 * `Invalid <column>: "<word>"` message in `text`'s language, short enough for a cell.
 * `scale` is the known scale the rest of the column reads on, if any; `decimal` the
 * locale's decimal mark, for the suggested number (see {@link suggestedValue}).
 */
export function wordProblem(
  column: string,
  word: string,
  hasNumbers: boolean,
  text: FormulaText,
  scale: ColumnScale | undefined,
  decimal: string,
): string {
  const key = wordKey(word);
  const own = SCALES.find((s) => s.words.has(key));
  const kind = scale ? 'offScale' : !own ? 'notANumber' : hasNumbers ? 'inNumbers' : 'mixedScales';
  const value = suggestedValue(key, scale);
  return text.value.word({
    kind,
    column,
    word: word.trim(),
    scale: scale?.name ?? '',
    value: value === undefined ? undefined : String(value).replace('.', decimal),
  });
}

/**
 * The number a refusal suggests mapping the word `key` to, colliding with no word of the
 * column's `scale`: a word's own on it (or on its own scale when the column has none);
 * half a step up or down for a modified one (Gold+ and Gold Plus 3.5, Gold- 2.5, Tier 1
 * (Gold) 4); one above the top of the column's scale for another word (Diamond, or High
 * among metals, 5); else none, since any number could be some tier's.
 */
export function suggestedValue(key: string, scale?: ColumnScale): number | undefined {
  const base = normaliseHeader(key.replace(TRAILING_SIGN, '').replace(BRACKET_ON, ''));
  const on = scale?.words ?? SCALES.find((s) => s.name === scale?.name)?.words;
  const known = (on ?? SCALES.find((s) => s.words.has(base))?.words)?.get(base);
  if (known !== undefined)
    return known + (UP.test(key) ? 0.5 : key !== base && TRAILING_SIGN.test(key) ? -0.5 : 0);
  return on ? Math.max(...on.values()) + 1 : undefined;
}
