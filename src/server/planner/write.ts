/**
 * Writing a version: new sheets block by block under the document lock, the log row
 * last, and on any failure everything this write created, marked or stored taken back,
 * so the log never shows a half-written version and no sheet, cell, format or property
 * of a failed write is left behind.
 */
import { type LogVersionEntry, logVersion } from '../../domain/plan/decision-log';
import { type PlanProperties, planPropertiesKey } from '../../domain/plan/gate-table';
import { checkText } from '../../shared/i18n/checks';
import { asLanguage, languageOfLocale } from '../../shared/i18n/language';
import { monitorText } from '../../shared/i18n/monitor';
import type {
  CarriedActuals,
  LogEntry,
  PlanRequestInput,
  Result,
  WriteResult,
  WrittenSheet,
} from '../../shared/plan-types';
import {
  createLogSheet,
  type Mark,
  markSuperseded,
  nextLogRow,
  writeLogRow,
} from '../sheets/decision-log-sheet';
import { documentLock, release } from '../sheets/document-lock';
import { sheetDate } from '../sheets/formats';
import { probeArgumentSeparator } from '../sheets/formula-syntax';
import { gateHistorySheet } from '../sheets/gate-history-sheet';
import { carriedNotes, carryOver, previousDirectTable, readPreviousInputs } from './carry-over';
import { type Document, failure, openDocument } from './document';
import { planLayout } from './plan-layout';
import { addPlanVisuals } from './plan-visuals';
import { balanceMetricNames, type Prepared, prepare } from './prepare';
import { recordLayout } from './record-layout';
import { rememberRequest } from './request-store';
import { finishPlanSheet, finishRecordSheet, writeGrid } from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

const LOCK_WAIT_MS = 30_000;

/**
 * Writes one version of the plan: the plan sheet, the record sheet, the log sheet if new, the
 * previous version marked superseded (MADR / Nygard), the plan's facts in document properties
 * for the monitor (the superseded version's removed), and the decision-log row last, as the
 * commit point. Runs under the document lock (the script lock where there is none; waits up
 * to 30 s, else a failure saying another plan is being written), so two writes get versions
 * N and N+1. `seenLogVersion` is the log fingerprint the sidebar was shown
 * (PlannerContext.logVersion): when the log has changed since, nothing is written and the
 * answer says which version came first; omitted, no check. Bad input comes back as
 * FieldErrors and writes nothing; a failure part-way undoes every step, then returns a
 * failure with the service's message. Errors while reading (before any write) are thrown.
 */
export function write(input: PlanRequestInput, seenLogVersion?: unknown): Result<WriteResult> {
  // Taken before anything is read, so two writes started together get versions N and N+1.
  const lock = documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    return failure([{ field: '', message: checkText(asLanguage(input?.language) ?? 'en').busy }]);
  try {
    const doc = openDocument();
    const prepared = prepare(doc, input);
    if (!prepared.ok) return prepared;
    const stale = staleView(prepared.value.log.entries, seenLogVersion);
    if (stale) return failure([{ field: '', message: stale }], prepared.warnings);
    const result = writeVersion(doc, prepared.value);
    // Derived thresholds stay empty in the kept request, so they follow the data next time.
    if (!('error' in result)) rememberRequest(prepared.value.request);
    return 'error' in result
      ? failure([{ field: '', message: result.error }], prepared.warnings)
      : { ok: true, value: result, warnings: prepared.warnings };
  } finally {
    release(lock);
  }
}

function staleView(entries: readonly LogEntry[], seen: unknown): string | null {
  if (seen === undefined || seen === null || seen === logVersion(entries)) return null;
  const last = entries[entries.length - 1];
  const what = last ? ` (the log now ends with ${last.id} v${last.version})` : '';
  return `The decision log changed since this planner opened: someone else wrote or changed a plan${what}. Nothing was written. Close and reopen the planner to see it, then write again.`;
}

/** What a write has done so far, for undo. */
interface Done {
  created: Sheet[];
  marks: Mark[];
  /** Properties set, with their values before (null: there was none). */
  properties: { key: string; before: string | null }[];
  logRow: GoogleAppsScript.Spreadsheet.Range | null;
}

