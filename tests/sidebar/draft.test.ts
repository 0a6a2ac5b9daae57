import { describe, expect, it } from 'vitest';
import { defaultRequest } from '../../src/domain/plan/defaults';
import type { PlanRequest } from '../../src/shared/plan-types';
import {
  addCustomMetric,
  removeMetric,
  setAssignmentMode,
  setWaveCount,
  toRequest,
  weightShares,
} from '../../src/sidebar/draft';

function sample(): PlanRequest {
  return defaultRequest(
    {
      sheetName: 'Partners',
      sheetId: 1,
      headerRow: 1,
      partnerColumn: 1,
      ownerColumn: 4,
      columns: {
        capability: 5,
        comarketingBudget: 6,
        enablementLoad: 7,
        sourcedRevenue: 8,
        cac: 9,
        coverageGap: 10,
      },
    },
    { today: '2026-03-04', nextRecordId: 'B0373', userEmail: '', spreadsheetName: 'Book' },
  );
}

describe('weight shares', () => {
  it('shows each weight as its whole-percent part of all weights', () => {
    const shares = weightShares({
      capability: 2,
      comarketingBudget: 1,
      enablementLoad: 1,
      sourcedRevenue: 4,
      cac: 0,
      coverageGap: 0,
    });
    expect(shares).toEqual({
      capability: 25,
      comarketingBudget: 13,
      enablementLoad: 13,
      sourcedRevenue: 50,
      cac: 0,
      coverageGap: 0,
    });
  });

  it('shows zeros rather than NaN when no weight is above 0, and ignores negatives', () => {
    const zero = weightShares({
      capability: 0,
      comarketingBudget: -3,
      enablementLoad: 0,
      sourcedRevenue: 0,
      cac: 0,
      coverageGap: 0,
    });
    expect(Object.values(zero)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('changing the number of waves', () => {
  it('keeps the names and gates of kept waves and adds default ones', () => {
    let draft = sample();
    draft.waves.names[0] = 'Try-out';
    draft.gates[0].metrics[1].goAt = 5000;
    draft = setWaveCount(draft, 4);
    expect(draft.waves.count).toBe(4);
    expect(draft.waves.names).toEqual(['Try-out', 'Expand', 'Scale', 'Wave 4']);
    expect(draft.gates).toHaveLength(4);
    expect(draft.gates[0].metrics[1].goAt).toBe(5000);
    expect(draft.gates[3].metrics.every((g) => g.goAt === null)).toBe(true);
    const shares =
      draft.waves.assignment.mode === 'share' ? draft.waves.assignment.sharesPercent : [];
    expect(shares).toHaveLength(4);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
  });

  it('drops the gates of removed waves and keeps counts when sizing by count', () => {
    let draft = setAssignmentMode(sample(), 'count', [4, 6, 20]);
    expect(draft.waves.assignment).toEqual({ mode: 'count', counts: [4, 6, 20] });
    draft = setWaveCount(draft, 2);
    expect(draft.waves.assignment).toEqual({ mode: 'count', counts: [4, 6] });
    expect(draft.gates).toHaveLength(2);
    expect(draft.waves.names).toHaveLength(2);
  });

  it('never changes the draft it was given', () => {
    const draft = sample();
    const before = structuredClone(draft);
    setWaveCount(draft, 1);
    expect(draft).toEqual(before);
  });
});

describe('custom guardrail metrics', () => {
  it('adds a metric to the definitions and to every wave gate, and removes it from both', () => {
    const added = addCustomMetric(sample(), 'Partner share of new revenue');
    const index = added.metrics.length - 1;
    expect(added.metrics[index]).toMatchObject({ id: 'custom-1', kind: 'custom' });
    expect(added.gates.every((g) => g.metrics[index].metricId === 'custom-1')).toBe(true);
    const again = addCustomMetric(added, 'Partner share of new revenue');
    expect(again.metrics.at(-1)?.id).toBe('custom-2');
    const removed = removeMetric(again, index);
    expect(removed.metrics.map((m) => m.id)).not.toContain('custom-1');
    expect(removed.gates.every((g) => g.metrics.length === removed.metrics.length)).toBe(true);
  });
});

describe('the request sent to the server', () => {
  it('drops blank lines and empty pairs the user left while typing', () => {
    const draft = sample();
    draft.people.escalation = ['Ana', '', '  Ben  ', ''];
    draft.record.stopConditions = ['', 'Churn above 5%'];
    draft.record.risks = [
      { risk: '', mitigation: '' },
      { risk: 'Data late', mitigation: '' },
    ];
    const request = toRequest(draft);
    expect(request.people.escalation).toEqual(['Ana', 'Ben']);
    expect(request.record.stopConditions).toEqual(['Churn above 5%']);
    expect(request.record.risks).toEqual([{ risk: 'Data late', mitigation: '' }]);
    expect(draft.people.escalation).toHaveLength(4);
  });

  it('carries the boxes’ refused texts as they are now, not as a reopened draft kept them', () => {
    const box = { text: '95,000', name: 'Pilot CAC GO at', step: 3 };
    const reopened = { ...sample(), unread: { 'f-gates-0-metrics-1-goAt': box } };
    expect(toRequest(reopened).unread).toBeUndefined();
    expect(toRequest(reopened, {}).unread).toBeUndefined();
    expect(toRequest(sample(), { 'f-waves-weeks': box }).unread).toEqual({ 'f-waves-weeks': box });
  });
});
