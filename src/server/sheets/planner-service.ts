/**
 * What the planner's entry points do, between the spreadsheet and src/domain/plan:
 * one batch read of the source table, the plan built in memory, then new sheets
 * written block by block under the document lock, the log row last.
 */
import { buildPlan } from '../../domain/plan/build';
import { defaultRequest, type PlanEnvironment, resolveRequest } from '../../domain/plan/defaults';
import { type PlanProperties, planPropertiesKey } from '../../domain/plan/gate-table';
import {
  freeSheetName,
  latestVersion,
  nextRecordId,
  planSheetName,
  recordSheetName,
} from '../../domain/plan/log';
import { scoreSourceRows } from '../../domain/plan/source-rows';
import { validateRequest } from '../../domain/plan/validate';
import type {
  DetectedTable,
  FieldError,
  PlannerContext,
  PlanPreview,
  PlanRequest,
  PlanRequestInput,
  Result,
  WriteResult,
  WrittenSheet,
} from '../../shared/plan-types';
import { sourceOf } from '../../shared/source';
import {
  appendLogRow,
  createLogSheet,
  type LogState,
  type Mark,
  markSuperseded,
  readDecisionLog,
} from './decision-log';
import { currencySymbol, sheetDate } from './formats';
import { planLayout } from './plan-layout';
import { recordLayout } from './record-layout';
import { detectTable } from './source-table';
import { finishPlanSheet, finishRecordSheet, writeGrid } from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LAST_REQUEST_KEY = 'partnerPilot.lastRequest';
const LOCK_WAIT_MS = 30_000;
const WRITTEN_SHEET = /^(Pilot plan|Decision record) B\d+ v\d+( \(\d+\))?$/;

interface Document {
  ss: Spreadsheet;
  timeZone: string;
  locale: string;
  today: string;
}

function openDocument(): Document {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return {
    ss,
    timeZone,
    locale: ss.getSpreadsheetLocale(),
    today: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'),
  };
}

function environment(doc: Document, log: LogState): PlanEnvironment {
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

const failure = <T>(errors: FieldError[], warnings: FieldError[] = []): Result<T> => ({
  ok: false,
  errors,
  warnings,
});

function readLastRequest(): PlanRequest | null {
  const text = PropertiesService.getDocumentProperties().getProperty(LAST_REQUEST_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as PlanRequest;
  } catch {
    return null;
  }
}

/** Stores the request for the next session; a request over the 9 KB property limit is skipped. */
function saveLastRequest(request: PlanRequest): boolean {
  const text = JSON.stringify(request);
  if (text.length > 9000) return false;
  PropertiesService.getDocumentProperties().setProperty(LAST_REQUEST_KEY, text);
  return true;
}

/**
 * Keeps the sidebar's draft, completed with the defaults so the next session starts
 * from a whole request; false without a source or over the property size limit.
 */
export function saveDraft(input: PlanRequestInput): boolean {
  if (!input || typeof input !== 'object' || !input.source || typeof input.source !== 'object')
    return false;
  const doc = openDocument();
  return saveLastRequest(
    resolveRequest(input, environment(doc, readDecisionLog(doc.ss, doc.timeZone))),
  );
}

/** After the log row the version is written; keeping the request is a convenience that must not undo it. */
function rememberRequest(request: PlanRequest) {
  try {
    saveLastRequest(request);
  } catch {
    // A full property store loses only the sidebar's restored request.
  }
}

export function plannerContext(): PlannerContext {
  const doc = openDocument();
  const log = readDecisionLog(doc.ss, doc.timeZone);
  const env = environment(doc, log);
  const lastRequest = readLastRequest();
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
  for (const name of candidates) {
    const summary = sheets.find((s) => s.name === name);
    if (!summary || summary.writtenByPlanner || summary.lastRow === 0) continue;
    const found = tableOn(doc.ss, name as string);
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
    nextRecordId: env.nextRecordId,
    log: log.entries,
  };
}

function tableOn(ss: Spreadsheet, sheetName: string, headerRow?: number) {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet)
    return {
      error: { field: 'source.sheetName', message: `There is no sheet named '${sheetName}'.` },
    };
  return detectTable(sheet.getDataRange().getValues(), sheetName, sheet.getSheetId(), headerRow);
}

