/**
 * Every default of the plan request, and how a partial request from the sidebar is
 * completed with them. Everything but the source has a default.
 */

import type {
  GateThresholds,
  IsoDate,
  MetricDefinition,
  MetricKind,
  PlanRequest,
  PlanRequestInput,
  SourceSpec,
  WaveGates,
} from '../../shared/plan-types';
import { nextMonday } from '../calendar';
import { CRITERIA, type CriterionId } from '../scoring/criteria';
import { defaultMetrics, METRIC_COLUMN } from './metrics';

export interface PlanEnvironment {
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** The next free record ID in the decision log. */
  nextRecordId: string;
  /** The person writing, '' when Apps Script does not reveal it. */
  userEmail: string;
  spreadsheetName: string;
}

export const MAX_WAVES = 5;

/**
 * Names for `count` waves (1–MAX_WAVES): 'Pilot', then 'Scale' for two waves or 'Expand',
 * 'Scale', 'Wave 4', 'Wave 5' for more; the seed's Option B pilots first and scales once the
 * criteria hold. More than five names are never returned.
 */
export function defaultWaveNames(count: number): string[] {
  if (count === 1) return ['Pilot'];
  if (count === 2) return ['Pilot', 'Scale'];
  return ['Pilot', 'Expand', 'Scale', 'Wave 4', 'Wave 5'].slice(0, count);
}

