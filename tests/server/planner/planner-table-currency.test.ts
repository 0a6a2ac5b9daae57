/**
 * The plan shows money in the currency the partner table names, not the one the
 * spreadsheet locale guesses (a tester's case: a dollar table in a ja_JP sheet was written
 * in yen, 150× off to a reader). Through the local runtime and the built dist/Code.js.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanPreview, Result } from '../../../src/shared/plan-types';
import { context, defaultsOf, generatedRows, HEADER, NOW, written } from './planner-support';

/** 40 invented partners whose money headers say `mark`, written in `locale`. */
function planIn(locale: string, headers: string[]) {
  const rows = generatedRows(40);
  rows[0] = headers;
  const rt = openWorkbook({ Partners: rows }, { now: NOW, locale, timeZone: 'UTC' });
  const request = { ...defaultsOf(rt), language: 'en' as const };
  const preview = rt.run<Result<PlanPreview>>('previewPlan', request);
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  const result = written(rt, request);
  const shown = rt.displayValues(result.plan.name);
  const revenueRow = shown.findIndex((r) => r[gateColumn('Metric')] === 'Partner-sourced revenue');
  return {
    preview: preview.value,
    warnings: preview.warnings,
    stop: shown[revenueRow][gateColumn('STOP at')],
    sidebarCurrency: context(rt).currency,
  };
}

const withMark = (mark: string) =>
  HEADER.map((h) => (/budget|revenue|CAC/i.test(String(h)) ? `${h} (${mark})` : h));

describe("the plan's currency", () => {
  it.each([
    ['ja_JP', '$', /^\$\d{1,3}(,\d{3})*$/],
    ['de_DE', 'USD', /^\d{1,3}(\.\d{3})* \$$/],
    ['en_US', '€', /^€\d{1,3}(,\d{3})*$/],
    ['en_IN', 'USD', /^\$(\d{1,2},)*\d{1,3}$/],
  ])(
    '%s with amounts headed (%s): cells, sentences and sidebar in that currency',
    (locale, mark, cell) => {
      const plan = planIn(locale, withMark(mark));
      expect(plan.stop).toMatch(cell);
      const symbol = mark === '€' ? '€' : '$';
      expect(plan.preview.stopConditions.join(' ')).toContain(symbol);
      expect(plan.preview.stopConditions.join(' ')).not.toMatch(/[¥₹]/);
      expect(plan.sidebarCurrency.symbol.trim()).toBe(symbol);
    },
  );

  it('is the locale currency when the table names none', () => {
    expect(planIn('de_DE', HEADER.map(String)).stop).toMatch(/^\d{1,3}(\.\d{3})* €$/);
  });

  it('is the locale currency, with a warning, when the columns name two', () => {
    const headers = HEADER.map((h) =>
      /budget/i.test(String(h)) ? `${h} (EUR)` : /revenue|CAC/i.test(String(h)) ? `${h} (USD)` : h,
    );
    const plan = planIn('en_US', headers.map(String));
    expect(plan.stop).toMatch(/^\$/);
    expect(plan.warnings.map((w) => w.message).join(' ')).toContain(
      "The table's amounts name several currencies (EUR, USD)",
    );
  });
});
