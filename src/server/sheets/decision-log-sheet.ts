/**
 * The 'Decision log' sheet: created once, then one row appended per record version.
 * Reading it decides the next ID and version; writing a version marks the one before
 * it superseded, in the log and on its record.
 */
import { DECISION_LOG_HEADERS, LOG_SHEET, readLog } from '../../domain/plan/decision-log';
import type { LogEntry } from '../../shared/plan-types';
import { statusFieldRow } from '../planner/record-layout';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './formats';
import type { ArgumentSeparator } from './formula-syntax';
import { asText, TEXT, textFormat } from './grid';
import { findOwnSheet } from './own-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DecisionLogState {
  sheet: Sheet | null;
  /** The log's name: 'Decision log', or 'Decision log (2)' when the user has a sheet called that. */
  name: string;
  entries: LogEntry[];
  /** 1-based sheet row of each entry, in entries' order. */
  rows: number[];
}

/**
 * The document's decision log: its sheet (null when not yet created), the name it has or will
 * get, its entries and each entry's 1-based sheet row. Only a sheet whose header row is the
 * log's counts (a user's 'Decision log' is left alone, see findOwnSheet). Date cells become
 * 'YYYY-MM-DD' in `timeZone` (the spreadsheet's, via Utilities.formatDate). One getValues of the
 * log, whatever its length; throws what SpreadsheetApp throws.
 */
export function readDecisionLog(ss: Spreadsheet, timeZone: string): DecisionLogState {
  const { sheet, name } = findOwnSheet(ss, LOG_SHEET, DECISION_LOG_HEADERS);
  if (!sheet) return { sheet: null, name, entries: [], rows: [] };
  const values = sheet.getDataRange().getValues();
  const dated = values.map((row) =>
    row.map((cell) =>
      cell instanceof Date ? Utilities.formatDate(cell, timeZone, 'yyyy-MM-dd') : cell,
    ),
  );
  const entries = readLog(dated);
  // readLog skips rows without an ID; find each entry's row by its ID and version.
  const rows = entries.map(
    (e) =>
      dated.findIndex((row) => String(row[0]).trim() === e.id && Number(row[1]) === e.version) + 1,
  );
  return { sheet, name, entries, rows };
}

/**
 * Inserts the log sheet called `name` (from readDecisionLog, so never a user's sheet) with its
 * bold, frozen header in plain-text format, and returns it. `created` gets the sheet as soon
 * as it exists, so write() can undo it if the header fails. Throws what the services throw.
 */
export function createLogSheet(ss: Spreadsheet, name: string, created: Sheet[]): Sheet {
  const sheet = ss.insertSheet(name);
  created.push(sheet);
  const header = sheet.getRange(1, 1, 1, DECISION_LOG_HEADERS.length);
  header.setNumberFormats([DECISION_LOG_HEADERS.map(() => TEXT)]);
  header.setValues([[...DECISION_LOG_HEADERS]]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

export interface NewLogRow {
  id: string;
  version: number;
  title: string;
  status: string;
  dateSerial: number;
  supersedes: string;
  plan: { name: string; sheetId: number };
  record: { name: string; sheetId: number };
  gateTable: string;
  writtenAt: Date;
}

/** A link to a sheet of this spreadsheet; `separator` as probed (formula-syntax.ts). */
const link = (sheetId: number, text: string, separator: ArgumentSeparator) =>
  `=HYPERLINK("#gid=${sheetId}"${separator}"${text.replace(/"/g, '""')}")`;

/**
 * The row the next version goes to, below the last, with a row added to the sheet when
 * the log fills it (a new sheet has 1,000 rows; getRange past them throws).
 */
export function nextLogRow(sheet: Sheet): GoogleAppsScript.Spreadsheet.Range {
  const at = sheet.getLastRow() + 1;
  if (at > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  return sheet.getRange(at, 1, 1, DECISION_LOG_HEADERS.length);
}

/** The commit point of a write: one row, formats then values, after everything else is in place. */
export function writeLogRow(
  range: GoogleAppsScript.Spreadsheet.Range,
  row: NewLogRow,
  separator: ArgumentSeparator,
): void {
  range.setNumberFormats([
    [
      TEXT,
      '0',
      textFormat(row.title),
      TEXT,
      DATE_FORMAT,
      TEXT,
      TEXT,
      '',
      '',
      TEXT,
      DATE_TIME_FORMAT,
    ],
  ]);
  range.setValues([
    [
      row.id,
      row.version,
      asText(row.title),
      row.status,
      row.dateSerial,
      row.supersedes,
      '',
      link(row.plan.sheetId, row.plan.name, separator),
      link(row.record.sheetId, row.record.name, separator),
      row.gateTable,
      row.writtenAt,
    ],
  ]);
}

/** What marking an older version changed, so a failed write can put it back. */
export interface Mark {
  range: GoogleAppsScript.Spreadsheet.Range;
  before: unknown[][];
}

/**
 * Marks an older version superseded: its log row's "Superseded by" cell, and on its
 * record the Status (keeping the old one in words) and "Superseded by" fields. Only
 * cells the add-on wrote and left for this purpose change. Each change is pushed to
 * `marks` before it is made, so a failure part-way leaves the caller all it needs to undo.
 */
export function markSuperseded(
  ss: Spreadsheet,
  log: DecisionLogState,
  previous: LogEntry,
  newVersion: number,
  newRecord: { name: string; sheetId: number },
  separator: ArgumentSeparator,
  marks: Mark[],
): void {
  const index = log.entries.indexOf(previous);
  const supersededBy = DECISION_LOG_HEADERS.indexOf('Superseded by') + 1;
  if (log.sheet && index >= 0) {
    const cell = log.sheet.getRange(log.rows[index], supersededBy);
    marks.push({ range: cell, before: [['']] });
    // setFormula: the cell was written as plain text, where setValue would keep the text.
    cell.setFormula(link(newRecord.sheetId, `v${newVersion}`, separator));
  }
  const record = ss.getSheetByName(previous.recordSheet);
  if (!record) return;
  const columnA = record
    .getRange(1, 1, record.getLastRow(), 2)
    .getValues()
    .map((r) => r[0]);
  const statusRow = statusFieldRow(columnA, 'Status');
  const byRow = statusFieldRow(columnA, 'Superseded by');
  if (statusRow && byRow) {
    const fields = record.getRange(statusRow, 2, byRow - statusRow + 1, 1);
    const before = fields.getValues();
    const after = before.map((r) => [...r]);
    after[0][0] = `Superseded by v${newVersion} (was ${String(before[0][0])})`;
    after[after.length - 1][0] = `${previous.id} v${newVersion}: '${newRecord.name}'`;
    marks.push({ range: fields, before });
    fields.setValues(after);
  }
}
