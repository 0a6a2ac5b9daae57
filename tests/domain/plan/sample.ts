// The sample workbook as the plan domain sees it: parsed CSV, default request, build.
import { readCsvFile } from '../../../local/runtime/csv';
import { EN_US_STYLE } from '../../../src/domain/plan/amount-style';
import { type BuildContext, buildPlan } from '../../../src/domain/plan/build';
import { type PlanEnvironment, resolveRequest } from '../../../src/domain/plan/defaults';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import type { PlanRequest, PlanRequestInput, SourceSpec } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';

export const SAMPLE_SOURCE: SourceSpec = {
  sheetName: 'Partners',
  sheetId: 0,
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
};

export const ENV: PlanEnvironment = {
  today: '2026-11-27',
  nextRecordId: 'B0373',
  userEmail: 'lead@example.com',
  spreadsheetName: 'Partner list',
};

export function sampleCells(): string[][] {
  return readCsvFile(new URL('../../../samples/partners.csv', import.meta.url).pathname).rows;
}

export function plan(
  input: Partial<PlanRequestInput> = {},
  cells = sampleCells(),
  context: Partial<BuildContext> = {},
) {
  const request: PlanRequest = resolveRequest(
    { source: SAMPLE_SOURCE, ...input } as PlanRequestInput,
    ENV,
  );
  const scored = scoreSourceRows(cells, request.source, request.scoring, request.reading, EN_US);
  if ('error' in scored) return { ok: false as const, errors: [scored.error], warnings: [] };
  return buildPlan(request, scored.rows, {
    today: ENV.today,
    amounts: EN_US_STYLE,
    version: 1,
    supersedes: null,
    planSheetName: 'Pilot plan B0373 v1',
    recordSheetName: 'Decision record B0373 v1',
    scored: scored.scored,
    ...context,
  });
}

export function okPlan(input: Partial<PlanRequestInput> = {}, cells = sampleCells()) {
  const result = plan(input, cells);
  if (!result.ok) throw new Error(`plan failed: ${JSON.stringify(result.errors)}`);
  return result;
}
