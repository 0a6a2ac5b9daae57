/**
 * The magnitude a column's header gives its amounts: `Revenue ($M)`, `売上（千円）`,
 * `Umsatz (TEUR)`, `MDF ($000s)`, `Revenue (in thousands)`, `Umsatz Mio. €`. Finance tables
 * keep amounts in thousands or millions and say so once, in the header, so a plan that took
 * the cells as they stand was 1,000 or 1,000,000 times off (tester's finding 2).
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import { currencyPrefix, currencySuffix } from './currency';
import type { DecimalMark, LocaleConventions } from './locales';
import { shown } from './number-core';

/** Scale words, lower case, dots and spaces dropped: their power of ten. */
const SCALES = new Map<string, number>(
  Object.entries({
    k: 3,
    '000': 3,
    '000s': 3,
    thousand: 3,
    thousands: 3,
    tsd: 3,
    tausend: 3,
    milliers: 3,
    千: 3,
    万: 4,
    lakh: 5,
    lakhs: 5,
    lac: 5,
    lacs: 5,
    m: 6,
    mm: 6,
    mn: 6,
    mio: 6,
    million: 6,
    millions: 6,
    millionen: 6,
    百万: 6,
    cr: 7,
    crore: 7,
    crores: 7,
    千万: 7,
    億: 8,
    b: 9,
    bn: 9,
    billion: 9,
    billions: 9,
    mrd: 9,
    milliard: 9,
    milliards: 9,
  }),
);

const BRACKETED = /[([]([^)\]]*)[)\]]/g;
// `Revenue in thousands`, `Umsatz in Tsd. €`: the words after the last `in`.
const IN_PHRASE = /\s(?:in|en)\s+([^\s].*)$/i;
const LEADING_IN = /^(?:in|en)\s+/i;
// `kEUR`, `mUSD`, `MioEUR`: a scale run into an ISO code, which currencySuffix leaves alone.
const SCALE_BEFORE_CODE = /^(.*[a-z])([A-Z]{3})$/;
const FILLER = /\b(?:of|dollars?|euros?|yen)\b|[\s.'’]/g;

/**
 * The power of ten `header` says its amounts are in (3 for `(k€)`, 6 for `($M)`, 4 for
 * `（万円）`), read in brackets, after a last `in`, or from a last word holding a currency
 * (`Umsatz TEUR`, `Revenue $M`); 0 when it names none. `conventions` say which currency
 * `$` or `¥` names, only to find the marks.
 */
export function headerScale(header: string, conventions: LocaleConventions): number {
  const text = header.normalize('NFKC');
  for (const [, inner] of text.matchAll(BRACKETED)) {
    const power = scaleOf(inner, conventions, false);
    if (power) return power;
  }
  const phrase = IN_PHRASE.exec(text);
  if (phrase) return scaleOf(phrase[1], conventions, false);
  const words = text.trim().split(/\s+/);
  if (words.length > 1) return scaleOf(words[words.length - 1], conventions, true);
  // `パートナー経由売上千円`: Japanese runs the unit on without a space.
  for (const unit of ['百万', '千万', '千', '万', '億'])
    if (text.endsWith(`${unit}円`) && text.length > unit.length + 1) return SCALES.get(unit) ?? 0;
  return 0;
}

function scaleOf(inner: string, conventions: LocaleConventions, needCurrency: boolean): number {
  let text = inner.trim().replace(LEADING_IN, '');
  let currency = false;
  let power = 0;
  const before = currencyPrefix(text, conventions);
  if (before) {
    currency = true;
    text = text.slice(before.length).trim();
  }
  const run = SCALE_BEFORE_CODE.exec(text);
  if (run && currencySuffix(run[2], conventions)) {
    currency = true;
    text = run[1];
  }
  const after = currencySuffix(text, conventions);
  if (after) {
    currency = true;
    power = after.power;
    text = text.slice(0, text.length - after.length).trim();
  }
  const word = text.toLowerCase().replace(FILLER, '');
  if (needCurrency && !currency) return 0;
  // `(T€)` and `(TEUR)` are thousands by the currency's mark alone.
  if (word === '') return power;
  // `T€` with another scale word says two things: read as none rather than guess.
  if (power) return 0;
  if (word === 't' && currency) return 3;
  return SCALES.get(word) ?? 0;
}

/**
 * `value` × 10^`power`, exact in decimal: 2.75 in millions is 2,750,000, where 2.75 × 1e6
 * in binary floating point may not be, and 1.1 × 1000 is 1100.0000000000002.
 */
export function timesTenTo(value: number, power: number): number {
  const text = String(value);
  const e = text.indexOf('e');
  return e < 0
    ? Number(`${text}e${power}`)
    : Number(`${text.slice(0, e)}e${Number(text.slice(e + 1)) + power}`);
}

/**
 * Why `value`, typed with its own currency and no magnitude (`€12,500`), is refused under a
 * header in 10^`power` (`Revenue (k€)`): read in the header's unit it is 12,500,000, though
 * a person typing a currency mark most likely typed the full amount, 12,500. The message
 * names both readings and both fixes (type 12.5, or drop the unit from the header), with
 * the numbers ungrouped in the locale's `decimal` mark, as they are typed.
 */
export function fullAmountWhy(
  value: number,
  power: number,
  decimal: DecimalMark,
  text: FormulaText,
): string {
  return text.value.fullAmount({
    amount: shown(timesTenTo(value, power), decimal),
    full: shown(value, decimal),
    typed: shown(timesTenTo(value, -power), decimal),
  });
}
