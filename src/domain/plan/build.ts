/**
 * The whole plan from a completed request and the scored source rows: waves, gates,
 * stop conditions, review calendar and decision record. Pure: the adapter reads the
 * sheet before and writes the result after.
 */

import { asLanguage } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { sentenceText } from '../../shared/i18n/sentences';
import type {
  CalendarEntry,
  FieldError,
  IsoDate,
  NoteKind,
  PeriodColumn,
  PlanPreview,
  PlanRequest,
  Result,
  RowCounts,
  WaveRow,
} from '../../shared/plan-types';
import { CRITERIA } from '../scoring/criteria';
import type { ScoredTable } from '../scoring/partner-score';
import type { AmountStyle } from './amount-style';
import { missingMetricNotes } from './defaults';
import { gateRows } from './gates';
import { recordMarkdown } from './markdown';
import type { PlanFacts } from './plan-facts';
import { partnerTotals } from './preview-bounds';
import { rankPartners, type SourceRow } from './ranking';
import { recordContent } from './record';
import { waveDates } from './schedule';
import { planSensitivity } from './sensitivity';
import { stopConditions } from './stop-conditions';
import type { HeaderUnit } from './table-currency';
import { validateRequest } from './validate';
import { partialSumNotes, waveRows } from './wave-rows';

export interface BuildContext {
  today: IsoDate;
  /**
   * How generated text writes numbers: the spreadsheet locale's marks and currency as its
   * cells show them (src/server/sheets/formats.ts amountStyleOf).
   */
  amounts: AmountStyle;
  version: number;
  /** e.g. 'B0373 v1' when this version supersedes one, else null. */
  supersedes: string | null;
  planSheetName: string;
  recordSheetName: string;
  /** What the plan calls each extra criterion (`extra:<column>`): its header. */
  extraNames?: Record<string, string>;
  /**
   * The source table as PARTNER_SCORE scored it (scoreSourceRows), for the weight
   * sensitivity analysis; without it the plan states none.
   */
  scored?: ScoredTable;
  /** For previewPlan: a table past PREVIEW_ANALYSIS_LIMIT partners leaves the analysis to the write. */
  preview?: boolean;
  /** Money columns whose headers name a magnitude, already applied to the rows (table-currency.ts). */
  headerUnits?: readonly HeaderUnit[];
}

/**
 * The whole plan (preview) from a request and the partner rows read from its source sheet, or
 * every problem as a FieldError with a dotted request path ('source.columns',
 * 'gates.0.metrics.1.baseline') so the sidebar routes it to its step; never throws for bad input.
 * Missing GO/STOP thresholds are derived from each wave's baseline (factors in metrics.ts); an
 * 'annual' revenue column is scaled to the wave by waveWeeks / 52. Amounts are in the sheet's
 * currency, coverage a 0–1 fraction, dates 'YYYY-MM-DD' in the spreadsheet's time zone
 * (`context.today` included). The record follows the seed one-pager B0372 (Option B, phased
 * with trigger thresholds and stop conditions); warnings (past or weekend start) do not block.
 */
export function buildPlan(
  request: PlanRequest,
  rows: SourceRow[],
  context: BuildContext,
): Result<PlanPreview> {
  const invalidRequest = validateRequest(request);
  if (invalidRequest.length) return { ok: false, errors: invalidRequest, warnings: [] };

  const counts = countRows(rows);
  const said = sentenceText(asLanguage(request.language) ?? 'en').messages;
  if (counts.rows === 0)
    return fail({
      field: 'source.sheetName',
      message: said.noRows({
        sheet: request.source.sheetName,
        headerRow: request.source.headerRow,
      }),
    });
  if (counts.scored === 0)
    return fail({ field: 'source.columns', message: said.noneScored(counts) });

  const factors = periodFactors(request);
  const ranking = rankPartners({
    rows,
    weights: request.scoring.weights,
    waveCount: request.waves.count,
    waveNames: request.waves.names,
    assignment: request.waves.assignment,
    pilotCaps: request.waves.pilotCaps,
    mapped: CRITERIA.filter((c) => typeof request.source.columns[c.id] === 'number').map(
      (c) => c.id,
    ),
    choices: request.partners,
    periodFactors: factors,
    extraNames: context.extraNames,
    language: asLanguage(request.language),
    amounts: context.amounts,
  });
  if (ranking.errors.length)
    return { ok: false, errors: ranking.errors, warnings: ranking.warnings };

  const waves = waveRows(request, ranking.partners, factors);
  const sensitivity = context.scored
    ? planSensitivity(
        context.scored,
        request,
        ranking.partners,
        context.extraNames ?? {},
        context.preview,
      )
    : null;
  const gateResult = gateRows(request, ranking.partners, waves, context.amounts);
  if (gateResult.errors.length)
    return {
      ok: false,
      errors: gateResult.errors,
      warnings: ranking.warnings,
      gates: [...gateResult.gates, ...gateResult.refused],
    };
  const { gates, resolved } = gateResult;
  const completed: PlanRequest = { ...request, gates: resolved };
  const noted: [NoteKind, string[]][] = [
    ['period', [periodNote(request), ...unitNotes(context.headerUnits, request)]],
    ['gate', missingMetricNotes(request.source, request.metrics, asLanguage(request.language))],
    ['gate', partialSumNotes(waves, asLanguage(request.language) ?? 'en')],
    ['gate', gateResult.notes],
    ['tie', ranking.notes],
  ];
  const notes = noted.flatMap(([, said]) => said);
  const conditions = [
    ...stopConditions(gates, completed, waves, context.amounts),
    ...request.record.stopConditions.map((s) => s.trim()).filter(Boolean),
  ];
  const facts: PlanFacts = {
    request: completed,
    version: context.version,
    supersedes: context.supersedes,
    today: context.today,
    counts,
    partners: ranking.partners,
    waves,
    gates,
    stopConditions: conditions,
    planSheetName: context.planSheetName,
    amounts: context.amounts,
    notes,
    extraNames: context.extraNames ?? {},
    sensitivity,
  };
  const record = recordContent(facts);
  return {
    ok: true,
    value: {
      request: completed,
      counts,
      partners: ranking.partners,
      totals: partnerTotals(ranking.partners, waves.length),
      allPartners: true,
      notes,
      noteKinds: noted.flatMap(([kind, said]) => said.map(() => kind)),
      waves,
      gates,
      stopConditions: conditions,
      calendar: calendar(completed, waves),
      record,
      markdown: recordMarkdown(record),
      scoreFormula: null,
      sensitivity,
      planSheetName: context.planSheetName,
      recordSheetName: context.recordSheetName,
      version: context.version,
    },
    warnings: [...ranking.warnings, ...scheduleWarnings(request, context.today)],
  };
}

