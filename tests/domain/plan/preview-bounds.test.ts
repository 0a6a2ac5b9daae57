import { describe, expect, it } from 'vitest';
import { EN_US_STYLE } from '../../../src/domain/plan/amount-style';
import { buildPlan } from '../../../src/domain/plan/build';
import { resolveRequest } from '../../../src/domain/plan/defaults';
import { boundPreview, partnerPage } from '../../../src/domain/plan/preview-bounds';
import type { SourceRow } from '../../../src/domain/plan/ranking';
import { ENV, SAMPLE_SOURCE } from './sample';

/** n scored partners (every 50th with no CAC, every 97th unscorable) as the ranking sees them. */
function rows(n: number): SourceRow[] {
  return Array.from({ length: n }, (_, i): SourceRow => {
    const sheetRow = i + 2;
    const name = `Partner ${i + 1}`;
    if (i % 97 === 96)
      return {
        sheetRow,
        name,
        owner: '',
        outcome: { kind: 'insufficient', values: {}, missing: ['cac', 'capability'] },
      };
    const values = {
      capability: 1 + (i % 10),
      comarketingBudget: 5000 + ((i * 37) % 50) * 1000,
      enablementLoad: 20 + ((i * 13) % 180),
      sourcedRevenue: 100000 + ((i * 7919) % 900) * 1000,
      cac: 2000 + ((i * 31) % 70) * 100,
      coverageGap: ((i * 17) % 60) / 100,
    };
    const normalised = {
      capability: 0.5,
      comarketingBudget: 0.5,
      enablementLoad: 0.5,
      sourcedRevenue: 0.5,
      coverageGap: 0.5,
      ...(i % 50 ? { cac: 0.5 } : {}),
    };
    return {
      sheetRow,
      name,
      owner: '',
      outcome: { kind: 'score', score: ((i * 7) % 1000) / 10, values, normalised },
    };
  });
}

function built(n: number) {
  const request = resolveRequest({ source: SAMPLE_SOURCE }, ENV);
  const result = buildPlan(request, rows(n), {
    today: ENV.today,
    amounts: EN_US_STYLE,
    version: 1,
    supersedes: null,
    planSheetName: 'Pilot plan B0373 v1',
    recordSheetName: 'Decision record B0373 v1',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('the preview answer', () => {
  const plan = built(50_000);
  const bounded = boundPreview(plan);

  it('stays under 100 KB at 50,000 partners, with every count', () => {
    expect(JSON.stringify(plan).length).toBeGreaterThan(10_000_000);
    expect(JSON.stringify(bounded).length).toBeLessThan(100_000);
    expect(bounded.allPartners).toBe(false);
    expect(bounded.totals).toEqual(plan.totals);
    expect(bounded.totals.all).toBe(50_000);
  });

  it('keeps the head of each wave and both sides of every cut-off, in plan order', () => {
    const ranked = plan.partners.filter((p) => p.rank !== null);
    for (let w = 1; w <= 3; w++) {
      const members = ranked.filter((p) => p.wave === w);
      for (const p of members.slice(0, 10)) expect(bounded.partners).toContain(p);
      if (w === 3) continue;
      // The cut-off to the next wave: the last in and the first out.
      const last = members.at(-1);
      const next = ranked[ranked.indexOf(last as (typeof ranked)[number]) + 1];
      expect(bounded.partners).toContain(last);
      expect(bounded.partners).toContain(next);
    }
    const order = bounded.partners.map((p) => plan.partners.indexOf(p));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(bounded.partners.filter((p) => p.status === 'insufficient')).toHaveLength(20);
  });

  it('gives the rest a page at a time', () => {
    const page = partnerPage(plan.partners, 49_990, 25);
    expect(page).toMatchObject({ offset: 49_990, total: 50_000 });
    expect(page.partners).toEqual(plan.partners.slice(49_990));
    expect(partnerPage(plan.partners, 0, 1e6).partners).toHaveLength(100);
  });

  it('sends a small plan whole', () => {
    const small = built(30);
    expect(boundPreview(small).allPartners).toBe(true);
  });
});
