/**
 * Number formats in the spreadsheet's locale. Apps Script offers no "currency of the
 * locale" format, so the symbol comes from the locale's country, dollars by default.
 */
import { dayNumber } from '../../domain/calendar';
import { type AmountStyle, amountStyle } from '../../domain/plan/amount-style';
import { conventionsFor } from '../../domain/values/locales';
import type { CurrencySign, IsoDate, MetricUnit } from '../../shared/plan-types';

/**
 * The spreadsheet locale's short date order, as a Sheets number format. Apps Script has
 * no "the locale's date format" pattern, so the day / month / year order follows the
 * locale's country (CLDR's short date patterns): month first in the US, year first in
 * East Asia and ISO countries, dotted in central Europe, day first elsewhere. Every sheet
 * the add-on writes (plan, decision log, monitor log) uses this one format.
 */
export function dateFormat(locale: string): string {
  const [language = '', country = ''] = locale.split(/[_-]/);
  if (['US', 'PH'].includes(country) || (language === 'en' && country === '')) return 'm/d/yyyy';
  // Japanese writes its dates in words: 2026年3月23日. (No weekday: Sheets' ddd in a ja_JP
  // spreadsheet is not documented to show 月, and the local runtime would show Mon.)
  if (language === 'ja') return 'yyyy"年"m"月"d"日"';
  if (['ja', 'zh', 'ko', 'hu'].includes(language) || ['JP', 'CN', 'KR', 'TW'].includes(country))
    return 'yyyy/mm/dd';
  if (['sv', 'lt'].includes(language) || country === 'CA') return 'yyyy-mm-dd';
  if (
    'de ru pl cs fi nb da tr uk sk hr sl ro bg lv et'.split(' ').includes(language) ||
    country === 'CH'
  )
    return 'dd.mm.yyyy';
  return 'dd/mm/yyyy';
}

/** dateFormat with the time, for the moments a log records. */
export function dateTimeFormat(locale: string): string {
  return `${dateFormat(locale)} hh:mm`;
}

export const PERCENT_FORMAT = '0.0%';
export const SCORE_FORMAT = '0.0';
export const WHOLE_FORMAT = '#,##0';

/**
 * The currency sign amounts are shown with in a spreadsheet locale, and which side of the
 * amount it goes: the locale's own currency, a guess from the country (Apps Script exposes
 * no currency per locale, Spreadsheet.getSpreadsheetLocale only; dollars for a country not
 * listed), unless `code` (ISO 4217, or `kr`) names the partner table's own currency
 * (src/domain/plan/table-currency.ts): a dollar table in a ja_JP sheet stays in dollars,
 * its symbol on the side the locale puts its own. A symbol of letters ends in a space
 * ('CHF '). The cells, the sidebar and the plan's sentences show amounts with it.
 */
export function currencyOf(locale: string, code?: string): CurrencySign {
  const own = localeCurrency(locale);
  if (
    code === undefined ||
    code === conventionsFor(locale).currency ||
    SYMBOLS[code]?.trim() === own.symbol.trim()
  )
    return own;
  const symbol = SYMBOLS[code] ?? `${code} `;
  return { symbol, before: own.before || symbol.endsWith(' ') };
}

function localeCurrency(locale: string): CurrencySign {
  const [language, country = ''] = locale.split(/[_-]/);
  if (language === 'ja') return { symbol: '¥', before: true };
  const before = BEFORE[country];
  if (before !== undefined) return { symbol: before, before: true };
  const after = AFTER[country] ?? (EURO.includes(country) ? '€' : undefined);
  return after ? { symbol: after, before: false } : { symbol: '$', before: true };
}

// The symbols of the currencies a table most often names; any other is shown by its code.
const SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
  TRY: '₺',
  CHF: 'CHF ',
  BRL: 'R$ ',
  IDR: 'Rp ',
  RUB: '₽',
  PLN: 'zł',
  CZK: 'Kč',
  SEK: 'kr',
  NOK: 'kr',
  DKK: 'kr.',
  kr: 'kr',
};

// CLDR's currency patterns for the countries of the value reader's locales (as Node's Intl
// formats them); `$` before the amount for any other country. A symbol the value reader
// does not read (S/, ₲, Bs) is written as its ISO code, so the plan's amounts read back.
const BEFORE: Record<string, string> = {
  GB: '£',
  JP: '¥',
  CN: '¥',
  IN: '₹',
  KR: '₩',
  TR: '₺',
  CH: 'CHF ',
  BR: 'R$ ',
  ID: 'Rp ',
  IE: '€',
  NL: '€',
  HK: 'HK$',
  PH: '₱',
  TH: '฿',
  MY: 'RM ',
  PE: 'PEN ',
  PY: 'PYG ',
  VE: 'VES ',
  BO: 'BOB ',
};
const AFTER: Record<string, string> = {
  DK: 'kr.',
  SE: 'kr',
  NO: 'kr',
  RU: '₽',
  PL: 'zł',
  CZ: 'Kč',
  HU: 'Ft',
  RO: 'RON',
  UA: '₴',
  VN: '₫',
  IL: '₪',
};
// Croatia since 2023, Bulgaria since 2026.
const EURO = 'DE FR ES IT BE AT PT FI GR LU SK SI EE LV LT HR BG'.split(' ');

/**
 * How the plan's sentences write numbers in a spreadsheet locale, so they read as its cells
 * show them: the value reader's marks for the locale (src/domain/values/locales.ts, one
 * table for reading and writing) and the currency symbol on the side currencyFormat puts it;
 * `code` the partner table's currency, as for currencyOf.
 */
export function amountStyleOf(locale: string, code?: string): AmountStyle {
  return amountStyle(conventionsFor(locale), currencyOf(locale, code));
}

/**
 * A whole-unit Sheets number format with currencyOf(locale, code)'s symbol before or after
 * the amount, e.g. '"$"#,##0' or '#,##0 "€"'. Separators in the pattern are Sheets' own (',' for
 * grouping): the spreadsheet's locale decides how they display.
 */
export function currencyFormat(locale: string, code?: string): string {
  const { symbol, before } = currencyOf(locale, code);
  return before ? `"${symbol}"#,##0` : `#,##0 "${symbol}"`;
}

/**
 * The number format of a gate metric's cells by unit: currencyFormat(locale, code), '0.0%' for a
 * percent (values stored as 0–1 fractions), whole hours, or two decimals for a plain number.
 */
export function unitFormat(unit: MetricUnit, locale: string, code?: string): string {
  switch (unit) {
    case 'currency':
      return currencyFormat(locale, code);
    case 'percent':
      return PERCENT_FORMAT;
    case 'hours':
      return WHOLE_FORMAT;
    case 'number':
      return '#,##0.00';
  }
}

/**
 * A calendar day as Sheets stores it: days since 1899-12-30. Written with a date
 * format it is that day in any time zone, so no instant conversion can shift it.
 */
export function sheetDate(date: IsoDate): number {
  return (dayNumber(date) as number) + 25569;
}