export function sourceTable(sheetName: string, headerRow?: number): Result<DetectedTable> {
  const found = tableOn(
    SpreadsheetApp.getActiveSpreadsheet(),
    String(sheetName),
    headerRow ?? undefined,
  );
  return 'table' in found ? { ok: true, value: found.table, warnings: [] } : failure([found.error]);
}

/** The source sheet, or why it cannot be used: renamed or deleted since the context was read. */
function sourceSheet(ss: Spreadsheet, request: PlanRequest): Sheet | FieldError {
  const { sheetName, sheetId } = request.source;
  const byName = ss.getSheetByName(sheetName);
  if (byName && (sheetId === null || sheetId === undefined || byName.getSheetId() === sheetId))
    return byName;
  const renamed =
    typeof sheetId === 'number'
      ? ss.getSheets().find((s) => s.getSheetId() === sheetId)
      : undefined;
  const message = renamed
    ? `The sheet '${sheetName}' was renamed to '${renamed.getName()}'. Choose it again in the data step.`
    : `The sheet '${sheetName}' was deleted or replaced since the planner opened. Choose the partner sheet again in the data step.`;
  return { field: 'source.sheetName', message };
}

interface Prepared {
  /** The request as completed with defaults, thresholds still null where derived. */
  request: PlanRequest;
  preview: PlanPreview;
  warnings: FieldError[];
  log: LogState;
  supersedes: ReturnType<typeof latestVersion>;
}

function prepare(doc: Document, input: PlanRequestInput): Result<Prepared> {
  if (!input || typeof input !== 'object' || !input.source || typeof input.source !== 'object')
    return failure([
      { field: 'source', message: 'Choose the sheet and columns of the partner table.' },
    ]);
  const log = readDecisionLog(doc.ss, doc.timeZone);
  const request = resolveRequest(input, environment(doc, log));
  const invalid = validateRequest(request);
  if (invalid.length) return failure(invalid);
  const sheet = sourceSheet(doc.ss, request);
  if (!('getDataRange' in sheet)) return failure([sheet]);
  // The one read of the source table.
  const values = sheet.getDataRange().getValues();
  const scored = scoreSourceRows(
    values.slice(request.source.headerRow),
    request.source,
    request.scoring,
  );
  if ('error' in scored) return failure([scored.error]);
  const previous = latestVersion(log.entries, request.record.id);
  const version = previous ? previous.version + 1 : 1;
  const taken = new Set(doc.ss.getSheets().map((s) => s.getName()));
  const built = buildPlan(request, scored.rows, {
    today: doc.today,
    currency: currencySymbol(doc.locale),
    version,
    supersedes: previous ? `${previous.id} v${previous.version}` : null,
    planSheetName: freeSheetName(planSheetName(request.record.id, version), taken),
    recordSheetName: freeSheetName(recordSheetName(request.record.id, version), taken),
  });
  if (!built.ok) return built;
  return {
    ok: true,
    value: { request, preview: built.value, warnings: built.warnings, log, supersedes: previous },
    warnings: built.warnings,
  };
}

export function preview(input: PlanRequestInput): Result<PlanPreview> {
  const prepared = prepare(openDocument(), input);
  return prepared.ok
    ? { ok: true, value: prepared.value.preview, warnings: prepared.warnings }
    : prepared;
}

