/**
 * The monitor's memory in document properties: the compact text of
 * src/domain/monitor/memory-codec.ts cut into values of at most MEMORY_CHUNK_BYTES
 * UTF-8 bytes (Apps Script allows 9 KB per value), the number of pieces kept in the run
 * record written in the same setProperties, so a leftover piece of a longer memory is
 * never read back. Log rows a failed run could not append wait in one more value.
 */
import { decodeMemory, encodeMemory } from '../../domain/monitor/memory-codec';
import type { MonitorLogRow } from '../../domain/monitor/run';
import type { MonitorMemory } from '../../domain/monitor/types';
import { splitUtf8, utf8Length } from '../../shared/utf8';

const MEMORY_PREFIX = 'gateMonitor.memory.';
const RUN_KEY = 'gateMonitor.run';
const PENDING_LOG_KEY = 'gateMonitor.pendingLog';
/** Under 9 KB (9,216 bytes) with room for the key, which counts towards the store, not the value. */
export const MEMORY_CHUNK_BYTES = 8_000;

export interface RunRecord {
  reminderDays: number;
  /** When the last run ended (ms since the epoch). */
  lastRunMs: number | null;
  /** The last run's log line and its counts of unsent notifications. */
  lastRun: { text: string; held: number; undeliverable: number } | null;
  /** How many memory values the last run wrote. */
  memoryChunks?: number;
}

export const DEFAULT_RUN_RECORD: RunRecord = { reminderDays: 2, lastRunMs: null, lastRun: null };

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
}

/** `all` is the document's properties, read once by the caller (the planner's facts are there too). */
export function readStore(all: Record<string, string>): Stored {
  const run = { ...DEFAULT_RUN_RECORD, ...parse<Partial<RunRecord>>(all[RUN_KEY]) };
  const chunks = Number(run.memoryChunks) || 0;
  let text = '';
  for (let i = 0; i < chunks; i++) text += all[MEMORY_PREFIX + i] ?? '';
  const memory = text ? decodeMemory(text) : { gates: {}, reminded: [], held: [] };
  const pendingLog = parse<PendingLogRow[]>(all[PENDING_LOG_KEY]);
  return {
    memory,
    run,
    pendingLog: Array.isArray(pendingLog) ? pendingLog : [],
    memoryKeys: Object.keys(all).filter((k) => k.startsWith(MEMORY_PREFIX)),
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

/** Writes the run record alone (the reminder days chosen when turning the monitor on). */
export function writeRunRecord(
  props: GoogleAppsScript.Properties.Properties,
  run: RunRecord,
): void {
  props.setProperty(RUN_KEY, JSON.stringify(run));
}

/** The run record, defaults where none is kept yet. */
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
