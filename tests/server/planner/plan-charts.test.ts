/**
 * The plan sheet's native charts through the local runtime and the built dist/Code.js:
 * which charts a write inserts, over which cells, that they follow an edit of the plan
 * (an Actual, a stability interval's end), that a re-plan does not duplicate them, and
 * that their service calls do not grow with partners. Run `npm run build` first (vitest's
 * global setup does).
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import { planText } from '../../../src/shared/i18n/plan';
import { defaultsOf, generatedRuntime, sampleRuntime, written } from './planner-support';

const chartCalls = (rt: LocalRuntime) =>
  Object.entries(rt.lastServiceCalls())
    .filter(([name]) => /Chart|insertColumnsAfter|getMaxColumns/.test(name))
    .reduce((sum, [, n]) => sum + n, 0);

describe('charts in the written plan', () => {
  it('draws gate statuses per wave and partner scores by wave from the plan’s own cells', () => {
    const rt = sampleRuntime();
    const plan = written(rt, defaultsOf(rt));
    const charts = rt.charts(plan.plan.name);
    expect(charts.map((c) => [c.type, c.numHeaders])).toEqual([
      ['COLUMN', 1],
      ['COMBO', 1],
      ['BAR', 1],
    ]);
    const [status, scores] = charts;
    expect(status.ranges).toEqual([`'${plan.plan.name}'!Z6:AE9`]);
    expect(status.data[0][0]).toEqual(['Wave', 'GO', 'HOLD', 'STOP', 'STALE', 'PENDING']);
    const values = rt.values(plan.plan.name);
    const waves = values.slice(6, 9).map((r) => r[1]);
    expect(status.data[0].slice(1).map((r) => r[0])).toEqual(waves);
    // Every gate row is PENDING until someone types an Actual.
    const gates = values.filter((r) => r[gateColumn('Status')] === 'PENDING').length;
    const pending = status.data[0].slice(1).reduce((n, r) => n + Number(r[5]), 0);
    expect(pending).toBe(gates);

    // One bar per ranked partner, in its wave's series only, and each wave's lowest score as its cut-off.
    const header = values.findIndex((r) => r[0] === 'Rank' && r[1] === 'Partner');
    const ranked = values.slice(header + 1).filter((r) => r[1] !== '');
    expect(scores.data[0].length).toBe(ranked.length + 1);
    const score = planText('en').partnerHeaders.indexOf('Score');
    const wave = planText('en').partnerHeaders.indexOf('Wave');
    scores.data[0].slice(1).forEach((row, i) => {
      const p = ranked[i];
      expect(row[0]).toBe(p[1]);
      for (let w = 1; w <= 3; w++) expect(row[w]).toBe(p[wave] === w ? p[score] : '');
    });
    for (let w = 1; w <= 3; w++) {
      const lowest = Math.min(...ranked.filter((p) => p[wave] === w).map((p) => Number(p[score])));
      expect(scores.data[0][1][4 + w]).toBeCloseTo(lowest, 9);
    }
    // Charts sit right of the plan's blocks and do not overlap each other.
    expect(status.position).toEqual({ row: 1, column: 19, offsetX: 0, offsetY: 0 });
    expect(scores.position.row).toBeGreaterThanOrEqual(21);
  });

  it('draws each criterion’s stability interval from the sensitivity table’s own cells', () => {
    const rt = sampleRuntime();
    const plan = written(rt, defaultsOf(rt));
    const name = plan.plan.name;
    const [, , stability] = rt.charts(name);
    const values = rt.values(name);
    const header = values.findIndex((r) => r[0] === 'Criterion' && r[2] === 'Holds from (×)');
    const table = values.slice(header + 1, header + 7);
    // One floating bar per criterion: an invisible base at Holds from, the visible part to Holds to.
    expect(stability.ranges).toEqual([`'${name}'!Z${header + 1}:AB${header + 7}`]);
    const [names, ...bars] = stability.data[0];
    expect(names).toEqual(['Criterion', 'Holds from (×)', 'Pilot unchanged']);
    expect(bars.map((b) => b[0])).toEqual(table.map((r) => r[0]));
    bars.forEach((bar, i) => {
      expect(bar[1]).toBe(table[i][2]);
      expect(Number(bar[1]) + Number(bar[2])).toBeCloseTo(Number(table[i][3]), 9);
    });
    expect(stability.options).toMatchObject({
      isStacked: true,
      colors: ['transparent', '#34a853'],
      series: { 0: { visibleInLegend: false } },
      'hAxis.viewWindow.min': 0,
    });
    expect(stability.position).toEqual({ row: 41, column: 19, offsetX: 0, offsetY: 0 });

    // Someone widens an interval by hand, then clears an end: "no upper end" is drawn to one
    // whole multiplier past the largest end stated (at least 2×), and the legend says so.
    rt.setCell(name, `D${header + 2}`, 2.4);
    expect(rt.charts(name)[2].data[0][1][2]).toBeCloseTo(2.4 - Number(table[0][2]), 9);
    rt.setCell(name, `D${header + 3}`, '');
    const [legend, first, second] = rt.charts(name)[2].data[0];
    // Column AC, right of the chart's three.
    expect(values[header][28]).toBe('“Any increase” drawn to (×)');
    expect(rt.values(name)[header + 1][28]).toBe(4);
    expect(Number(second[1]) + Number(second[2])).toBe(4);
    expect(Number(first[1]) + Number(first[2])).toBeCloseTo(2.4, 9);
    expect(legend[2]).toBe('Pilot unchanged (a bar ending at 4× has no upper end: any increase)');
  });

  it('draws an empty stability chart, "not stated", when the plan states no interval (Pilot caps)', () => {
    const rt = sampleRuntime();
    const plan = written(rt, {
      ...defaultsOf(rt),
      waves: { pilotCaps: { comarketingBudget: 200000, enablementLoad: null } },
    });
    const charts = rt.charts(plan.plan.name);
    expect(charts.map((c) => c.type)).toEqual(['COLUMN', 'COMBO', 'BAR']);
    // The same calls as a plan with intervals: what is written does not depend on the data.
    expect(charts[2].data[0]).toEqual([
      ['Criterion', 'Holds from (×)', 'Pilot unchanged'],
      ['not stated', '', ''],
    ]);
  });

  it('follows an Actual typed into the gate table', () => {
    const rt = sampleRuntime();
    const plan = written(rt, defaultsOf(rt));
    const values = rt.values(plan.plan.name);
    const row = values.findIndex((r) => r[gateColumn('Status')] === 'PENDING');
    const goAt = Number(values[row][gateColumn('GO at')]);
    const stopAt = Number(values[row][gateColumn('STOP at')]);
    const col = (h: Parameters<typeof gateColumn>[0]) => columnLetters(gateColumn(h));
    rt.setCell(
      plan.plan.name,
      `${col('Actual')}${row + 1}`,
      goAt > stopAt ? stopAt / 2 : stopAt * 2,
    );
    rt.setCell(plan.plan.name, `${col('Data as of')}${row + 1}`, '2026-11-26');
    const [status] = rt.charts(plan.plan.name);
    const waveRow = status.data[0].findIndex((r) => r[0] === values[row][gateColumn('Wave name')]);
    expect(status.data[0][waveRow][3]).toBe(1);
  });

  it('gives a re-plan its own three charts and leaves the first version’s alone', () => {
    const rt = sampleRuntime();
    const first = written(rt, defaultsOf(rt));
    const second = written(rt, { ...defaultsOf(rt), record: { id: first.id } });
    expect(second.plan.name).not.toBe(first.plan.name);
    expect(rt.charts(first.plan.name)).toHaveLength(3);
    expect(rt.charts(second.plan.name)).toHaveLength(3);
    expect(rt.charts(second.plan.name)[1].ranges[0]).toMatch(/^'Pilot plan B0373 v2'!/);
  });

  it('makes the same chart calls for 10 and 300 partners', () => {
    const counts = [10, 300].map((n) => {
      const rt = generatedRuntime(n);
      written(rt, defaultsOf(rt));
      return chartCalls(rt);
    });
    expect(counts[0]).toBeGreaterThan(10);
    expect(counts[1]).toBe(counts[0]);
  });
});
