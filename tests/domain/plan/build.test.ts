import { describe, expect, it } from 'vitest';
import { weekday } from '../../../src/domain/calendar';
import { goBeatsStop } from '../../../src/domain/plan/metrics';
import { amountStyleOf } from '../../../src/server/sheets/formats';
import type { GateRow } from '../../../src/shared/plan-types';
import { okPlan, plan, sampleCells } from './sample';

describe('the sample plan with defaults', () => {
  const { value: p, warnings } = okPlan();

  it('ranks every scorable partner and keeps the insufficient one out of every wave', () => {
    expect(p.counts).toEqual({ rows: 40, scored: 39, insufficient: 1, invalid: 0 });
    const waypoint = p.partners.find((x) => x.name === 'Waypoint Integrations');
    expect(waypoint).toMatchObject({ status: 'insufficient', wave: null });
    expect(waypoint?.admitWhen).toContain('row 35');
    expect(warnings).toEqual([]);
  });

  it('puts the top 20% by score in the pilot, the next 30% in Expand, the rest in Scale', () => {
    const ranked = p.partners.filter((x) => x.rank !== null);
    const scores = ranked.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(p.waves.map((w) => w.partners)).toEqual([8, 12, 19]);
    const pilot = ranked.filter((x) => x.wave === 1);
    const lowestPilot = Math.min(...pilot.map((x) => x.score as number));
    for (const other of ranked.filter((x) => x.wave !== 1))
      expect(other.score as number).toBeLessThanOrEqual(lowestPilot);
  });

  it('sums each wave’s budget, load and revenue from its partners, each annual column pro-rated to the wave', () => {
    const pilot = p.partners.filter((x) => x.wave === 1);
    const sum = (k: 'comarketingBudget' | 'enablementLoad' | 'sourcedRevenue') => {
      const known = pilot.filter((x) => x.values[k] !== undefined);
      const total = known.reduce((t, x) => t + (x.values[k] as number), 0);
      return { value: Math.round((total * 6) / 52), missing: pilot.length - known.length };
    };
    expect(p.waves[0].comarketingBudget).toEqual(sum('comarketingBudget'));
    expect(p.waves[0].enablementLoad).toEqual(sum('enablementLoad'));
    expect(p.waves[0].expectedRevenue).toEqual(sum('sourcedRevenue'));
  });

  it('schedules from next Monday, every date on a business day', () => {
    expect(p.waves[0].start).toBe('2026-11-30');
    for (const w of p.waves)
      for (const d of [w.start, w.midCheckIn, w.gateReview])
        expect([0, 6]).not.toContain(weekday(d as string));
    for (const c of p.calendar) expect([0, 6]).not.toContain(weekday(c.date));
  });

  it('derives thresholds from baselines, GO on the good side of STOP', () => {
    // The seed's five metrics and the partner-share band's two rows, in each of 3 waves.
    expect(p.gates.filter((g) => g.checkpoint === 'gateReview')).toHaveLength(21);
    expect(p.gates.filter((g) => g.checkpoint === 'checkIn')).toHaveLength(21);
    for (const g of p.gates) expect(goBeatsStop(g.direction, g.goAt, g.stopAt)).toBe(true);
    const review = p.gates.filter((g) => g.checkpoint === 'gateReview');
    const revenue = review.find((g) => g.wave === 1 && g.metricId === 'sourcedRevenue');
    const expected = p.waves[0].expectedRevenue.value as number;
    expect(revenue?.baseline).toBe(expected);
    expect(revenue?.goAt).toBe(Math.round(expected * 0.9));
    expect(revenue?.stopAt).toBe(Math.round(expected * 0.5));
    const cac = review.find((g) => g.wave === 1 && g.metricId === 'cac');
    const scoredCac = p.partners
      .filter((x) => x.score !== null && x.values.cac !== undefined)
      .map((x) => x.values.cac as number);
    const meanCac = scoredCac.reduce((a, b) => a + b) / scoredCac.length;
    expect(cac?.baseline).toBeCloseTo(meanCac, 6);
    expect(cac?.goAt).toBe(Math.round(meanCac));
    expect(cac?.stopAt).toBe(Math.round(meanCac * 1.3));
    const spend = review.find((g) => g.wave === 2 && g.metricId === 'comarketingSpend');
    expect(spend?.stopAt).toBe(Math.round((p.waves[1].comarketingBudget.value as number) * 1.1));
  });

  it('returns the completed request with every threshold filled in', () => {
    for (const gate of p.request.gates) for (const t of gate.metrics) expect(t.goAt).not.toBeNull();
  });

  it('states one stop condition per gate with every STOP threshold in words', () => {
    expect(p.stopConditions).toHaveLength(3);
    expect(p.stopConditions[0]).toMatch(
      /^Pilot gate review Mon 11 Jan 2027: STOP if Partner-sourced revenue at or below \$[\d,]+, or CAC at or above/,
    );
  });

  it('writes a record in the seed’s structure with the MADR fields', () => {
    expect(p.record.sections.map((s) => s.heading)).toEqual([
      'Name variants',
      'Quality / Updated / Source / COI',
      'Decision status',
      'Context',
      'Options',
      'Decision',
      'Rationale',
      'Risks',
      'Next',
    ]);
    const status = p.record.sections[2].fields.map((f) => f.label);
    expect(status).toEqual([
      'Status',
      'Date',
      'Version',
      'Decision makers',
      'Consulted',
      'Informed',
      'Supersedes',
      'Superseded by',
    ]);
    expect(p.record.sections[4].items.map((i) => i.slice(0, 8))).toEqual([
      'Option A',
      'Option B',
      'Option C',
    ]);
  });

  it('gives every Next item an owner and a date', () => {
    const next = p.record.sections[8].items;
    expect(next.length).toBeGreaterThanOrEqual(6);
    for (const item of next)
      expect(item).toMatch(/Owner: \S.*\. Due: (Mon|Tue|Wed|Thu|Fri) \d+ \w+ \d{4}\.$/);
  });

  it('mitigates the refresh risk with the staleness limit and escalation, slippage with reviews and stop conditions', () => {
    const [refresh, slippage] = p.record.sections[7].items;
    expect(refresh).toContain('older than 14 days');
    expect(refresh).toContain('Revenue operations lead → lead@example.com');
    expect(slippage).toContain('gate reviews on Mon 11 Jan 2027');
    expect(slippage).toContain('3 stop conditions in the Decision');
  });

  it('puts the concrete facts in the decision', () => {
    const decision = p.record.sections[5];
    expect(decision.paragraphs[0]).toContain('Choose Option B');
    expect(p.record.sections[3].paragraphs[1]).toContain(
      'scored on partner capability, co-marketing budget, enablement load, partner-sourced revenue, CAC, coverage gap filled',
    );
    expect(decision.items.join('\n')).toContain(
      'partner-sourced revenue, co-marketing budget, enablement load: annual in the source, pro-rated to each 6-week wave (× 6/52)',
    );
    expect(decision.items.join('\n')).toContain('Copperleaf Partners');
    expect(decision.items.join('\n')).toContain(
      `$${(p.gates.find((g) => g.checkpoint === 'gateReview')?.goAt ?? 0).toLocaleString('en-US')}`,
    );
  });
});

