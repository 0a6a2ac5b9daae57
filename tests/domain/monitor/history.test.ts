import { describe, expect, it } from 'vitest';
import {
  type HistoryGate,
  type HistoryRecord,
  historyWrite,
} from '../../../src/domain/monitor/history';

const gate = (metric: string, status: string, wave = 1): HistoryGate => ({
  plan: 'B0373',
  version: 1,
  wave,
  checkpoint: 'Gate review',
  metric,
  actual: '',
  asOf: '',
  status,
});
const record = (day: string, metric: string, status: string, since: string): HistoryRecord => ({
  day,
  since,
  plan: 'B0373',
  wave: 1,
  checkpoint: 'Gate review',
  metric,
  status,
});

describe('the gate history’s next rows', () => {
  it('starts each gate’s Status since on its first day', () => {
    const write = historyWrite([], [gate('CAC', 'PENDING'), gate('Revenue', 'GO')], '2026-02-03');
    expect(write.start).toBe(0);
    expect(write.clear).toBe(0);
    expect(write.rows.map((r) => [r.metric, r.day, r.since])).toEqual([
      ['CAC', '2026-02-03', '2026-02-03'],
      ['Revenue', '2026-02-03', '2026-02-03'],
    ]);
  });

  it('carries Status since while the status holds and restarts it on a change', () => {
    const existing = [
      record('2026-02-03', 'CAC', 'HOLD', '2026-02-01'),
      record('2026-02-03', 'Revenue', 'GO', '2026-02-03'),
    ];
    const write = historyWrite(
      existing,
      [gate('CAC', 'HOLD'), gate('Revenue', 'STOP')],
      '2026-02-04',
    );
    expect(write.start).toBe(2);
    expect(write.rows.map((r) => r.since)).toEqual(['2026-02-01', '2026-02-04']);
  });

  it('replaces an earlier run of the same day, clearing rows it no longer needs', () => {
    const existing = [
      record('2026-02-03', 'CAC', 'HOLD', '2026-02-03'),
      record('2026-02-04', 'CAC', 'STOP', '2026-02-04'),
      record('2026-02-04', 'Revenue', 'GO', '2026-02-04'),
    ];
    const write = historyWrite(existing, [gate('CAC', 'HOLD')], '2026-02-04');
    expect(write.start).toBe(1);
    expect(write.clear).toBe(1);
    // Against the day before, not against the run being replaced.
    expect(write.rows[0].since).toBe('2026-02-03');
  });

  it('tells gates apart by plan, wave, checkpoint and metric, in any letter case', () => {
    const existing = [record('2026-02-03', 'cac ', 'HOLD', '2026-01-01')];
    const write = historyWrite(
      existing,
      [gate('CAC', 'HOLD'), gate('CAC', 'HOLD', 2)],
      '2026-02-04',
    );
    expect(write.rows.map((r) => r.since)).toEqual(['2026-01-01', '2026-02-04']);
  });

  it('replaces an earlier run of today in a sorted sheet, moving the rows below it up', () => {
    // Sorted by metric: today's earlier CAC row sits above yesterday's Revenue row.
    const existing = [
      record('2026-02-03', 'CAC', 'HOLD', '2026-02-01'),
      record('2026-02-04', 'CAC', 'STOP', '2026-02-04'),
      record('2026-02-03', 'Revenue', 'GO', '2026-02-02'),
      record('2026-02-04', 'Revenue', 'GO', '2026-02-02'),
    ];
    const write = historyWrite(
      existing,
      [gate('CAC', 'HOLD'), gate('Revenue', 'GO')],
      '2026-02-04',
    );
    expect(write.start).toBe(1);
    expect(write.keep).toEqual([2]);
    expect(write.rows.map((r) => [r.metric, r.since])).toEqual([
      ['CAC', '2026-02-01'],
      ['Revenue', '2026-02-02'],
    ]);
    // 1 kept + 2 new rows over the 3 from index 1: nothing left to clear.
    expect(write.clear).toBe(0);
  });

  it('reads Status since from the latest earlier day, not the lowest row', () => {
    // Newest first, as a sheet sorted by date descending holds it.
    const existing = [
      record('2026-02-03', 'CAC', 'HOLD', '2026-02-02'),
      record('2026-02-02', 'CAC', 'STOP', '2026-01-20'),
    ];
    const write = historyWrite(existing, [gate('CAC', 'HOLD')], '2026-02-04');
    expect(write.rows[0].since).toBe('2026-02-02');
    expect(write.keep).toEqual([]);
    expect(write.start).toBe(2);
  });
});
