/**
 * The record's Option totals are the partners' amounts summed and rounded once, not the
 * wave table's rounded rows added up: three partners, one per six-week wave, with 6,240,000
 * a year of partner-sourced revenue between them, whose rows round to 240,000, 240,000 and
 * 239,999. Written through the built Code.js: the wave table shows the rows, the record and
 * its Markdown expect 720,000 (6,240,000 × 6 / 52), never 719,999.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { planText } from '../../../src/shared/i18n/plan';
import { context, HEADER, NOW, written } from './planner-support';

const REVENUE = [2_080_004, 2_080_004, 2_079_992];

describe('the record’s Option B total', () => {
  const rows: unknown[][] = [HEADER];
  for (const [i, revenue] of REVENUE.entries())
    rows.push([`Partner ${i + 1}`, 'Owner', 10 - i, 5000, 40, revenue, 3000, 0.2]);
  const rt = openWorkbook({ Partners: rows }, { now: NOW });
  const d = context(rt).defaults;
  if (!d) throw new Error('no table detected');
  const result = written(rt, {
    ...d,
    waves: { ...d.waves, count: 3, assignment: { mode: 'count', counts: [1, 1, 1] } },
  });

  it('is 720,000 where the wave rows round to 240,000 + 240,000 + 239,999', () => {
    const t = planText('en');
    const plan = rt.values(result.plan.name);
    const header = plan.findIndex(
      (row) => row.slice(0, t.waveHeaders.length).join('|') === t.waveHeaders.join('|'),
    );
    const revenueColumn = t.waveHeaders.length - 1;
    const waveRevenue = plan.slice(header + 1, header + 4).map((r) => r[revenueColumn]);
    expect([...waveRevenue].sort()).toEqual([239_999, 240_000, 240_000]);
    const record = rt
      .values(result.record.name)
      .map((r) => r.join(' '))
      .join('\n');
    for (const text of [record, result.markdown]) {
      expect(text).toContain('expect $720,000 of partner-sourced revenue');
      expect(text).not.toContain('719,999');
    }
  });
});

/**
 * Tester finding 13, de_DE: Option B committed 12.057 € (its waves' rounded rows added) and
 * Option C 12.058 € by the first gate review, one amount for the same partners over the
 * same six weeks. Here three partners, one per wave, with 26,003, 52,003 and 39,003 € a year
 * of co-marketing: each wave's 6/52 ends in 9/26 of a euro and rounds down (3.000 €, 6.000 €,
 * 4.500 €), their exact sum is 13.501,04 €.
 */
describe('the record’s six weeks of co-marketing, in Option B and in Option C', () => {
  const BUDGETS = [26_003, 52_003, 39_003];
  const rows: unknown[][] = [HEADER];
  for (const [i, budget] of BUDGETS.entries())
    rows.push([`Partner ${i + 1}`, 'Owner', 10 - i, budget, 40, 500_000, 3000, 0.2]);
  const rt = openWorkbook({ Partners: rows }, { now: NOW, locale: 'de_DE' });
  const d = context(rt).defaults;
  if (!d) throw new Error('no table detected');
  const result = written(rt, {
    ...d,
    waves: { ...d.waves, count: 3, assignment: { mode: 'count', counts: [1, 1, 1] } },
  });

  it('is one amount, 13.501 €, rounded once from the partners’ budgets, where the wave rows add to 13.500 €', () => {
    const exact = (BUDGETS.reduce((a, b) => a + b, 0) * 6) / 52;
    expect(Math.round(exact)).toBe(13_501);
    const t = planText('en');
    const plan = rt.values(result.plan.name);
    const header = plan.findIndex(
      (row) => row.slice(0, t.waveHeaders.length).join('|') === t.waveHeaders.join('|'),
    );
    const budgetColumn = t.waveHeaders.findIndex((h) => /co-marketing/i.test(h));
    const waveBudgets = plan.slice(header + 1, header + 4).map((r) => r[budgetColumn]);
    expect([...waveBudgets].sort()).toEqual([3000, 4500, 6000]);
    const record = rt
      .values(result.record.name)
      .map((r) => r.join(' '))
      .join('\n');
    for (const text of [record, result.markdown]) {
      expect(text).toMatch(/Option B: .* commit 13\.501 € of co-marketing/);
      expect(text).toMatch(
        /Option C: .*all of it is committed before any evidence, 13\.501 € and .* of it by/,
      );
      expect(text).not.toContain('13.500 €');
    }
  });
});
