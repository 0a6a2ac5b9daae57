/**
 * Checks a completed plan request field by field. Each message names what is wrong
 * and how to fix it, under the dotted path of the field so the sidebar can show it
 * beside that field. What one field can say about itself (types, ranges, choices) is in
 * the request schema (src/shared/schema/); this module adds the checks across fields and
 * positions: one name and share per wave, shares adding up to 100%, pins to waves the plan has, each criterion in its
 * own column, metric ids unique, each metric's owner named, custom thresholds given, no share above 100 %. Checks that need the partner
 * table live in build.ts.
 */
import * as v from 'valibot';
import { type CheckText, checkText } from '../../shared/i18n/checks';
import { asLanguage, type Language } from '../../shared/i18n/language';
import type { FieldError, MetricDefinition, PlanRequest } from '../../shared/plan-types';
import { fieldErrors } from '../../shared/schema/fields';
import { metricCeiling } from '../../shared/schema/gates';
import { planRequestSchema } from '../../shared/schema/request';
import { CRITERIA } from '../scoring/criteria';
import { goBeatsStop } from './metrics';
import { validateReading } from './validate-reading';

type Check = (field: string, message: string) => void;

/** The request's language, for its messages; English for anything else. */
const textOf = (request: PlanRequest): CheckText =>
  checkText(asLanguage((request as { language?: unknown })?.language) ?? 'en');

const isCount = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * Every problem of `request` as field messages, one per field, in the order of the
 * request's sections; [] when the request can be built. Never throws, whatever the
 * request holds: a value of the wrong type is reported, not relied on.
 */
export function validateRequest(request: PlanRequest): FieldError[] {
  const schema = planRequestSchema();
  const sections = Object.keys(schema.entries);
  const sectionOf = (field: string) => sections.indexOf(field.split('.')[0]);
  const t = textOf(request);
  const lang = asLanguage((request as { language?: unknown })?.language) ?? 'en';
  const parsed = v.safeParse(schema, request, { abortPipeEarly: true, lang });
  const errors = fieldErrors(parsed.issues);
  const fail: Check = (field, message) => errors.push({ field, message });
  if (typeof request === 'object' && request !== null) {
    checkColumns(request, fail, t);
    checkWeightTotal(request, fail, t);
    checkWaves(request, fail, t);
    checkPins(request, fail, t);
    checkMetrics(request, fail, t);
    checkThresholds(request, fail, t);
    for (const e of validateReading(request, t)) fail(e.field, e.message);
    checkUnread(request, fail, t);
  }
  const seen = new Set<string>();
  return errors
    .filter((e) => !seen.has(e.field) && seen.add(e.field))
    .sort((a, b) => sectionOf(a.field) - sectionOf(b.field));
}

/**
 * The sidebar's refused box texts (PlanRequest.unread): their fields hold the box's last
 * number, not what was typed, so writing would be a silent wrong number.
 */
function checkUnread({ unread }: PlanRequest, fail: Check, t: CheckText) {
  const boxes = typeof unread === 'object' && unread !== null ? Object.values(unread) : [];
  if (boxes.length) fail('unread', t.unread({ boxes }));
}

function checkColumns({ source }: PlanRequest, fail: Check, t: CheckText) {
  if (typeof source !== 'object' || source === null) return;
  const used = new Map<number, string>();
  let mapped = 0;
  for (const c of CRITERIA) {
    const column = source.columns?.[c.id];
    if (!isCount(column, 1, 18278)) continue;
    mapped++;
    const other = used.get(column);
    if (other)
      fail(`source.columns.${c.id}`, t.source.sameColumn({ criterion: t.criteria[c.id], other }));
    if (column === source.partnerColumn)
      fail(`source.columns.${c.id}`, t.source.nameColumn({ criterion: t.criteria[c.id] }));
    used.set(column, t.criteria[c.id]);
  }
  if (mapped === 0)
    fail(
      'source.columns',
      t.source.noCriteria({ criteria: CRITERIA.map((c) => t.criteria[c.id]) }),
    );
}

function checkWeightTotal({ scoring }: PlanRequest, fail: Check, t: CheckText) {
  const weights = CRITERIA.map((c) => scoring?.weights?.[c.id]);
  if (weights.every((w) => !isNumber(w) || w <= 0)) fail('scoring.weights', t.scoring.noWeight);
}

