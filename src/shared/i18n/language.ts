/**
 * The languages the add-on speaks and how a Sheets locale picks one. Sheets names locales
 * like 'ja_JP' (Spreadsheet.getSpreadsheetLocale) and Session.getActiveUserLocale gives
 * the user's language, e.g. 'en' or 'ja' (Google's Session reference).
 */

/** Every language with a catalogue; English is the fallback for any other locale. */
export const LANGUAGES = ['en', 'ja'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The language for a locale text ('ja_JP', 'ja-JP', 'ja', 'en_US', ''): Japanese for any
 * Japanese locale, English for everything else, undefined or empty included.
 */
export function languageOfLocale(locale: string | undefined | null): Language {
  return typeof locale === 'string' && /^ja(?:[_-]|$)/i.test(locale) ? 'ja' : 'en';
}

/** Narrows a stored or sent value to a Language; anything else is undefined. */
export function asLanguage(value: unknown): Language | undefined {
  return LANGUAGES.find((l) => l === value);
}
