/** Short names for tight columns, and number texts as the sidebar shows them. */
import type { SidebarText } from '../shared/i18n/sidebar';
import type { CurrencySign, MetricDefinition, MetricUnit } from '../shared/plan-types';
import { metricCeiling } from '../shared/schema/gates';
import type { BoxKind } from './box-units';
import { formatNumber } from './numbers';

/** Percent metrics travel as fractions (0.35) but are typed as percentages (35). */
export function unitScale(unit: MetricUnit): number {
  return unit === 'percent' ? 100 : 1;
}

/** The most a metric's box takes, in the unit it shows (metricCeiling: 100 for a share). */
export function boxMax(kind: string, unit: MetricUnit): number | undefined {
  const max = metricCeiling(kind);
  return max === undefined ? undefined : max * unitScale(unit);
}

/** What a metric's threshold boxes hold: a plain-number metric (NPS, deals) takes no unit. */
export const UNIT_BOX: Record<MetricUnit, BoxKind> = {
  currency: 'money',
  percent: 'percent',
  hours: 'hours',
  number: 'count',
};

/** Decimals worth showing of a derived threshold, in the unit as typed (35.2 for 35.2%). */
export const UNIT_DIGITS: Record<MetricUnit, number> = {
  currency: 0,
  percent: 1,
  hours: 0,
  number: 2,
};

/**
 * A threshold as step 4 shows it outside the box being edited: money with the spreadsheet's
 * currency (PlannerContext.currency: ¥633,358, 633.358 €) and grouping, percentages with %,
 * hours with hrs. `shown` is already in the unit as typed (35.2 for 35.2%). `digits`
 * defaults to the unit's (UNIT_DIGITS, for derived values); a typed number passes more,
 * so 0,5 € shows as typed, never as 1 €.
 */
export function formatInUnit(
  shown: number,
  unit: MetricUnit,
  t: SidebarText,
  currency: CurrencySign,
  digits = UNIT_DIGITS[unit],
): string {
  const n = formatNumber(Math.abs(shown), digits);
  switch (unit) {
    case 'currency':
      return `${shown < 0 ? '-' : ''}${currency.before ? `${currency.symbol}${n}` : `${n} ${currency.symbol}`}`;
    case 'percent':
      return `${shown < 0 ? '-' : ''}${n}%`;
    case 'hours':
      return `${shown < 0 ? '-' : ''}${n} ${t.hours}`;
    case 'number':
      return formatNumber(shown, digits);
  }
}

/**
 * A metric's name short enough for the gates table at 300 px, in the sidebar's language; a
 * guardrail keeps its own.
 */
export function shortMetricName(metric: MetricDefinition, t: SidebarText): string {
  return metric.kind === 'custom' ? metric.name : (t.shortMetrics[metric.kind] ?? metric.name);
}
