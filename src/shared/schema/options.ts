/**
 * The choices of the request's enumerated fields, each with the label the sidebar shows.
 * The schemas build their picklists from these lists and the sidebar's dropdowns render
 * them, so a choice added here is accepted by the server and offered by the sidebar at
 * once. Plain data with no validation code, so the sidebar bundle stays small.
 */

/** One choice of a dropdown: the value the request carries and the words people read. */
export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

export const SCORING_METHODS = [
  { value: 'minmax', label: 'Weighted sum (min–max)' },
  { value: 'topsis', label: 'Closest to ideal (TOPSIS)' },
] as const satisfies readonly Option<string>[];

export const ASSIGNMENT_MODES = [
  { value: 'share', label: 'Share (%)' },
  { value: 'count', label: 'Count' },
] as const satisfies readonly Option<string>[];

export const METRIC_KINDS = [
  'sourcedRevenue',
  'cac',
  'coverageGap',
  'comarketingSpend',
  'enablementHours',
  'shareFloor',
  'shareCeiling',
  'partnerChurn',
  'directTouch',
  'partnerDiscount',
  'forecastAccuracy',
  'custom',
] as const;

/**
 * Which way is better, for a criterion (MCDA's benefit and cost criteria) and for a gate
 * metric alike: 'higher' (revenue, capability) or 'lower' (CAC, spend against budget).
 */
export const DIRECTIONS = [
  { value: 'higher', label: 'Higher ↑' },
  { value: 'lower', label: 'Lower ↓' },
] as const satisfies readonly Option<string>[];

/** Which way is better: 'higher' (a benefit criterion) or 'lower' (a cost criterion). */
export type Direction = (typeof DIRECTIONS)[number]['value'];

export const METRIC_UNITS = [
  { value: 'percent', label: 'Percent' },
  { value: 'currency', label: 'Currency' },
  { value: 'hours', label: 'Hours' },
  { value: 'number', label: 'Number' },
] as const satisfies readonly Option<string>[];

/** The period an amount column covers; thresholds derived from it are stated for one wave. */
export const COLUMN_PERIODS = [
  { value: 'annual', label: 'A year (pro-rated to each wave)' },
  { value: 'perWave', label: 'One wave' },
] as const satisfies readonly Option<string>[];

export const RECORD_STATUSES = [
  { value: 'Proposed', label: 'Proposed' },
  { value: 'Accepted', label: 'Accepted' },
] as const satisfies readonly Option<string>[];

export const RECORD_QUALITIES = [
  { value: 'Draft', label: 'Draft' },
  { value: 'Reviewed', label: 'Reviewed' },
] as const satisfies readonly Option<string>[];

/**
 * The values of a list of options, typed as the union of their literals so a picklist
 * built from them infers that union.
 */
export function valuesOf<T extends string>(options: readonly Option<T>[]): T[] {
  return options.map((o) => o.value);
}
