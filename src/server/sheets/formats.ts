/**
 * Number formats in the spreadsheet's locale. Apps Script offers no "currency of the
 * locale" format, so the symbol comes from the locale's country, dollars by default.
 */
import { dayNumber } from '../../domain/calendar';
import type { IsoDate, MetricUnit } from '../../shared/plan-types';

export const DATE_FORMAT = 'ddd d mmm yyyy';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const PERCENT_FORMAT = '0.0%';
export const SCORE_FORMAT = '0.0';
export const WHOLE_FORMAT = '#,##0';

interface Currency {
  symbol: string;
  before: boolean;
}

function currencyOf(locale: string): Currency {
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
