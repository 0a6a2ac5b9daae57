/** Short names for tight columns, and number texts as the sidebar shows them. */
import type { CriterionId } from '../domain/scoring/criteria';
import type { MetricUnit } from '../shared/plan-types';

export const SHORT_CRITERION: Record<CriterionId, string> = {
  capability: 'Capability',
  comarketingBudget: 'Co-marketing',
  enablementLoad: 'Enablement',
  sourcedRevenue: 'Revenue',
  cac: 'CAC',
  coverageGap: 'Coverage',
};

export const UNIT_SUFFIX: Record<MetricUnit, string> = {
  currency: '$',
  percent: '%',
  hours: 'hrs',
  number: '',
};

/** Percent metrics travel as fractions (0.35) but are typed as percentages (35). */
export function unitScale(unit: MetricUnit): number {
  return unit === 'percent' ? 100 : 1;
}

/** Decimals worth showing of a derived threshold, in the unit as typed (35.2 for 35.2%). */
export const UNIT_DIGITS: Record<MetricUnit, number> = {
  currency: 0,
  percent: 1,
  hours: 0,
  number: 2,
};

/**
 * A number with en-US grouping and at most `digits` decimals (default 0), e.g. 12,500 or 35.2:
 * the sidebar's texts are in English, whatever the spreadsheet's locale.
 */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}
