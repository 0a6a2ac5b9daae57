/**
 * Writing a version: new sheets block by block under the document lock, the log row
 * last, and on any failure everything this write created or marked taken back.
 */
import { type PlanProperties, planPropertiesKey } from '../../domain/plan/gate-table';
import type { PlanRequestInput, Result, WriteResult, WrittenSheet } from '../../shared/plan-types';
import {
  appendLogRow,
  createLogSheet,
  type Mark,
  markSuperseded,
} from '../sheets/decision-log-sheet';
import { sheetDate } from '../sheets/formats';
import { type Document, failure, openDocument } from './document';
import { planLayout } from './plan-layout';
import { type Prepared, prepare } from './prepare';
import { recordLayout } from './record-layout';
import { rememberRequest } from './request-store';
import { finishPlanSheet, finishRecordSheet, writeGrid } from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOCK_WAIT_MS = 30_000;

/**
 * Writes one version of the plan: the plan sheet, the record sheet, the log sheet if new, the
 * previous version marked superseded (MADR / Nygard), the plan's facts in document properties
 * for the monitor, and the decision-log row last, as the commit point. Runs under the document
 * lock (LockService; waits up to 30 s, else a failure saying another plan is being written), so
 * two writes get versions N and N+1. Bad input comes back as FieldErrors and writes nothing; a
 * failure part-way deletes what this write created and restores what it marked, then returns
 * a failure with the service's message. Errors while reading (before any write) and while
 * undoing are thrown. getDocumentLock() is null outside a document (LockService reference);
 * this entry point runs only from the sidebar, inside one.
 */
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
