import type { SheetSettings } from '../../src/domain/values/reader';

/** The calendar day of an instant in a time zone, as Utilities.formatDate(d, zone, 'yyyy-MM-dd') gives it. */
export const dayIn =
  (timeZone: string) =>
  (date: Date): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);

/** A spreadsheet's locale and time zone, as the adapters hand them to the domain. */
export function sheetIn(locale: string, timeZone = 'Etc/UTC'): SheetSettings {
  return { locale, dayOf: dayIn(timeZone) };
}

/** An en_US spreadsheet in UTC: what the tests written before locales assumed. */
export const EN_US = sheetIn('en_US');
