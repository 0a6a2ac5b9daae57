import { describe, expect, it } from 'vitest';
import {
  defaultRequest,
  defaultShares,
  defaultWaveNames,
  resolveRequest,
} from '../../../src/domain/plan/defaults';
import { validateRequest } from '../../../src/domain/plan/validate';
import type { PlanRequest, PlanRequestInput } from '../../../src/shared/plan-types';
import { ENV, SAMPLE_SOURCE } from './sample';

const resolved = (input: Record<string, unknown>) =>
  resolveRequest({ source: SAMPLE_SOURCE, ...input } as PlanRequestInput, ENV);
const fields = (input: Record<string, unknown>) =>
  validateRequest(resolved(input)).map((e) => e.field);

describe('defaults', () => {
  it('fills everything but the source', () => {
    const request = defaultRequest(SAMPLE_SOURCE, ENV);
    expect(validateRequest(request)).toEqual([]);
    expect(request.schedule.startDate).toBe('2026-11-30');
    expect(request.record.id).toBe('B0373');
    expect(request.gates).toHaveLength(3);
  });

  it('name and share waves by their number', () => {
    expect(defaultWaveNames(1)).toEqual(['Pilot']);
    expect(defaultWaveNames(2)).toEqual(['Pilot', 'Scale']);
    expect(defaultWaveNames(5)).toEqual(['Pilot', 'Expand', 'Scale', 'Wave 4', 'Wave 5']);
    for (let n = 1; n <= 5; n++)
      expect(defaultShares(n).reduce((a, b) => a + b)).toBeCloseTo(100, 6);
  });

  it('follow a changed wave count when names and shares are not given', () => {
    const r = resolved({ waves: { count: 4 } });
    expect(r.waves.names).toHaveLength(4);
    expect(r.waves.assignment).toEqual({ mode: 'share', sharesPercent: [20, 30, 25, 25] });
    expect(r.gates).toHaveLength(4);
    expect(validateRequest(r)).toEqual([]);
  });

  it('keep the user’s parts and replace arrays whole', () => {
    const r = resolved({ people: { escalation: ['a@x.com'] }, scoring: { method: 'topsis' } });
    expect(r.people.escalation).toEqual(['a@x.com']);
    expect(r.people.decisionMaker).toBe('lead@example.com');
    expect(r.scoring.weights.cac).toBe(1);
    expect(r.scoring.method).toBe('topsis');
  });

  it('survive null and wrong types from the wire without crashing', () => {
    const r = resolved({ people: null, waves: 'x', gates: 'y', metrics: null });
    expect(r.people.decisionMaker).toBe('lead@example.com');
    expect(Array.isArray(r.gates)).toBe(true);
    expect(validateRequest(r).map((e) => e.field)).toEqual(['metrics']);
  });
});