function checkWaves({ waves }: PlanRequest, fail: Check, t: CheckText) {
  if (!isCount(waves?.count, 1, Number.POSITIVE_INFINITY)) return;
  const count = waves.count;
  if (!Array.isArray(waves.names) || waves.names.length !== count)
    fail('waves.names', t.waves.namesCount({ count }));
  else {
    const seen = new Set<string>();
    waves.names.forEach((name, i) => {
      if (typeof name !== 'string') return;
      if (!isText(name)) fail(`waves.names.${i}`, t.waves.unnamed({ n: i + 1 }));
      else if (seen.has(name.trim().toLowerCase()))
        fail(`waves.names.${i}`, t.waves.sameName({ name }));
      else seen.add(name.trim().toLowerCase());
    });
  }
  const a = waves.assignment;
  if (a?.mode === 'share' && Array.isArray(a.sharesPercent)) {
    const shares = a.sharesPercent;
    if (shares.length !== count) {
      fail('waves.assignment.sharesPercent', t.waves.sharesCount({ count }));
      return;
    }
    shares.forEach((s, i) => {
      if (isNumber(s) && (s <= 0 || s > 100))
        fail(`waves.assignment.sharesPercent.${i}`, t.waves.share({ n: i + 1 }));
    });
    // Thirds typed as 33.33 add up to 99.99: rounding, not a mistake.
    const sum = shares.reduce((x, y) => x + (isNumber(y) ? y : 0), 0);
    if (shares.every(isNumber) && Math.abs(sum - 100) > 0.05)
      fail(
        'waves.assignment.sharesPercent',
        t.waves.shareSum({ sum: Math.round(sum * 100) / 100 }),
      );
  } else if (a?.mode === 'count' && Array.isArray(a.counts)) {
    if (a.counts.length !== count) fail('waves.assignment.counts', t.waves.countsCount({ count }));
    else
      a.counts.forEach((n, i) => {
        if (isNumber(n) && !isCount(n, 1, 1e6))
          fail(`waves.assignment.counts.${i}`, t.waves.partnerCount({ n: i + 1 }));
      });
  }
}

/** A pin names a wave the plan has. */
function checkPins({ partners, waves }: PlanRequest, fail: Check, t: CheckText) {
  if (!Array.isArray(partners?.pins) || !isCount(waves?.count, 1, Number.POSITIVE_INFINITY)) return;
  partners.pins.forEach((p, i) => {
    if (isNumber(p?.wave) && p.wave > waves.count)
      fail(
        `partners.pins.${i}.wave`,
        t.partners.pinBeyond({ name: p.name, wave: p.wave, count: waves.count }),
      );
  });
}

/** Ids must differ from each other, and the owner's message names the metric. */
function checkMetrics({ metrics }: PlanRequest, fail: Check, t: CheckText) {
  if (!Array.isArray(metrics)) return;
  const ids = new Set<string>();
  metrics.forEach((m, i) => {
    if (isText(m?.id) && ids.has(m.id)) fail(`metrics.${i}.id`, t.gates.id);
    ids.add(m?.id);
    if (typeof m?.owner === 'string' && !isText(m.owner))
      fail(`metrics.${i}.owner`, t.gates.ownerOf({ metric: isText(m.name) ? m.name : '' }));
  });
}

/**
 * Custom metrics have no baseline to derive GO and STOP from, so both must be typed; a
 * built-in metric's typed numbers stay in its range (metricCeiling): a share of 150 % or
 * a revenue of -5 would be planned as typed, and judged against, without a word.
 */
function checkThresholds(request: PlanRequest, fail: Check, text: CheckText) {
  if (!Array.isArray(request.gates) || !Array.isArray(request.metrics)) return;
  request.gates.forEach((gate, w) => {
    if (!Array.isArray(gate?.metrics)) return;
    gate.metrics.forEach((t, i) => {
      const m = request.metrics[i];
      const at = `gates.${w}.metrics.${i}`;
      const max = typeof m?.kind === 'string' ? metricCeiling(m.kind) : undefined;
      for (const c of ['baseline', 'goAt', 'stopAt'] as const) {
        const x = t?.[c];
        if (max !== undefined && isNumber(x) && (x < 0 || x > max))
          fail(`${at}.${c}`, text.gates.range({ metric: m.name, share: max === 1 }));
      }
      if (m?.kind !== 'custom') return;
      if (t?.goAt === null) fail(`${at}.goAt`, text.gates.customGo({ metric: m.name }));
      if (t?.stopAt === null) fail(`${at}.stopAt`, text.gates.customStop({ metric: m.name }));
    });
  });
}

/**
 * A field message when GO is not on the good side of STOP for the metric's direction
 * ('higher': GO above STOP); checked once thresholds are derived, so build.ts calls it
 * per wave and metric. `field` is the gate entry's path, e.g. 'gates.0.metrics.1';
 * `show` writes the thresholds as the boxes beside the message show them (boxAmount).
 */
export function checkThresholdOrder(
  field: string,
  metric: MetricDefinition,
  goAt: number,
  stopAt: number,
  language: Language = 'en',
  show: (value: number) => string = String,
): FieldError | undefined {
  if (goBeatsStop(metric.direction, goAt, stopAt)) return undefined;
  return {
    field: `${field}.goAt`,
    message: checkText(language).gates.order({
      metric: metric.name,
      goAt: show(goAt),
      stopAt: show(stopAt),
      higher: metric.direction === 'higher',
    }),
  };
}
