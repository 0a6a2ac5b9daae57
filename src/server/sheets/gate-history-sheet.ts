/**
 * The 'Gate history' sheet ('ゲート履歴' in a Japanese spreadsheet): one row per gate per
 * day the monitor ran (date, plan, version, wave, checkpoint, metric, actual, Data as of,
 * status, status since). The planner makes it when it writes a plan, so the plan's trend
 * formulas name a sheet that exists; the monitor appends to it. A sheet of that name the
 * add-on did not make (its header differs) is left alone and the next free name is used.
 */
import { type HistoryRecord, type HistoryRow, historyWrite } from '../../domain/monitor/history';
import type { MonitorText } from '../../shared/i18n/monitor';
import type { IsoDate } from '../../shared/plan-types';
import { dateFormat, sheetDate } from './formats';
import { asText } from './grid';
import { findOwnSheet } from './own-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Date, Data as of and Status since (1-based), formatted as dates in the locale's order. */
const DATE_COLUMNS = [1, 8, 10];

/**
 * The history sheet, made with its header (bold, frozen, date columns formatted in
 * `locale`'s order) when missing, and its name. `created` says whether this call made it, so a failed
 * plan write can take it back. Service calls: two or three to find it, eight more to make it.
 */
export function gateHistorySheet(
  ss: Spreadsheet,
  text: MonitorText,
  locale: string,
): { sheet: Sheet; name: string; created: boolean } {
  const headers = text.historyHeaders;
  const found = findOwnSheet(ss, text.historySheet, headers);
  if (found.sheet) return { sheet: found.sheet, name: found.name, created: false };
  const sheet = ss.insertSheet(found.name, ss.getNumSheets());
  try {
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // Date, Data as of and Status since, on whole columns once, so an append costs no format call.
    const rows = sheet.getMaxRows() - 1;
    const date = dateFormat(locale);
    for (const column of DATE_COLUMNS) sheet.getRange(2, column, rows, 1).setNumberFormat(date);
  } catch (error) {
    // A history sheet without its header would pass for the user's next time.
    ss.deleteSheet(sheet);
    throw error;
  }
  return { sheet, name: found.name, created: true };
}

/**
 * Writes today's rows of `gates` (historyWrite: a second run on the same day replaces its
 * rows rather than adding more, also in a sheet someone sorted). `dayOf` turns a Date cell into its 'YYYY-MM-DD' in the
 * spreadsheet's zone. Service calls are the same for any number of gates and days: find
 * the sheet, one read of its rows, one write, and at most one insertRows (with three date formats) and one clear.
 * Throws what the services throw.
 */
export function appendGateHistory(
  ss: Spreadsheet,
  gates: Parameters<typeof historyWrite>[1],
  today: IsoDate,
  text: MonitorText,
  dayOf: (date: Date) => IsoDate,
): void {
  if (!gates.length) return;
  const locale = ss.getSpreadsheetLocale();
  const { sheet } = gateHistorySheet(ss, text, locale);
  const width = text.historyHeaders.length;
  const last = sheet.getLastRow();
  const cells = last > 1 ? sheet.getRange(2, 1, last - 1, width).getValues() : [];
  const existing: HistoryRecord[] = cells.map((r) => ({
    day: r[0] instanceof Date ? dayOf(r[0]) : null,
    since: r[9] instanceof Date ? dayOf(r[9]) : null,
    plan: String(r[1]),
    wave: Number(r[3]),
    checkpoint: String(r[4]),
    metric: String(r[5]),
    status: String(r[8]),
  }));
  const plan = historyWrite(existing, gates, today);
  // Rows a sorted sheet had below today's earlier run go back as read, text kept as text.
  const values = [...plan.keep.map((i) => cells[i].map(textCell)), ...plan.rows.map(historyCells)];
  const first = 2 + plan.start;
  const end = first + values.length + plan.clear - 1;
  const max = sheet.getMaxRows();
  if (end > max) {
    sheet.insertRowsAfter(max, end - max);
    const date = dateFormat(locale);
    for (const column of DATE_COLUMNS)
      sheet.getRange(max + 1, column, end - max, 1).setNumberFormat(date);
  }
  sheet.getRange(first, 1, values.length, width).setValues(values);
  if (plan.clear) sheet.getRange(first + values.length, 1, plan.clear, width).clearContent();
}

/** A cell as written: text goes in as text, never as a formula. */
const textCell = (v: unknown) => (typeof v === 'string' ? asText(v) : v);

/** A row's cells; text from the plan goes in as text, never as a formula. */
function historyCells(r: HistoryRow): unknown[] {
  return [
    sheetDate(r.day),
    textCell(r.plan),
    r.version,
    r.wave,
    textCell(r.checkpoint),
    textCell(r.metric),
    textCell(r.actual ?? ''),
    r.asOf instanceof Date || typeof r.asOf === 'number' ? r.asOf : textCell(r.asOf ?? ''),
    textCell(r.status),
    sheetDate(r.since),
  ];
}