export function write(input: PlanRequestInput): Result<WriteResult> {
  // Taken before anything is read, so two writes started together get versions N and N+1.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return failure([
      {
        field: '',
        message: 'Another plan is being written to this spreadsheet. Try again in a minute.',
      },
    ]);
  try {
    const doc = openDocument();
    const prepared = prepare(doc, input);
    if (!prepared.ok) return prepared;
    const result = writeVersion(doc, prepared.value);
    // Derived thresholds stay empty in the kept request, so they follow the data next time.
    if (!('error' in result)) rememberRequest(prepared.value.request);
    return 'error' in result
      ? failure([{ field: '', message: result.error }], prepared.warnings)
      : { ok: true, value: result, warnings: prepared.warnings };
  } finally {
    lock.releaseLock();
  }
}

function writeVersion(doc: Document, prepared: Prepared): WriteResult | { error: string } {
  const { preview: plan, log } = prepared;
  const { request } = plan;
  const url = doc.ss.getUrl();
  const created: Sheet[] = [];
  let marks: Mark[] = [];
  let propertyKey: string | undefined;
  const written = (sheet: Sheet): WrittenSheet => {
    const sheetId = sheet.getSheetId();
    return { name: sheet.getName(), sheetId, url: `${url}#gid=${sheetId}` };
  };
  try {
    const planSheet = doc.ss.insertSheet(plan.planSheetName);
    created.push(planSheet);
    const layout = planLayout({
      preview: plan,
      planSheetName: plan.planSheetName,
      recordSheetName: plan.recordSheetName,
      locale: doc.locale,
      writtenOn: doc.today,
    });
    writeGrid(planSheet, layout.grid);
    finishPlanSheet(planSheet, layout);

    const recordSheet = doc.ss.insertSheet(plan.recordSheetName);
    created.push(recordSheet);
    const record = recordLayout(plan.record);
    writeGrid(recordSheet, record.grid);
    finishRecordSheet(recordSheet, record.grid);

    let logSheet = log.sheet;
    if (!logSheet) {
      logSheet = createLogSheet(doc.ss, log.name);
      created.push(logSheet);
    }
    const planInfo = written(planSheet);
    const recordInfo = written(recordSheet);
    const properties: PlanProperties = {
      id: request.record.id,
      version: plan.version,
      planSheet: planInfo.name,
      planSheetId: planInfo.sheetId,
      gateTable: layout.gateTable,
      escalation: request.people.escalation,
      decisionMaker: request.people.decisionMaker,
      staleAfterDays: request.gateSettings.staleAfterDays,
    };
    if (prepared.supersedes)
      marks = markSuperseded(doc.ss, log, prepared.supersedes, plan.version, recordInfo);
    propertyKey = planPropertiesKey(request.record.id, plan.version);
    PropertiesService.getDocumentProperties().setProperty(propertyKey, JSON.stringify(properties));
    appendLogRow(logSheet, {
      id: request.record.id,
      version: plan.version,
      title: request.record.title,
      status: request.record.status,
      dateSerial: sheetDate(doc.today),
      supersedes: prepared.supersedes
        ? `${prepared.supersedes.id} v${prepared.supersedes.version}`
        : '',
      plan: planInfo,
      record: recordInfo,
      gateTable: layout.gateTable,
      writtenAt: new Date(),
    });
    // insertSheet made the last new sheet active; show the plan instead.
    planSheet.activate();
    return {
      id: request.record.id,
      version: plan.version,
      plan: planInfo,
      record: recordInfo,
      log: written(logSheet),
      supersedes: prepared.supersedes?.version ?? null,
      markdown: plan.markdown,
    };
  } catch (error) {
    undo(doc.ss, created, marks, propertyKey);
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: `Writing the plan failed part-way (${message}). Nothing was kept: no new sheet, no log entry. Try again.`,
    };
  }
}

/** Takes back a failed write: restores marked cells, deletes what it created. */
function undo(ss: Spreadsheet, created: Sheet[], marks: Mark[], propertyKey: string | undefined) {
  for (const mark of marks) mark.range.setValues(mark.before);
  for (const sheet of created.reverse()) ss.deleteSheet(sheet);
  if (propertyKey) PropertiesService.getDocumentProperties().deleteProperty(propertyKey);
}
