/**
 * Checks a completed plan request field by field. Each message names what is wrong
 * and how to fix it, under the dotted path of the field so the sidebar can show it
 * beside that field. Checks that need the partner table live in build.ts.
 */

import type { FieldError, MetricDefinition, PlanRequest } from '../../shared/plan-types';
import { isIsoDate } from '../calendar';
import { CRITERIA } from '../scoring/criteria';
import { MAX_WAVES } from './defaults';
import { goBeatsStop } from './metrics';

// B and 4 to 19 digits: at most 20 characters, so sheet names stay short and IDs exact.
const RECORD_ID = /^B\d{4,19}$/;

type Check = (field: string, message: string) => void;

const isCount = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export function validateRequest(request: PlanRequest): FieldError[] {
  const errors: FieldError[] = [];
  const fail: Check = (field, message) => errors.push({ field, message });
  checkSource(request, fail);
  checkScoring(request, fail);
  checkWaves(request, fail);
  checkSchedule(request, fail);
  checkMetrics(request.metrics, fail);
  checkGates(request, fail);
  checkPeople(request, fail);
  checkRecord(request, fail);
  return errors;
}

function checkSource({ source }: PlanRequest, fail: Check) {
  if (!isText(source.sheetName))
    fail('source.sheetName', 'Choose the sheet that holds the partner table.');
  if (!isCount(source.headerRow, 1, 1e7))
    fail('source.headerRow', 'The header row must be a row number, 1 or more.');
  if (!isCount(source.partnerColumn, 1, 18278))
    fail('source.partnerColumn', 'Choose the column that holds the partner names.');
  if (source.ownerColumn !== null && !isCount(source.ownerColumn, 1, 18278))
    fail('source.ownerColumn', 'Choose the owner column, or none.');
  const used = new Map<number, string>();
  let mapped = 0;
  for (const c of CRITERIA) {
    const column = source.columns?.[c.id];
    if (column === undefined || column === null) continue;
    if (!isCount(column, 1, 18278)) {
      fail(`source.columns.${c.id}`, `Choose the column for ${c.label}, or none.`);
      continue;
    }
    mapped++;
    const other = used.get(column);
    if (other)
      fail(
        `source.columns.${c.id}`,
        `${c.label} uses the same column as ${other}. Give each criterion its own column.`,
      );
    if (column === source.partnerColumn)
      fail(
        `source.columns.${c.id}`,
        `${c.label} uses the partner name column. Choose the column with its numbers.`,
      );
    used.set(column, c.label);
  }
  if (mapped === 0)
    fail(
      'source.columns',
      `No criterion columns recognised. Name the headers ${CRITERIA.map((c) => c.label).join(', ')} (or choose the columns here).`,
    );
}

function checkScoring({ scoring }: PlanRequest, fail: Check) {
  let total = 0;
  for (const c of CRITERIA) {
    const w = scoring.weights?.[c.id];
    if (!isNumber(w) || w < 0)
      fail(`scoring.weights.${c.id}`, `The weight of ${c.label} must be a number, 0 or more.`);
    else total += w;
  }
  if (total === 0) fail('scoring.weights', 'At least one criterion needs a weight above 0.');
  if (scoring.method !== 'minmax' && scoring.method !== 'topsis')
    fail('scoring.method', 'The method must be "minmax" or "topsis".');
}

