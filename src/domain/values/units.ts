/**
 * Magnitudes after a number (`12k`, `1,5 Mio`, `3 crore`, `1,200千円`, `5만원`) and the
 * marks the reader does not know (`900 XYZ`, `₲500`): a number with an unknown unit is
 * told so, not taken for a word to map.
 */
import type { LocaleConventions } from './locales';
import { isDigit, type NumberText, readDigits } from './number-core';

/**
 * Powers of ten after the number, each spelling a longer one ends with listed first
 * (`百万` before `万`, `mm` before `m`): English short scale (k, M, MM, B), French and
 * Swiss milliards, and the Japanese, Chinese and Korean numerals of myriads and
 * thousands; the words below add mn, bn, German (Tsd. thousand, Mio. million, Mrd.
 * milliard) and Indian (lakh 10^5, crore 10^7). `L` for lakh is read in en_IN only
 * ({@link magnitudeSuffix}): elsewhere it may be litres.
 */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['mm', 6],
  ['MM', 6],
  ['k', 3],
  ['K', 3],
  ['m', 6],
  ['M', 6],
  ['B', 9],
  // French milliard (2 Md€, 2 Mds €) and Swiss German Milliarde (1,5 Mia.): cased, as `md`
  // could be man-days.
  ['Mds.', 9],
  ['Mds', 9],
  ['Md.', 9],
  ['Md', 9],
  ['Mia.', 9],
  ['Mia', 9],
  ['百万', 6],
  ['千万', 7],
  ['千', 3],
  ['万', 4],
  ['億', 8],
  ['亿', 8],
  ['兆', 12],
  ['백만', 6],
  ['천만', 7],
  ['천', 3],
  ['만', 4],
  ['억', 8],
  ['조', 12],
];

/**
 * Magnitudes written as words or abbreviations, in any letter case (`12 Lakh`, `1.5 CR`,
 * `₹ 5 Cr.`, `1.2 Mn`), longer spellings first; a single letter stays case-sensitive above.
 */
const MAGNITUDE_WORDS: readonly (readonly [string, number])[] = [
  ['mn.', 6],
  ['mn', 6],
  ['bn.', 9],
  ['bn', 9],
  ['tsd.', 3],
  ['tsd', 3],
  ['mio.', 6],
  ['mio', 6],
  ['mrd.', 9],
  ['mrd', 9],
  ['lakhs', 5],
  ['lakh', 5],
  ['lacs', 5],
  ['lac', 5],
  ['crores', 7],
  ['crore', 7],
  ['cr.', 7],
  ['cr', 7],
];

// 1億2000万, 3億5千万, 1万5千, 3조 5000억: myriad numerals, largest first, each after a
// group of digits that may hold a thousands numeral of its own (5千 is 5,000).
const MYRIADS: readonly (readonly [string, number])[] = [
  ['兆조', 12],
  ['億亿억', 8],
  ['万만', 4],
];
const NUMERAL = /[兆億亿万千조억만천]/;
const GROUP = /^(?:(\d{1,3}(?:,\d{3})*|\d+)[千천])?(\d{1,3}(?:,\d{3})*|\d+)?$/;

/**
 * A number written with two or more Japanese, Chinese or Korean numerals of myriads and
 * thousands (`1億2000万` is 120,000,000, `3億5千万` 350,000,000, `1万5千` 15,000, `3조
 * 5000억` 3.5 × 10^12), whole numbers in each part (commas may group them: `1億2,000万`);
 * undefined for anything else, a single numeral included (`75万` and `2千万` are a
 * magnitude after a number, read by {@link magnitudeSuffix}).
 */
export function compoundNumeral(text: string): number | undefined {
  if (!NUMERAL.test(text)) return undefined;
  let rest = text.replace(/\s+/g, '');
  let value = 0;
  let parts = 0;
  for (const [numerals, power] of MYRIADS) {
    let at = -1;
    for (const numeral of numerals) if (at < 0) at = rest.indexOf(numeral);
    if (at < 0) continue;
    const group = readGroup(rest.slice(0, at));
    if (!group) return undefined;
    value += group.value * 10 ** power;
    parts += group.parts;
    rest = rest.slice(at + 1);
  }
  if (rest !== '') {
    const group = readGroup(rest);
    if (!group) return undefined;
    value += group.value;
    parts += group.parts;
  }
  return parts >= 2 ? value : undefined;
}

/** Digits with an optional thousands numeral before more digits (5千200): value and parts. */
function readGroup(text: string): { value: number; parts: number } | undefined {
  const match = text === '' ? null : GROUP.exec(text);
  if (!match) return undefined;
  const thousands = match[1] === undefined ? 0 : Number(match[1].replace(/,/g, ''));
  const units = match[2] === undefined ? 0 : Number(match[2].replace(/,/g, ''));
  const parts = (match[1] === undefined ? 0 : 1) + (match[2] === undefined ? 0 : 1);
  return { value: thousands * 1000 + units, parts };
}

