/**
 * Which language the add-on speaks in this execution: Japanese in a spreadsheet whose
 * locale is Japanese (File ▸ Settings ▸ Locale: Japan gives 'ja_JP'), else English.
 */
import { type Language, languageOfLocale } from '../shared/i18n/language';

/**
 * The language of the open spreadsheet's locale (Spreadsheet.getSpreadsheetLocale). One
 * service call, allowed in AuthMode.LIMITED, FULL and CUSTOM_FUNCTION (read-only
 * Spreadsheet access); not in AuthMode.NONE, where spreadsheetOrUserLanguage is the one to use.
 */
export function spreadsheetLanguage(): Language {
  return languageOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/**
 * The language for onOpen. In AuthMode.NONE (installed, not yet used in this file) the
 * add-on may not touch the document: Google's AuthMode reference says NONE "does not
 * allow access to any services that require authorization"
 * (https://developers.google.com/apps-script/reference/script/auth-mode), and the
 * spreadsheet is one. Session.getActiveUserLocale needs none: its reference lists no
 * authorization scope, unlike getActiveUser's userinfo.email
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()),
 * so there the user's language stands in. Not yet confirmed on a live deployment (README,
 * Checks only a live deployment can make).
 */
export function openLanguage(authMode: GoogleAppsScript.Script.AuthMode | undefined): Language {
  const userLanguage = () => languageOfLocale(Session.getActiveUserLocale());
  if (authMode === ScriptApp.AuthMode.NONE) return userLanguage();
  try {
    return spreadsheetLanguage();
  } catch {
    // A menu in the user's language beats no menu: a failed onOpen leaves the add-on unreachable.
    return userLanguage();
  }
}
