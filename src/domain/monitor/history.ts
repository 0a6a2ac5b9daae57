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

/** A row already in the history sheet: its day ('YYYY-MM-DD', null if unreadable), gate and status. */
export interface HistoryRecord {
  day: IsoDate | null;
  plan: string;
  wave: number;
  checkpoint: string;
  metric: string;
  status: string;
}

/** A row to write: the gate on `day`, with the status it had on the last earlier day ('' if none). */
export interface HistoryRow extends HistoryGate {
  day: IsoDate;
  before: string;
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
 * earlier run of today and are replaced; everything above stays. Each new row's `before`
 * is the gate's status on its last row above that point, so a change shows as Status ≠
 * Status before (the first row of a gate counts as one: its status starts there). Rows
 * dated today further up (a sorted sheet) are not looked for.
 */
export function historyWrite(
  existing: readonly HistoryRecord[],
  gates: readonly HistoryGate[],
  today: IsoDate,
): HistoryWrite {
  let start = existing.length;
  while (start > 0 && existing[start - 1].day === today) start--;
  const last = new Map<string, string>();
  for (let i = 0; i < start; i++) last.set(keyOf(existing[i]), existing[i].status);
  const rows = gates.map((g) => ({ ...g, day: today, before: last.get(keyOf(g)) ?? '' }));
  return { start, rows, clear: Math.max(0, existing.length - start - rows.length) };
}
