/**
 * The gate metrics: the seed's three outcomes (partner-sourced revenue, CAC, coverage
 * gap filled) and two input guardrails (co-marketing spend, enablement hours), with
 * how each one's default baseline and thresholds follow from the wave it judges.
 */
import type { Direction, MetricKind, MetricUnit } from '../../shared/plan-types';

/** What a wave brings that the metrics' baselines come from. */
export interface WaveBaselines {
  expectedRevenue: number;
  comarketingBudget: number;
  enablementLoad: number;
  /** Mean coverage gap (a fraction) of the wave's partners, or null without data. */
  coverageGap: number | null;
  /** The direct-channel CAC the user entered, else the scored partners' mean. */
  cac: number | null;
}

/**
 * GO and STOP as multiples of the baseline. Revenue and coverage must reach 90% of
 * what the wave's partners promise and stop below half; CAC must not exceed the
 * baseline and stops at 130%; spend and hours stop at 110% of what the wave planned.
 */
export function thresholdFactors(kind: MetricKind): { go: number; stop: number } | undefined {
  switch (kind) {
    case 'sourcedRevenue':
    case 'coverageGap':
      return { go: 0.9, stop: 0.5 };
    case 'cac':
      return { go: 1, stop: 1.3 };
    case 'comarketingSpend':
    case 'enablementHours':
      return { go: 1, stop: 1.1 };
    case 'custom':
      return undefined;
  }
}

/**
 * The baseline a metric's GO/STOP thresholds derive from when the user gives none: what the wave
 * itself plans (expected partner-sourced revenue and co-marketing budget in currency, enablement
 * load in hours, the partners' mean coverage gap as a 0–1 fraction, the direct or partners' mean
 * CAC in currency). Null when the source has no data for it, and always for a custom metric.
 */
export function defaultBaseline(kind: MetricKind, wave: WaveBaselines): number | null {
  switch (kind) {
    case 'sourcedRevenue':
      return wave.expectedRevenue;
    case 'cac':
      return wave.cac;
    case 'coverageGap':
      return wave.coverageGap;
    case 'comarketingSpend':
      return wave.comarketingBudget;
    case 'enablementHours':
      return wave.enablementLoad;
    case 'custom':
      return null;
  }
}

/** Rounds a derived threshold so people read 6,000 rather than 5,999.999. */
export function roundThreshold(value: number, unit: MetricUnit): number {
  if (unit === 'percent') return Math.round(value * 10_000) / 10_000;
  if (unit === 'currency' || unit === 'hours') return Math.round(value);
  return Math.round(value * 100) / 100;
}

/** True when GO is on the good side of STOP for the metric's direction. */
export function goBeatsStop(direction: Direction, goAt: number, stopAt: number): boolean {
  return direction === 'higher' ? goAt > stopAt : goAt < stopAt;
}

/** A number as the plan's texts show it: $12,500 · 35% · 120 hrs. */
export function formatAmount(value: number, unit: MetricUnit, currency = '$'): string {
  const grouped = (n: number, digits: number) =>
    n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  switch (unit) {
    case 'currency':
      return `${value < 0 ? '-' : ''}${currency}${grouped(Math.abs(value), 0)}`;
    case 'percent':
      return `${grouped(value * 100, 1)}%`;
    case 'hours':
      return `${grouped(value, 0)} hrs`;
    case 'number':
      return grouped(value, 2);
  }
}

/** The STOP condition in words, e.g. "CAC at or above $6,500 at the Pilot gate review". */
export function stopInWords(
  name: string,
  direction: Direction,
  stopAt: number,
  unit: MetricUnit,
  currency: string,
): string {
  const side = direction === 'higher' ? 'at or below' : 'at or above';
  return `${name} ${side} ${formatAmount(stopAt, unit, currency)}`;
}

/**
 * The GO side in words, e.g. "at or above $12,500" for a higher-is-better metric and "at or
 * below 35%" for a lower-is-better one; `goAt` in the metric's unit (percent as a 0–1 fraction),
 * `currency` the symbol of the spreadsheet's locale.
 */
export function goInWords(
  direction: Direction,
  goAt: number,
  unit: MetricUnit,
  currency: string,
): string {
  const side = direction === 'higher' ? 'at or above' : 'at or below';
  return `${side} ${formatAmount(goAt, unit, currency)}`;
}
