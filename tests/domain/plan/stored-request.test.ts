import { describe, expect, it } from 'vitest';
import { defaultRequest, readStoredRequest } from '../../../src/domain/plan/defaults';
import { validateRequest } from '../../../src/domain/plan/validate';
import { defaultMetrics } from '../../../src/shared/schema/gates';
import { ENV, SAMPLE_SOURCE } from './sample';

const defaultsWithout = (...kinds: string[]) =>
  defaultMetrics().filter((m) => !kinds.includes(m.kind));

/** A draft as an early version kept it: no gate settings, metrics, gates, caps or lists added since. */
const OLD_DRAFT = {
  source: SAMPLE_SOURCE,
  scoring: { weights: { cac: 3 }, method: 'topsis' },
  waves: {
    count: 2,
    names: ['Pilot', 'Rollout'],
    assignment: { mode: 'count', counts: [4, 10] },
  },
  schedule: { startDate: '2027-01-04', waveWeeks: 8 },
  people: { decisionMaker: 'cro@example.com', escalation: ['vp@example.com'] },
  record: { id: 'B0400', title: 'Old draft', status: 'Accepted', source: 'CRM export' },
};

describe('a request kept in the document, read back through the schema', () => {
  it('reads the revenue column period an older draft kept as gateSettings.revenueColumn', () => {
    const read = readStoredRequest(
      { ...OLD_DRAFT, gateSettings: { revenueColumn: 'perWave', staleAfterDays: 7 } },
      ENV,
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.request.gateSettings.periods).toEqual({
      sourcedRevenue: 'perWave',
      comarketingBudget: 'annual',
      enablementLoad: 'annual',
    });
    expect(read.request.gateSettings.staleAfterDays).toBe(7);
  });

  it('keeps a later draft whose user removed the band without it', () => {
    const later = JSON.parse(JSON.stringify(OLD_DRAFT));
    const kept = defaultsWithout('shareFloor', 'shareCeiling');
    later.metrics = kept;
    later.gateSettings = { ...later.gateSettings, baselineShare: null };
    const read = readStoredRequest(later, ENV);
    if (!read.ok) throw new Error(read.problem);
    expect(read.request.metrics.map((m) => m.kind)).toEqual(kept.map((m) => m.kind));
    // The same draft kept before the band existed gains it.
    delete later.gateSettings.baselineShare;
    const old = readStoredRequest(later, ENV);
    expect(old.ok && old.request.metrics.some((m) => m.kind === 'shareFloor')).toBe(true);
  });

  it('upgrades an old draft: the user’s values stay, fields added since take their defaults', () => {
    const read = readStoredRequest(JSON.parse(JSON.stringify(OLD_DRAFT)), ENV);
    if (!read.ok) throw new Error(read.problem);
    const r = read.request;
    expect(r.scoring.weights).toMatchObject({ cac: 3, capability: 1, coverageGap: 1 });
    expect(r.scoring.method).toBe('topsis');
    expect(r.waves).toEqual({
      count: 2,
      names: ['Pilot', 'Rollout'],
      assignment: { mode: 'count', counts: [4, 10] },
      pilotCaps: { comarketingBudget: null, enablementLoad: null },
    });
    expect(r.schedule).toEqual({ startDate: '2027-01-04', waveWeeks: 8, midCheckIn: true });
    expect(r.gateSettings).toEqual({
      periods: { sourcedRevenue: 'annual', comarketingBudget: 'annual', enablementLoad: 'annual' },
      directCac: null,
      baselineShare: null,
      directBaselines: {
        partnerChurn: null,
        directTouch: null,
        partnerDiscount: null,
        forecastAccuracy: null,
      },
      staleAfterDays: 14,
    });
    expect(r.partners).toEqual({ exclusions: [], pins: [], requireCompleteData: false });
    // A draft kept before the balance gates gains the partner-share band after its metrics.
    expect(r.metrics.map((m) => m.id)).toEqual([
      'sourcedRevenue',
      'cac',
      'coverageGap',
      'comarketingSpend',
      'enablementHours',
      'shareFloor',
      'shareCeiling',
    ]);
    expect(r.gates[0].metrics.map((t) => t.metricId).slice(5)).toEqual([
      'shareFloor',
      'shareCeiling',
    ]);
    expect(r.gates).toHaveLength(2);
    expect(r.gates[1].metrics[1]).toEqual({
      metricId: 'cac',
      baseline: null,
      goAt: null,
      stopAt: null,
    });
    expect(r.people.inputOwners.capability).toBe('Partner manager');
    expect(r.people.consulted).toEqual(['Channel sales lead', 'Finance business partner']);
    expect(r.record).toMatchObject({
      id: 'B0400',
      title: 'Old draft',
      status: 'Accepted',
      quality: 'Draft',
      conflictOfInterest: 'none',
      nameVariants: [],
      risks: [],
      stopConditions: [],
    });
    expect(validateRequest(r)).toEqual([]);
  });

  it('fills what follows the document when the draft lacks it: record ID, start date, people', () => {
    const read = readStoredRequest({ source: SAMPLE_SOURCE }, ENV);
    expect(read).toEqual({ ok: true, request: defaultRequest(SAMPLE_SOURCE, ENV) });
  });

  it('keeps values the user has yet to correct, for the wizard to flag', () => {
    const read = readStoredRequest(
      {
        ...OLD_DRAFT,
        waves: { assignment: { mode: 'share', sharesPercent: [20, 30, 40] } },
        record: { title: '  ' },
      },
      ENV,
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.request.waves.assignment).toEqual({ mode: 'share', sharesPercent: [20, 30, 40] });
    expect(validateRequest(read.request)).toEqual([
      {
        field: 'waves.assignment.sharesPercent',
        message: 'The wave shares add up to 90%; they must add up to 100%.',
      },
      { field: 'record.title', message: 'The record needs a title.' },
    ]);
  });

  it.each([
    ['a method this version does not know', { scoring: { method: 'ahp' } }, 'scoring.method'],
    [
      'a number kept as text',
      { gateSettings: { staleAfterDays: '14' } },
      'gateSettings.staleAfterDays',
    ],
    [
      'a list kept as one text',
      { people: { ...OLD_DRAFT.people, informed: 'everyone' } },
      'people.informed',
    ],
    ['a section replaced by null', { people: null }, 'people'],
    [
      'a threshold kept as text',
      { gates: [{ metrics: [{ metricId: 'cac', goAt: 'high' }] }] },
      'gates.0.metrics.1.goAt',
    ],
  ])('reports, rather than half-reads, %s', (_, change, field) => {
    const read = readStoredRequest({ ...OLD_DRAFT, ...change }, ENV);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain(`${field}: `);
  });

  it('reports a value that is no request at all', () => {
    for (const value of [null, 'text', [], { record: { id: 'B0400' } }])
      expect(readStoredRequest(value, ENV)).toEqual({
        ok: false,
        problem: 'it has no partner table',
      });
  });
});
