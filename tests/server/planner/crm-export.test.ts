// Issue 10 end to end: a CRM-style export (samples/crm-export.csv: "Account Name",
// "MDF Allocated", tier words, a numeric header cell, a Total row, blank and filled-down
// rows) opened in the local runtime, scored by PARTNER_SCORE cells and by the planner
// on the same sheet, through the BUILT dist/Code.js (npm run build first).
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../../local/runtime/index';
import type { PlannerContext, PlanPreview, PlanRequestInput } from '../../../src/shared/plan-types';
import { block, NOW, previewOf, written } from './planner-support';

const CSV = new URL('../../../samples/crm-export.csv', import.meta.url).pathname;

function crm() {
  const rt = openCsv(CSV, { sheetName: 'Partners', now: NOW });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.table || !ctx.defaults) throw new Error('no table detected');
  return { rt, ctx, table: ctx.table, source: ctx.defaults.source };
}

/** The Score column's values by sheet row (1-based), from a formula written in column L. */
function scoreColumn(rt: ReturnType<typeof crm>['rt'], formula: string): Map<number, unknown> {
  rt.setCell('Partners', 'L1', formula);
  const values = rt.values('Partners');
  return new Map(values.map((row, i) => [i + 1, row[11]]));
}

function preview(rt: ReturnType<typeof crm>['rt'], input: object): PlanPreview {
  const result = previewOf(rt, input as never);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('a CRM export', () => {
  it('is detected with every near-miss header recognised', () => {
    const { table } = crm();
    expect(table.headerRow).toBe(1);
    expect(table.partnerColumn).toBe(1);
    expect(table.columns).toEqual({
      capability: 4,
      comarketingBudget: 5,
      enablementLoad: 6,
      sourcedRevenue: 7,
      cac: 8,
      coverageGap: 9,
    });
    expect(table.ties).toEqual([]);
    expect(table.words).toContainEqual({
      column: 4,
      words: ['Platinum', 'Bronze', 'Silver', 'Gold'],
    });
  });

  it('gives the same scores in its Score column and in the plan; no Total or filler row is planned', () => {
    const { rt, source } = crm();
    const cells = scoreColumn(rt, '=PARTNER_SCORE(A1:K69)');
    const plan = preview(rt, { source });
    expect(plan.scoreFormula?.differs).toBe(false);
    const ranked = plan.partners.filter((p) => p.score !== null);
    expect(ranked.length).toBe(59);
    for (const p of ranked) expect(cells.get(p.sheetRow)).toBeCloseTo(p.score as number, 9);
    expect(plan.partners.some((p) => /total|no name/i.test(p.name))).toBe(false);
    expect(plan.partners.map((p) => p.sheetRow).every((r) => r <= 62)).toBe(true);
    // In the sheet: the Total row says why it is out; filled-down rows stay empty.
    expect(cells.get(63)).toBe('Excluded: "Total" is a total row, not a partner');
    for (let r = 64; r <= 69; r++) expect(cells.get(r)).toBe('');
    // Its sums set no baseline: the CAC baseline is the partners' mean.
    const cac = plan.partners.filter((p) => p.score !== null).map((p) => p.values.cac as number);
    const mean = cac.reduce((a, b) => a + b, 0) / cac.length;
    const gate = plan.gates.find((g) => g.metricId === 'cac');
    expect(gate?.baseline).toBeCloseTo(mean, 6);
  });

  it('with an added criterion, the plan writes the weights range and the formula that reproduces it', () => {
    const { rt, source } = crm();
    const request: PlanRequestInput = {
      source,
      scoring: { weights: { capability: 2, cac: 3 }, method: 'topsis' as const },
      reading: {
        extraCriteria: [{ column: 10, direction: 'higher' as const, weight: 2 }],
        wordMaps: [{ column: 4, words: [{ word: 'Platinum', value: 10 }] }],
      },
    };
    const plan = preview(rt, request);
    expect(plan.scoreFormula?.differs).toBe(true);
    expect(plan.scoreFormula?.weights).toContainEqual(['Certified reps', 2]);
    expect(plan.scoreFormula?.weights).toContainEqual(['Capability score: platinum', 10]);
    const result = written(rt, request);
    const values = rt.values(result.plan.name);
    const weightsBlock = block(
      values,
      'PARTNER_SCORE weights: the formula below, pasted beside the partner table, gives these scores',
    );
    const formula = String(weightsBlock.at(-1)?.[0]);
    expect(formula).toBe(plan.scoreFormula?.formula);
    expect(formula).toMatch(
      /^=PARTNER_SCORE\('Partners'!A1:J69, 'Pilot plan B0373 v1'!A\d+:B\d+, "topsis"\)$/,
    );
    // Pasted into the partner sheet, it gives the plan's scores.
    const cells = scoreColumn(rt, formula);
    const ranked = plan.partners.filter((p) => p.score !== null);
    expect(ranked.length).toBeGreaterThan(50);
    for (const p of ranked) expect(cells.get(p.sheetRow)).toBeCloseTo(p.score as number, 9);
    // The record names the extra criterion.
    expect(plan.markdown).toContain('Certified reps 2 (higher is better)');
  });
});
