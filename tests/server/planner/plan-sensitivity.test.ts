/**
 * The weight sensitivity as a written plan states it, through the built Code.js and the
 * local runtime: the partner column against the domain analysis run on the same sheet
 * values by hand, the sensitivity table against the record's sentence, and what the plan
 * says when the analysis cannot follow it (Pilot caps).
 */
import { describe, expect, it } from 'vitest';
import { sensitivityModel } from '../../../src/domain/sensitivity/model';
import { waveShares } from '../../../src/domain/sensitivity/scenarios';
import { EN_US } from '../../support/sheet-settings';
import { block, defaultsOf, sampleRuntime, written } from './planner-support';

const PLAN = 'Pilot plan B0373 v1';
const RECORD = 'Decision record B0373 v1';
const IN_WAVE = 'In its wave in x % of weight scenarios';
const SENSITIVITY =
  'Weight sensitivity: how far one weight can move, the others unchanged, before the Pilot’s partners change';

/** The ranked partners' rows as objects keyed by the header. */
function rankedRows(plan: unknown[][]): Record<string, unknown>[] {
  const [header, ...rows] = block(plan, 'Partners, ranked by score');
  return rows
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])))
    .filter((r) => r.Rank !== '');
}

function rationale(rt: ReturnType<typeof sampleRuntime>): string {
  return block(rt.values(RECORD), 'Rationale')
    .map((r) => String(r[1]))
    .join('\n');
}

describe('the weight sensitivity of a written plan', () => {
  const rt = sampleRuntime();
  const request = defaultsOf(rt);
  written(rt, { ...request, scoring: { weights: { cac: 2 } } });
  const plan = rt.values(PLAN);
  const ranked = rankedRows(plan);

  it('writes each ranked partner’s share of scenarios in its wave, as the analysis computes it from the sheet', () => {
    const table = rt.values('Partners');
    const weights = [
      ['Capability', 1],
      ['Co-marketing budget', 1],
      ['Enablement load', 1],
      ['Partner-sourced revenue', 1],
      ['CAC', 2],
      ['Coverage gap', 1],
    ];
    const model = sensitivityModel(table, weights, 'minmax', EN_US);
    const counts = block(plan, 'Waves')
      .slice(1)
      .map((r) => Number(r[5]));
    const shares = waveShares(model, counts, { uncertainty: 0.25 });
    const waveOf = new Map(['Pilot', 'Expand', 'Scale'].map((name, w) => [name, w]));
    const expected = new Map<string, number>();
    model.tableRows.forEach((row, i) => {
      const name = String(table[row][0]);
      const wave = ranked.find((r) => r.Partner === name)?.['Wave name'];
      if (wave === undefined) return;
      const w = wave === '' ? counts.length : (waveOf.get(String(wave)) ?? -1);
      expected.set(name, Math.floor(shares.shares[i * (counts.length + 1) + w] * 100 + 1e-9) / 100);
    });
    expect(ranked).toHaveLength(expected.size);
    for (const r of ranked)
      expect([r.Partner, r[IN_WAVE]]).toEqual([r.Partner, expected.get(String(r.Partner))]);
    // Not all the same: the sample has partners near the Pilot's edge.
    expect(new Set(ranked.map((r) => r[IN_WAVE])).size).toBeGreaterThan(3);
  });

  it('writes one sensitivity row per weighted criterion, its interval containing 1×, and the record names the same most sensitive criterion', () => {
    const [sentence, header, ...rows] = block(plan, SENSITIVITY);
    expect(header.slice(0, 6)).toEqual([
      'Criterion',
      'Weight',
      'Holds from (×)',
      'Holds to (×)',
      'Stability interval',
      'Most sensitive',
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      'Partner capability',
      'Co-marketing budget',
      'Enablement load',
      'Partner-sourced revenue',
      'CAC',
      'Coverage gap filled',
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBeCloseTo(1, 9);
    expect(rows[4][1]).toBeCloseTo(2 / 7, 9);
    for (const r of rows) {
      expect(Number(r[2])).toBeLessThanOrEqual(1);
      if (r[3] !== '') expect(Number(r[3])).toBeGreaterThanOrEqual(1);
    }
    const sensitive = rows.filter((r) => r[5] === 'most sensitive');
    expect(sensitive).toHaveLength(1);
    const text = rationale(rt);
    expect(String(sentence[1])).toMatch(/^The Pilot holds /);
    expect(text).toContain(String(sentence[1]));
    const name = String(sensitive[0][0]);
    expect(text).toContain(`it is most sensitive to ${name === 'CAC' ? name : name.toLowerCase()}`);
  });

  it('lists in the record exactly the partners the column shows below 90 %', () => {
    const borderline = ranked.filter((r) => Number(r[IN_WAVE]) < 0.9);
    expect(borderline.length).toBeGreaterThan(0);
    const text = rationale(rt);
    expect(text).toContain(`${borderline.length} ranked partners are borderline`);
    for (const r of borderline.slice(0, 10))
      expect(text).toContain(
        `${r.Partner} (${r['Wave name']}, ${Math.round(Number(r[IN_WAVE]) * 100)} %)`,
      );
  });

  it('at zero uncertainty shows every ranked partner in its wave in 100 % of scenarios', () => {
    const exact = sampleRuntime();
    written(exact, { ...defaultsOf(exact), scoring: { uncertainty: 0 } });
    const rows = rankedRows(exact.values(PLAN));
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((r) => r[IN_WAVE] === 1)).toBe(true);
    expect(rationale(exact)).toContain('every ranked partner is in its wave in at least 90 %');
  });

  it('with Pilot caps states no share or interval, and says why', () => {
    const capped = sampleRuntime();
    written(capped, {
      ...defaultsOf(capped),
      waves: { pilotCaps: { comarketingBudget: 200000, enablementLoad: null } },
    });
    const values = capped.values(PLAN);
    expect(rankedRows(values).every((r) => r[IN_WAVE] === '')).toBe(true);
    const [said, , ...rows] = block(values, SENSITIVITY);
    expect(said[1]).toMatch(/^Weight sensitivity is not stated for this plan: the Pilot’s caps/);
    expect(rows).toEqual([['not stated', ...Array(rows[0].length - 1).fill('')]]);
    expect(rationale(capped)).toContain('no share or interval would be true of it');
  });
});
