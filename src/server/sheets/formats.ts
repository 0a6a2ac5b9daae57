/**
 * Number formats in the spreadsheet's locale. Apps Script offers no "currency of the
 * locale" format, so the symbol comes from the locale's country, dollars by default.
 */
import { dayNumber } from '../../domain/calendar';
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
  if (['de', 'ru', 'pl', 'cs', 'fi', 'nb', 'da', 'tr', 'uk'].includes(language))
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
 * The currency of a spreadsheet locale and which side of the amount its symbol goes, a
 * guess from the country (see currencySymbol); a symbol of letters ends in a space
 * ('CHF '). The sidebar shows amounts with it.
 */
export function currencyOf(locale: string): CurrencySign {
  const [language, country = ''] = locale.split(/[_-]/);
  if (country === 'GB') return { symbol: '£', before: true };
  if (country === 'JP' || language === 'ja') return { symbol: '¥', before: true };
  if (country === 'IN') return { symbol: '₹', before: true };
  if (country === 'CH') return { symbol: 'CHF ', before: true };
  const euro = [
    'DE',
    'FR',
    'ES',
    'IT',
    'NL',
    'BE',
    'AT',
    'IE',
    'PT',
    'FI',
    'GR',
    'LU',
    'SK',
    'SI',
    'EE',
    'LV',
    'LT',
  ];
  if (euro.includes(country)) return { symbol: '€', before: country === 'IE' || country === 'NL' };
  return { symbol: '$', before: true };
}

/**
 * The currency symbol of a spreadsheet locale such as 'de_DE' or 'ja_JP' ('€', '¥', '£',
 * '₹', 'CHF'; '$' for any other country), for generated text. A guess from the country:
 * Apps Script exposes no currency per locale (Spreadsheet.getSpreadsheetLocale only).
 */
export function currencySymbol(locale: string): string {
  return currencyOf(locale).symbol.trim();
}

/**
 * A whole-unit Sheets number format with the locale's currency symbol before or after the
 * amount, e.g. '"$"#,##0' or '#,##0 "€"'. Separators in the pattern are Sheets' own (',' for
 * grouping): the spreadsheet's locale decides how they display.
 */
export function currencyFormat(locale: string): string {
  const { symbol, before } = currencyOf(locale);
  return before ? `"${symbol}"#,##0` : `#,##0 "${symbol}"`;
}

/**
 * The number format of a gate metric's cells by unit: the locale's currency, '0.0%' for a
 * percent (values stored as 0–1 fractions), whole hours, or two decimals for a plain number.
 */
export function unitFormat(unit: MetricUnit, locale: string): string {
  switch (unit) {
    case 'currency':
      return currencyFormat(locale);
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
