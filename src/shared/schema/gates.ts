/**
 * What each gate judges: the metrics (the seed's three outcomes and two input
 * guardrails, plus the user's own), each wave's thresholds and the gate settings.
 */
import * as v from 'valibot';
import { BALANCE_METRICS, BALANCE_UNIT, type ControlKind, SHARE_KINDS } from '../balance';
import { say } from '../i18n/checks';
import { defaultsText } from '../i18n/defaults';
import type { Language } from '../i18n/language';
import { amount, text, whole } from './fields';
import { COLUMN_PERIODS, DIRECTIONS, METRIC_KINDS, METRIC_UNITS, valuesOf } from './options';

/** A metric judged at every gate; its owner is told when it turns STOP or STALE. */
export const metricSchema = () =>
  v.object({
    /** Stable key: the kind for the five built-in metrics, e.g. 'custom-1' for added ones. */
    id: text(say((t) => t.gates.id)),
    /** `custom` is a guardrail the user adds. */
    kind: v.picklist(
      METRIC_KINDS,
      say((t) => t.gates.kind),
    ),
    name: text(say((t) => t.gates.name)),
    /** Which way is good: 'higher' (revenue) or 'lower' (CAC, spend against budget). */
    direction: v.picklist(
      valuesOf(DIRECTIONS),
      say((t) => t.gates.direction),
    ),
    unit: v.picklist(
      valuesOf(METRIC_UNITS),
      say((t) => t.gates.unit),
    ),
    /** Told when the metric's gate turns STOP or STALE; a blank owner is flagged by validate.ts with the metric's name. */
    owner: v.string(say((t) => t.gates.owner)),
  });

type Metric = v.InferOutput<ReturnType<typeof metricSchema>>;

/**
 * The metrics every plan starts with: the seed's five, then the partner-share band (floor
 * and ceiling, src/shared/balance.ts); owners are roles until people are named.
 */
export const defaultMetrics = (): Metric[] => [
  ...[
    ['sourcedRevenue', 'Partner-sourced revenue', 'higher', 'currency', 'Channel sales lead'],
    ['cac', 'CAC', 'lower', 'currency', 'Revenue operations lead'],
    ['coverageGap', 'Coverage gap filled', 'higher', 'percent', 'Partner programme manager'],
    ['comarketingSpend', 'Co-marketing spend', 'lower', 'currency', 'Partner marketing manager'],
    ['enablementHours', 'Enablement hours', 'lower', 'hours', 'Partner enablement lead'],
  ].map(
    ([kind, name, direction, unit, owner]) =>
      ({ id: kind, kind, name, direction, unit, owner }) as Metric,
  ),
  ...SHARE_KINDS.map((k) => balanceMetric(k)),
];

/**
 * A balance metric (share band row or control guardrail) as the request holds it, its name
 * and owner role the defaults of `language` (English when omitted), as every built-in metric's.
 */
export function balanceMetric(
  kind: (typeof SHARE_KINDS)[number] | ControlKind,
  language: Language = 'en',
): Metric {
  const { direction } = BALANCE_METRICS[kind];
  const { name, owner } = defaultsText(language).metrics[kind] ?? BALANCE_METRICS[kind];
  return { id: kind, kind, name, direction, unit: BALANCE_UNIT, owner };
}

// Shares of a whole: coverage gap filled, the partner-share band, customers lost, deals
// touched, discount off list. Forecast accuracy (closed ÷ forecast) passes 100 % in a
// good quarter, so it is bounded below only.
const SHARES = new Set([
  'coverageGap',
  ...SHARE_KINDS,
  'partnerChurn',
  'directTouch',
  'partnerDiscount',
]);

/**
 * The most a built-in metric's baseline, GO or STOP can be (a fraction for a percent
 * metric): 1 (100 %) for a share of a whole, else Infinity; each is 0 or more. Undefined
 * for a custom metric, whose own may be a change (-5 %) or pass 100 %. Checked in the
 * sidebar's boxes and in validate.ts, so `150%` for a share is refused, not planned.
 */
export function metricCeiling(kind: string): number | undefined {
  if (kind === 'custom') return undefined;
  return SHARES.has(kind) ? 1 : Number.POSITIVE_INFINITY;
}

/**
 * The metrics every gate judges, in display order. None is allowed: a table with no
 * outcome or amount column still gets a plan, whose notes say which metrics to add.
 */
export const metricsSchema = () =>
  v.optional(
    v.array(
      metricSchema(),
      say((t) => t.gates.metrics),
    ),
    defaultMetrics,
  );

const threshold = () => {
  const message = say((t) => t.gates.threshold);
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

const period = () =>
  v.optional(
    v.picklist(
      valuesOf(COLUMN_PERIODS),
      say((t) => t.gates.period),
    ),
    'annual',
  );

const DIRECT_CAC = say((t) => t.gates.directCac);

const SHARE = say((t) => t.gates.baselineShare);
const DIRECT = say((t) => t.gates.directBaseline);
const direct = () => v.optional(v.nullable(fraction(DIRECT, false)), null);
const fraction = (message: ReturnType<typeof say>, above: boolean) =>
  v.pipe(
    v.number(message),
    v.check((n) => Number.isFinite(n) && (above ? n > 0 && n < 1 : n >= 0 && n <= 1), message),
  );

/**
 * How the gates read the data: the amount columns' periods, the CAC baseline, the balance
 * baselines, staleness.
 */
export const gateSettingsSchema = () =>
  v.object({
    /**
     * The period of each amount column: 'annual' pro-rates it to the wave (× waveWeeks /
     * 52), 'perWave' takes it as it is. Every threshold derived from a column is stated for
     * one wave, so a gate never mixes a year with a wave.
     */
    periods: v.optional(
      v.object({
        sourcedRevenue: period(),
        comarketingBudget: period(),
        enablementLoad: period(),
      }),
      {},
    ),
    /** Direct-channel CAC baseline; null uses the scored partners' mean CAC. */
    directCac: v.optional(v.nullable(amount(DIRECT_CAC, 0, true)), null),
    /**
     * The partner share of new revenue today (a 0–1 fraction): the band's default GO and
     * STOP follow from it (src/domain/plan/balance.ts); null gives 20% → 60%, STOP 10% / 75%.
     */
    baselineShare: v.optional(v.nullable(fraction(SHARE, true)), null),
    /**
     * Each control guardrail's level in the direct channel today (0–1 fractions): its GO and
     * STOP follow from it; null leaves the guardrail without default thresholds.
     */
    directBaselines: v.optional(
      v.object({
        partnerChurn: direct(),
        directTouch: direct(),
        partnerDiscount: direct(),
        forecastAccuracy: direct(),
      } satisfies Record<ControlKind, unknown>),
      {},
    ),
    /** Data older than this many days makes a gate STALE. */
    staleAfterDays: v.optional(
      whole(
        1,
        365,
        say((t) => t.gates.stale),
      ),
      14,
    ),
  });