function checkWaves({ waves }: PlanRequest, fail: Check) {
  if (!isCount(waves.count, 1, MAX_WAVES)) {
    fail('waves.count', `Choose 1 to ${MAX_WAVES} waves.`);
    return;
  }
  if (!Array.isArray(waves.names) || waves.names.length !== waves.count)
    fail('waves.names', `Give one name per wave (${waves.count}).`);
  else {
    const seen = new Set<string>();
    waves.names.forEach((name, i) => {
      if (!isText(name)) fail(`waves.names.${i}`, `Wave ${i + 1} needs a name.`);
      else if (seen.has(name.trim().toLowerCase()))
        fail(`waves.names.${i}`, `Two waves are called "${name}". Give each wave its own name.`);
      else seen.add(name.trim().toLowerCase());
    });
  }
  const a = waves.assignment;
  if (a.mode === 'share') {
    const shares = a.sharesPercent;
    if (!Array.isArray(shares) || shares.length !== waves.count) {
      fail('waves.assignment.sharesPercent', `Give one share per wave (${waves.count}).`);
    } else {
      shares.forEach((s, i) => {
        if (!isNumber(s) || s <= 0 || s > 100)
          fail(
            `waves.assignment.sharesPercent.${i}`,
            `The share of wave ${i + 1} must be a percentage above 0 and at most 100.`,
          );
      });
      // Thirds typed as 33.33 add up to 99.99: rounding, not a mistake.
      const sum = shares.reduce((x, y) => x + (isNumber(y) ? y : 0), 0);
      if (shares.every(isNumber) && Math.abs(sum - 100) > 0.05)
        fail(
          'waves.assignment.sharesPercent',
          `The wave shares add up to ${Math.round(sum * 100) / 100}%; they must add up to 100%.`,
        );
    }
  } else if (a.mode === 'count') {
    if (!Array.isArray(a.counts) || a.counts.length !== waves.count)
      fail('waves.assignment.counts', `Give one partner count per wave (${waves.count}).`);
    else
      a.counts.forEach((n, i) => {
        if (!isCount(n, 1, 1e6))
          fail(
            `waves.assignment.counts.${i}`,
            `Wave ${i + 1} must take a whole number of partners, 1 or more.`,
          );
      });
  } else fail('waves.assignment.mode', 'Assign partners by "share" or by "count".');
  for (const key of ['comarketingBudget', 'enablementLoad'] as const) {
    const cap = waves.pilotCaps?.[key];
    if (cap !== null && (!isNumber(cap) || cap <= 0))
      fail(`waves.pilotCaps.${key}`, 'A pilot cap must be a number above 0, or empty for no cap.');
  }
}

function checkSchedule({ schedule }: PlanRequest, fail: Check) {
  if (!isIsoDate(schedule.startDate))
    fail(
      'schedule.startDate',
      `"${String(schedule.startDate)}" is not a date. Enter the start date as YYYY-MM-DD, e.g. 2026-03-02.`,
    );
  // The schedule runs up to 5 × 26 weeks past the start: keep every date a 4-digit year.
  else if (schedule.startDate < '1900-01-01' || schedule.startDate > '2999-12-31')
    fail(
      'schedule.startDate',
      `${schedule.startDate} is out of range. Choose a start date between 1900-01-01 and 2999-12-31.`,
    );
  if (!isCount(schedule.waveWeeks, 1, 26))
    fail('schedule.waveWeeks', 'A wave lasts 1 to 26 whole weeks.');
  if (typeof schedule.midCheckIn !== 'boolean')
    fail('schedule.midCheckIn', 'Choose whether waves have a mid-wave check-in.');
}

function checkMetrics(metrics: MetricDefinition[], fail: Check) {
  if (!Array.isArray(metrics) || metrics.length === 0) {
    fail('metrics', 'A gate needs at least one metric.');
    return;
  }
  const ids = new Set<string>();
  metrics.forEach((m, i) => {
    if (!isText(m.id) || ids.has(m.id)) fail(`metrics.${i}.id`, 'Each metric needs its own id.');
    ids.add(m.id);
    if (!isText(m.name)) fail(`metrics.${i}.name`, 'The metric needs a name.');
    if (m.direction !== 'higher' && m.direction !== 'lower')
      fail(`metrics.${i}.direction`, 'Say whether higher or lower is better.');
    if (!['currency', 'percent', 'hours', 'number'].includes(m.unit))
      fail(`metrics.${i}.unit`, 'The unit must be currency, percent, hours or number.');
    if (!isText(m.owner))
      fail(
        `metrics.${i}.owner`,
        `${m.name || 'The metric'} needs an owner, who is told when its gate turns STOP or STALE.`,
      );
  });
}

