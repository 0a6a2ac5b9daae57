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
import { scoreSourceRows } from '../../domain/plan/source-rows';
import { validateRequest } from '../../domain/plan/validate';
import type {
  FieldError,
  PlanPreview,
  PlanRequest,
  PlanRequestInput,
  Result,
} from '../../shared/plan-types';
import { type LogState, readDecisionLog } from '../sheets/decision-log-sheet';
import { currencySymbol } from '../sheets/formats';
import { type Document, environment, failure, openDocument, sheetSettingsOf } from './document';

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
  log: LogState;
  supersedes: ReturnType<typeof latestVersion>;
}

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
    values[request.source.headerRow - 1] ?? [],
    values.slice(request.source.headerRow),
    request.source,
    request.scoring,
    sheetSettingsOf(doc),
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
