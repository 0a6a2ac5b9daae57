/**
 * The request draft the wizard edits: one complete PlanRequest kept across the steps.
 * Lists typed one per line keep their blank lines while the user types and lose them
 * only when the draft is sent.
 */

import { defaultShares, defaultWaveNames } from '../domain/plan/wave-defaults';
import { CRITERIA, type CriterionId } from '../domain/scoring/criteria';
import type { MetricDefinition, PlanRequest, WaveGates } from '../shared/plan-types';

/** A copy changed by `edit`; the draft itself is never mutated, so Preact sees each change. */
export function produce(draft: PlanRequest, edit: (copy: PlanRequest) => void): PlanRequest {
  const copy = structuredClone(draft);
  edit(copy);
  return copy;
}

/**
 * Changes the number of waves: kept waves keep their names, counts and gates; new ones
 * get the default names and blank (derived) thresholds; shares go back to the defaults,
 * because old shares cannot add up to 100% over a different number of waves.
 */
export function setWaveCount(draft: PlanRequest, count: number): PlanRequest {
  return produce(draft, (d) => {
    const names = defaultWaveNames(count, d.language);
    d.waves.names = names.map((name, i) => d.waves.names[i] ?? name);
    d.waves.count = count;
    d.waves.assignment =
      d.waves.assignment.mode === 'share'
        ? { mode: 'share', sharesPercent: defaultShares(count) }
        : {
            mode: 'count',
            counts: names.map(
              (_, i) => (d.waves.assignment as { counts: number[] }).counts[i] ?? 1,
            ),
          };
    d.gates = names.map((_, i) => d.gates[i] ?? blankGates(d));
  });
}

function blankGates(d: PlanRequest): WaveGates {
  return {
    metrics: d.metrics.map((m) => ({ metricId: m.id, baseline: null, goAt: null, stopAt: null })),
  };
}

/** Switches between assigning waves by share and by partner count, starting from `sizes`. */
export function setAssignmentMode(
  draft: PlanRequest,
  mode: 'share' | 'count',
  sizes: number[],
): PlanRequest {
  return produce(draft, (d) => {
    d.waves.assignment =
      mode === 'share'
        ? { mode, sharesPercent: defaultShares(d.waves.count) }
        : { mode, counts: d.waves.names.map((_, i) => Math.max(1, sizes[i] ?? 1)) };
  });
}

/** Adds a guardrail metric of the user's own, first called `name`, to every wave's gate. */
export function addCustomMetric(draft: PlanRequest, name: string): PlanRequest {
  return produce(draft, (d) => {
    let n = 1;
    while (d.metrics.some((m) => m.id === `custom-${n}`)) n++;
    const id = `custom-${n}`;
    d.metrics.push({
      id,
      kind: 'custom',
      name,
      direction: 'lower',
      unit: 'percent',
      owner: d.people.decisionMaker,
    });
    for (const gate of d.gates)
      gate.metrics.push({ metricId: id, baseline: null, goAt: null, stopAt: null });
  });
}

/**
 * A copy of the draft without the metric at `index` (0-based in `metrics`), removed from every
 * wave's gate as well, since gates hold one threshold entry per metric in the metrics' order.
 */
/**
 * Adds a built-in metric back (one the source had no column for, or one the user removed)
 * to every wave's gate, its thresholds derived from the baselines.
 */
export function addBuiltInMetric(draft: PlanRequest, metric: MetricDefinition): PlanRequest {
  return produce(draft, (d) => {
    d.metrics.push({ ...metric });
    for (const gate of d.gates)
      gate.metrics.push({ metricId: metric.id, baseline: null, goAt: null, stopAt: null });
  });
}

/** Removes the metric at `index` (built-in or the user's own) from the definitions and every wave's gate. */
export function removeMetric(draft: PlanRequest, index: number): PlanRequest {
  return produce(draft, (d) => {
    d.metrics.splice(index, 1);
    for (const gate of d.gates) gate.metrics.splice(index, 1);
  });
}

const cleanList = (list: string[]) => list.map((s) => s.trim()).filter((s) => s !== '');

/**
 * The draft as the server should read it: lists without blank lines, empty pairs dropped,
 * and the boxes' refused texts as `unread` (none when there are none).
 */
export function toRequest(draft: PlanRequest, unread: PlanRequest['unread'] = {}): PlanRequest {
  return produce(draft, (d) => {
    if (Object.keys(unread).length) d.unread = unread;
    else delete d.unread;
    d.people.escalation = cleanList(d.people.escalation);
    d.people.consulted = cleanList(d.people.consulted);
    d.people.informed = cleanList(d.people.informed);
    d.record.stopConditions = cleanList(d.record.stopConditions);
    d.record.risks = d.record.risks.filter((r) => r.risk.trim() || r.mitigation.trim());
    d.record.nameVariants = d.record.nameVariants.filter((v) => v.label.trim() || v.text.trim());
  });
}

/** Each weight as a whole percentage of all weights; zeros everywhere when none is above 0. */
export function weightShares(weights: Record<CriterionId, number>): Record<CriterionId, number> {
  const valid = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  const total = CRITERIA.reduce((sum, c) => sum + valid(weights[c.id]), 0);
  return Object.fromEntries(
    CRITERIA.map((c) => [c.id, total === 0 ? 0 : Math.round((valid(weights[c.id]) / total) * 100)]),
  ) as Record<CriterionId, number>;
}
