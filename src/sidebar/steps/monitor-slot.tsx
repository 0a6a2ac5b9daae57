/**
 * The place on the final step for the daily gate monitor's on/off control (issue 6).
 * It receives the context, the draft and what was written; until the monitor arrives it
 * shows nothing. Whoever builds the monitor replaces this component's body.
 */
import type { PlannerContext, PlanRequest, WriteResult } from '../../shared/plan-types';

export interface MonitorSlotProps {
  context: PlannerContext;
  draft: PlanRequest;
  /** The version just written, or null before a write. */
  written: WriteResult | null;
}

export function MonitorSlot(_props: MonitorSlotProps) {
  return null;
}
