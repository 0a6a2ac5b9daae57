/**
 * The gate table of a written plan: one row per wave and metric. The plan writer lays
 * it out with these columns and the gate monitor reads it back by the same names, so
 * neither re-declares the other's layout.
 */
import type * as v from 'valibot';
import type { planPropertiesSchema } from '../../shared/schema/monitor';

export const GATE_TABLE_HEADERS = [
  'Wave',
  'Wave name',
  'Metric',
  'Metric ID',
  'Better',
  'Owner',
  'Review date',
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

/** What the plan stores per written version in document properties, for the monitor. */
export type PlanProperties = v.InferOutput<ReturnType<typeof planPropertiesSchema>>;

/** The document-property key of a version's PlanProperties, e.g. 'partnerPilot.plan.B0373.v1'. */
export function planPropertiesKey(id: string, version: number): string {
  return `partnerPilot.plan.${id}.v${version}`;
}
