/**
 * The monitor's memory in document properties: the compact text of
 * src/domain/monitor/memory-codec.ts cut into values of at most MEMORY_CHUNK_BYTES
 * UTF-8 bytes (Apps Script allows 9 KB per value), the number of pieces kept in the run
 * record written in the same setProperties, so a leftover piece of a longer memory is
 * never read back. Log rows a failed run could not append wait in one more value.
 */

import * as v from 'valibot';
import { decodeMemory, encodeMemory } from '../../domain/monitor/memory-codec';
import type { MonitorLogRow } from '../../domain/monitor/run';
import type { MonitorMemory } from '../../domain/monitor/types';
import type { MonitorText } from '../../shared/i18n/monitor';
import { monitorMemorySchema, runRecordSchema } from '../../shared/schema/monitor';
import { describeIssues, parseStored } from '../../shared/schema/stored';
import { splitUtf8, utf8Length } from '../../shared/utf8';

const MEMORY_PREFIX = 'gateMonitor.memory.';
const RUN_KEY = 'gateMonitor.run';
const PENDING_LOG_KEY = 'gateMonitor.pendingLog';
/** Under 9 KB (9,216 bytes) with room for the key, which counts towards the store, not the value. */
export const MEMORY_CHUNK_BYTES = 8_000;

/** The reminder setting, what the last run did, and how many values its memory took. */
export type RunRecord = v.InferOutput<ReturnType<typeof runRecordSchema>>;

/** A log row with its run's time, as it waits for the next run to append it. */
export interface PendingLogRow extends MonitorLogRow {
  timeMs: number;
}

export interface Stored {
  memory: MonitorMemory;
  run: RunRecord;
  pendingLog: PendingLogRow[];
  /** Every memory key now stored, so pieces no longer used can be removed. */
  memoryKeys: string[];
  /** Stored values that could not be read and were started afresh, each for the run's log. */
  problems: { plan: string; note: string }[];
}

/**
 * `all` is the document's properties, read once by the caller (the planner's facts are
 * there too). The memory is decoded, then parsed through its schema: a damaged memory is
 * started afresh and reported, because stopping every future run over it would be worse
 * (the cost: a gate's notices may be sent again once). Problems are written in `text`'s language.
 */
export function readStore(all: Record<string, string>, text: MonitorText): Stored {
  const problems: Stored['problems'] = [];
  const run = parseRunRecord(all[RUN_KEY]);
  if (run.problem)
    problems.push({
      plan: '',
      note: text.runRecordUnreadable({ problem: run.problem, days: run.record.reminderDays }),
    });
  let encoded = '';
  for (let i = 0; i < run.record.memoryChunks; i++) encoded += all[MEMORY_PREFIX + i] ?? '';
  let memory: MonitorMemory = { gates: {}, reminded: [], held: [] };
  if (encoded) {
    const decoded = decodeMemory(encoded);
    const parsed = decoded && v.safeParse(monitorMemorySchema(), decoded);
    if (parsed?.success) memory = parsed.output;
    else
      problems.push({
        plan: '',
        note: text.memoryUnreadable({
          problem: parsed ? describeIssues(parsed.issues) : text.memoryNotJson,
        }),
      });
  }
  const pendingLog = parseLog(all[PENDING_LOG_KEY]);
  return {
    memory,
    run: run.record,
    pendingLog,
    memoryKeys: Object.keys(all).filter((k) => k.startsWith(MEMORY_PREFIX)),
    problems,
  };
}

/** The property values for `memory` and `run`, to write in one setProperties. */
export function storeValues(memory: MonitorMemory, run: RunRecord): Record<string, string> {
  const pieces = splitUtf8(encodeMemory(memory), MEMORY_CHUNK_BYTES);
  const values: Record<string, string> = {
    [RUN_KEY]: JSON.stringify({ ...run, memoryChunks: pieces.length }),
  };
  pieces.forEach((piece, i) => {
    values[MEMORY_PREFIX + i] = piece;
  });
  return values;
}

/**
 * Writes memory and run record in one setProperties, which either takes effect or
 * throws: the commit point of a run. `pendingLog` replaces the waiting log rows.
 * Returns the number of memory values written.
 */
export function writeStore(
  props: GoogleAppsScript.Properties.Properties,
  memory: MonitorMemory,
  run: RunRecord,
  pendingLog: readonly PendingLogRow[] = [],
): number {
  const values = storeValues(memory, run);
  props.setProperties({ ...values, [PENDING_LOG_KEY]: JSON.stringify(fitLog(pendingLog)) });
  return Object.keys(values).length - 1;
}

/** Keeps log rows that could not be appended for the next run, newest dropped first past 8 KB. */
export function keepPendingLog(
  props: GoogleAppsScript.Properties.Properties,
  rows: readonly PendingLogRow[],
): void {
  props.setProperty(PENDING_LOG_KEY, JSON.stringify(fitLog(rows)));
}

function fitLog(rows: readonly PendingLogRow[]): PendingLogRow[] {
  const kept = [...rows];
  while (kept.length > 1 && utf8Length(JSON.stringify(kept)) > MEMORY_CHUNK_BYTES) kept.pop();
  return kept;
}

/** Removes memory values past the `used` first: left from a longer memory, never read again. */
export function dropUnusedMemory(
  props: GoogleAppsScript.Properties.Properties,
  keys: readonly string[],
  used: number,
): void {
  for (const key of keys)
    if (Number(key.slice(MEMORY_PREFIX.length)) >= used) props.deleteProperty(key);
}

/**
 * Saves the run record alone, e.g. when the sidebar changes the reminder days: one
 * setProperty of a small JSON value. Throws what PropertiesService throws.
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

/** Pending log rows: a damaged value is dropped (they are log lines, not decisions). */
function parseLog(text: string | undefined): PendingLogRow[] {
  if (!text) return [];
  try {
    const rows = JSON.parse(text);
    return Array.isArray(rows) ? rows : [];
  } catch {
    return [];
  }
}
