/**
 * The open spreadsheet as every planner call sees it: its time zone, locale and today,
 * read once per call, and the environment the request's defaults come from.
 */

import { nextRecordId } from '../../domain/plan/decision-log';
import type { PlanEnvironment } from '../../domain/plan/defaults';
import type { SheetSettings } from '../../domain/values/reader';
import { languageOfLocale } from '../../shared/i18n/language';
import type { FieldError, Result } from '../../shared/plan-types';
import type { DecisionLogState } from '../sheets/decision-log-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Document {
  ss: Spreadsheet;
  timeZone: string;
  locale: string;
  today: string;
}

/**
 * The active spreadsheet with its time zone (an IANA name such as 'Europe/Berlin'), locale
 * ('de_DE') and today as 'YYYY-MM-DD' in that time zone: the planner's days are the sheet's
 * days, not the script's. Throws what SpreadsheetApp throws outside a container-bound or add-on
 * context.
 */
export function openDocument(): Document {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return {
    ss,
    timeZone,
    locale: ss.getSpreadsheetLocale(),
    today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
  };
}

/** The document's locale and time zone as the value reader takes them. */
export function sheetSettingsOf(doc: Document): SheetSettings {
  return {
    locale: doc.locale,
    dayOf: (date) => Utilities.formatDate(date, doc.timeZone, 'yyyy-MM-dd'),
  };
}

/**
 * The value reader's settings for `ss` without reading them up front: the locale
 * (getSpreadsheetLocale) and the time zone (getSpreadsheetTimeZone) are each asked for
 * once, on the first cell that needs them, so a sheet of plain numbers and words costs
 * no extra service call.
 */
export function lazySheetSettings(ss: Spreadsheet): SheetSettings {
  let locale: string | undefined;
  let timeZone: string | undefined;
  return {
    get locale() {
      locale ??= ss.getSpreadsheetLocale();
      return locale;
    },
    dayOf(date) {
      timeZone ??= ss.getSpreadsheetTimeZone();
      return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
    },
  };
}

/**
 * What the request's defaults depend on: today, the next free record ID in `log`, the user's
 * email and the spreadsheet's name. Session.getActiveUser().getEmail() needs the userinfo.email
 * scope and may fail or return '' without it (Session reference); then the email is '' and the
 * default decision maker a role. Throws nothing of its own.
 */
export function environment(doc: Document, log: DecisionLogState): PlanEnvironment {
  let userEmail = '';
  try {
    userEmail = Session.getActiveUser().getEmail();
  } catch {
    // Without the email scope Apps Script may refuse; the default decision maker is a role then.
  }
  return {
    today: doc.today,
    nextRecordId: nextRecordId(log.entries),
    userEmail,
    spreadsheetName: doc.ss.getName(),
    language: languageOfLocale(doc.locale),
  };
}

/**
 * A failed Result carrying field-level `errors` (dotted request paths) and optional `warnings`,
 * as the sidebar routes them to its steps.
 */
export const failure = <T>(errors: FieldError[], warnings: FieldError[] = []): Result<T> => ({
  ok: false,
  errors,
  warnings,
});
