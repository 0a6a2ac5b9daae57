/**
 * A plan built in memory from a request: defaults, validation, the one read of the
 * source table and the domain's buildPlan. Shared by preview and write.
 */

import { buildPlan } from '../../domain/plan/build';
import { freeSheetName, latestVersion, recordSheetName } from '../../domain/plan/decision-log';
import { resolveRequest } from '../../domain/plan/defaults';
import type { PlanProperties } from '../../domain/plan/gate-table';
import { boundPreview, partnerPage } from '../../domain/plan/preview-bounds';
import { headersGiveLayout, scoreWeightRows } from '../../domain/plan/score-formula';
import { plannerLayout, scoreSourceRows } from '../../domain/plan/source-rows';
import { headerUnits, inUnitsOfOne, tableCurrency } from '../../domain/plan/table-currency';
import { validateRequest } from '../../domain/plan/validate';
import { conventionsFor } from '../../domain/values/locales';
import { ValueReader } from '../../domain/values/reader';
import { isBalanceKind } from '../../shared/balance';
import { checkText } from '../../shared/i18n/checks';
import { asLanguage, languageOfLocale } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { sentenceText } from '../../shared/i18n/sentences';
import type {
  FieldError,
  PartnerPage,
  PlanPreview,
  PlanRequest,
  PlanRequestInput,
  Result,
} from '../../shared/plan-types';
import { PROPERTY_VALUE_BYTES, utf8Length } from '../../shared/utf8';
import { type DecisionLogState, readDecisionLog } from '../sheets/decision-log-sheet';
import { amountStyleOf, currencyOf } from '../sheets/formats';
import { a1Range } from '../sheets/grid';
import { type Document, environment, failure, openDocument, sheetSettingsOf } from './document';
import { planLayout } from './plan-layout';

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
 * calls buildPlan (`forPreview`: a large table's weight sensitivity is left to the write). The version is one above the log's latest for the record ID, which it then
 * supersedes ('B0373 v1', MADR / Nygard); sheet names are free ones, never a user's sheet.
 * Every problem comes back as FieldErrors (a renamed or deleted source sheet as
 * 'source.sheetName'); only service errors are thrown. Writes nothing.
 */
export function prepare(
  doc: Document,
  input: PlanRequestInput,
  forPreview = false,
): Result<Prepared> {
  if (!input || typeof input !== 'object' || !input.source || typeof input.source !== 'object')
    return failure([
      {
        field: 'source',
        message: checkText(asLanguage(input?.language) ?? languageOfLocale(doc.locale)).source
          .whole,
      },
    ]);
  const log = readDecisionLog(doc.ss, doc.timeZone);
  const env = environment(doc, log);
  let request = resolveRequest(input, env);
  const invalid = validateRequest(request);
  if (invalid.length) return failure(invalid);
  const sheet = sourceSheet(doc.ss, request);
  if (!('getDataRange' in sheet)) return failure([sheet]);
  // The one read of the source table.
  const values = sheet.getDataRange().getValues();
  const table = values.slice(request.source.headerRow - 1);
  const { source, scoring, reading } = request;
  // One reader for the whole call: the locale is looked up once, on the first text cell.
  const sheetSettings = sheetSettingsOf(doc);
  const language = asLanguage(request.language) ?? 'en';
  const scored = scoreSourceRows(table, source, scoring, reading, sheetSettings, language);
  if ('error' in scored) return failure([scored.error]);
  const layout = plannerLayout(table[0] ?? [], source, scoring, reading);
  const extraNames = Object.fromEntries(
    layout.columns.filter((c) => c.criterion === undefined).map((c) => [c.key, c.name]),
  );
  // The default of three waves needs three scored partners; with two, the default plan
  // still writes, in as many waves as there are partners.
  const scoredCount = scored.rows.filter((r) => r.outcome.kind === 'score').length;
  if (input.waves?.count === undefined && scoredCount >= 1 && scoredCount < request.waves.count)
    request = resolveRequest(input, env, scoredCount);
  const previous = latestVersion(log.entries, request.record.id);
  const version = previous ? previous.version + 1 : 1;
  const taken = new Set(doc.ss.getSheets().map((s) => s.getName()));
  // The table's own currency, else the locale's: a dollar table in ja_JP stays in dollars.
  const read = scored.scored?.read;
  const conventions = conventionsFor(doc.locale);
  const money = read ? tableCurrency(read, conventions) : undefined;
  const currency = money?.kind === 'named' ? money.code : undefined;
  // `Revenue ($M)`: the plan states amounts in units of one, and says so in a note.
  const units = read ? headerUnits(read, conventions) : [];
  const built = buildPlan(request, inUnitsOfOne(scored.rows, units), {
    today: doc.today,
    amounts: amountStyleOf(doc.locale, currency),
    version,
    supersedes: previous ? `${previous.id} v${previous.version}` : null,
    planSheetName: freeSheetName(
      planText(request.language).sheetName({ id: request.record.id, version }),
      taken,
    ),
    recordSheetName: freeSheetName(
      recordSheetName(request.record.id, version, request.language),
      taken,
    ),
    extraNames,
    scored: scored.scored,
    preview: forPreview,
    headerUnits: units,
  });
  if (!built.ok) return built;
  // The formula reads the rows back as the spreadsheet would, in its locale.
  const reader = new ValueReader(sheetSettings);
  const weightRows = scoreWeightRows(table[0] ?? [], layout, reader, language);
  if ('rows' in weightRows) {
    const plan = built.value;
    const scoreFormula = {
      weights: weightRows.rows,
      formula: '',
      differs: !headersGiveLayout(table, layout, scoring.weights, reader),
    };
    plan.scoreFormula = scoreFormula;
    // The weights range's place on the plan sheet, for the formula that names it.
    const { weightsRange } = planLayout({
      preview: plan,
      // Only the weights range is read here; the write probes the real separator.
      separator: ',',
      planSheetName: plan.planSheetName,
      recordSheetName: plan.recordSheetName,
      locale: doc.locale,
      writtenOn: doc.today,
    });
    // Up to the last column read, so a Score column pasted to the right is not in its own range.
    const width = 1 + Math.max(layout.nameColumn ?? 0, ...layout.columns.map((c) => c.column));
    const tableRange = a1Range(source.headerRow, 1, table.length, width);
    const sep = argumentSeparator(doc.locale);
    scoreFormula.formula =
      `=PARTNER_SCORE(${sheetRef(source.sheetName)}!${tableRange}${sep} ` +
      `${sheetRef(plan.planSheetName)}!${weightsRange}${sep} "${scoring.method}")`;
  } else
    built.warnings.push({
      field: 'source.columns',
      message: sentenceText(language).messages.noFormula({ reason: weightRows.reason }),
    });
  built.warnings.push(...scored.warnings);
  if (currency) built.value.currency = currency;
  built.value.currencySign = currencyOf(doc.locale, currency);
  if (money?.kind === 'several')
    built.warnings.push({
      field: 'source.columns',
      message: sentenceText(language).messages.severalCurrencies({
        codes: money.codes.join(', '),
        shown: currencyOf(doc.locale).symbol.trim(),
      }),
    });
  const tooLarge = oversizedFacts(request, version, built.value.planSheetName);
  if (tooLarge) return failure([tooLarge], built.warnings);
  return {
    ok: true,
    value: { request, preview: built.value, warnings: built.warnings, log, supersedes: previous },
    warnings: built.warnings,
  };
}

/** A sheet name as a formula quotes it: 'Pilot plan B0373 v1', with ' doubled. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Sheets separates a formula's arguments with ; in locales that write 1,5 for one and a
 * half (Google's "Change locale and time zone" help), and with , elsewhere.
 */
function argumentSeparator(locale: string): string {
  try {
    return new Intl.NumberFormat(locale.replace('_', '-')).format(1.5).includes(',') ? ';' : ',';
  } catch {
    return ',';
  }
}

/** Each balance metric's name → its kind, as the monitor reads them from the plan's facts. */
export function balanceMetricNames(request: PlanRequest): Record<string, string> {
  return Object.fromEntries(
    request.metrics.filter((m) => isBalanceKind(m.kind)).map((m) => [m.name, m.kind]),
  );
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
    directTable: 'A99999:ZZ99999',
    balanceMetrics: balanceMetricNames(request),
  };
  const bytes = utf8Length(JSON.stringify(facts));
  if (bytes <= PROPERTY_VALUE_BYTES) return null;
  return {
    field: 'people.escalation',
    message: checkText(request.language).people.tooLong({ bytes, limit: PROPERTY_VALUE_BYTES }),
  };
}

/**
 * The plan and record the active spreadsheet would get from `input`, or FieldErrors; writes
 * nothing, so the sidebar may call it on every change. The partners are bounded to what the
 * sidebar shows (preview-bounds.ts).
 */
export function preview(input: PlanRequestInput): Result<PlanPreview> {
  const prepared = prepare(openDocument(), input, true);
  return prepared.ok
    ? { ok: true, value: boundPreview(prepared.value.preview), warnings: prepared.warnings }
    : prepared;
}

/** One page of the plan's partners in plan order, for the sidebar's partner lists. */
export function previewPartners(
  input: PlanRequestInput,
  offset: number,
  limit: number,
): Result<PartnerPage> {
  const prepared = prepare(openDocument(), input, true);
  return prepared.ok
    ? {
        ok: true,
        value: partnerPage(prepared.value.preview.partners, offset, limit),
        warnings: prepared.warnings,
      }
    : prepared;
}
