/**
 * The whole plan from a completed request and the scored source rows: waves, gates,
 * stop conditions, review calendar and decision record. Pure: the adapter reads the
 * sheet before and writes the result after.
 */

import type {
  CalendarEntry,
  FieldError,
  GateRow,
  IsoDate,
  PlannedPartner,
  PlanPreview,
  PlanRequest,
  Result,
  RowCounts,
  WaveRow,
} from '../../shared/plan-types';
import { longDate } from '../calendar';
import { CRITERIA } from '../scoring/criteria';
import { recordMarkdown } from './markdown';
import {
  defaultBaseline,
  roundThreshold,
  stopInWords,
  thresholdFactors,
  type WaveBaselines,
} from './metrics';
import { rankPartners, type SourceRow } from './ranking';
import { type PlanFacts, recordContent } from './record';
import { waveDates } from './schedule';
import { checkThresholdOrder, validateRequest } from './validate';

export interface BuildContext {
  today: IsoDate;
  /** The currency symbol of the spreadsheet's locale, for generated text. */
  currency: string;
  version: number;
  /** e.g. 'B0373 v1' when this version supersedes one, else null. */
  supersedes: string | null;
  planSheetName: string;
  recordSheetName: string;
  /** What the plan calls each extra criterion (`extra:<column>`): its header. */
  extraNames?: Record<string, string>;
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
  if (counts.rows === 0)
    return fail({
      field: 'source.sheetName',
      message: `'${request.source.sheetName}' has no partner rows below header row ${request.source.headerRow}. Choose the sheet and header row of the partner table.`,
    });
  if (counts.scored === 0)
    return fail({
      field: 'source.columns',
      message: `None of the ${counts.rows} partners can be scored: ${counts.insufficient} have insufficient data and ${counts.invalid} have invalid values. Fill in or correct the criterion values (see the excluded partners), or map other columns.`,
    });

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
    extraNames: context.extraNames,
  });
  if (ranking.errors.length)
    return { ok: false, errors: ranking.errors, warnings: ranking.warnings };

  const waves = waveRows(request, ranking.partners);
  const gateResult = gateRows(request, ranking.partners, waves);
  if ('errors' in gateResult)
    return { ok: false, errors: gateResult.errors, warnings: ranking.warnings };
  const { gates, resolved } = gateResult;
  const completed: PlanRequest = { ...request, gates: resolved };
  const conditions = [
    ...stopConditions(gates, completed, waves, context.currency),
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
    currency: context.currency,
    extraNames: context.extraNames ?? {},
  };
  const record = recordContent(facts);
  return {
    ok: true,
    value: {
      request: completed,
      counts,
      partners: ranking.partners,
      waves,
      gates,
      stopConditions: conditions,
      calendar: calendar(completed, waves),
      record,
      markdown: recordMarkdown(record),
      scoreFormula: null,
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

function waveRows(request: PlanRequest, partners: PlannedPartner[]): WaveRow[] {
  const dates = waveDates(request.schedule, request.waves.count);
  const revenueFactor =
    request.gateSettings.revenueColumn === 'annual' ? request.schedule.waveWeeks / 52 : 1;
  return dates.map((d, i) => {
    const members = partners.filter((p) => p.wave === i + 1);
    const sum = (key: 'comarketingBudget' | 'enablementLoad' | 'sourcedRevenue') =>
      members.reduce((total, p) => total + (p.values[key] ?? 0), 0);
    return {
      wave: i + 1,
      name: request.waves.names[i],
      start: d.start,
      midCheckIn: d.midCheckIn,
      gateReview: d.gateReview,
      partners: members.length,
      comarketingBudget: sum('comarketingBudget'),
      enablementLoad: sum('enablementLoad'),
      expectedRevenue: Math.round(sum('sourcedRevenue') * revenueFactor),
    };
  });
}

function mean(values: (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

function gateRows(
  request: PlanRequest,
  partners: PlannedPartner[],
  waves: WaveRow[],
): { gates: GateRow[]; resolved: PlanRequest['gates'] } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const gates: GateRow[] = [];
  const scored = partners.filter((p) => p.score !== null);
  const partnersCac = mean(scored.map((p) => p.values.cac));
  const resolved = request.gates.map((gate, w) => {
    const wave = waves[w];
    const members = partners.filter((p) => p.wave === wave.wave);
    const baselines: WaveBaselines = {
      expectedRevenue: wave.expectedRevenue,
      comarketingBudget: wave.comarketingBudget,
      enablementLoad: wave.enablementLoad,
      coverageGap: mean(members.map((p) => p.values.coverageGap)),
      cac: request.gateSettings.directCac ?? partnersCac,
    };
    return {
      metrics: gate.metrics.map((t, i) => {
        const metric = request.metrics[i];
        const field = `gates.${w}.metrics.${i}`;
        const baseline = t.baseline ?? defaultBaseline(metric.kind, baselines);
        const factors = thresholdFactors(metric.kind);
        const derive = (factor: number | undefined) =>
          baseline === null || factor === undefined
            ? null
            : roundThreshold(baseline * factor, metric.unit);
        const goAt = t.goAt ?? derive(factors?.go);
        const stopAt = t.stopAt ?? derive(factors?.stop);
        if (goAt === null || stopAt === null) {
          errors.push({
            field: `${field}.baseline`,
            message: `${metric.name} has no baseline for ${wave.name}: the source has no data for it. Enter the baseline, or GO and STOP, or remove the metric.`,
          });
          return { ...t };
        }
        const order = checkThresholdOrder(field, metric, goAt, stopAt);
        if (order) errors.push(order);
        gates.push({
          wave: wave.wave,
          waveName: wave.name,
          metricId: metric.id,
          metric: metric.name,
          direction: metric.direction,
          unit: metric.unit,
          baseline,
          goAt,
          stopAt,
          owner: metric.owner,
          reviewDate: wave.gateReview,
        });
        return { metricId: metric.id, baseline, goAt, stopAt };
      }),
    };
  });
  return errors.length ? { errors } : { gates, resolved };
}

/** One stop condition per gate review: every STOP threshold of that gate in words. */
function stopConditions(
  gates: GateRow[],
  request: PlanRequest,
  waves: WaveRow[],
  currency: string,
): string[] {
  return waves.map((wave) => {
    const next = waves[wave.wave];
    const consequence = next
      ? `${next.name} does not start until ${request.people.decisionMaker} decides to fix, pause or end the pilot`
      : `no further scaling until ${request.people.decisionMaker} decides`;
    const thresholds = gates
      .filter((g) => g.wave === wave.wave)
      .map((g) => stopInWords(g.metric, g.direction, g.stopAt, g.unit, currency));
    return `${wave.name} gate review ${longDate(wave.gateReview)}: STOP if ${thresholds.join(', or ')}; ${consequence}.`;
  });
}

function calendar(request: PlanRequest, waves: WaveRow[]): CalendarEntry[] {
  const owners = [...new Set(request.metrics.map((m) => m.owner))].join(', ');
  const entries: CalendarEntry[] = [];
  for (const w of waves) {
    entries.push({
      date: w.start,
      wave: w.wave,
      event: 'Wave start',
      who: request.people.inputOwners.capability,
    });
    if (w.midCheckIn)
      entries.push({ date: w.midCheckIn, wave: w.wave, event: 'Mid-wave check-in', who: owners });
    entries.push({
      date: w.gateReview,
      wave: w.wave,
      event: 'Gate review',
      who: [request.people.decisionMaker, owners].join(', '),
    });
  }
  return entries;
}

function scheduleWarnings(request: PlanRequest, today: IsoDate): FieldError[] {
  const warnings: FieldError[] = [];
  const start = request.schedule.startDate;
  if (start < today)
    warnings.push({
      field: 'schedule.startDate',
      message: `The start date ${start} is in the past.`,
    });
  const first = waveDates(request.schedule, 1)[0].start;
  if (first !== start)
    warnings.push({
      field: 'schedule.startDate',
      message: `${start} is a weekend day; the pilot starts on Monday ${first}.`,
    });
  return warnings;
}
