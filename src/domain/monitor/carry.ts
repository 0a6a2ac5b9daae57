/**
 * Re-planning carries the monitor's memory on: a gate's key starts with its plan sheet
 * (`Pilot plan B0373 v1|w1|gate review|cac`), and a new version writes a new sheet, so
 * without this a STOP already told would be news again under v2's sheet. The live
 * version takes the superseded one's memory for every gate (and reminder) it shares, and
 * keeps its own where it has one.
 */
import { metricWord } from '../plan/gate-table';
import type { MonitorMemory } from './types';

/**
 * `stored` with each `previous sheet → live sheet` pair's gate and reminder keys copied
 * under the live sheet, every gate key as gateKey keys it today. Returns a new memory; `memory` is not changed.
 */
export function carryMemory(
  stored: MonitorMemory,
  successors: ReadonlyMap<string, string>,
): MonitorMemory {
  const memory = withMetricWords(stored);
  if (successors.size === 0) return memory;
  const gates = { ...memory.gates };
  const reminded = new Set(memory.reminded);
  const rename = (key: string) => {
    const bar = key.indexOf('|w');
    const live = bar > 0 ? successors.get(key.slice(0, bar)) : undefined;
    return live === undefined ? undefined : `${live}${key.slice(bar)}`;
  };
  for (const [key, gate] of Object.entries(memory.gates)) {
    const renamed = rename(key);
    if (renamed !== undefined && !(renamed in gates)) gates[renamed] = gate;
  }
  for (const key of memory.reminded) {
    const renamed = rename(key);
    if (renamed !== undefined) reminded.add(renamed);
  }
  return { ...memory, gates, reminded: [...reminded] };
}

/**
 * Keys kept before gateKey named a default metric by its English name ('…|パートナー経由売上')
 * rekeyed as gateKey keys them now, so no status or held notice is lost or told twice.
 */
function withMetricWords(memory: MonitorMemory): MonitorMemory {
  const rekey = (key: string) => {
    const bar = key.lastIndexOf('|');
    return bar < 0 ? key : `${key.slice(0, bar + 1)}${metricWord(key.slice(bar + 1))}`;
  };
  const keys = [...Object.keys(memory.gates), ...memory.held.map((n) => n.key)];
  if (keys.every((k) => rekey(k) === k)) return memory;
  const gates = Object.fromEntries(Object.entries(memory.gates).map(([k, g]) => [rekey(k), g]));
  const held = memory.held.map((n) => (n.kind === 'reminder' ? n : { ...n, key: rekey(n.key) }));
  return { ...memory, gates, held };
}
