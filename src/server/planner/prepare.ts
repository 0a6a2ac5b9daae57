/**
 * A plan built in memory from a request: defaults, validation, the one read of the
 * source table and the domain's buildPlan. Shared by preview and write.
 */
import { buildPlan } from '../../domain/plan/build';
import {
  freeSheetName,
  latestVersion,
  planSheetName,
  recordSheetName,
} from '../../domain/plan/decision-log';
import { resolveRequest } from '../../domain/plan/defaults';
import type { PlanProperties } from '../../domain/plan/gate-table';
import { scoreSourceRows } from '../../domain/plan/source-rows';
import { validateRequest } from '../../domain/plan/validate';
import type {
  FieldError,
  PlanPreview,
  PlanRequest,
  PlanRequestInput,
  Result,
} from '../../shared/plan-types';
import { PROPERTY_VALUE_BYTES, utf8Length } from '../../shared/utf8';
import { type DecisionLogState, readDecisionLog } from '../sheets/decision-log-sheet';
import { currencySymbol } from '../sheets/formats';
import { type Document, environment, failure, openDocument } from './document';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

export interface Prepared {
  /** The request as completed with defaults, thresholds still null where derived. */
  request: PlanRequest;
  preview: PlanPreview;
  warnings: FieldError[];
  log: DecisionLogState;
  supersedes: ReturnType<typeof latestVersion>;
}

/**
 * Builds a plan in memory from the sidebar's (partial) request: completes it with the defaults,
 * validates it, reads the source sheet once (getDataRange().getValues()), scores the rows and
 * calls buildPlan. The version is one above the log's latest for the record ID, which it then
 * supersedes ('B0373 v1', MADR / Nygard); sheet names are free ones, never a user's sheet.
 * Every problem comes back as FieldErrors (a renamed or deleted source sheet as
 * 'source.sheetName'); only service errors are thrown. Writes nothing.
 */
export function prepare(doc: Document, input: PlanRequestInput): Result<Prepared> {
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
  const tooLarge = oversizedFacts(request, version, built.value.planSheetName);
  if (tooLarge) return failure([tooLarge], built.warnings);
  return {
    ok: true,
    value: { request, preview: built.value, warnings: built.warnings, log, supersedes: previous },
    warnings: built.warnings,
  };
}

/**
 * The facts a write keeps for the monitor (PlanProperties) must fit one property value
 * (9 KB in UTF-8 bytes): checked with the largest sheet id and gate table A1, so a plan
 * that previews also writes. The escalation path is the only part that can grow.
 */
function oversizedFacts(
  request: PlanRequest,
  version: number,
  planSheet: string,
): FieldError | null {
  const facts: PlanProperties = {
    id: request.record.id,
    version,
    planSheet,
    planSheetId: 2 ** 31,
    gateTable: 'A99999:ZZ99999',
    escalation: request.people.escalation,
    decisionMaker: request.people.decisionMaker,
    staleAfterDays: request.gateSettings.staleAfterDays,
  };
  const bytes = utf8Length(JSON.stringify(facts));
  if (bytes <= PROPERTY_VALUE_BYTES) return null;
  return {
    field: 'people.escalation',
    message: `The escalation path and decision maker are too long to keep with the plan (${bytes} bytes; a document property holds ${PROPERTY_VALUE_BYTES}). Shorten the escalation path.`,
  };
}

/**
 * The plan and record the active spreadsheet would get from `input`, or FieldErrors; writes
 * nothing, so the sidebar may call it on every change.
 */
export function preview(input: PlanRequestInput): Result<PlanPreview> {
  const prepared = prepare(openDocument(), input);
  return prepared.ok
    ? { ok: true, value: prepared.value.preview, warnings: prepared.warnings }
    : prepared;
}
