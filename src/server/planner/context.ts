/**
 * What the sidebar starts from: the sheets, the partner table detected on the active
 * sheet, a complete default request and the decision log.
 */
import { logVersion } from '../../domain/plan/decision-log';
import { defaultRequest } from '../../domain/plan/defaults';
import { sourceOf } from '../../domain/plan/source';
import { ValueReader } from '../../domain/values/reader';
import type { DetectedTable, PlannerContext, Result } from '../../shared/plan-types';
import { readDecisionLog } from '../sheets/decision-log-sheet';
import { environment, failure, lazySheetSettings, openDocument, sheetSettingsOf } from './document';
import { readLastRequest } from './request-store';
import { detectTable } from './source-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WRITTEN_SHEET = /^(Pilot plan|Decision record) B\d+ v\d+( \(\d+\))?$/;

/**
 * What the sidebar opens with: every sheet with its size (sheets the planner wrote are marked
 * and never offered as a source), the partner table found on the active sheet, else on the last
 * request's sheet, else on the first sheet that has one, with a complete default request for it
 * (null when none is found), the last request, the next record ID and the decision log. Today
 * is 'YYYY-MM-DD' in the spreadsheet's time zone. Service errors propagate to google.script.run's
 * failure handler.
 */
export function plannerContext(): PlannerContext {
  const doc = openDocument();
  const log = readDecisionLog(doc.ss, doc.timeZone);
  const env = environment(doc, log);
  const last = readLastRequest(env);
  const lastRequest = last.request;
  const sheets = doc.ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    return {
      name,
      sheetId: sheet.getSheetId(),
      lastRow: sheet.getLastRow(),
      lastColumn: sheet.getLastColumn(),
      writtenByPlanner: name === log.name || WRITTEN_SHEET.test(name),
    };
  });
  const active = doc.ss.getActiveSheet();
  const activeName = active.getName();
  const candidates = [activeName, lastRequest?.source?.sheetName, ...sheets.map((s) => s.name)];
  let table: DetectedTable | null = null;
  const reader = new ValueReader(sheetSettingsOf(doc));
  for (const name of candidates) {
    const summary = sheets.find((s) => s.name === name);
    if (!summary || summary.writtenByPlanner || summary.lastRow === 0) continue;
    const found = tableOn(doc.ss, name as string, reader);
    if ('table' in found) {
      table = found.table;
      break;
    }
  }
  return {
    spreadsheetName: env.spreadsheetName,
    timeZone: doc.timeZone,
    locale: doc.locale,
    today: doc.today,
    activeSheet: activeName,
    sheets,
    table,
    defaults: table ? defaultRequest(sourceOf(table), env) : null,
    lastRequest,
    lastRequestProblem: last.problem,
    nextRecordId: env.nextRecordId,
    log: log.entries,
    logVersion: logVersion(log.entries),
  };
}

function tableOn(ss: Spreadsheet, sheetName: string, reader: ValueReader, headerRow?: number) {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet)
    return {
      error: { field: 'source.sheetName', message: `There is no sheet named '${sheetName}'.` },
    };
  const values = sheet.getDataRange().getValues();
  return detectTable(values, sheetName, sheet.getSheetId(), reader, headerRow);
}

/**
 * getSourceTable's answer; its arguments come from google.script.run unchecked, so a
 * sheet name that is not text or a header row that is not a whole number from 1 is a
 * field error, never an exception.
 */
export function sourceTable(sheetName: unknown, headerRow?: unknown): Result<DetectedTable> {
  if (typeof sheetName !== 'string' || !sheetName.trim())
    return failure([
      { field: 'source.sheetName', message: 'Choose the sheet that holds the partner table.' },
    ]);
  if (
    headerRow !== undefined &&
    headerRow !== null &&
    !(typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1)
  )
    return failure([
      {
        field: 'source.headerRow',
        message: `The header row must be a whole row number from 1, not ${JSON.stringify(headerRow) ?? String(headerRow)}.`,
      },
    ]);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const reader = new ValueReader(lazySheetSettings(ss));
  const found = tableOn(ss, sheetName, reader, headerRow ?? undefined);
  return 'table' in found ? { ok: true, value: found.table, warnings: [] } : failure([found.error]);
}
