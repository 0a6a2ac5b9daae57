/**
 * The gate history: one row per gate per day the monitor ran, so the plan can draw each
 * gate's trend and say since when it holds its status. A gate is followed across versions
 * of its plan by the record ID, wave, checkpoint and metric (gateKey), as the monitor's
 * memory and re-planning's carry-over follow it. A second run on the same day replaces
 * that day's rows (the latest reading wins), so a day never has two rows for one gate.
 */
import type { IsoDate } from '../../shared/plan-types';
import { gateKey } from '../plan/gate-table';

/** One gate of one live plan version as the monitor read it today. */
export interface HistoryGate {
  /** The decision record ID, e.g. 'B0373'. */
  plan: string;
  version: number;
  wave: number;
  /** The gate table's Checkpoint and Metric cells, as written there. */
  checkpoint: string;
  metric: string;
  /** The Actual and Data-as-of cells as read (number, text, Date or ''). */
  actual: unknown;
  asOf: unknown;
  /** GATE_STATUS's word for the row, or its 'Invalid …' note. */
  status: string;
}

/**
 * A row already in the history sheet: its day and Status since ('YYYY-MM-DD', null if
 * unreadable), gate and status.
 */
export interface HistoryRecord {
  day: IsoDate | null;
  since: IsoDate | null;
  plan: string;
  wave: number;
  checkpoint: string;
  metric: string;
  status: string;
}

/** A row to write: the gate on `day`, and the first day of its current run of that status. */
export interface HistoryRow extends HistoryGate {
  day: IsoDate;
  since: IsoDate;
}

export interface HistoryWrite {
  /** 0-based index among the existing rows where the new rows go (replacing from there). */
  start: number;
  rows: HistoryRow[];
  /** Existing rows after the new ones that a longer earlier run of today left: to clear. */
  clear: number;
}

const keyOf = (g: { plan: string; wave: number; checkpoint: string; metric: string }) =>
  `${g.plan.trim().toLowerCase()}|${gateKey(g.wave, g.checkpoint, g.metric)}`;

/**
 * Where today's rows go and what they say. The rows at the end dated `today` are an
 * earlier run of today and are replaced; everything above stays. Each new row's `since`
 * is the gate's Status since on its last row above that point when the status is the
 * same, else today (a gate's first row starts its first run). Rows dated today further
 * up (a sorted sheet) are not looked for.
 */
export function historyWrite(
  existing: readonly HistoryRecord[],
  gates: readonly HistoryGate[],
  today: IsoDate,
): HistoryWrite {
  let start = existing.length;
  while (start > 0 && existing[start - 1].day === today) start--;
  const last = new Map<string, HistoryRecord>();
  for (let i = 0; i < start; i++) last.set(keyOf(existing[i]), existing[i]);
  const rows = gates.map((g) => {
    const before = last.get(keyOf(g));
    const since = before?.status === g.status ? before.since : null;
    return { ...g, day: today, since: since ?? today };
  });
  return { start, rows, clear: Math.max(0, existing.length - start - rows.length) };
}
