/**
 * The monitor's memory in document properties: one value per monitored plan (its
 * gates' last statuses, reminders sent, notifications held for quota) so no value
 * nears the 9 KB limit, and one for the run itself. Read with one getProperties and
 * written with one setProperties, whatever the number of plans (a plan that stops
 * being monitored costs one deleteProperty, once).
 */
import * as v from 'valibot';
import type { MonitorMemory } from '../../domain/monitor/types';
import { monitorMemorySchema, runRecordSchema } from '../../shared/schema/monitor';
import { parseStored } from '../../shared/schema/stored';

const PLAN_PREFIX = 'gateMonitor.plan:';
const RUN_KEY = 'gateMonitor.run';

/** The reminder setting and what the last run did. */
export type RunRecord = v.InferOutput<ReturnType<typeof runRecordSchema>>;

export interface Stored {
  memory: MonitorMemory;
  run: RunRecord;
  /** The property keys of plan memories now stored, so stale ones can be removed. */
  planKeys: string[];
  /** Stored values that could not be read and were started afresh, each for the run's log. */
  problems: { plan: string; note: string }[];
}

/**
 * `all` is the document's properties, read once by the caller (the planner's facts are
 * there too). Each value is parsed through its schema: fields an older version did not
 * store take their defaults; a damaged value is started afresh and reported, because
 * stopping every future run over it would be worse (the cost: a gate's notices may be
 * sent again once).
 */
export function readStore(all: Record<string, string>): Stored {
  const memory: MonitorMemory = { gates: {}, reminded: [], held: [] };
  const planKeys: string[] = [];
  const problems: Stored['problems'] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PLAN_PREFIX)) continue;
    planKeys.push(key);
    const part = parseStored(monitorMemorySchema(), value);
    if (!part.ok) {
      const planSheet = key.slice(PLAN_PREFIX.length);
      problems.push({
        plan: planSheet,
        note: `The monitor's memory of '${planSheet}' could not be read (${part.problem}); it starts afresh, so notices about its gates may be sent again once.`,
      });
      continue;
    }
    Object.assign(memory.gates, part.value.gates);
    memory.reminded.push(...part.value.reminded);
    memory.held.push(...part.value.held);
  }
  const run = parseRunRecord(all[RUN_KEY]);
  if (run.problem)
    problems.push({
      plan: '',
      note: `The monitor's run record could not be read (${run.problem}); reminders go back to ${run.record.reminderDays} days before each review.`,
    });
  return { memory, run: run.record, planKeys, problems };
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

/** The run record, or the defaults when none is stored or it cannot be read. */
export function readRunRecord(props: GoogleAppsScript.Properties.Properties): RunRecord {
  return parseRunRecord(props.getProperty(RUN_KEY)).record;
}

/** Nothing stored yet reads as an empty record: every field takes its default. */
function parseRunRecord(text: string | null | undefined): {
  record: RunRecord;
  problem: string | null;
} {
  const stored = parseStored(runRecordSchema(), text || '{}');
  return stored.ok
    ? { record: stored.value, problem: null }
    : { record: v.safeParse(runRecordSchema(), {}).output as RunRecord, problem: stored.problem };
}
