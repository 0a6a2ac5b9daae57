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

/** Symbols naming one currency wherever they are typed. */
const FIXED: Record<string, string> = {
  R$: 'BRL',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  SG$: 'SGD',
  NT$: 'TWD',
  MX$: 'MXN',
  CHF: 'CHF',
  // Swiss francs as the Swiss write them: Fr. 18'000.-, SFr. 500.
  'Fr.': 'CHF',
  'SFr.': 'CHF',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  원: 'KRW',
  円: 'JPY',
  zł: 'PLN',
  Kč: 'CZK',
  Ft: 'HUF',
  lei: 'RON',
  '₽': 'RUB',
  'руб.': 'RUB',
  руб: 'RUB',
  '₺': 'TRY',
  TL: 'TRY',
  Rp: 'IDR',
  RM: 'MYR',
  '₫': 'VND',
  '₱': 'PHP',
  '₪': 'ILS',
  '฿': 'THB',
  '₦': 'NGN',
  '₴': 'UAH',
};
/** Symbols that name the locale's own currency where it is one of theirs. */
const OWN: Record<string, readonly [string[], string]> = {
  $: [['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'ARS', 'COP', 'CLP', 'UYU'], 'USD'],
  '¥': [['CNY'], 'JPY'],
  元: [['CNY', 'TWD', 'HKD'], 'CNY'],
  kr: [['SEK', 'NOK', 'DKK', 'ISK'], 'kr'],
  'kr.': [['SEK', 'NOK', 'DKK', 'ISK'], 'kr'],
  Rs: [['INR', 'PKR', 'LKR', 'NPR'], 'INR'],
  'Rs.': [['INR', 'PKR', 'LKR', 'NPR'], 'INR'],
};
let symbols: string[] | undefined;
// Longest first, so `US$` is not read as `$` nor `R$` as `$`; built on first use.
function allSymbols(): string[] {
  symbols ??= [...Object.keys(FIXED), ...Object.keys(OWN)].sort((a, b) => b.length - a.length);
  return symbols;
}

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
  for (const symbol of allSymbols()) {
    // "kr" must not be the start of a word.
    if (text.startsWith(symbol) && !(isLetter(symbol[0]) && isLetter(text[symbol.length])))
      return { length: symbol.length, code: codeOf(symbol, locale) };
  }
  const code = text.slice(0, 3);
  if (isUpper(code[2]) && !isLetter(text[3]) && isIsoCode(code)) return { length: 3, code };
  return undefined;
}

/**
 * A currency mark at the end of `text`: its length, code and power of ten, or undefined.
 * `T` directly before `€` or an ISO code is thousands, as German accounts write them
 * (`3 TEUR`, `3 T€`, `5 TCHF`: power 3); otherwise the power is 0.
 */
export function currencySuffix(
  text: string,
  locale: LocaleConventions,
): { length: number; code: string; power: number } | undefined {
  const end = text.length;
  for (const symbol of allSymbols()) {
    const before = text[end - symbol.length - 1];
    if (!text.endsWith(symbol) || (isLetter(symbol[0]) && isLetter(before))) continue;
    const code = codeOf(symbol, locale);
    return symbol === '€' && before === 'T' && !isLetter(text[end - 3])
      ? { length: 2, code, power: 3 }
      : { length: symbol.length, code, power: 0 };
  }
  const code = text.slice(-3);
  if (!isUpper(code[0]) || !isIsoCode(code)) return undefined;
  if (!isLetter(text[end - 4])) return { length: 3, code, power: 0 };
  if (text[end - 4] === 'T' && !isLetter(text[end - 5])) return { length: 4, code, power: 3 };
  return undefined;
}

/**
 * `$`, `¥`, `元`, `kr` and `Rs` name the locale's own dollar, yuan, krone or rupee (else
 * USD, JPY, CNY, `kr`, INR); other symbols one currency.
 */
function codeOf(symbol: string, locale: LocaleConventions): string {
  const own = OWN[symbol];
  if (own === undefined) return FIXED[symbol];
  const code = locale.currency ?? '';
  return own[0].includes(code) ? code : own[1];
}