/** The pilot takes 20%, the next wave 30%, the later waves share the rest. */
export function defaultShares(count: number): number[] {
  if (count <= 1) return [100];
  if (count === 2) return [20, 80];
  const later = Array.from({ length: count - 2 }, () => Math.round((50 / (count - 2)) * 100) / 100);
  // The last wave takes what rounding left, so the shares add up to exactly 100.
  later[later.length - 1] =
    Math.round((50 - later.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  return [20, 30, ...later];
}

/**
 * Weight 1 for every criterion: the neutral start before the user ranks priorities (weights
 * are relative: only their ratios matter to either scoring method).
 */
export function equalWeights(): Record<CriterionId, number> {
  return Object.fromEntries(CRITERIA.map((c) => [c.id, 1])) as Record<CriterionId, number>;
}

/**
 * The built-in metrics the source can give a baseline: a metric whose column is not
 * mapped would have no default GO and STOP, so it is left out (availableMetricNotes
 * says so) and the user can add it back by hand.
 */
export function availableMetrics(source: SourceSpec): MetricDefinition[] {
  return defaultMetrics().filter((m) => metricHasColumn(m.kind, source));
}

function metricHasColumn(kind: MetricKind, source: SourceSpec): boolean {
  if (kind === 'custom') return true;
  const column = source.columns?.[METRIC_COLUMN[kind]];
  return typeof column === 'number';
}

/** One note per built-in metric the source has no column for, e.g. "No co-marketing budget column: …". */
export function missingMetricNotes(source: SourceSpec, metrics: MetricDefinition[]): string[] {
  return defaultMetrics()
    .filter((m) => !metrics.some((x) => x.kind === m.kind) && !metricHasColumn(m.kind, source))
    .map((m) => {
      const column = CRITERIA.find((c) => c.id === METRIC_COLUMN[m.kind as 'cac'])?.label ?? '';
      return `No ${column.toLowerCase().replace('cac', 'CAC')} column, so no ${m.name} gate: add the column, or add the metric by hand with its GO and STOP.`;
    });
}

/**
 * A complete request for `source` with every default: equal weights and min–max scoring,
 * `waveCount` waves (default 3; 1–MAX_WAVES expected, not checked here) with 20 / 30 / rest
 * percent shares, 6-week waves from the Monday after `env.today` with a mid-wave check-in, the
 * seed's five gate metrics whose source column is mapped (availableMetrics), with thresholds left null (derived from the baselines at build),
 * annual amount columns, data stale after 14 days, owners as roles until named, and a
 * 'Proposed' / 'Draft' record with ID `env.nextRecordId`. The decision maker is the user's email,
 * or 'Head of Revenue Operations' when Apps Script does not reveal it.
 * The planner passes fewer waves when fewer partners can be scored, so every default wave
 * has a partner.
 */
export function defaultRequest(
  source: SourceSpec,
  env: PlanEnvironment,
  waveCount = 3,
): PlanRequest {
  const metrics = availableMetrics(source);
  const decisionMaker = env.userEmail || 'Head of Revenue Operations';
  return {
    source,
    partners: { exclusions: [], pins: [], requireCompleteData: false },
    scoring: { weights: equalWeights(), method: 'minmax' },
    waves: {
      count: waveCount,
      names: defaultWaveNames(waveCount),
      assignment: { mode: 'share', sharesPercent: defaultShares(waveCount) },
      pilotCaps: { comarketingBudget: null, enablementLoad: null },
    },
    schedule: { startDate: nextMonday(env.today), waveWeeks: 6, midCheckIn: true },
    metrics,
    gates: Array.from({ length: waveCount }, () => blankGates(metrics.map((m) => m.id))),
    gateSettings: {
      periods: { sourcedRevenue: 'annual', comarketingBudget: 'annual', enablementLoad: 'annual' },
      directCac: null,
      staleAfterDays: 14,
    },
    people: {
      inputOwners: {
        capability: 'Partner manager',
        comarketingBudget: 'Partner marketing manager',
        enablementLoad: 'Partner enablement lead',
      },
      decisionMaker,
      escalation: ['Revenue operations lead', decisionMaker],
      consulted: ['Channel sales lead', 'Finance business partner'],
      informed: ['Sales leadership', 'Partner managers'],
    },
    record: {
      id: env.nextRecordId,
      title: 'Partner Channel Prioritization: Option B phased pilot',
      status: 'Proposed',
      quality: 'Draft',
      source: `Sheet '${source.sheetName}' in ${env.spreadsheetName}`,
      conflictOfInterest: 'none',
      nameVariants: [],
      context: '',
      risks: [],
      stopConditions: [],
    },
  };
}

function blankGates(metricIds: string[]): WaveGates {
  return {
    metrics: metricIds.map((metricId) => ({ metricId, baseline: null, goAt: null, stopAt: null })),
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and plain values from the input replace the default. */
function merge<T>(defaults: T, input: unknown): T {
  // null stands for "none" only where the default itself is a value (a cap, a column).
  if (input === undefined || (input === null && isPlainObject(defaults))) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(input)) return input as T;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(input)) out[key] = merge(out[key], value);
  return out as T;
}

/**
 * The input completed with the defaults. Gates are matched to metrics by metricId, one
 * entry per metric per wave in the metrics' order; thresholds left out stay null and
 * are derived from the baselines when the plan is built.
 */
export function resolveRequest(
  input: PlanRequestInput,
  env: PlanEnvironment,
  defaultWaveCount = 3,
): PlanRequest {
  const rawCount = isPlainObject(input.waves) ? input.waves.count : undefined;
  const count =
    typeof rawCount === 'number' &&
    Number.isInteger(rawCount) &&
    rawCount >= 1 &&
    rawCount <= MAX_WAVES
      ? rawCount
      : defaultWaveCount;
  const defaults = defaultRequest(input.source, env, count);
  const { gates: inputGates, ...rest } = input;
  const waves = isPlainObject(input.waves) ? input.waves : {};
  const request = merge(defaults, { ...rest, waves: { ...waves, count: rawCount ?? count } });
  const gates: WaveGates[] = [];
  for (let w = 0; w < count; w++) {
    const wave = Array.isArray(inputGates) ? inputGates[w] : undefined;
    const given = Array.isArray(wave?.metrics) ? wave.metrics : [];
    const metrics = Array.isArray(request.metrics) ? request.metrics : [];
    gates.push({
      metrics: metrics.map((m, i): GateThresholds => {
        const entry =
          given.find((g) => g?.metricId === m.id) ??
          (given[i]?.metricId === undefined ? given[i] : undefined);
        return {
          metricId: m.id,
          baseline: entry?.baseline ?? null,
          goAt: entry?.goAt ?? null,
          stopAt: entry?.stopAt ?? null,
        };
      }),
    });
  }
  return { ...request, gates };
}
