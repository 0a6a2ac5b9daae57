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
  /** 0-based index among the existing rows where the writing starts (replacing from there). */
  start: number;
  /**
   * Existing rows from `start` on that stay (0-based indices, in order): written back first,
   * moved up over the earlier run of today they followed. Empty unless the sheet was sorted.
   */
  keep: number[];
  rows: HistoryRow[];
  /** Existing rows after the kept and new ones that the earlier run of today left: to clear. */
  clear: number;
}

const keyOf = (g: { plan: string; wave: number; checkpoint: string; metric: string }) =>
  `${g.plan.trim().toLowerCase()}|${gateKey(g.wave, g.checkpoint, g.metric)}`;

/**
 * Where today's rows go and what they say. Rows dated `today` are an earlier run of today
 * and are replaced, wherever they stand: at the end as the monitor leaves them, or higher
 * up in a sheet someone sorted (then the rows after the first of them move up, `keep`).
 * Each new row's `since` is the gate's Status since on its latest earlier day when the
 * status is the same, else today (a gate's first row starts its first run); the latest
 * day, not the lowest row, so a sorted sheet reads the same. Rows without a readable day
 * count as earlier than any dated row.
 */
export function historyWrite(
  existing: readonly HistoryRecord[],
  gates: readonly HistoryGate[],
  today: IsoDate,
): HistoryWrite {
  const first = existing.findIndex((r) => r.day === today);
  const start = first < 0 ? existing.length : first;
  const keep: number[] = [];
  for (let i = start; i < existing.length; i++) if (existing[i].day !== today) keep.push(i);
  const last = new Map<string, HistoryRecord>();
  for (const record of existing) {
    if (record.day === today) continue;
    const key = keyOf(record);
    const before = last.get(key);
    // ISO days compare as text; on a tie the lower row is the later run.
    if (!before || (record.day ?? '') >= (before.day ?? '')) last.set(key, record);
  }
  const rows = gates.map((g) => {
    const before = last.get(keyOf(g));
    const since = before?.status === g.status ? before.since : null;
    return { ...g, day: today, since: since ?? today };
  });
  const clear = Math.max(0, existing.length - start - keep.length - rows.length);
  return { start, keep, rows, clear };
}
