/**
 * Message catalogues: one per language and surface (src/shared/i18n/en/*.ts and
 * ja/*.ts), each the return value of a builder function. A Japanese builder is typed to
 * return its English twin's shape, so a key missing in one language fails the build; a
 * message with parameters is a function of a params object, so each language orders its
 * words its own way instead of concatenating fragments.
 *
 * Builders run on first use, not when the script loads: Apps Script evaluates the whole
 * of Code.js on every custom-function call, and most calls need no message at all.
 */
import type { Language } from './language';

/** A catalogue of type T per language, each built once on first request. */
export function lazyCatalogue<T>(builders: Record<Language, () => T>): (language: Language) => T {
  const built: Partial<Record<Language, T>> = {};
  return (language) => {
    let catalogue = built[language];
    if (catalogue === undefined) {
      catalogue = builders[language]();
      built[language] = catalogue;
    }
    return catalogue;
  };
}
