/**
 * What the sidebar starts from: the sheets, the partner table detected on the active
 * sheet, a complete default request and the decision log.
 */

import { logVersion } from '../../domain/plan/decision-log';
import { defaultRequest, type PlanEnvironment } from '../../domain/plan/defaults';
import { sourceOf } from '../../domain/plan/source';
import { scoreSourceRows } from '../../domain/plan/source-rows';
import { tableCurrency } from '../../domain/plan/table-currency';
import { conventionsFor } from '../../domain/values/locales';
import { type SheetSettings, ValueReader } from '../../domain/values/reader';
import { checkText } from '../../shared/i18n/checks';
import { asLanguage, type Language, languageOfLocale } from '../../shared/i18n/language';
import type { DetectedTable, PlannerContext, PlanRequest, Result } from '../../shared/plan-types';
import { readDecisionLog } from '../sheets/decision-log-sheet';
import { currencyOf } from '../sheets/formats';
import { environment, failure, lazySheetSettings, openDocument, sheetSettingsOf } from './document';
import { readLastRequest } from './request-store';
import { detectTable } from './source-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// The add-on's own sheets, never a partner table: plans, records and the monitor's log, in
// either language (the decision logs are recognised by their names as read).
const WRITTEN_SHEET =
  /^((Pilot plan|Decision record|パイロット計画|意思決定記録) B\d+ v\d+|Gate monitor log|ゲートモニターログ)( \(\d+\))?$/;

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
  const logNames = new Set(Object.values(log.sheets).map((l) => l.name));
  const sheets = doc.ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    return {
      name,
      sheetId: sheet.getSheetId(),
      lastRow: sheet.getLastRow(),
      lastColumn: sheet.getLastColumn(),
      writtenByPlanner: logNames.has(name) || WRITTEN_SHEET.test(name),
    };
  });
  const active = doc.ss.getActiveSheet();
  const activeName = active.getName();
  const candidates = [activeName, lastRequest?.source?.sheetName, ...sheets.map((s) => s.name)];
  let table: DetectedTable | null = null;
  let defaults: PlanRequest | null = null;
  let currency: string | undefined;
  const settings = sheetSettingsOf(doc);
  const reader = new ValueReader(settings);
  const language = asLanguage(lastRequest?.language) ?? languageOfLocale(doc.locale);
  for (const name of candidates) {
    const summary = sheets.find((s) => s.name === name);
    if (!summary || summary.writtenByPlanner || summary.lastRow === 0) continue;
    const found = tableOn(doc.ss, name as string, reader, language);
    if ('table' in found) {
      table = found.table;
      ({ defaults, currency } = defaultsFor(table, found.values, env, settings));
      break;
    }
  }
  return {
    spreadsheetName: env.spreadsheetName,
    timeZone: doc.timeZone,
    locale: doc.locale,
    currency: currencyOf(doc.locale, currency),
    currencyCode: currency ?? conventionsFor(doc.locale).currency,
    today: doc.today,
    activeSheet: activeName,
    sheets,
    table,
    defaults,
    lastRequest,
    lastRequestProblem: last.problem,
    nextRecordId: env.nextRecordId,
    log: log.entries,
    logVersion: logVersion(log.entries),
  };
}

/**
 * The default request for a detected table: three waves, or as many as there are
 * scored partners when fewer, so the default plan previews and writes without edits;
 * and the currency the table's amounts name (table-currency.ts), which the sidebar
 * shows amounts in, as the plan will.
 */
function defaultsFor(
  table: DetectedTable,
  values: unknown[][],
  env: PlanEnvironment,
  settings: SheetSettings,
): { defaults: PlanRequest; currency: string | undefined } {
  const source = sourceOf(table);
  const request = defaultRequest(source, env);
  const scored = scoreSourceRows(
    values.slice(source.headerRow - 1),
    source,
    request.scoring,
    request.reading,
    settings,
    asLanguage(request.language) ?? 'en',
  );
  const count = 'rows' in scored ? scored.rows.filter((r) => r.outcome.kind === 'score').length : 3;
  const money =
    'rows' in scored && scored.scored
      ? tableCurrency(scored.scored.read, conventionsFor(settings.locale))
      : undefined;
  return {
    defaults: count >= 1 && count < 3 ? defaultRequest(source, env, count) : request,
    currency: money?.kind === 'named' ? money.code : undefined,
  };
}

function tableOn(
  ss: Spreadsheet,
  sheetName: string,
  reader: ValueReader,
  language: Language,
  headerRow?: number,
) {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet)
    return {
      error: {
        field: 'source.sheetName',
        message: checkText(language).source.noSheet({ sheet: sheetName }),
      },
    };
  const values = sheet.getDataRange().getValues();
  const found = detectTable(values, sheetName, sheet.getSheetId(), reader, language, headerRow);
  return 'table' in found ? { table: found.table, values } : found;
}

/**
 * getSourceTable's answer; its arguments come from google.script.run unchecked, so a
 * sheet name that is not text or a header row that is not a whole number from 1 is a
 * field error, never an exception. Messages are in `language` (the sidebar's), else the
 * spreadsheet locale's.
 */
export function sourceTable(
  sheetName: unknown,
  headerRow?: unknown,
  language?: unknown,
): Result<DetectedTable> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = lazySheetSettings(ss);
  const lang = asLanguage(language) ?? languageOfLocale(settings.locale);
  const text = checkText(lang).source;
  if (typeof sheetName !== 'string' || !sheetName.trim())
    return failure([{ field: 'source.sheetName', message: text.sheetName }]);
  if (
    headerRow !== undefined &&
    headerRow !== null &&
    !(typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1)
  )
    return failure([{ field: 'source.headerRow', message: text.headerRow }]);
  const found = tableOn(ss, sheetName, new ValueReader(settings), lang, headerRow ?? undefined);
  return 'table' in found ? { ok: true, value: found.table, warnings: [] } : failure([found.error]);
}