const fail = (error: FieldError): Result<PlanPreview> => ({
  ok: false,
  errors: [error],
  warnings: [],
});

function countRows(rows: SourceRow[]): RowCounts {
  const counts: RowCounts = { rows: 0, scored: 0, insufficient: 0, invalid: 0 };
  for (const { outcome } of rows) {
    if (outcome.kind === 'blank') continue;
    counts.rows++;
    if (outcome.kind === 'score') counts.scored++;
    else if (outcome.kind === 'insufficient') counts.insufficient++;
    else counts.invalid++;
  }
  return counts;
}

/** What one unit of each amount column is worth in one wave: weeks / 52 when annual. */
function periodFactors(request: PlanRequest): Record<PeriodColumn, number> {
  const { periods } = request.gateSettings;
  const of = (column: PeriodColumn) =>
    periods[column] === 'annual' ? request.schedule.waveWeeks / 52 : 1;
  return {
    sourcedRevenue: of('sourcedRevenue'),
    comarketingBudget: of('comarketingBudget'),
    enablementLoad: of('enablementLoad'),
  };
}

/**
 * The period of every amount column, as the plan states it in the request's language: an
 * annual column is pro-rated by waveWeeks / 52, a per-wave one taken as is.
 */
export function periodNote(request: PlanRequest): string {
  const { waveWeeks } = request.schedule;
  const t = sentenceText(asLanguage(request.language) ?? 'en');
  const columns: PeriodColumn[] = ['sourcedRevenue', 'comarketingBudget', 'enablementLoad'];
  const named = (list: PeriodColumn[]) => list.map((c) => t.criteriaInSentence[c]);
  const annual = columns.filter((c) => request.gateSettings.periods[c] === 'annual');
  const perWave = columns.filter((c) => request.gateSettings.periods[c] !== 'annual');
  const parts: string[] = [];
  if (annual.length) parts.push(t.periods.annual({ columns: named(annual), weeks: waveWeeks }));
  if (perWave.length) parts.push(t.periods.perWave({ columns: named(perWave) }));
  return t.periods.note({ parts });
}

/** One note per money column read in the magnitude its header names: `Revenue ($M) is read in millions.` */
function unitNotes(units: readonly HeaderUnit[] | undefined, request: PlanRequest): string[] {
  const t = sentenceText(asLanguage(request.language) ?? 'en');
  return (units ?? []).map((u) => t.periods.scaled({ header: u.header, power: u.power }));
}

function calendar(request: PlanRequest, waves: WaveRow[]): CalendarEntry[] {
  const language = asLanguage(request.language) ?? 'en';
  const events = { ...planText(language).checkpoint, ...sentenceText(language).calendar };
  const { list } = sentenceText(language);
  const owners = list({ items: [...new Set(request.metrics.map((m) => m.owner))] });
  const entries: CalendarEntry[] = [];
  for (const w of waves) {
    entries.push({
      date: w.start,
      wave: w.wave,
      event: events.waveStart,
      who: request.people.inputOwners.capability,
    });
    if (w.midCheckIn)
      entries.push({ date: w.midCheckIn, wave: w.wave, event: events.checkIn, who: owners });
    entries.push({
      date: w.gateReview,
      wave: w.wave,
      event: events.gateReview,
      who: list({ items: [request.people.decisionMaker, owners] }),
    });
  }
  return entries;
}

function scheduleWarnings(request: PlanRequest, today: IsoDate): FieldError[] {
  const warnings: FieldError[] = [];
  const said = sentenceText(asLanguage(request.language) ?? 'en').messages;
  const start = request.schedule.startDate;
  if (start < today)
    warnings.push({ field: 'schedule.startDate', message: said.pastStart({ start }) });
  const first = waveDates(request.schedule, 1)[0].start;
  if (first !== start)
    warnings.push({ field: 'schedule.startDate', message: said.weekendStart({ start, first }) });
  return warnings;
}
