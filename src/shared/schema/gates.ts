/**
 * What each gate judges: the metrics (the seed's three outcomes and two input
 * guardrails, plus the user's own), each wave's thresholds and the gate settings.
 */
import * as v from 'valibot';
import { amount, text, whole } from './fields';
import { DIRECTIONS, METRIC_KINDS, METRIC_UNITS, REVENUE_COLUMNS, valuesOf } from './options';

/** A metric judged at every gate; its owner is told when it turns STOP or STALE. */
export const metricSchema = () =>
  v.object({
    /** Stable key: the kind for the five built-in metrics, e.g. 'custom-1' for added ones. */
    id: text('Each metric needs its own id.'),
    /** `custom` is a guardrail the user adds. */
    kind: v.picklist(METRIC_KINDS, 'The metric kind is not one the planner knows.'),
    name: text('The metric needs a name.'),
    /** Which way is good: 'higher' (revenue) or 'lower' (CAC, spend against budget). */
    direction: v.picklist(valuesOf(DIRECTIONS), 'Say whether higher or lower is better.'),
    unit: v.picklist(
      valuesOf(METRIC_UNITS),
      'The unit must be currency, percent, hours or number.',
    ),
    /** Told when the metric's gate turns STOP or STALE; a blank owner is flagged by validate.ts with the metric's name. */
    owner: v.string('The metric needs an owner, who is told when its gate turns STOP or STALE.'),
  });

type Metric = v.InferOutput<ReturnType<typeof metricSchema>>;

/** The five metrics every plan starts with; owners are roles until people are named. */
export const defaultMetrics = (): Metric[] =>
  [
    ['sourcedRevenue', 'Partner-sourced revenue', 'higher', 'currency', 'Channel sales lead'],
    ['cac', 'CAC', 'lower', 'currency', 'Revenue operations lead'],
    ['coverageGap', 'Coverage gap filled', 'higher', 'percent', 'Partner programme manager'],
    ['comarketingSpend', 'Co-marketing spend', 'lower', 'currency', 'Partner marketing manager'],
    ['enablementHours', 'Enablement hours', 'lower', 'hours', 'Partner enablement lead'],
  ].map(
    ([kind, name, direction, unit, owner]) =>
      ({ id: kind, kind, name, direction, unit, owner }) as Metric,
  );

const METRICS_NEEDED = 'A gate needs at least one metric.';

/** The metrics every gate judges, in display order. */
export const metricsSchema = () =>
  v.optional(
    v.pipe(
      v.array(metricSchema(), METRICS_NEEDED),
      v.check((list) => list.length > 0, METRICS_NEEDED),
    ),
    defaultMetrics,
  );

const threshold = () => {
  const message = 'Enter a number, or leave it empty for the default.';
  return v.optional(v.nullable(amount(message)), null);
};

/**
 * One metric's numbers at one wave's gate. null means "use the default derived from
 * the baseline" (src/domain/plan/metrics.ts); custom metrics need goAt and stopAt.
 * Percent metrics are fractions (0.35 = 35%), as Sheets stores them.
 */
export const gateThresholdsSchema = () =>
  v.object({
    metricId: v.string(),
    baseline: threshold(),
    goAt: threshold(),
    stopAt: threshold(),
  });

/** One wave's gate: one threshold entry per metric, in the metrics' order. */
export const waveGatesSchema = () =>
  v.object({
    metrics: v.array(gateThresholdsSchema()),
  });

const DIRECT_CAC =
  'The direct-channel CAC must be a number above 0, or empty to use the partners\u2019 mean.';

/** How the gates read the data: the revenue column's period, the CAC baseline, staleness. */
export const gateSettingsSchema = () =>
  v.object({
    /**
     * How to read the partner-sourced revenue column: 'annual' expects revenue ×
     * waveWeeks / 52 per wave; 'perWave' expects the column's sum.
     */
    revenueColumn: v.optional(
      v.picklist(
        valuesOf(REVENUE_COLUMNS),
        'Say whether the revenue column is annual or per wave.',
      ),
      'annual',
    ),
    /** Direct-channel CAC baseline; null uses the scored partners' mean CAC. */
    directCac: v.optional(v.nullable(amount(DIRECT_CAC, 0, true)), null),
    /** Data older than this many days makes a gate STALE. */
    staleAfterDays: v.optional(whole(1, 365, 'Data goes stale after 1 to 365 whole days.'), 14),
  });
