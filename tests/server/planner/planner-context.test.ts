import { describe, expect, it } from 'vitest';
import { openCsv, openSnapshot, openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { DetectedTable, PlanPreview, Result } from '../../../src/shared/plan-types';
import { SAMPLE_SOURCE } from '../../domain/plan/sample';
import {
  block,
  context,
  defaultsOf,
  generatedRows,
  NOW,
  SAMPLE,
  sampleRuntime,
  workbookState,
  written,
} from './planner-support';

describe('the planner context', () => {
  it('detects the sample table, its columns and a complete default request', () => {
    const rt = sampleRuntime();
    const before = workbookState(rt);
    const ctx = context(rt);
    expect(workbookState(rt)).toEqual(before);
    expect(ctx).toMatchObject({
      timeZone: 'Europe/Berlin',
      locale: 'en_US',
      today: '2026-11-27',
      activeSheet: 'Partners',
      nextRecordId: 'B0373',
      lastRequest: null,
      log: [],
    });
    expect(ctx.table).toMatchObject({
      sheetName: 'Partners',
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
      dataRows: 40,
    });
    expect(ctx.table?.columnOptions[1]).toEqual({ column: 2, header: 'Type' });
    expect(ctx.defaults).toMatchObject({
      schedule: { startDate: '2026-11-30', waveWeeks: 6, midCheckIn: true },
      waves: {
        count: 3,
        names: ['Pilot', 'Expand', 'Scale'],
        assignment: { mode: 'share', sharesPercent: [20, 30, 50] },
      },
      record: { id: 'B0373', status: 'Proposed', quality: 'Draft' },
      people: { decisionMaker: 'user@example.com' },
    });
    expect(ctx.sheets).toEqual([
      { name: 'Partners', sheetId: 0, lastRow: 41, lastColumn: 10, writtenByPlanner: false },
    ]);
  });

  it('finds a header row below a title and skips the planner’s own sheets', () => {
    const rt = openWorkbook(
      {
        Notes: [['just notes']],
        Channel: [
          ['Partner list Q1'],
          [],
          ['Account', 'Partner manager', 'CAC', 'Partner-sourced revenue'],
          ['A', 'x', 100, 5000],
          ['B', 'y', 200, 6000],
        ],
      },
      { now: NOW },
    );
    const ctx = context(rt);
    expect(ctx.table).toMatchObject({
      sheetName: 'Channel',
      headerRow: 3,
      partnerColumn: 1,
      ownerColumn: 2,
      columns: { cac: 3, sourcedRevenue: 4 },
    });
  });

  it('keeps the last request written, with derived thresholds left to follow the data', () => {
    const rt = sampleRuntime();
    written(rt, defaultsOf(rt));
    const ctx = context(rt);
    // The written plan is shown; the table is still found on the source sheet.
    expect(ctx.activeSheet).toBe('Pilot plan B0373 v1');
    expect(ctx.table?.sheetName).toBe('Partners');
    expect(ctx.lastRequest?.source.sheetName).toBe('Partners');
    expect(ctx.lastRequest?.gates[0].metrics[0]).toEqual({
      metricId: 'sourcedRevenue',
      baseline: null,
      goAt: null,
      stopAt: null,
    });
    expect(ctx.sheets.filter((s) => s.writtenByPlanner).map((s) => s.name)).toEqual([
      'Pilot plan B0373 v1',
      'Decision record B0373 v1',
      'Decision log',
    ]);
    expect(ctx.log[0]).toMatchObject({
      id: 'B0373',
      version: 1,
      date: '2026-11-27',
      gateTable: 'A18:O60',
      supersededBy: '',
    });
  });

  it('keeps a draft for the next session', () => {
    const rt = sampleRuntime();
    const draft = { ...defaultsOf(rt), record: { title: 'Draft title' } };
    expect(rt.run('saveDraftRequest', draft)).toBe(true);
    const kept = context(rt).lastRequest;
    expect(kept?.record).toMatchObject({ title: 'Draft title', id: 'B0373', status: 'Proposed' });
    expect(kept?.waves.names).toEqual(['Pilot', 'Expand', 'Scale']);
    expect(rt.run('saveDraftRequest', { record: { title: 'no source' } })).toBe(false);
  });

  it('detects the table on a chosen sheet and header row, or says why not', () => {
    const rt = sampleRuntime();
    const found = rt.run<Result<DetectedTable>>('getSourceTable', 'Partners');
    expect(found).toMatchObject({ ok: true, value: { headerRow: 1 } });
    const wrongRow = rt.run<Result<DetectedTable>>('getSourceTable', 'Partners', 3);
    expect(wrongRow).toMatchObject({ ok: false, errors: [{ field: 'source.headerRow' }] });
    const missing = rt.run<Result<DetectedTable>>('getSourceTable', 'Nope');
    expect(missing).toMatchObject({
      ok: false,
      errors: [{ field: 'source.sheetName', message: "There is no sheet named 'Nope'." }],
    });
  });

  it("answers a Japanese sidebar in Japanese, whatever the spreadsheet's locale", () => {
    const rt = sampleRuntime();
    const errors = (...args: unknown[]) => {
      const result = rt.run<Result<DetectedTable>>('getSourceTable', ...args);
      return result.ok ? [] : result.errors;
    };
    expect(errors('Nope', undefined, 'ja')).toEqual([
      { field: 'source.sheetName', message: '「Nope」という名前のシートはありません。' },
    ]);
    expect(errors('Partners', 1.5, 'ja')).toEqual([
      { field: 'source.headerRow', message: '見出し行は 1 以上の行番号にしてください。' },
    ]);
    expect(errors('', undefined, 'ja')).toEqual([
      { field: 'source.sheetName', message: 'パートナー表のあるシートを選んでください。' },
    ]);
  });
});

describe('the spreadsheet’s time zone and locale', () => {
  // 05:00 UTC on Monday 30 Nov is still Sunday 29 Nov in Los Angeles.
  const now = new Date('2026-11-30T05:00:00Z');

  it('takes "today" and the default start from the spreadsheet’s time zone', () => {
    const la = openCsv(SAMPLE, { sheetName: 'Partners', now, timeZone: 'America/Los_Angeles' });
    expect(context(la)).toMatchObject({
      today: '2026-11-29',
      defaults: { schedule: { startDate: '2026-11-30' } },
    });
    const utc = openCsv(SAMPLE, { sheetName: 'Partners', now, timeZone: 'Etc/UTC' });
    expect(context(utc)).toMatchObject({
      today: '2026-11-30',
      defaults: { schedule: { startDate: '2026-12-07' } },
    });
    written(la, defaultsOf(la));
    const waves = block(la.displayValues('Pilot plan B0373 v1'), 'Waves');
    expect(waves[1][2]).toBe('11/30/2026');
  });

  // The sample's headers say ($): its dollars keep their sign, on the German side of the
  // amount (planner-table-currency.test.ts has a table that names none, shown in €).
  it('formats money in the table’s currency, in the spreadsheet’s style', () => {
    const de = openCsv(SAMPLE, { sheetName: 'Partners', now: NOW, locale: 'de_DE' });
    written(de, defaultsOf(de));
    const plan = de.values('Pilot plan B0373 v1');
    const row = plan.findIndex((r) => r[3] === 'Partner-sourced revenue');
    expect(de.sheetMeta('Pilot plan B0373 v1').numberFormats[row][gateColumn('GO at')]).toBe(
      '#,##0 "$"',
    );
    // The date order of the German locale, on the plan and in the log.
    expect(block(de.displayValues('Pilot plan B0373 v1'), 'Waves')[1][2]).toBe('30.11.2026');
    expect(de.displayValues('Decision log')[1][4]).toBe('27.11.2026');
    expect(de.values('Decision record B0373 v1').flat().join(' ')).toMatch(/\d \$/);
  });

  // The sidebar's money boxes take this currency only (box-units.ts): 90 € is no amount here.
  it('names the plan’s currency by its code: the table’s, else the locale’s', () => {
    const de = openCsv(SAMPLE, { sheetName: 'Partners', now: NOW, locale: 'de_DE' });
    expect(context(de).currencyCode).toBe('USD');
    const plain = openWorkbook({ Partners: generatedRows(4) }, { now: NOW, locale: 'de_DE' });
    expect(context(plain).currencyCode).toBe('EUR');
  });
});

describe('the kept draft, read back through the request schema', () => {
  /** The sample workbook with `text` kept as the last request, as an earlier session left it. */
  function keeping(text: string) {
    const snapshot = sampleRuntime().snapshot();
    snapshot.documentProperties['partnerPilot.lastRequest'] = text;
    return openSnapshot(snapshot, { now: NOW });
  }
  const source = SAMPLE_SOURCE;

  it('upgrades a draft an older version kept: fields added since take their defaults', () => {
    // No gate settings, metrics, gates, caps, check-in or record lists: an early draft.
    const old = {
      source,
      scoring: { weights: { cac: 2 }, method: 'minmax' },
      waves: {
        count: 2,
        names: ['Pilot', 'Scale'],
        assignment: { mode: 'share', sharesPercent: [40, 60] },
      },
      schedule: { startDate: '2026-12-07', waveWeeks: 4 },
      people: { decisionMaker: 'cro@example.com', escalation: ['cro@example.com'] },
      record: { id: 'B0373', title: 'Kept draft', source: 'CRM' },
    };
    const rt = keeping(JSON.stringify(old));
    const ctx = context(rt);
    expect(ctx.lastRequestProblem).toBeNull();
    expect(ctx.lastRequest).toMatchObject({
      scoring: { weights: { cac: 2, capability: 1 } },
      schedule: { startDate: '2026-12-07', waveWeeks: 4, midCheckIn: true },
      gateSettings: {
        periods: {
          sourcedRevenue: 'annual',
          comarketingBudget: 'annual',
          enablementLoad: 'annual',
        },
        directCac: null,
        staleAfterDays: 14,
      },
      record: { title: 'Kept draft', status: 'Proposed', nameVariants: [], risks: [] },
    });
    expect(ctx.lastRequest?.gates.map((g) => g.metrics.length)).toEqual([7, 7]);
    // What the wizard starts from previews as it is.
    const preview = rt.run<Result<PlanPreview>>('previewPlan', ctx.lastRequest);
    expect(preview).toMatchObject({ ok: true });
  });

  it.each([
    ['damaged JSON', '{"source": {"sheetName": "Partners"', 'it is not valid JSON'],
    [
      'a field of the wrong type',
      JSON.stringify({ source, waves: { count: '2' } }),
      'waves.count: Choose 1 to 5 waves.',
    ],
    ['a draft without its source', JSON.stringify({ record: { id: 'B0373' } }), 'no partner table'],
  ])('reports %s and starts from the defaults', (_, text, why) => {
    const ctx = context(keeping(text));
    expect(ctx.lastRequest).toBeNull();
    expect(ctx.lastRequestProblem).toContain('The draft kept in this document could not be read');
    expect(ctx.lastRequestProblem).toContain(why);
    expect(ctx.defaults?.source.sheetName).toBe('Partners');
  });
});
