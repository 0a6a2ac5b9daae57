/**
 * Issue 15: the record's Options A, B and C in this plan's numbers. Each figure is checked
 * against a sum taken here from the partner rows themselves (not from the wave table the
 * module reads), on the sample and on random tables; and every amount a record sentence
 * about the options states is a figure of the plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longDate } from '../../../src/domain/calendar';
import { EN_US_STYLE } from '../../../src/domain/plan/amount-style';
import { formatAmount } from '../../../src/domain/plan/metrics';
import { optionFigures } from '../../../src/domain/plan/record-options';
import type { PlanPreview, PlanRequestInput } from '../../../src/shared/plan-types';
import { okPlan, plan, sampleCells } from './sample';

type Column = 'comarketingBudget' | 'enablementLoad' | 'sourcedRevenue';

/** The independent sums: each partner's annual amount × weeks / 52, rounded per wave as the plan shows it. */
function independent(p: PlanPreview) {
  const factor = p.request.schedule.waveWeeks / 52;
  const waves = p.waves.length;
  const inWave = (w: number, c: Column) =>
    Math.round(
      p.partners.filter((x) => x.wave === w).reduce((t, x) => t + (x.values[c] ?? 0), 0) * factor,
    );
  const everyone = p.partners.filter((x) => x.status === 'wave' || x.status === 'unassigned');
  const all = (c: Column) => everyone.reduce((t, x) => t + (x.values[c] ?? 0), 0) * factor;
  let b = { comarketing: 0, enablement: 0, revenue: 0 };
  for (let w = 1; w <= waves; w++)
    b = {
      comarketing: b.comarketing + inWave(w, 'comarketingBudget'),
      enablement: b.enablement + inWave(w, 'enablementLoad'),
      revenue: b.revenue + inWave(w, 'sourcedRevenue'),
    };
  return {
    b,
    atRisk: {
      comarketing: inWave(1, 'comarketingBudget'),
      enablement: inWave(1, 'enablementLoad'),
    },
    c: {
      partners: everyone.length,
      comarketing: Math.round(all('comarketingBudget') * waves),
      enablement: Math.round(all('enablementLoad') * waves),
      revenue: Math.round(all('sourcedRevenue') * waves),
    },
    weeks: waves * p.request.schedule.waveWeeks,
  };
}

function figuresOf(p: PlanPreview) {
  return optionFigures({
    ...p,
    request: p.request,
    version: 1,
    supersedes: null,
    today: '2026-11-27',
    planSheetName: p.planSheetName,
    amounts: EN_US_STYLE,
    extraNames: {},
  });
}

const money = (n: number) => formatAmount(n, 'currency', EN_US_STYLE);
const hours = (n: number) => formatAmount(n, 'hours');