const isAsciiLetter = (ch: string | undefined) =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

/**
 * The magnitude `text` ends with: its length and power of ten, or undefined. A word
 * (`crore`, `Mio`) must not end a longer word (`5 Piomio` is not 5 million). `indian`
 * (en_IN) adds `L` for lakh (`5L`, `2.5L`), as Indian accounts abbreviate it.
 */
export function magnitudeSuffix(
  text: string,
  indian: boolean,
): { length: number; power: number } | undefined {
  if (indian && text[text.length - 1] === 'L' && text.length > 1)
    return isAsciiLetter(text[text.length - 2]) ? undefined : { length: 1, power: 5 };
  const lower = text.toLowerCase();
  for (const [suffix, power] of MAGNITUDE_WORDS) {
    if (!lower.endsWith(suffix) || text.length <= suffix.length) continue;
    if (isAsciiLetter(text[text.length - suffix.length - 1])) continue;
    return { length: suffix.length, power };
  }
  for (const [suffix, power] of MAGNITUDES) {
    if (!text.endsWith(suffix) || text.length <= suffix.length) continue;
    if (
      suffix.length > 1 &&
      isAsciiLetter(suffix[0]) &&
      isAsciiLetter(text[text.length - suffix.length - 1])
    )
      continue;
    return { length: suffix.length, power };
  }
  return undefined;
}

/**
 * Hours and days after a number, in English, German, French and Japanese, lower case.
 * Hours are read wherever numbers are: they mean
 * the unit an enablement column already has. Days only where the caller asks for them
 * (max_age_days): `14 Tage` in a budget is no budget.
 */
const HOURS = ['hours', 'hour', 'hrs', 'hr', 'h', 'stunden', 'std.', 'std', 'heures', '時間'];
const DAYS = ['days', 'day', 'd', 'tage', 'tag', 'jours', 'jour', '日間', '日'];

/**
 * The time unit `text` ends with (`60h`, `5 hrs`, `5 Std.`, `5時間`; with `days`, `14
 * Tage`, `14 days`, `14日`): its length, or 0. A Latin word must not end a longer word
 * (`5 mph`, `3 Montag`). Text that ends with a digit never gets here.
 */
export function timeUnitSuffix(text: string, days: boolean): number {
  const lower = text.toLowerCase();
  for (const unit of days ? DAYS : HOURS) {
    if (!lower.endsWith(unit) || text.length <= unit.length) continue;
    // One letter is read in lower case only: `5 H` or `5 D` is no unit people write.
    if (unit.length === 1 && text[text.length - 1] !== unit) continue;
    if (isAsciiLetter(text[text.length - unit.length - 1])) continue;
    return unit.length;
  }
  return 0;
}

// Unicode currency symbols (category Sc: ₲ ₵ ₮ …), for a mark before the number; after
// it, a mark is a unit when it holds a letter or such a symbol (not `5.` or `12%%`).
const CURRENCY_SYMBOL = /\p{Sc}/u;
const UNIT_LIKE = /[\p{L}\p{Sc}]/u;
const CODE_LIKE = /^[A-Z]{3}$/;
// After digits these make ranks and ordinals (1st, 2nd, 3位), which may be tier words.
const ORDINALS = new Set(['st', 'nd', 'rd', 'th', '位', '番', '등']);

/**
 * A number with a mark the reader does not know: digits (with marks the locale reads)
 * and, around them, text that holds no digit: after them any (`900 XYZ`, `5 Stück`); before
 * them only a currency symbol or a three-letter code (`₲500`, `XBT 5`), since `Tier 1` or
 * `Q3` may be words to map. The message names the mark and how to type the number.
 */
export function unknownMark(text: string, locale: LocaleConventions): NumberText | undefined {
  let start = 0;
  while (start < text.length && !isDigit(text[start])) start++;
  let end = text.length;
  while (end > start && !isDigit(text[end - 1])) end--;
  if (start === end) return undefined;
  const head = text.slice(0, start).trim();
  const tail = text.slice(end).trim();
  if (head !== '' && !(CURRENCY_SYMBOL.test(head) || CODE_LIKE.test(head))) return undefined;
  if (tail !== '' && (head !== '' || ORDINALS.has(tail) || !UNIT_LIKE.test(tail))) return undefined;
  const core = text.slice(start, end);
  const digits = locale.known
    ? readDigits(core, locale.decimal, locale.groups, locale.indian)
    : (readDigits(core, '.', ',', false) ?? readDigits(core, ',', '.', false));
  if (digits === undefined) return undefined;
  const mark = head || tail;
  if (mark === '') return undefined;
  return { ok: false, problem: 'unit', why: (t) => t.value.unknownMark({ mark }) };
}
