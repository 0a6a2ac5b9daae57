/**
 * How a partial request (from the sidebar, or kept in the document by an older version)
 * becomes a whole one. The constant defaults are the request schema's
 * (src/shared/schema/); this module fills only what follows the document (today, the
 * next record ID, the person writing) or other fields (the wave count, the metrics).
 */

import * as v from 'valibot';
import { isShareKind, SHARE_KINDS } from '../../shared/balance';
import { defaultsText } from '../../shared/i18n/defaults';
import { asLanguage, type Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type {
  CriterionId,
  GateThresholds,
  IsoDate,
  MetricDefinition,
  MetricKind,
  PlanRequest,
  PlanRequestInput,
  SourceSpec,
  WaveGates,
} from '../../shared/plan-types';
import { balanceMetric, defaultMetrics } from '../../shared/schema/gates';
import { planRequestSchema } from '../../shared/schema/request';
import { describeIssues } from '../../shared/schema/stored';
import { MAX_WAVES } from '../../shared/schema/waves';
import { nextMonday } from '../calendar';
import { CRITERIA } from '../scoring/criteria';
import { defaultsInLanguage } from './default-words';
import { METRIC_COLUMN } from './metrics';
import { defaultShares, defaultWaveNames } from './wave-defaults';

export { MAX_WAVES } from '../../shared/schema/waves';
export { defaultShares, defaultWaveNames } from './wave-defaults';

export interface PlanEnvironment {
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** The next free record ID in the decision log. */
  nextRecordId: string;
  /** The person writing, '' when Apps Script does not reveal it. */
  userEmail: string;
  spreadsheetName: string;
  /**
   * The spreadsheet locale's language: a draft that names none (a new one, or one kept
   * before the sidebar had a language switch) takes it. Absent: English.
   */
  language?: Language;
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
export function availableMetrics(
  source: SourceSpec,
  language: Language = 'en',
): MetricDefinition[] {
  const words = defaultsText(language).metrics;
  return defaultMetrics()
    .filter((m) => metricHasColumn(m.kind, source))
    .map((m) => ({
      ...m,
      name: words[m.kind]?.name ?? m.name,
      owner: words[m.kind]?.owner ?? m.owner,
    }));
}

function metricHasColumn(kind: MetricKind, source: SourceSpec): boolean {
  const criterion = METRIC_COLUMN[kind];
  if (criterion === undefined) return true;
  return typeof source.columns?.[criterion] === 'number';
}

/** One note per built-in metric without a source column, in `language` ("No CAC column, so no … gate"). */
export function missingMetricNotes(
  source: SourceSpec,
  metrics: MetricDefinition[],
  language: Language = 'en',
): string[] {
  const t = sentenceText(language);
  const names = defaultsText(language).metrics;
  return defaultMetrics()
    .filter((m) => !metrics.some((x) => x.kind === m.kind) && !metricHasColumn(m.kind, source))
    .map((m) => {
      const column = METRIC_COLUMN[m.kind];
      const metric = names[m.kind]?.name ?? m.name;
      return t.missingColumn({ column: column ? t.criteriaInSentence[column] : '', metric });
    });
}

/**
 * A complete request for `source` with every default: equal weights and min–max scoring,
 * `waveCount` waves (default 3; 1–MAX_WAVES expected, not checked here) with 20 / 30 / rest
 * percent shares, 6-week waves from the Monday after `env.today` with a mid-wave check-in, the
 * seed's five gate metrics whose source column is mapped (availableMetrics) with thresholds
 * left null (derived from the baselines at build), annual amount columns, no partner excluded
 * or pinned and partial data allowed, data stale after 14 days, owners as roles until named, and a
 * 'Proposed' / 'Draft' record with ID `env.nextRecordId`. The decision maker is the user's email,
 * or 'Head of Revenue Operations' when Apps Script does not reveal it. The planner passes
 * fewer waves when fewer partners can be scored, so every default wave has a partner.
 */
export function defaultRequest(
  source: SourceSpec,
  env: PlanEnvironment,
  waveCount = 3,
): PlanRequest {
  return resolveRequest({ source, waves: { count: waveCount } }, env);
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const section = (x: unknown): Record<string, unknown> => (isPlainObject(x) ? x : {});

/** The input's value, or the default when the input leaves it out (null stays: it may mean "none"). */
const given = (x: unknown, fallback: unknown) => (x === undefined ? fallback : x);

/**
 * The input with the defaults that no schema constant can give: those that follow the
 * document, the wave count and the metrics. Gates are matched to metrics by metricId, one
 * entry per metric per wave in the metrics' order; thresholds left out stay null and
 * are derived from the baselines when the plan is built. Wrong types stay for the schema
 * to report.
 */
function withDerivedDefaults(
  input: Record<string, unknown>,
  env: PlanEnvironment,
  defaultWaveCount = 3,
) {
  const rawCount = section(input.waves).count;
  // An invalid count keeps its value for the schema to report; the defaults follow 3 waves.
  const count =
    typeof rawCount === 'number' &&
    Number.isInteger(rawCount) &&
    rawCount >= 1 &&
    rawCount <= MAX_WAVES
      ? rawCount
      : defaultWaveCount;
  const share = { mode: 'share', sharesPercent: defaultShares(count) };
  // A new draft's words (names, roles, title) are in its language; a kept one keeps its own.
  const language = asLanguage(input.language) ?? env.language ?? 'en';
  const words = defaultsText(language);
  const decisionMaker = env.userEmail || words.decisionMaker;
  // By default, the built-in metrics the source has a column for; the gates follow their ids.
  const source = section(input.source) as unknown as SourceSpec;
  const metrics = given(input.metrics, availableMetrics(source, language));
  const waves = extend(input.waves, { count, names: defaultWaveNames(count, language) });
  if (isPlainObject(waves)) waves.assignment = extend(waves.assignment, share);
  return {
    ...input,
    language: input.language ?? language,
    gateSettings: legacyPeriods(input.gateSettings),
    waves,
    schedule: extend(input.schedule, { startDate: nextMonday(env.today) }),
    people: extend(input.people, {
      decisionMaker,
      escalation: [words.escalation, decisionMaker],
      inputOwners: words.inputOwners,
      consulted: words.consulted,
      informed: words.informed,
    }),
    record: extend(input.record, {
      id: env.nextRecordId,
      title: words.title,
      nameVariants: Object.values(words.nameVariants)
        .filter((n) => n.text !== '')
        .map((n) => ({ ...n })),
      source: words.source({
        sheet: String(section(input.source).sheetName),
        spreadsheet: env.spreadsheetName,
      }),
    }),
    metrics,
    gates: matchGates(input.gates, Array.isArray(metrics) ? metrics : [], count),
  };
}

/**
 * Gate settings kept before amount columns had periods said only how to read revenue
 * (`revenueColumn`): that choice becomes the revenue column's period, so an older draft
 * keeps what its user chose.
 */
function legacyPeriods(raw: unknown): unknown {
  if (!isPlainObject(raw) || raw.periods !== undefined || raw.revenueColumn === undefined)
    return raw;
  const { revenueColumn, ...rest } = raw;
  return { ...rest, periods: { sourcedRevenue: revenueColumn } };
}

/**
 * `raw` with the `derived` defaults of the fields it leaves out (its own fields win); a
 * value of the wrong type is left as it is, for the schema to report rather than to be
 * quietly replaced.
 */
function extend(raw: unknown, derived: Record<string, unknown>): unknown {
  return raw === undefined || isPlainObject(raw) ? { ...derived, ...section(raw) } : raw;
}

function matchGates(input: unknown, metrics: unknown[], count: number): WaveGates[] {
  const gates: WaveGates[] = [];
  for (let w = 0; w < count; w++) {
    const wave = Array.isArray(input) ? section(input[w]) : {};
    const given: Partial<GateThresholds>[] = Array.isArray(wave.metrics)
      ? wave.metrics.map(section)
      : [];
    gates.push({
      metrics: metrics.map((m, i): GateThresholds => {
        const metricId = section(m).id as string;
        const entry =
          given.find((g) => g.metricId === metricId) ??
          (given[i]?.metricId === undefined ? given[i] : undefined);
        return {
          metricId,
          baseline: entry?.baseline ?? null,
          goAt: entry?.goAt ?? null,
          stopAt: entry?.stopAt ?? null,
        };
      }),
    });
  }
  return gates;
}

/**
 * Drops values of the wrong type where the schema expects an object (`people: null`,
 * `waves: 'x'`), so that part takes its defaults: the wire carries whatever a caller
 * sends, and one mangled section should not hide the rest of the request.
 */
function dropMisshapen(schema: v.GenericSchema, value: unknown): unknown {
  const inner =
    schema.type === 'optional'
      ? (schema as unknown as { wrapped: v.GenericSchema }).wrapped
      : schema;
  if (inner.type !== 'object') return value;
  if (!isPlainObject(value)) return undefined;
  const entries = (inner as unknown as { entries: Record<string, v.GenericSchema> }).entries;
  const out: Record<string, unknown> = { ...value };
  for (const [key, entry] of Object.entries(entries))
    if (key in out) out[key] = dropMisshapen(entry, out[key]);
  return out;
}

/**
 * The input completed with every default. A value of the wrong type stays in place for
 * validateRequest to report against its field, so the result is whole but not yet
 * valid: prepare() validates before anything is built.
 */
export function resolveRequest(
  input: PlanRequestInput,
  env: PlanEnvironment,
  defaultWaveCount = 3,
): PlanRequest {
  const tidy = section(dropMisshapen(planRequestSchema(), input));
  const parsed = v.safeParse(planRequestSchema(), withDerivedDefaults(tidy, env, defaultWaveCount));
  return inOwnWords(parsed.output as PlanRequest, env);
}

/** The request's unedited default words in its own language (default-words.ts). */
function inOwnWords(request: PlanRequest, env: PlanEnvironment): PlanRequest {
  const language = asLanguage(request.language) ?? 'en';
  return defaultsInLanguage(request, language, env.spreadsheetName);
}

/**
 * A draft kept before the balance gates (issue 15) has no `gateSettings.baselineShare`:
 * it gets the partner-share band its user never saw, when it judges partner-sourced
 * revenue (the share divides that gate's Actual). A later draft without the band had it
 * removed by its user, so it stays without.
 */
function withBand(value: Record<string, unknown>): Record<string, unknown> {
  const settings = section(value.gateSettings);
  const metrics = value.metrics;
  if ('baselineShare' in settings || !Array.isArray(metrics)) return value;
  const kinds = metrics.map((m) => section(m).kind);
  if (!kinds.includes('sourcedRevenue') || kinds.some((k) => isShareKind(String(k)))) return value;
  return { ...value, metrics: [...metrics, ...SHARE_KINDS.map((k) => balanceMetric(k))] };
}

/** A kept request read back: upgraded with today's defaults, or why it cannot be used. */
export type StoredRequest = { ok: true; request: PlanRequest } | { ok: false; problem: string };

/**
 * Reads a request kept in the document by this or an older version. Fields added since
 * take their defaults, and values the user has yet to correct (an empty title, shares
 * that do not add up) are kept for the wizard to flag; a value of the wrong type or
 * shape means the whole draft is reported, because a draft half-read is worse than a
 * fresh one the user is told about.
 */
export function readStoredRequest(value: unknown, env: PlanEnvironment): StoredRequest {
  if (!isPlainObject(value) || !isPlainObject(value.source))
    return { ok: false, problem: 'it has no partner table' };
  const parsed = v.safeParse(planRequestSchema(), withDerivedDefaults(withBand(value), env));
  return parsed.typed
    ? { ok: true, request: inOwnWords(parsed.output, env) }
    : { ok: false, problem: describeIssues(parsed.issues ?? []) };
}
