// Shared set-up for the planner's integration tests: they run the BUILT dist/Code.js
// (npm run build first) through the local runtime, as google.script.run would.
import { type LocalRuntime, openCsv, openWorkbook } from '../../../local/runtime/index';
import { GATE_TABLE_HEADERS } from '../../../src/domain/plan/gate-table';
import type {
  PlannerContext,
  PlanPreview,
  PlanRequestInput,
  Result,
  WriteResult,
} from '../../../src/shared/plan-types';

export const SAMPLE = new URL('../../../samples/partners.csv', import.meta.url).pathname;
/** A Friday: the default start is Monday 30 Nov 2026. */
export const NOW = new Date('2026-11-27T10:00:00Z');

export function sampleRuntime(timeZone = 'Europe/Berlin'): LocalRuntime {
  return openCsv(SAMPLE, { sheetName: 'Partners', now: NOW, timeZone });
}

export const HEADER = [
  'Partner',
  'Owner',
  'Capability',
  'Co-marketing budget',
  'Enablement load',
  'Partner-sourced revenue',
  'CAC',
  'Coverage gap',
];

/** n invented partners with distinct values, as a workbook. */
export function generatedRuntime(n: number): LocalRuntime {
  return openWorkbook({ Partners: generatedRows(n) }, { now: NOW });
}

/** A header and n invented partners with distinct values. */
export function generatedRows(n: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    rows.push([
      `Partner ${i + 1}`,
      `Owner ${i % 7}`,
      1 + (i % 10),
      5000 + ((i * 37) % 50) * 1000,
      20 + ((i * 13) % 180),
      100000 + ((i * 7919) % 900) * 1000,
      2000 + ((i * 31) % 70) * 100,
      ((i * 17) % 60) / 100,
    ]);
  }
  return rows;
}

export function context(rt: LocalRuntime): PlannerContext {
  return rt.run<PlannerContext>('getPlannerContext');
}

export function defaultsOf(rt: LocalRuntime): PlanRequestInput {
  const ctx = context(rt);
  if (!ctx.table) throw new Error('no table detected');
  return { source: ctx.defaults?.source ?? ctx.table };
}

export function write(rt: LocalRuntime, request: PlanRequestInput): Result<WriteResult> {
  return rt.run<Result<WriteResult>>('writePlan', request);
}

export function written(rt: LocalRuntime, request: PlanRequestInput): WriteResult {
  const result = write(rt, request);
  if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result.errors)}`);
  return result.value;
}

export function previewOf(rt: LocalRuntime, request: PlanRequestInput): Result<PlanPreview> {
  return rt.run<Result<PlanPreview>>('previewPlan', request);
}

/** Every sheet's values and formulas: what "nothing was written" compares. */
export function workbookState(rt: LocalRuntime) {
  return {
    sheets: rt.sheetNames(),
    cells: rt.sheetNames().map((s) => ({ values: rt.values(s), formulas: rt.formulas(s) })),
    properties: rt.documentProperties(),
  };
}

/** Rows of a written sheet from the row whose column A is `title` up to the next blank row. */
export function block(sheetValues: unknown[][], title: string): unknown[][] {
  // The plan's blocks are as wide as its gate table; the trend and chart cells sit beside.
  const values = sheetValues.map((r) => r.slice(0, GATE_TABLE_HEADERS.length));
  const start = values.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no block ${title}`);
  const end = values.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return values.slice(start + 1, end < 0 ? undefined : end);
}
