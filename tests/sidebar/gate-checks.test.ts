import { describe, expect, it } from 'vitest';
import { defaultRequest } from '../../src/domain/plan/defaults';
import { sidebarText } from '../../src/shared/i18n/sidebar';
import type { GateRow, PlanPreview } from '../../src/shared/plan-types';
import { gateOrderErrors, shownThresholds } from '../../src/sidebar/gate-checks';

const draft = () =>
  defaultRequest(
    {
      sheetName: 'P',
      sheetId: 1,
      headerRow: 1,
      partnerColumn: 1,
      ownerColumn: null,
      columns: { sourcedRevenue: 2, cac: 3 },
    },
    { today: '2026-03-04', nextRecordId: 'B0001', userEmail: '', spreadsheetName: 'Book' },
    1,
  );

function previewWith(gates: Partial<GateRow>[]): PlanPreview {
  return { gates } as unknown as PlanPreview;
}

describe('the inline GO-vs-STOP check', () => {
  it('judges typed numbers against derived ones and names the GO field', () => {
    const d = draft();
    const cac = d.metrics.findIndex((m) => m.id === 'cac');
    d.gates[0].metrics[cac].goAt = 9000;
    const preview = previewWith([
      { wave: 1, metricId: 'cac', checkpoint: 'checkIn', baseline: null, goAt: 1, stopAt: 2 },
      {
        wave: 1,
        metricId: 'cac',
        checkpoint: 'gateReview',
        baseline: 5000,
        goAt: 5000,
        stopAt: 6500,
      },
    ]);
    expect(shownThresholds(d, preview.gates, 0, cac)).toEqual({
      baseline: 5000,
      goAt: 9000,
      stopAt: 6500,
    });
    const errors = gateOrderErrors(d, preview.gates, sidebarText('en'));
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe(`gates.0.metrics.${cac}.goAt`);
    expect(errors[0].message).toContain('below');
  });

  it('leaves derived GO and STOP to the server, which blames the baseline', () => {
    const d = draft();
    const revenue = d.metrics.findIndex((m) => m.id === 'sourcedRevenue');
    d.gates[0].metrics[revenue].baseline = 0.5;
    const refused = [
      {
        wave: 1,
        metricId: 'sourcedRevenue',
        checkpoint: 'gateReview',
        baseline: 0.5,
        goAt: 0,
        stopAt: 0,
      },
    ] as GateRow[];
    expect(gateOrderErrors(d, refused, sidebarText('en'))).toEqual([]);
  });

  it('accepts GO on the good side for higher-is-better metrics and says nothing without numbers', () => {
    const d = draft();
    const revenue = d.metrics.findIndex((m) => m.id === 'sourcedRevenue');
    d.gates[0].metrics[revenue].goAt = 100;
    d.gates[0].metrics[revenue].stopAt = 50;
    expect(gateOrderErrors(d, [], sidebarText('en'))).toEqual([]);
    d.gates[0].metrics[revenue].stopAt = 100;
    expect(gateOrderErrors(d, [], sidebarText('en')).map((e) => e.field)).toEqual([
      `gates.0.metrics.${revenue}.goAt`,
    ]);
  });
});
