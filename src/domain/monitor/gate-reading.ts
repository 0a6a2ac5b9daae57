/**
 * What the monitor makes of a gate's verdict (rule 11 of issue 16): a Data-as-of after
 * today or missing beside an actual is reported like STALE, since data of unknown age is
 * not fresh; an Invalid row keeps its note, which its owner is told to fix.
 */
import type { GateVerdict } from '../gating/judge-gate';
import type { MonitoredGate } from './types';

/** The gate's status and, for STALE, why: old, missing or future data. */
export function monitoredStatus(verdict: GateVerdict): Pick<MonitoredGate, 'status' | 'staleness'> {
  const age = verdict.dataAge;
  // GATE_STATUS shows a future as_of as Invalid; the monitor tells the owner it is stale.
  if (age === 'future') {
    const stop = verdict.metrics.some((m) => m.status === 'STOP');
    return stop ? { status: 'STOP' } : { status: 'STALE', staleness: 'future' };
  }
  if (verdict.status === 'STALE' && (age === 'old' || age === 'missing'))
    return { status: 'STALE', staleness: age };
  return { status: verdict.text };
}
