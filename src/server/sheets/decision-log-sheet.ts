/**
 * The decision log sheets: 'Decision log' for plans written in English and '意思決定ログ'
 * for plans written in Japanese, each created once, then one row appended per record
 * version of its language. Both are read together: the next ID, the next version of an ID
 * and the versions the monitor watches come from every log in the workbook, and writing a
 * version marks the one before it superseded, in whichever log and record it is.
 */
import { DECISION_LOG_HEADERS, readLog } from '../../domain/plan/decision-log';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import { recordText } from '../../shared/i18n/record';
import type { LogEntry } from '../../shared/plan-types';
import { statusFields } from '../planner/record-layout';
import { dateFormat, dateTimeFormat } from './formats';
import type { ArgumentSeparator } from './formula-syntax';
import { asText, TEXT, textFormat } from './grid';
import { findOwnSheet } from './own-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One language's log sheet: the sheet (null when not yet created) and its name. */
export interface LogSheet {
  sheet: Sheet | null;
  /** 'Decision log', or 'Decision log (2)' when the user has a sheet called that. */
  name: string;
}

export interface DecisionLogState {
  /** Each language's log. */
  sheets: Record<Language, LogSheet>;
  /** Every entry of every log: the English log's, then the Japanese log's. */
  entries: LogEntry[];
  /** Where each entry is (its log sheet and 1-based row), in entries' order. */
  places: { sheet: Sheet; row: number }[];
}

/**
 * The document's decision logs, one per language: each one's sheet (null when not yet
 * created) and the name it has or will get, and every entry of both with its sheet and
 * 1-based row. Only a sheet whose header row is a log's counts (a user's 'Decision log' is
 * left alone, see findOwnSheet). Date cells become 'YYYY-MM-DD' in `timeZone` (the
 * spreadsheet's, via Utilities.formatDate). One getValues per log that exists, whatever its
 * length; throws what SpreadsheetApp throws.
 */
export function readDecisionLog(ss: Spreadsheet, timeZone: string): DecisionLogState {
  const state: DecisionLogState = {
    sheets: {} as Record<Language, LogSheet>,
    entries: [],
    places: [],
  };
  for (const language of LANGUAGES) {
    const t = recordText(language);
    const found = findOwnSheet(ss, t.logName, t.logHeaders);
    state.sheets[language] = found;
    const { sheet } = found;
    if (!sheet) continue;
    const values = sheet.getDataRange().getValues();
    const dated = values.map((row) =>
      row.map((cell) =>
        cell instanceof Date ? Utilities.formatDate(cell, timeZone, 'yyyy-MM-dd') : cell,
      ),
    );
    for (const entry of readLog(dated)) {
      // readLog skips rows without an ID; find each entry's row by its ID and version.
      const row =
        dated.findIndex((r) => String(r[0]).trim() === entry.id && Number(r[1]) === entry.version) +
        1;
      state.entries.push(entry);
      state.places.push({ sheet, row });
    }
  }
  return state;
}

/**
 * Inserts the log sheet called `name` (from readDecisionLog, so never a user's sheet) with its
 * bold, frozen header in `language`'s words, in plain-text format, and returns it. `created`
 * gets the sheet as soon as it exists, so write() can undo it if the header fails. Throws
 * what the services throw.
 */
export function createLogSheet(
  ss: Spreadsheet,
  name: string,
  language: Language,
  created: Sheet[],
): Sheet {
  const sheet = ss.insertSheet(name);
  created.push(sheet);
  const headers = recordText(language).logHeaders;
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setNumberFormats([headers.map(() => TEXT)]);
  header.setValues([[...headers]]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  // Titles wrap in a wide column instead of being cut; the link columns (Superseded by,
  // Plan, Record) look like links. Set on whole columns once, so appends cost nothing.
  const column = (name: (typeof DECISION_LOG_HEADERS)[number]) =>
    DECISION_LOG_HEADERS.indexOf(name) + 1;
  sheet.setColumnWidth(column('Title'), 340);
  const rows = sheet.getMaxRows();
  sheet.getRange(2, column('Title'), rows - 1, 1).setWrap(true);
  sheet
    .getRange(2, column('Superseded by'), rows - 1, 3)
    .setFontColor('#1155cc')
    .setFontLine('underline');
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
  /** The spreadsheet's locale: its date order formats Date and Written. */
  locale: string;
  /** The plan's language: the status is written in its words ('提案中（Proposed）'). */
  language: Language;
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
      dateFormat(row.locale),
      TEXT,
      TEXT,
      '',
      '',
      TEXT,
      dateTimeFormat(row.locale),
    ],
  ]);
  range.setValues([
    [
      row.id,
      row.version,
      asText(row.title),
      recordText(row.language).statusWords[row.status] ?? row.status,
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
 * Marks an older version superseded: its log row's "Superseded by" cell (in whichever
 * language's log it is), and on its record the Status (keeping the old one in words) and
 * "Superseded by" fields, in that record's own language. Only
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
  const place = log.places[index];
  if (place && place.row > 0) {
    const cell = place.sheet.getRange(place.row, supersededBy);
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
  const found = statusFields(columnA);
  if (found) {
    // In the old record's own language, whatever the new version's.
    const t = recordText(found.language);
    const fields = record.getRange(found.status, 2, found.supersededBy - found.status + 1, 1);
    const before = fields.getValues();
    const after = before.map((r) => [...r]);
    after[0][0] = t.supersededStatus({ version: newVersion, was: String(before[0][0]) });
    after[after.length - 1][0] = t.supersededLink({
      id: previous.id,
      version: newVersion,
      sheet: newRecord.name,
    });
    marks.push({ range: fields, before });
    fields.setValues(after);
  }
}
