/**
 * The gate rows of a plan: for each wave and metric, the gate review's GO and STOP
 * (typed, or derived from the wave's baseline) and, when the wave has a mid-wave
 * check-in, the check-in's own thresholds for wave-to-date figures. Every threshold is
 * rounded to the precision its cell shows (metrics.ts roundThreshold). A derived gate
 * the data cannot support (no baseline, or GO and STOP equal once rounded) is left out
 * with a note, so the default request always writes; numbers the user typed that do
 * not fit are an error beside the field.
 */

import { isControlKind } from '../../shared/balance';
import { asLanguage } from '../../shared/i18n/language';
import { type PlanText, planText } from '../../shared/i18n/plan';
import { sentenceText } from '../../shared/i18n/sentences';
import type {
  FieldError,
  GateRow,
  MetricDefinition,
  PlannedPartner,
  PlanRequest,
  WaveRow,
} from '../../shared/plan-types';
import type { AmountStyle } from './amount-style';
import { bandCheck, shareNeedsRevenue } from './band';
import {
  defaultBaseline,
  derivedThresholds,
  formatAmount,
  goBeatsStop,
  isCumulative,
  roundThreshold,
  type WaveBaselines,
} from './metrics';
import { checkThresholdOrder } from './validate';

export interface GateResult {
  /** Per wave: its check-in rows (if any), then its gate-review rows. */
  gates: GateRow[];
  /** The request's gates with each threshold as applied (derived and rounded). */
  resolved: PlanRequest['gates'];
  /** The gates left out, and why, in words. */
  notes: string[];
  errors: FieldError[];
  /**
   * The gate-review rows refused for a typed number (GO not beyond STOP), with the
   * thresholds the error names, so the sidebar can show them beside it.
   */
  refused: GateRow[];
}

function mean(values: (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** The share of a wave's days that have passed at its mid-wave check-in (schedule.ts). */
export function checkInShare(waveWeeks: number): { days: number; of: number } {
  const of = waveWeeks * 7;
  return { days: Math.floor(of / 2), of };
}

/**
 * Builds every gate row of the plan from the request and the filled waves. Field errors
 * write amounts in `amounts` (the sidebar boxes' way), else as the plan's texts do.
 */
export function gateRows(
  request: PlanRequest,
  partners: PlannedPartner[],
  waves: WaveRow[],
  amounts: AmountStyle,
): GateResult {
  const errors: FieldError[] = [];
  const notes: string[] = [];
  const gates: GateRow[] = [];
  const refused: GateRow[] = [];
  const scored = partners.filter((p) => p.rank !== null);
  const partnersCac = mean(scored.map((p) => p.values.cac));
  const share = checkInShare(request.schedule.waveWeeks);
  // The Actual covers words are a label of the plan, in its language.
  const words = planText(request.language);
  const language = asLanguage(request.language) ?? 'en';
  const said = sentenceText(language).gates;
  const resolved = request.gates.map((gate, w) => {
    const wave = waves[w];
    const members = partners.filter((p) => p.wave === wave.wave);
    const baselines: WaveBaselines = {
      expectedRevenue: wave.expectedRevenue.value,
      comarketingBudget: wave.comarketingBudget.value,
      enablementLoad: wave.enablementLoad.value,
      coverageGap: mean(members.map((p) => p.values.coverageGap)),
      cac: request.gateSettings.directCac ?? partnersCac,
      share: request.gateSettings.baselineShare,
      direct: request.gateSettings.directBaselines,
    };
    const checkIns: GateRow[] = [];
    const reviews: GateRow[] = [];
    const metrics = gate.metrics.map((t, i) => {
      const metric = request.metrics[i];
      const field = `gates.${w}.metrics.${i}`;
      const typed = t.baseline !== null || t.goAt !== null || t.stopAt !== null;
      const baseline = t.baseline ?? defaultBaseline(metric.kind, baselines);
      const derived = derivedThresholds(metric.kind, baseline);
      const rawGo = t.goAt ?? derived?.go ?? null;
      const rawStop = t.stopAt ?? derived?.stop ?? null;
      const names = { metric: metric.name, wave: wave.name };
      if (rawGo === null || rawStop === null) {
        const control = isControlKind(metric.kind);
        if (typed)
          errors.push({
            field: `${field}.baseline`,
            message: control ? said.noBaselineControl(names) : said.noBaseline(names),
          });
        else notes.push(control ? said.noGateControl(names) : said.noGateNoData(names));
        return { ...t };
      }
      const goAt = roundThreshold(rawGo, metric.unit);
      const stopAt = roundThreshold(rawStop, metric.unit);
      const row = (over: Partial<GateRow>): GateRow => ({
        wave: wave.wave,
        waveName: wave.name,
        checkpoint: 'gateReview',
        metricId: metric.id,
        kind: metric.kind,
        metric: metric.name,
        direction: metric.direction,
        unit: metric.unit,
        baseline,
        goAt,
        stopAt,
        owner: metric.owner,
        reviewDate: wave.gateReview,
        covers: words.coversWave({ days: share.of }),
        ...over,
      });
      if (!goBeatsStop(metric.direction, goAt, stopAt)) {
        // Amounts as the boxes and the plan show them; cents kept, so a baseline of 0.5
        // does not read as 1 in the message.
        const shown = (v: number, cents = 0) =>
          formatAmount(v, metric.unit, amounts, language, cents);
        const equal = said.noGateEqual({ ...names, baseline: shown(baseline ?? 0, 2) });
        const order = checkThresholdOrder(field, metric, goAt, stopAt, request.language, shown);
        // A typed baseline too small for GO and STOP to differ is the baseline's fault,
        // not the order of thresholds the user never typed.
        if (order && (t.goAt !== null || t.stopAt !== null)) errors.push(order);
        else if (typed) errors.push({ field: `${field}.baseline`, message: equal });
        else notes.push(equal);
        if (typed) refused.push(row({}));
        return { ...t };
      }
      reviews.push(row({}));
      if (wave.midCheckIn) {
        const checkIn = checkInRow(metric, goAt, stopAt, share, words);
        if (checkIn)
          checkIns.push(row({ checkpoint: 'checkIn', reviewDate: wave.midCheckIn, ...checkIn }));
        else notes.push(said.noCheckIn(names));
      }
      return { metricId: metric.id, baseline, goAt, stopAt };
    });
    const band = bandCheck(request, w, metrics, wave.name, amounts);
    if (band) errors.push(band);
    const kept = shareNeedsRevenue([...checkIns, ...reviews], wave.name, language);
    notes.push(...kept.notes);
    gates.push(...kept.rows);
    return { metrics };
  });
  return { gates, resolved, notes, errors, refused };
}

/**
 * The check-in's thresholds: an amount that adds up over the wave is pro-rated to the
 * days passed; a rate is judged against the gate's own thresholds. null when pro-rating
 * makes GO and STOP equal at the precision shown.
 */
function checkInRow(
  metric: MetricDefinition,
  goAt: number,
  stopAt: number,
  share: { days: number; of: number },
  t: PlanText,
): Pick<GateRow, 'goAt' | 'stopAt' | 'baseline' | 'covers'> | null {
  if (!isCumulative(metric.kind))
    return { goAt, stopAt, baseline: null, covers: t.coversRate(share) };
  const ratio = share.days / share.of;
  const go = roundThreshold(goAt * ratio, metric.unit);
  const stop = roundThreshold(stopAt * ratio, metric.unit);
  if (!goBeatsStop(metric.direction, go, stop)) return null;
  return {
    goAt: go,
    stopAt: stop,
    baseline: null,
    covers: t.coversProRated(share),
  };
}
