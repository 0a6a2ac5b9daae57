/**
 * The record's Option totals are the partners' amounts summed and rounded once: three
 * partners, one per six-week wave, with 6,240,000 a year of partner-sourced revenue between
 * them, whose rows would round alone to 240,000, 240,000 and 239,999. The rows are rounded
 * to their total by largest remainder (240,001 + 240,000 + 239,999), so the wave table and
 * the record's list of waves add up to the 720,000 (6,240,000 × 6 / 52) beside them.
 * Written through the built Code.js.
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

  it('is 720,000, and the wave rows add up to it', () => {
    const t = planText('en');
    const plan = rt.values(result.plan.name);
    const header = plan.findIndex(
      (row) => row.slice(0, t.waveHeaders.length).join('|') === t.waveHeaders.join('|'),
    );
    const revenueColumn = t.waveHeaders.length - 1;
    const waveRevenue = plan.slice(header + 1, header + 4).map((r) => r[revenueColumn]);
    expect([...waveRevenue].sort()).toEqual([239_999, 240_000, 240_001]);
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
 * same six weeks; and then B's list of waves (2.538 € + 4.096 € + 5.423 €) did not add up to
 * its 12.058 €. Here three partners, one per wave, with 26,003, 52,003 and 39,003 € a year
 * of co-marketing: each wave's 6/52 ends in 9/26 of a euro and would round down alone
 * (3.000 €, 6.000 €, 4.500 €); their exact sum is 13.501,04 €, so the equal remainders'
 * unit goes to the first wave, the Pilot: 3.001 €.
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

  it('is one amount, 13.501 €, rounded once from the partners’ budgets, and the waves add up to it', () => {
    const exact = (BUDGETS.reduce((a, b) => a + b, 0) * 6) / 52;
    expect(Math.round(exact)).toBe(13_501);
    const t = planText('en');
    const plan = rt.values(result.plan.name);
    const header = plan.findIndex(
      (row) => row.slice(0, t.waveHeaders.length).join('|') === t.waveHeaders.join('|'),
    );
    const budgetColumn = t.waveHeaders.findIndex((h) => /co-marketing/i.test(h));
    const waveBudgets = plan.slice(header + 1, header + 4).map((r) => r[budgetColumn]);
    expect(waveBudgets).toEqual([3001, 6000, 4500]);
    const record = rt
      .values(result.record.name)
      .map((r) => r.join(' '))
      .join('\n');
    for (const text of [record, result.markdown]) {
      expect(text).toMatch(/Option B: .* commit 13\.501 € of co-marketing/);
      expect(text).toMatch(
        /each wave's partners over their wave \(Pilot 3\.001 €, .*; Expand 6\.000 €, .*; Scale 4\.500 €, /,
      );
      expect(text).toMatch(/is what the Pilot commits: 3\.001 € and/);
      expect(text).toMatch(
        /Option C: .*all of it is committed before any evidence, 13\.501 € and .* of it by/,
      );
      expect(text).not.toContain('13.500 €');
    }
  });

  it('lists the same waves adding up in a Japanese record', () => {
    const ja = written(rt, {
      ...d,
      language: 'ja',
      record: { ...d.record, id: 'B0999' },
      waves: { ...d.waves, count: 3, assignment: { mode: 'count', counts: [1, 1, 1] } },
    });
    const text = ja.markdown;
    expect(text).toContain('共同マーケティング 13.501 €');
    expect(text).toMatch(/内訳は [^ ]+ 3\.001 €・.*／[^ ]+ 6\.000 €・.*／[^ ]+ 4\.500 €・/);
  });
});
