/**
 * The 'Gate monitor log' sheet: one row per run and one per notification or change,
 * appended in one setValues per run. The monitor writes nowhere else. A sheet of that
 * name that the monitor did not make (its header differs) is left alone and the log
 * goes to the next free name.
 */
import type { MonitorLogRow } from '../../domain/monitor/run';
import { findOwnSheet } from '../sheets/own-sheet';

export const MONITOR_LOG_SHEET = 'Gate monitor log';
export const MONITOR_LOG_HEADERS = ['Time', 'Plan', 'Gate', 'From', 'To', 'Who was told', 'Note'];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends one run's rows below the log's last row in one setValues, each stamped with `time`
 * (the run's Date, shown in the spreadsheet's time zone); text cells go in with a leading
 * apostrophe so nothing becomes a formula. Creates the log sheet (bold, frozen header) when the
 * document has none of its own. `rows` must not be empty: Sheet.getRange throws for 0 rows
 * (SpreadsheetApp reference); the daily run always has its summary row. Other service errors
 * propagate.
 */
export function appendMonitorLog(
  ss: Spreadsheet,
  time: Date,
  rows: readonly MonitorLogRow[],
): void {
  const sheet = logSheet(ss);
  const values = rows.map((r) => [time, r.plan, r.gate, r.from, r.to, r.told, r.note].map(cell));
  const first = sheet.getLastRow() + 1;
  sheet.getRange(first, 1, values.length, MONITOR_LOG_HEADERS.length).setValues(values);
}

function logSheet(ss: Spreadsheet): Sheet {
  const { sheet, name } = findOwnSheet(ss, MONITOR_LOG_SHEET, MONITOR_LOG_HEADERS);
  return sheet ?? createLogSheet(ss, name);
}

function createLogSheet(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.insertSheet(name, ss.getNumSheets());
  sheet
    .getRange(1, 1, 1, MONITOR_LOG_HEADERS.length)
    .setValues([MONITOR_LOG_HEADERS])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/**
 * Text from plans and people goes in with a leading apostrophe, so Sheets keeps it as
 * typed: never a formula (= + - @), never a number or date it guessed.
 */
function cell(value: Date | string): Date | string {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
