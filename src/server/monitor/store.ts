/**
 * The monitor's memory in document properties: one value per monitored plan (its
 * gates' last statuses, reminders sent, notifications held for quota) so no value
 * nears the 9 KB limit, and one for the run itself. Read with one getProperties and
 * written with one setProperties, whatever the number of plans (a plan that stops
 * being monitored costs one deleteProperty, once).
 */
import type { MonitorMemory } from '../../domain/monitor/types';

const PLAN_PREFIX = 'gateMonitor.plan:';
const RUN_KEY = 'gateMonitor.run';

export interface RunRecord {
  reminderDays: number;
  /** When the last run ended (ms since the epoch). */
  lastRunMs: number | null;
  /** The last run's log line and its counts of unsent notifications. */
  lastRun: { text: string; held: number; undeliverable: number } | null;
}

export const DEFAULT_RUN_RECORD: RunRecord = { reminderDays: 2, lastRunMs: null, lastRun: null };

export interface Stored {
  memory: MonitorMemory;
  run: RunRecord;
  /** The property keys of plan memories now stored, so stale ones can be removed. */
  planKeys: string[];
}

/** `all` is the document's properties, read once by the caller (the planner's facts are there too). */
export function readStore(all: Record<string, string>): Stored {
  const memory: MonitorMemory = { gates: {}, reminded: [], held: [] };
  const planKeys: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PLAN_PREFIX)) continue;
    planKeys.push(key);
    const part = parse<Partial<MonitorMemory>>(value);
    Object.assign(memory.gates, part?.gates ?? {});
    memory.reminded.push(...(part?.reminded ?? []));
    memory.held.push(...(part?.held ?? []));
  }
  const run = { ...DEFAULT_RUN_RECORD, ...parse<Partial<RunRecord>>(all[RUN_KEY]) };
  return { memory, run, planKeys };
}

/** Writes the memory split by plan sheet and drops the values of plans no longer monitored. */
export function writeStore(
  props: GoogleAppsScript.Properties.Properties,
  memory: MonitorMemory,
  run: RunRecord,
  previousKeys: readonly string[],
): void {
  const parts = new Map<string, MonitorMemory>();
  const part = (planSheet: string) => {
    let p = parts.get(planSheet);
    if (!p) {
      p = { gates: {}, reminded: [], held: [] };
      parts.set(planSheet, p);
    }
    return p;
  };
  // Gate and reminder keys start with their plan sheet's name, then '|'.
  const planOf = (key: string) => key.slice(0, key.indexOf('|'));
  for (const [key, gate] of Object.entries(memory.gates)) part(planOf(key)).gates[key] = gate;
  for (const key of memory.reminded) part(planOf(key)).reminded.push(key);
  for (const n of memory.held) part(n.planSheet).held.push(n);
  const values: Record<string, string> = { [RUN_KEY]: JSON.stringify(run) };
  for (const [planSheet, p] of parts) values[PLAN_PREFIX + planSheet] = JSON.stringify(p);
  props.setProperties(values);
  for (const key of previousKeys) if (!(key in values)) props.deleteProperty(key);
}

/**
 * Saves the run record alone, e.g. when the sidebar changes the reminder days: one
 * setProperty of a small JSON value (PropertiesService allows 9 KB per value, in bytes).
 * Throws what PropertiesService throws (quota or size).
 */
export function writeRunRecord(
  props: GoogleAppsScript.Properties.Properties,
  run: RunRecord,
): void {
  props.setProperty(RUN_KEY, JSON.stringify(run));
}

/**
 * The saved run record (reminder days, last run time in ms since the epoch, last log line),
 * filled in from DEFAULT_RUN_RECORD where missing; a damaged value reads as the default rather
 * than stopping every later run. One getProperty.
 */
export function readRunRecord(props: GoogleAppsScript.Properties.Properties): RunRecord {
  return { ...DEFAULT_RUN_RECORD, ...parse<Partial<RunRecord>>(props.getProperty(RUN_KEY)) };
}

function parse<T>(text: string | null | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A damaged value is forgotten rather than stopping every future run.
    return undefined;
  }
}