describe('field-level validation', () => {
  it.each([
    [{ waves: { count: 6 } }, 'waves.count'],
    [{ waves: { names: ['A', 'A', 'B'] } }, 'waves.names.1'],
    [{ waves: { names: ['A', ''] } }, 'waves.names'],
    [
      { waves: { assignment: { mode: 'share', sharesPercent: [50, 50, 0] } } },
      'waves.assignment.sharesPercent.2',
    ],
    [
      { waves: { assignment: { mode: 'count', counts: [1, 2.5, 3] } } },
      'waves.assignment.counts.1',
    ],
    [{ waves: { pilotCaps: { comarketingBudget: -5 } } }, 'waves.pilotCaps.comarketingBudget'],
    [{ schedule: { startDate: '30/11/2026' } }, 'schedule.startDate'],
    [{ schedule: { waveWeeks: 0 } }, 'schedule.waveWeeks'],
    [{ scoring: { weights: { cac: -1 } } }, 'scoring.weights.cac'],
    [
      {
        scoring: {
          weights: {
            capability: 0,
            comarketingBudget: 0,
            enablementLoad: 0,
            sourcedRevenue: 0,
            cac: 0,
            coverageGap: 0,
          },
        },
      },
      'scoring.weights',
    ],
    [{ scoring: { method: 'ahp' } }, 'scoring.method'],
    [{ source: { ...SAMPLE_SOURCE, columns: { cac: 5, capability: 5 } } }, 'source.columns.cac'],
    [{ source: { ...SAMPLE_SOURCE, columns: { cac: 1 } } }, 'source.columns.cac'],
    [{ gateSettings: { staleAfterDays: 0 } }, 'gateSettings.staleAfterDays'],
    [{ gateSettings: { directCac: 0 } }, 'gateSettings.directCac'],
    [{ people: { decisionMaker: ' ' } }, 'people.decisionMaker'],
    [{ people: { escalation: [] } }, 'people.escalation'],
    [{ people: { inputOwners: { capability: '' } } }, 'people.inputOwners.capability'],
    [{ record: { id: 'ADR-1' } }, 'record.id'],
    [{ record: { status: 'Done' } }, 'record.status'],
    [{ record: { risks: [{ risk: 'Churn', mitigation: '' }] } }, 'record.risks.0.mitigation'],
    [
      { gates: [{ metrics: [{ metricId: 'sourcedRevenue', goAt: '100' }] }] },
      'gates.0.metrics.0.goAt',
    ],
  ])('%j → %s', (input, field) => {
    expect(fields(input)).toContain(field);
  });

  // A share cannot pass 100 % nor any built-in metric go below 0: typed so, the plan
  // would judge every gate against a number no actual can reach, without a word.
  describe('a typed threshold outside its metric’s range', () => {
    const typed = (kind: string, column: 'baseline' | 'goAt' | 'stopAt', value: number) => {
      const r: PlanRequest = resolved({});
      const i = r.metrics.findIndex((m) => m.kind === kind);
      r.gates[1].metrics[i][column] = value;
      return { errors: validateRequest(r), field: `gates.1.metrics.${i}.${column}` };
    };

    it.each([
      ['coverageGap', 'goAt', 1.5],
      ['shareFloor', 'goAt', 1.5],
      ['shareCeiling', 'stopAt', 1.01],
      ['coverageGap', 'baseline', -0.1],
    ] as const)('refuses %s %s at %s as a share', (kind, column, value) => {
      const { errors, field } = typed(kind, column, value);
      const name = resolved({}).metrics.find((m) => m.kind === kind)?.name;
      expect(errors).toEqual([
        { field, message: `${name} is a share: type a percentage from 0% to 100%.` },
      ]);
    });

    it('refuses a negative revenue, CAC or hours, in the request’s language', () => {
      expect(typed('sourcedRevenue', 'stopAt', -5).errors[0].message).toBe(
        'Partner-sourced revenue cannot be negative: type 0 or more.',
      );
      const r: PlanRequest = resolved({ language: 'ja' });
      r.gates[0].metrics[4].goAt = -1;
      expect(validateRequest(r)).toEqual([
        {
          field: 'gates.0.metrics.4.goAt',
          message: `${r.metrics[4].name}は負になりません。0 以上を入力してください。`,
        },
      ]);
    });

    it('takes the bounds themselves, a forecast accuracy above 100 % and a custom metric’s -5 %', () => {
      expect(typed('coverageGap', 'goAt', 1).errors).toEqual([]);
      expect(typed('shareFloor', 'stopAt', 0).errors).toEqual([]);
      expect(typed('sourcedRevenue', 'goAt', 0).errors).toEqual([]);
      const r: PlanRequest = resolved({});
      r.metrics.push(
        { ...r.metrics[0], id: 'forecastAccuracy', kind: 'forecastAccuracy', unit: 'percent' },
        { ...r.metrics[0], id: 'custom-1', kind: 'custom', name: 'Margin change', unit: 'percent' },
      );
      for (const gate of r.gates)
        gate.metrics.push(
          { metricId: 'forecastAccuracy', baseline: null, goAt: 1.1, stopAt: 0.8 },
          { metricId: 'custom-1', baseline: null, goAt: 0.02, stopAt: -0.05 },
        );
      expect(validateRequest(r)).toEqual([]);
    });
  });

  it('gives a metric without an owner an error on that metric', () => {
    const r: PlanRequest = resolved({});
    r.metrics[2].owner = '';
    expect(validateRequest(r)).toEqual([
      {
        field: 'metrics.2.owner',
        message: expect.stringContaining('Coverage gap filled needs an owner'),
      },
    ]);
  });
});
