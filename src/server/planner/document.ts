/**
 * The open spreadsheet as every planner call sees it: its time zone, locale and today,
 * read once per call, and the environment the request's defaults come from.
 */
import { nextRecordId } from '../../domain/plan/decision-log';
import type { PlanEnvironment } from '../../domain/plan/defaults';
import type { SheetSettings } from '../../domain/values/reader';
import type { FieldError, Result } from '../../shared/plan-types';
import type { LogState } from '../sheets/decision-log-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Document {
  ss: Spreadsheet;
  timeZone: string;
  locale: string;
  today: string;
}

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

export function environment(doc: Document, log: LogState): PlanEnvironment {
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
  };
}

export const failure = <T>(errors: FieldError[], warnings: FieldError[] = []): Result<T> => ({
  ok: false,
  errors,
  warnings,
});
