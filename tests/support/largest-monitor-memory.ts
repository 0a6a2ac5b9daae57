/**
 * The gate monitor's memory for the largest plan the project tests: 20 waves × 30 metrics,
 * every gate at STOP with its notice held (issue 11). Shared by the size test and the bench.
 */
import type { MonitorMemory } from '../../src/domain/monitor/types';

/** That memory, for the plan sheet 'Pilot plan B0373 v12'. */
export function largestMonitorMemory(): MonitorMemory {
  const sheet = 'Pilot plan B0373 v12';
  const memory: MonitorMemory = { gates: {}, reminded: [], held: [] };
  for (let w = 1; w <= 20; w++)
    for (let m = 1; m <= 30; m++) {
      const key = `${sheet}|w${w}|custom-${m}`;
      memory.gates[key] = { status: 'STOP', escalated: 2, pendingToldFor: '2026-03-23' };
      memory.held.push({
        kind: 'stop',
        key,
        recipient: `owner.${m}@example.com`,
        planSheet: sheet,
        from: 'HOLD',
        to: 'STOP',
        detail:
          'crossed its STOP threshold (actual €1.234,56; STOP at €2.000,00, GO at €3.500,00); bring it to the gate review on Monday 23 March 2026.',
      });
    }
  return memory;
}
