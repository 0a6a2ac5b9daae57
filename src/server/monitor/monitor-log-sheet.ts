/**
 * The 'Gate monitor log' sheet ('ゲートモニターログ' in a Japanese spreadsheet): one row per
 * run and one per notification or change, appended in one setValues per run. The monitor
 * writes nowhere else. A sheet of that name that the monitor did not make (its header
 * differs, in any letter case) is left alone and the log goes to the next free name.
 */

import type { MonitorText } from '../../shared/i18n/monitor';
import { dateTimeFormat } from '../sheets/formats';
import { findOwnSheet } from '../sheets/own-sheet';
import type { PendingLogRow } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends `rows` below the last row, first adding rows to the sheet when they would pass
 * its end (a new sheet has 1,000, and getRange past the last one throws "The coordinates
 * of the range are outside the dimensions of the sheet."). The sheet's name and header are
 * `text`'s. Throws what the services throw; a log sheet it created is removed again first.
 */
export function appendMonitorLog(
  ss: Spreadsheet,
  rows: readonly PendingLogRow[],
  text: MonitorText,
): void {
  if (!rows.length) return;
  const headers = text.logHeaders;
  const found = findOwnSheet(ss, text.logSheet, headers);
  const sheet = found.sheet ?? ss.insertSheet(found.name, ss.getNumSheets());
  try {
    if (!found.sheet) writeHeader(sheet, headers, ss.getSpreadsheetLocale());
    const values = rows.map((r) =>
      [new Date(r.timeMs), r.plan, r.gate, r.from, r.to, r.told, r.note].map(cell),
    );
    const first = sheet.getLastRow() + 1;
    const short = first + values.length - 1 - sheet.getMaxRows();
    if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
    sheet.getRange(first, 1, values.length, headers.length).setValues(values);
  } catch (error) {
    // A log sheet without its header would pass for the user's next time.
    if (!found.sheet) ss.deleteSheet(sheet);
    throw error;
  }
}

/**
 * The name of the sheet the next run writes its log to: `text.logSheet`, or the next free
 * name ('Gate monitor log (2)') when a sheet of the user's has it. One getSheetByName and one
 * header read once the log exists.
 */
export function monitorLogName(ss: Spreadsheet, text: MonitorText): string {
  return findOwnSheet(ss, text.logSheet, text.logHeaders).name;
}

/**
 * The header, and once, on whole columns, so a run's append costs no extra call: times in
 * the same date format as the plan and the decision log (`locale`'s order), and notes
 * wrapped in a wide column.
 */
function writeHeader(sheet: Sheet, headers: string[], locale: string): void {
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  sheet.getRange(2, 1, rows, 1).setNumberFormat(dateTimeFormat(locale));
  // The note is the last column in every language.
  const note = headers.length;
  sheet.setColumnWidth(note, 420);
  sheet.getRange(2, note, rows, 1).setWrap(true);
}

/**
 * Text from plans and people goes in with a leading apostrophe, so Sheets keeps it as
 * typed: never a formula (= + - @), never a number or date it guessed.
 */
function cell(value: Date | string): Date | string {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
