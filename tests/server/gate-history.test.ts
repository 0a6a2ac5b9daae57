/**
 * The gate history through the local runtime and the built dist/Code.js: the daily
 * monitor run over simulated days appends one row per gate per day (a second run the
 * same day replaces that day's rows), and the plan's Trend and Status since cells read it.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime, openCsv } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { Result, WriteResult } from '../../src/shared/plan-types';
import { defaultsOf } from './planner/planner-support';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const HISTORY = 'Gate history';
const at = (day: string) => new Date(`${day}T07:30:00Z`);

function setUp(locale = 'en_US') {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02'), locale });
  const result = rt.run<Result<WriteResult>>('writePlan', defaultsOf(rt));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  rt.run('turnOnGateMonitor');
  return { rt, plan: result.value.plan.name };
}

function runOn(rt: LocalRuntime, day: string) {
  rt.clock.set(at(day));
  rt.runTrigger('runGateMonitor');
}

const col = (h: Parameters<typeof gateColumn>[0]) => columnLetters(gateColumn(h));

describe('the gate history', () => {
  it('accumulates one row per gate per day, replacing a second run of the same day', () => {
    const { rt, plan } = setUp();
    const values = rt.values(plan);
    const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
    const gates = values.slice(header + 1).findIndex((r) => r[0] === '');
    expect(rt.values(HISTORY)).toHaveLength(1);

    runOn(rt, '2026-02-03');
    runOn(rt, '2026-02-03');
    expect(rt.values(HISTORY)).toHaveLength(1 + gates);

    const row = header + 2;
    const goAt = Number(values[row - 1][gateColumn('GO at')]);
    const stopAt = Number(values[row - 1][gateColumn('STOP at')]);
    const hold = (goAt + stopAt) / 2;
    rt.setCell(plan, `${col('Actual')}${row}`, hold);
    rt.setCell(plan, `${col('Data as of')}${row}`, '2026-02-04');
    runOn(rt, '2026-02-04');
    const stop = goAt > stopAt ? stopAt / 2 : stopAt * 2;
    rt.setCell(plan, `${col('Actual')}${row}`, stop);
    runOn(rt, '2026-02-05');
    // Typed again later the same day: the day's rows are replaced, not added to.
    rt.setCell(plan, `${col('Actual')}${row}`, hold);
    runOn(rt, '2026-02-05');

    const history = rt.displayValues(HISTORY);
    expect(history).toHaveLength(1 + 3 * gates);
    expect(history[0]).toEqual([
      'Date',
      'Plan',
      'Version',
      'Wave',
      'Checkpoint',
      'Metric',
      'Actual',
      'Data as of',
      'Status',
      'Status since',
    ]);
    const metric = String(values[row - 1][gateColumn('Metric')]);
    const checkpoint = values[row - 1][gateColumn('Checkpoint')];
    const mine = history.filter((r) => r[5] === metric && r[3] === '1' && r[4] === checkpoint);
    expect(mine.map((r) => [r[0], r[8], r[9]])).toEqual([
      ['2/3/2026', 'PENDING', '2/3/2026'],
      ['2/4/2026', 'HOLD', '2/4/2026'],
      ['2/5/2026', 'HOLD', '2/4/2026'],
    ]);
    const raw = rt
      .values(HISTORY)
      .filter((r) => r[5] === metric && r[3] === 1 && r[4] === checkpoint);
    expect(raw.map((r) => r[6])).toEqual(['', hold, hold]);

    // The plan's Status since reads the latest: HOLD since 4 Feb (the STOP typed and
    // taken back on 5 Feb was replaced by that day's second run).
    const since = rt.displayValues(plan)[row - 1][gateColumn('Status') + 2];
    expect(since).toBe('2/4/2026');
    // Its Trend draws the Actuals of the days it had one.
    const trend = `${columnLetters(gateColumn('Status') + 1)}${row}`;
    expect(rt.sparklines(plan)[trend]).toEqual([hold, hold]);
    expect(rt.cellErrors(plan)).toEqual({});
  });

  it('replaces a second run of the same day in a history someone sorted, losing no day', () => {
    const { rt } = setUp();
    runOn(rt, '2026-02-03');
    runOn(rt, '2026-02-04');
    const rows = rt.values(HISTORY).length - 1;
    // Data ▸ Sort range by Metric, as a person might: today's rows end up among older ones.
    const shown = rt.displayValues(HISTORY);
    const sorted = [...shown.slice(1)].sort((a, b) => a[5].localeCompare(b[5]) || 0);
    for (const [i, cells] of sorted.entries())
      for (const [c, cell] of cells.entries())
        rt.setCell(HISTORY, `${columnLetters(c)}${i + 2}`, cell);
    const order = rt.displayValues(HISTORY).map((r) => r[0]);
    // Some row of today's first run now stands above a row of the day before.
    expect(order.indexOf('2/4/2026')).toBeLessThan(order.lastIndexOf('2/3/2026'));
    runOn(rt, '2026-02-04');
    const after = rt.displayValues(HISTORY).slice(1);
    expect(after).toHaveLength(rows);
    const days = (day: string) => after.filter((r) => r[0] === day).length;
    expect(days('2/3/2026')).toBe(rows / 2);
    expect(days('2/4/2026')).toBe(rows / 2);
    // Every gate has one row per day: the sorted sheet gained no duplicate.
    const keys = after.map((r) => [r[0], r[1], r[3], r[4], r[5]].join('|'));
    expect(new Set(keys).size).toBe(rows);
    // Status since still runs from the first day for gates whose status held.
    expect(after.filter((r) => r[0] === '2/4/2026').every((r) => r[9] === '2/3/2026')).toBe(true);
  });

  it('writes formulas that parse in a comma-decimal locale, with the history sheet’s dates in its order', () => {
    const { rt, plan } = setUp('de_DE');
    runOn(rt, '2026-02-03');
    const formulas = rt.formulas(plan);
    const trend = formulas.flat().find((f) => f.startsWith('=IFERROR(SPARKLINE('));
    expect(trend).toContain(';');
    expect(rt.cellErrors(plan)).toEqual({});
    const since = formulas.flat().filter((f) => f.startsWith('=IFERROR(MAX(FILTER('));
    expect(since.length).toBeGreaterThan(0);
    expect(rt.displayValues(HISTORY)[1][0]).toBe('03.02.2026');
  });

  it('is ゲート履歴 in a Japanese spreadsheet, and the plan’s trend cells name it', () => {
    const { rt, plan } = setUp('ja_JP');
    runOn(rt, '2026-02-03');
    expect(rt.sheetNames()).toContain('ゲート履歴');
    expect(rt.sheetNames()).not.toContain(HISTORY);
    expect(rt.values('ゲート履歴')[0][0]).toBe('日付');
    const trend = rt
      .formulas(plan)
      .flat()
      .find((f) => f.startsWith('=IFERROR(SPARKLINE('));
    expect(trend).toContain("'ゲート履歴'!$G:$G");
    expect(rt.values('ゲート履歴').length).toBeGreaterThan(1);
    expect(rt.cellErrors(plan)).toEqual({});
  });

  it('grows past a new sheet’s 1,000 rows, its dates still shown as dates', () => {
    const { rt } = setUp();
    let day = at('2026-02-03');
    let rows = 1;
    while (rows <= 1000) {
      rt.clock.set(day);
      rt.runTrigger('runGateMonitor');
      rows = rt.values(HISTORY).length;
      day = new Date(day.getTime() + 86_400_000);
    }
    const shown = rt.displayValues(HISTORY);
    const last = shown[shown.length - 1];
    expect(last[0]).toMatch(/^\d{1,2}\/\d{1,2}\/2026$/);
    expect(last[9]).toMatch(/^\d{1,2}\/\d{1,2}\/2026$/);
    // Every day the same number of rows: one per gate.
    const days = shown.slice(1).map((r) => r[0]);
    const perDay = days.filter((d) => d === days[0]).length;
    expect(new Set(days).size * perDay).toBe(shown.length - 1);
  }, 180_000);
});