function writeVersion(doc: Document, prepared: Prepared): WriteResult | { error: string } {
  const { preview: plan, log } = prepared;
  const { request } = plan;
  const language = asLanguage(request.language) ?? 'en';
  const url = doc.ss.getUrl();
  const props = PropertiesService.getDocumentProperties();
  const done: Done = { created: [], marks: [], properties: [], logRow: null };
  const written = (sheet: Sheet): WrittenSheet => {
    const sheetId = sheet.getSheetId();
    return { name: sheet.getName(), sheetId, url: `${url}#gid=${sheetId}` };
  };
  const previousVersion = prepared.supersedes;
  const previousLabel = previousVersion ? `${previousVersion.id} v${previousVersion.version}` : '';
  let planSheet: Sheet;
  let result: WriteResult;
  try {
    // Read before anything is written; a service failure here fails the write whole.
    const before = previousVersion
      ? readPreviousInputs(
          doc.ss,
          previousVersion,
          previousDirectTable(props, previousVersion),
          language,
        )
      : null;
    const carry = before ? carryOver(before, plan, doc.today, previousLabel, language) : null;
    const carried: CarriedActuals = carry?.carried ?? { rows: 0, notCarried: [] };
    planSheet = doc.ss.insertSheet(plan.planSheetName);
    done.created.push(planSheet);
    // A1 of the new sheet: the grid's title overwrites the probe.
    const separator = probeArgumentSeparator(planSheet.getRange(1, 1));
    const layout = planLayout({
      separator,
      preview: plan,
      planSheetName: plan.planSheetName,
      recordSheetName: plan.recordSheetName,
      locale: doc.locale,
      writtenOn: doc.today,
      carried: carry?.inputs,
      carriedNotes: carry ? carriedNotes(carried, previousLabel, language) : [],
    });
    writeGrid(planSheet, layout.grid);
    finishPlanSheet(planSheet, layout);

    const recordSheet = doc.ss.insertSheet(plan.recordSheetName);
    done.created.push(recordSheet);
    const record = recordLayout(plan.record);
    writeGrid(recordSheet, record.grid);
    finishRecordSheet(recordSheet, record.grid);

    // The log of the plan's language: a Japanese plan's row goes to '意思決定ログ'.
    const ownLog = log.sheets[request.language];
    const logSheet =
      ownLog.sheet ?? createLogSheet(doc.ss, ownLog.name, request.language, done.created);
    // The history the plan's trend cells read; made now so their formulas name a sheet.
    const history = plan.gates.length
      ? gateHistorySheet(doc.ss, monitorText(languageOfLocale(doc.locale)), doc.locale)
      : null;
    if (history?.created) done.created.push(history.sheet);
    addPlanVisuals(planSheet, layout, {
      historySheet: history?.name ?? null,
      recordId: request.record.id,
      separator,
      locale: doc.locale,
      language,
    });
    const planInfo = written(planSheet);
    const recordInfo = written(recordSheet);
    const logInfo = written(logSheet);
    const properties: PlanProperties = {
      id: request.record.id,
      version: plan.version,
      planSheet: planInfo.name,
      planSheetId: planInfo.sheetId,
      gateTable: layout.gateTable,
      escalation: request.people.escalation,
      decisionMaker: request.people.decisionMaker,
      staleAfterDays: request.gateSettings.staleAfterDays,
      directTable: layout.directTable,
      balanceMetrics: balanceMetricNames(request),
    };
    const previous = prepared.supersedes;
    if (previous)
      markSuperseded(doc.ss, log, previous, plan.version, recordInfo, separator, done.marks);
    setProperty(
      props,
      done,
      planPropertiesKey(request.record.id, plan.version),
      JSON.stringify(properties),
    );
    // The monitor watches live versions only: the superseded one's facts go.
    if (previous) setProperty(props, done, planPropertiesKey(previous.id, previous.version), null);
    done.logRow = nextLogRow(logSheet);
    writeLogRow(
      done.logRow,
      {
        id: request.record.id,
        version: plan.version,
        title: request.record.title,
        status: request.record.status,
        dateSerial: sheetDate(doc.today),
        supersedes: previous ? `${previous.id} v${previous.version}` : '',
        plan: planInfo,
        record: recordInfo,
        gateTable: layout.gateTable,
        writtenAt: new Date(),
        locale: doc.locale,
        language: request.language,
      },
      separator,
    );
    result = {
      id: request.record.id,
      version: plan.version,
      plan: planInfo,
      record: recordInfo,
      log: logInfo,
      supersedes: previous?.version ?? null,
      markdown: plan.markdown,
      logVersion: logVersion(logAfter(log.entries, previous, request.record.id, plan.version)),
      carried,
    };
  } catch (error) {
    undo(doc.ss, props, done);
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: `Writing the plan failed part-way (${message}). Nothing was kept: no new sheet, no log entry. Try again.`,
    };
  }
  // The log row is the commit point; showing the plan is a courtesy that must not undo it.
  try {
    planSheet.activate();
  } catch {
    // insertSheet left the record sheet active: the plan is one tab to the left.
  }
  return result;
}

/** The log's entries as readDecisionLog will read them after this write. */
function logAfter(
  entries: readonly LogEntry[],
  previous: LogEntry | undefined,
  id: string,
  version: number,
): LogVersionEntry[] {
  const next = entries.map((e) => (e === previous ? { ...e, supersededBy: `v${version}` } : e));
  return [...next, { id, version, supersededBy: '' }];
}

/** Sets (or with null deletes) a property, remembering its value before for undo. */
function setProperty(props: Properties, done: Done, key: string, value: string | null): void {
  done.properties.push({ key, before: props.getProperty(key) });
  if (value === null) props.deleteProperty(key);
  else props.setProperty(key, value);
}

/**
 * Takes back a failed write: the log row, marked cells, properties, then the sheets it
 * created. Every step is tried even if one fails, so one more fault cannot stop the rest.
 */
function undo(ss: Spreadsheet, props: Properties, done: Done): void {
  const steps: (() => void)[] = [];
  if (done.logRow) {
    const row = done.logRow;
    steps.push(() => row.clear());
  }
  for (const mark of [...done.marks].reverse()) steps.push(() => mark.range.setValues(mark.before));
  for (const { key, before } of [...done.properties].reverse())
    steps.push(() =>
      before === null ? props.deleteProperty(key) : props.setProperty(key, before),
    );
  for (const sheet of [...done.created].reverse()) steps.push(() => ss.deleteSheet(sheet));
  for (const step of steps) {
    try {
      step();
    } catch {
      // Keep undoing the rest.
    }
  }
}