describe('the options in numbers, on the sample', () => {
  const p = okPlan().value;
  const f = figuresOf(p);
  const sums = independent(p);
  const options = p.record.sections.find((s) => s.heading === 'Options')?.items ?? [];
  const decision = p.record.sections.find((s) => s.heading === 'Decision')?.paragraphs ?? [];
  const rationale = p.record.sections.find((s) => s.heading === 'Rationale')?.paragraphs ?? [];

  it('sums B from the partners in each wave, and C from every scored partner over the horizon', () => {
    expect(f.b).toEqual(sums.b);
    expect({ comarketing: f.atRisk.comarketing, enablement: f.atRisk.enablement }).toEqual(
      sums.atRisk,
    );
    expect(f.c).toEqual(sums.c);
    expect(f.horizon.weeks).toBe(18);
    // The sample: 39 partners can be scored; the Pilot's eight hold $149,500 of annual budget.
    expect(f.c.partners).toBe(39);
    expect(f.atRisk.comarketing).toBe(Math.round((149500 * 6) / 52));
  });

  it('states the seed’s three options, each followed by its numbers', () => {
    expect(options.map((o) => o.slice(0, 9))).toEqual(['Option A:', 'Option B:', 'Option C:']);
    expect(options[0]).toContain('In numbers: no new co-marketing or enablement ($0, 0 hrs)');
    expect(options[1]).toContain(
      `commit ${money(sums.b.comarketing)} of co-marketing and ${hours(sums.b.enablement)} of enablement and expect ${money(sums.b.revenue)}`,
    );
    expect(options[1]).toContain(
      `before the first gate review on ${longDate(p.waves[0].gateReview)} is the Pilot's ${money(sums.atRisk.comarketing)} and ${hours(sums.atRisk.enablement)}`,
    );
    expect(options[2]).toContain(
      `all ${sums.c.partners} scored partners not excluded by hand at once, over the same 18 weeks, commit ${money(sums.c.comarketing)} of co-marketing and ${hours(sums.c.enablement)} of enablement and expect ${money(sums.c.revenue)}`,
    );
    expect(options[2]).toContain('no enablement capacity is stated');
  });

  it('cites B’s commitment against C’s in the Decision and the Rationale', () => {
    const sentence = `Option B commits ${money(sums.atRisk.comarketing)} and ${sums.atRisk.enablement} enablement hours before the first gate review on ${longDate(p.waves[0].gateReview)}; Option C would commit ${money(sums.c.comarketing)} and ${hours(sums.c.enablement).replace(' hrs', ' hours')} at once.`;
    expect(decision).toContain(sentence);
    expect(rationale.join(' ')).toContain(sentence);
  });

  it('names the band as a condition to proceed and its STOP as a stop condition', () => {
    expect(decision.join(' ')).toContain(
      'Proceed to each next wave only while the balance between scale via partners and direct control holds: the partner share of new revenue GO at or above 20% and at or below 60%, STOP at or below 10% or at or above 75%',
    );
    for (const s of p.stopConditions.slice(0, 3))
      expect(s).toContain(
        'or the partner share of new revenue leaves the band at STOP level (at or below 10% or at or above 75%)',
      );
  });

  it('states only amounts the plan holds', () => {
    const known = new Set(
      [
        0,
        ...Object.values(sums.b),
        ...Object.values(sums.atRisk),
        sums.c.comarketing,
        sums.c.enablement,
        sums.c.revenue,
        f.cPerWave.comarketing,
        f.cPerWave.enablement,
        ...p.waves.flatMap((w) => [w.comarketingBudget, w.enablementLoad, w.expectedRevenue]),
      ].map((n) => n),
    );
    const text = [...options, ...decision.slice(1), ...rationale.slice(1, 2)].join(' ');
    const amounts = [...text.matchAll(/\$([\d,]+)|([\d,]+) (?:hrs|enablement hours|hours)/g)].map(
      (m) => Number((m[1] ?? m[2]).replace(/,/g, '')),
    );
    expect(amounts.length).toBeGreaterThan(10);
    for (const a of amounts) expect(known.has(a), `${a} is not a figure of the plan`).toBe(true);
  });

  it('compares C’s enablement with the stated capacity (the pilot’s cap) when there is one', () => {
    const capped = okPlan({
      waves: { pilotCaps: { enablementLoad: 300 } },
    } as Partial<PlanRequestInput>).value;
    const g = figuresOf(capped);
    const item = capped.record.sections.find((s) => s.heading === 'Options')?.items[2] ?? '';
    expect(item).toContain(
      `${hours(g.cPerWave.enablement)} of enablement in each 6-week period against the stated capacity of 300 hrs (the pilot's enablement cap): ${Math.round((g.cPerWave.enablement / 300) * 10) / 10} times it`,
    );
  });
});

describe('the options in numbers, on random tables', () => {
  const header = sampleCells()[0];
  const row = fc.tuple(
    fc.integer({ min: 1, max: 10 }),
    fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    fc.integer({ min: 100, max: 20_000 }),
    fc.integer({ min: 0, max: 100 }),
  );
  it('matches the independent sums for any table, wave count and period', () => {
    let built = 0;
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        (rows, count, weeks) => {
          const cells = [
            header,
            ...rows.map((r, i) => [
              `P${i}`,
              'Reseller',
              'EMEA',
              'Owner',
              String(r[0]),
              r[1] === undefined ? '' : String(r[1]),
              r[2] === undefined ? '' : String(r[2]),
              r[3] === undefined ? '' : String(r[3]),
              String(r[4]),
              `${r[5]}%`,
            ]),
          ];
          const result = plan(
            {
              waves: { count: Math.min(count, rows.length) },
              schedule: { waveWeeks: weeks },
            } as Partial<PlanRequestInput>,
            cells,
          );
          if (!result.ok) return; // tables the planner refuses say why elsewhere
          built++;
          const p = result.value;
          const f = figuresOf(p);
          const sums = independent(p);
          expect(f.b).toEqual(sums.b);
          expect(f.c).toEqual(sums.c);
          expect({ comarketing: f.atRisk.comarketing, enablement: f.atRisk.enablement }).toEqual(
            sums.atRisk,
          );
          expect(f.horizon.weeks).toBe(sums.weeks);
          const item = p.record.sections.find((s) => s.heading === 'Options')?.items[2] ?? '';
          expect(item).toContain(`commit ${money(sums.c.comarketing)} of co-marketing`);
        },
      ),
      { numRuns: 60 },
    );
    expect(built).toBeGreaterThan(30);
  });
});
