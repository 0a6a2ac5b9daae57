/**
 * The gate table of a written plan: one row per wave, checkpoint and metric. The plan writer lays
 * it out with these columns and the gate monitor reads it back by the same names, so
 * neither re-declares the other's layout.
 */
import type * as v from 'valibot';
import type { Checkpoint } from '../../shared/plan-types';
import type { planPropertiesSchema } from '../../shared/schema/monitor';

export const GATE_TABLE_HEADERS = [
  'Wave',
  'Wave name',
  'Checkpoint',
  'Metric',
  'Better',
  'Owner',
  'Review date',
  'Actual covers',
  'Baseline',
  'GO at',
  'STOP at',
  'Actual',
  'Data as of',
  'Stale after (days)',
  'Status',
] as const;

export type GateTableHeader = (typeof GATE_TABLE_HEADERS)[number];

/** 0-based column of a header within the gate table. */
export function gateColumn(header: GateTableHeader): number {
  return GATE_TABLE_HEADERS.indexOf(header);
}

/** The Checkpoint column's words for each kind of gate row. */
export const CHECKPOINT_WORDS: Record<Checkpoint, string> = {
  checkIn: 'Mid-wave check-in',
  gateReview: 'Gate review',
};

/**
 * The key that finds the same gate in another version of a plan: wave number,
 * checkpoint and metric name, as the gate table shows them. Re-planning carries Actuals
 * by it and the monitor remembers statuses by it, so neither restarts with a version.
 */
export function gateKey(wave: number, checkpoint: string, metric: string): string {
  return `w${wave}|${checkpoint.trim().toLowerCase()}|${metric.trim().toLowerCase()}`;
}

/** What the plan stores per written version in document properties, for the monitor. */
export type PlanProperties = v.InferOutput<ReturnType<typeof planPropertiesSchema>>;

/** The document-property key of a version's PlanProperties, e.g. 'partnerPilot.plan.B0373.v1'. */
export function planPropertiesKey(id: string, version: number): string {
  return `partnerPilot.plan.${id}.v${version}`;
}