describe('plan options', () => {
  it('uses a direct-channel CAC baseline when given', () => {
    const { value } = okPlan({ gateSettings: { directCac: 4000 } });
    const cac = value.gates.find((g) => g.metricId === 'cac' && g.checkpoint === 'gateReview');
    expect(cac).toMatchObject({ baseline: 4000, goAt: 4000, stopAt: 5200 });
  });

  it('keeps the user’s thresholds and derives only the ones left empty', () => {
    const { value } = okPlan({
      gates: [
        { metrics: [{ metricId: 'sourcedRevenue', goAt: 500000, stopAt: null, baseline: null }] },
      ],
    });
    const revenue = value.gates.find(
      (g) => g.wave === 1 && g.metricId === 'sourcedRevenue' && g.checkpoint === 'gateReview',
    );
    expect(revenue?.goAt).toBe(500000);
    expect(revenue?.stopAt).toBe(
      Math.round((value.waves[0].expectedRevenue.value as number) * 0.5),
    );
  });

  it('rejects a GO worse than its STOP on the GO field', () => {
    const result = plan({
      gates: [
        { metrics: [{ metricId: 'sourcedRevenue', goAt: 100, stopAt: 200, baseline: null }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: 'gates.0.metrics.0.goAt',
        message: expect.stringContaining('GO at $100 must be above STOP at $200'),
      },
    ]);
  });

  it('answers a refused gate with the thresholds its message names, and every other gate', () => {
    const result = plan({
      gates: [
        { metrics: [{ metricId: 'sourcedRevenue', goAt: 100, stopAt: null, baseline: null }] },
      ],
    });
    const derived = okPlan().value.gates.filter((g) => g.checkpoint === 'gateReview');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const stop = derived.find((g) => g.wave === 1 && g.metricId === 'sourcedRevenue')?.stopAt;
    expect(result.errors[0].message).toContain(
      `GO at $100 must be above STOP at $${stop?.toLocaleString('en-US')}`,
    );
    const refused = result.gates?.find((g) => g.wave === 1 && g.metricId === 'sourcedRevenue');
    expect(refused).toMatchObject({ goAt: 100, stopAt: stop });
    // The Pilot's partner-share gates divide by its revenue gate's Actual: they go with it.
    const kept = (g: GateRow) =>
      g.wave !== 1 || !['sourcedRevenue', 'shareFloor', 'shareCeiling'].includes(g.kind);
    const others = result.gates?.filter((g) => g !== refused && g.checkpoint === 'gateReview');
    expect(others).toEqual(derived.filter(kept));
  });

  it('refuses a typed baseline too small for its GO and STOP to differ, on the baseline, with its cents', () => {
    const result = plan({
      gates: [
        { metrics: [{ metricId: 'sourcedRevenue', goAt: null, stopAt: null, baseline: 0.5 }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: 'gates.0.metrics.0.baseline',
        message: expect.stringContaining('its baseline $0.5 gives GO and STOP that are equal'),
      },
    ]);
    const refused = result.gates?.find((g) => g.wave === 1 && g.metricId === 'sourcedRevenue');
    expect(refused).toMatchObject({ baseline: 0.5, goAt: 0, stopAt: 0 });
  });

  it('writes the amounts of a message beside the boxes as they show them (de_DE: 0,5 €, 99.808 €)', () => {
    const de = { amounts: amountStyleOf('de_DE') };
    const tiny = plan(
      { gates: [{ metrics: [{ metricId: 'sourcedRevenue', baseline: 0.5 }] }] } as never,
      sampleCells(),
      de,
    );
    expect(tiny.ok ? [] : tiny.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('its baseline 0,5 € gives GO and STOP'),
    ]);
    const order = plan(
      {
        gates: [{ metrics: [{ metricId: 'sourcedRevenue', goAt: 1200.5, stopAt: 99808 }] }],
      } as never,
      sampleCells(),
      de,
    );
    expect(order.ok ? [] : order.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('GO at 1.201 € must be above STOP at 99.808 €'),
    ]);
  });

  it('checks direction for lower-is-better metrics too', () => {
    const result = plan({
      gates: [{ metrics: [{}, { metricId: 'cac', goAt: 9000, stopAt: 8000 }] }],
    } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].field).toBe('gates.0.metrics.1.goAt');
  });

  it('adds a custom guardrail with its own thresholds and owner', () => {
    const { defaultMetrics } = { defaultMetrics: () => okPlan().value.request.metrics };
    const metrics = [
      ...defaultMetrics(),
      {
        id: 'custom-1',
        kind: 'custom',
        name: 'Partner share of new revenue',
        direction: 'lower',
        unit: 'percent',
        owner: 'CRO',
      },
    ];
    const gates = [0, 1, 2].map(() => ({
      metrics: [{}, {}, {}, {}, {}, { metricId: 'custom-1', goAt: 0.4, stopAt: 0.6 }],
    }));
    const { value } = okPlan({ metrics, gates } as never);
    const share = value.gates.filter(
      (g) => g.metricId === 'custom-1' && g.checkpoint === 'gateReview',
    );
    expect(share).toHaveLength(3);
    expect(share[0]).toMatchObject({ goAt: 0.4, stopAt: 0.6, owner: 'CRO', baseline: null });
    expect(value.stopConditions[0]).toContain('Partner share of new revenue at or above 60%');
  });

  it('refuses an empty partner-share band, beside the ceiling’s GO', () => {
    const metrics = okPlan().value.request.metrics;
    const floor = metrics.findIndex((m) => m.kind === 'shareFloor');
    const ceiling = metrics.findIndex((m) => m.kind === 'shareCeiling');
    const gates = [0, 1, 2].map(() => ({
      metrics: metrics.map((m, i) => ({
        metricId: m.id,
        baseline: null,
        goAt: i === floor ? 0.5 : i === ceiling ? 0.4 : null,
        stopAt: null,
      })),
    }));
    const result = plan({ gates } as never);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({
        field: `gates.0.metrics.${ceiling}.goAt`,
        message:
          'The partner share band of Pilot is empty: the floor’s GO (50%) must be below the ceiling’s GO (40%). Lower the floor or raise the ceiling.',
      });
  });

  it('leaves the share out, with a note, when the plan judges no partner-sourced revenue', () => {
    const metrics = okPlan().value.request.metrics.filter((m) => m.kind !== 'sourcedRevenue');
    const { value } = okPlan({ metrics } as never);
    expect(value.gates.some((g) => g.kind === 'shareFloor')).toBe(false);
    expect(value.notes).toContain(
      'Pilot judges no partner share at its gate review: the share divides the Partner-sourced revenue Actual of the same checkpoint, which it lacks. Add the Partner-sourced revenue metric (or its column) to judge the share.',
    );
  });

  it('requires thresholds for a custom metric', () => {
    const metrics = [
      ...okPlan().value.request.metrics,
      {
        id: 'custom-1',
        kind: 'custom',
        name: 'Share',
        direction: 'lower',
        unit: 'percent',
        owner: 'CRO',
      },
    ];
    const result = plan({ metrics } as never);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.field)).toContain(
        `gates.0.metrics.${metrics.length - 1}.goAt`,
      );
  });

  it('includes the user’s own stop conditions, risks and context', () => {
    const { value } = okPlan({
      record: {
        stopConditions: ['Any partner breaches the code of conduct.'],
        risks: [{ risk: 'Channel conflict.', mitigation: 'Deal registration.' }],
        context: 'Board asked in Q3.',
      },
    });
    expect(value.stopConditions.at(-1)).toBe('Any partner breaches the code of conduct.');
    expect(value.record.sections[7].items[2]).toBe(
      'Channel conflict. Mitigation: Deal registration.',
    );
    expect(value.record.sections[3].paragraphs.at(-1)).toBe('Board asked in Q3.');
  });

  it('warns when the start date falls on a weekend and starts on Monday', () => {
    const result = okPlan({ schedule: { startDate: '2026-12-05' } });
    expect(result.value.waves[0].start).toBe('2026-12-07');
    expect(result.warnings).toEqual([expect.objectContaining({ field: 'schedule.startDate' })]);
  });
});

describe('bad tables', () => {
  const header = sampleCells()[0];

  it('reports an empty table on the sheet field', () => {
    const result = plan({}, [header]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].field).toMatch(/^source\./);
  });

  it('reports a table where no partner can be scored', () => {
    const rows = [
      header,
      ...Array.from({ length: 5 }, (_, i) => [`P${i}`, '', '', '', '', '', '', '', '', '']),
    ];
    const result = plan({}, rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].field).toMatch(/^source\./);
  });

  it('reports every partner invalid', () => {
    const rows = [
      header,
      ...Array.from({ length: 5 }, (_, i) => [
        `P${i}`,
        'SI',
        'EMEA',
        'o',
        'abc',
        '1',
        '1',
        '1',
        '1',
        '1%',
      ]),
    ];
    const result = plan({}, rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].field).toBe('source.columns');
  });
});
