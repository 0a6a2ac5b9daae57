/**
 * Re-planning carries the monitor's memory on: a gate's key starts with its plan sheet
 * (`Pilot plan B0373 v1|w1|gate review|cac`), and a new version writes a new sheet, so
 * without this a STOP already told would be news again under v2's sheet. The live
 * version takes the superseded one's memory for every gate (and reminder) it shares, and
 * keeps its own where it has one.
 */
import type { MonitorMemory } from './types';

/**
 * `memory` with each `previous sheet → live sheet` pair's gate and reminder keys copied
 * under the live sheet. Returns a new memory; `memory` is not changed.
 */
export function carryMemory(
  memory: MonitorMemory,
  successors: ReadonlyMap<string, string>,
): MonitorMemory {
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