function checkGates(request: PlanRequest, fail: Check) {
  request.gates.forEach((gate, w) => {
    gate.metrics.forEach((t, i) => {
      const m = request.metrics[i];
      if (!m) return;
      const at = `gates.${w}.metrics.${i}`;
      for (const key of ['baseline', 'goAt', 'stopAt'] as const) {
        if (t[key] !== null && !isNumber(t[key]))
          fail(`${at}.${key}`, `${m.name}: enter a number, or leave it empty for the default.`);
      }
      if (m.kind === 'custom') {
        if (t.goAt === null)
          fail(`${at}.goAt`, `${m.name} is your own metric: enter its GO threshold.`);
        if (t.stopAt === null)
          fail(`${at}.stopAt`, `${m.name} is your own metric: enter its STOP threshold.`);
      }
    });
  });
  const s = request.gateSettings;
  if (s.revenueColumn !== 'annual' && s.revenueColumn !== 'perWave')
    fail('gateSettings.revenueColumn', 'Say whether the revenue column is annual or per wave.');
  if (s.directCac !== null && (!isNumber(s.directCac) || s.directCac <= 0))
    fail(
      'gateSettings.directCac',
      'The direct-channel CAC must be a number above 0, or empty to use the partners\u2019 mean.',
    );
  if (!isCount(s.staleAfterDays, 1, 365))
    fail('gateSettings.staleAfterDays', 'Data goes stale after 1 to 365 whole days.');
}

/** GO worse than STOP for the metric's direction: checked once thresholds are derived. */
export function checkThresholdOrder(
  field: string,
  metric: MetricDefinition,
  goAt: number,
  stopAt: number,
): FieldError | undefined {
  if (goBeatsStop(metric.direction, goAt, stopAt)) return undefined;
  const better = metric.direction === 'higher' ? 'above' : 'below';
  return {
    field: `${field}.goAt`,
    message: `${metric.name}: GO at ${goAt} must be ${better} STOP at ${stopAt}, because ${metric.direction} is better. Swap them or change one.`,
  };
}

function checkPeople({ people }: PlanRequest, fail: Check) {
  const inputs = {
    capability: 'partner capability',
    comarketingBudget: 'co-marketing budget',
    enablementLoad: 'enablement load',
  };
  for (const [key, label] of Object.entries(inputs)) {
    if (!isText(people.inputOwners?.[key as keyof typeof inputs]))
      fail(`people.inputOwners.${key}`, `Name an owner for ${label}.`);
  }
  if (!isText(people.decisionMaker)) fail('people.decisionMaker', 'Name the decision maker.');
  if (!Array.isArray(people.escalation) || !people.escalation.some(isText))
    fail('people.escalation', 'Name at least one person on the escalation path.');
  else
    people.escalation.forEach((p, i) => {
      if (!isText(p)) fail(`people.escalation.${i}`, 'Remove the empty step or name who it is.');
    });
  for (const key of ['consulted', 'informed'] as const) {
    if (!Array.isArray(people[key]) || !people[key].every((p) => typeof p === 'string'))
      fail(`people.${key}`, 'List names or emails.');
  }
}

function checkRecord({ record }: PlanRequest, fail: Check) {
  if (typeof record.id !== 'string' || !RECORD_ID.test(record.id))
    fail(
      'record.id',
      `"${String(record.id)}" is not a record ID. Use B and 4 to 19 digits, e.g. B0373.`,
    );
  if (!isText(record.title)) fail('record.title', 'The record needs a title.');
  if (record.status !== 'Proposed' && record.status !== 'Accepted')
    fail('record.status', 'Status is Proposed or Accepted.');
  if (record.quality !== 'Draft' && record.quality !== 'Reviewed')
    fail('record.quality', 'Quality is Draft or Reviewed.');
  for (const key of ['source', 'conflictOfInterest', 'context'] as const) {
    if (typeof record[key] !== 'string') fail(`record.${key}`, 'Enter text, or leave it empty.');
  }
  if (!Array.isArray(record.nameVariants))
    fail('record.nameVariants', 'List name variants, or none.');
  else
    record.nameVariants.forEach((v, i) => {
      if (!isText(v?.label) || !isText(v?.text))
        fail(`record.nameVariants.${i}`, 'A name variant needs a label and a text.');
    });
  if (!Array.isArray(record.risks)) fail('record.risks', 'List risks, or none.');
  else
    record.risks.forEach((r, i) => {
      if (!isText(r?.risk)) fail(`record.risks.${i}.risk`, 'Describe the risk, or remove it.');
      else if (!isText(r?.mitigation))
        fail(`record.risks.${i}.mitigation`, 'Every risk needs a mitigation.');
    });
  if (
    !Array.isArray(record.stopConditions) ||
    !record.stopConditions.every((s) => typeof s === 'string')
  )
    fail('record.stopConditions', 'List stop conditions as texts, or none.');
}
