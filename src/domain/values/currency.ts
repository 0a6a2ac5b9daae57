/**
 * Currency marks in typed amounts: the symbols people type and every active ISO 4217 code
 * (ISO 4217 list one, as published by SIX, the maintenance agency). A mark is ignored for
 * the number but kept as a code, so a column that mixes currencies can be caught.
 */
import type { LocaleConventions } from './locales';

// Active ISO 4217 alphabetic codes.
const ISO_4217 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
  'BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
  'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR ' +
  'KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK ' +
  'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR ' +
  'SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD ' +
  'TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL';

/** Symbols, longest first so `R$` is not read as `$`. */
const SYMBOLS = ['R$', 'CHF', 'kr.', 'kr', '$', '€', '£', '¥', '₹', '₩', '円'];
const FIXED: Record<string, string> = {
  R$: 'BRL',
  CHF: 'CHF',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  円: 'JPY',
};
const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN'];
const KRONER = ['SEK', 'NOK', 'DKK', 'ISK'];

let codes: Set<string> | undefined;
// Built on first use: top-level code runs on every execution and should define, not compute.
function isIsoCode(text: string): boolean {
  codes ??= new Set(ISO_4217.split(' '));
  return codes.has(text);
}

const isUpper = (ch: string | undefined) => ch !== undefined && ch >= 'A' && ch <= 'Z';
const isLetter = (ch: string | undefined) =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

/** A currency mark at the start of `text`: its length and code, or undefined. */
export function currencyPrefix(
  text: string,
  locale: LocaleConventions,
): { length: number; code: string } | undefined {
  for (const symbol of SYMBOLS) {
    // "kr" must not be the start of a word.
    if (text.startsWith(symbol) && !(isLetter(symbol[0]) && isLetter(text[symbol.length])))
      return { length: symbol.length, code: codeOf(symbol, locale) };
  }
  const code = text.slice(0, 3);
  if (isUpper(code[2]) && !isLetter(text[3]) && isIsoCode(code)) return { length: 3, code };
  return undefined;
}

/** A currency mark at the end of `text`: its length and code, or undefined. */
export function currencySuffix(
  text: string,
  locale: LocaleConventions,
): { length: number; code: string } | undefined {
  for (const symbol of SYMBOLS) {
    const before = text[text.length - symbol.length - 1];
    if (text.endsWith(symbol) && !(isLetter(symbol[0]) && isLetter(before)))
      return { length: symbol.length, code: codeOf(symbol, locale) };
  }
  const code = text.slice(-3);
  if (isUpper(code[0]) && !isLetter(text[text.length - 4]) && isIsoCode(code))
    return { length: 3, code };
  return undefined;
}

/** `$`, `¥` and `kr` name the locale's own dollar, yen/yuan or krone; other symbols one currency. */
function codeOf(symbol: string, locale: LocaleConventions): string {
  const own = locale.currency ?? '';
  if (symbol === '$') return DOLLARS.includes(own) ? own : 'USD';
  if (symbol === '¥') return own === 'CNY' ? 'CNY' : 'JPY';
  if (symbol === 'kr' || symbol === 'kr.') return KRONER.includes(own) ? own : 'kr';
  return FIXED[symbol];
}
