/**
 * What real spreadsheets bring that the samples do not: comma-decimal locales, big plans,
 * long histories, user sheets named like the add-on's, two planners at once, and any
 * value google.script.run can carry.
 */
import { describe, expect, it } from 'vitest';
import type { FormulaSyntax } from '../../local/runtime/formula-syntax';
import { type LocalRuntime, openCsv, openWorkbook } from '../../local/runtime/index';
import { DECISION_LOG_HEADERS } from '../../src/domain/plan/decision-log';
import { GATE_TABLE_HEADERS, gateColumn } from '../../src/domain/plan/gate-table';
import { storeValues } from '../../src/server/monitor/store';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type {
  DetectedTable,
  PlannerContext,
  PlanPreview,
  PlanRequestInput,
  Result,
  WriteResult,
} from '../../src/shared/plan-types';
import { utf8Length } from '../../src/shared/utf8';
import { largestMonitorMemory } from '../support/largest-monitor-memory';
import { generatedRows } from './planner/planner-support';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const at = (day: string) => new Date(`${day}T07:30:00Z`);

function open(options: { locale?: string; formulaSyntax?: FormulaSyntax } = {}): LocalRuntime {
  return openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02'), ...options });
}

function request(rt: LocalRuntime, extra: PlanRequestInput | object = {}): PlanRequestInput {
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: `${m.id}@example.com` }));
  return { source: ctx.defaults.source, metrics, ...extra } as PlanRequestInput;
}

function writeOk(rt: LocalRuntime, req: PlanRequestInput, logVersion?: string): WriteResult {
  const result = rt.run<Result<WriteResult>>('writePlan', req, logVersion);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Every error value the workbook shows (#ERROR!, #NAME?, #REF!…), by sheet. */
function errorCells(rt: LocalRuntime): string[] {
  return rt
    .sheetNames()
    .flatMap((s) =>
      rt
        .displayValues(s)
        .flatMap((row, r) =>
          row.flatMap((v, c) =>
            /^#[A-Z/0!?]+[!?A]?$/.test(v) ? [`${s}!R${r + 1}C${c + 1} ${v}`] : [],
          ),
        ),
    );
}

/** The column letter of a gate table header. */
const letter = (h: Parameters<typeof gateColumn>[0]) => String.fromCharCode(65 + gateColumn(h));

describe('formulas in any locale', () => {
  for (const locale of ['de_DE', 'fr_FR', 'en_US']) {
    for (const formulaSyntax of ['locale', 'comma'] as const) {
      it(`${locale}, script formulas in ${formulaSyntax} syntax: the plan is written and monitored with no parse error`, () => {
        const rt = open({ locale, formulaSyntax });
        const plan = writeOk(rt, request(rt, { record: { id: 'B0373' } }));
        writeOk(rt, request(rt, { record: { id: 'B0373' } })); // v2 marks v1 with a link
        const separator = formulaSyntax === 'locale' && locale !== 'en_US' ? ';' : ',';
        const all = rt.formulas(plan.plan.name);
        // The plan's own blocks; right of them, the trend columns and the charts' data.
        const formulas = all.flatMap((r) => r.slice(0, GATE_TABLE_HEADERS.length)).filter(Boolean);
        const beside = all.flatMap((r) => r.slice(GATE_TABLE_HEADERS.length)).filter(Boolean);
        const withArguments = beside.filter((f) => /^=(IFERROR|COUNTIFS|MINIFS|IF)\(/.test(f));
        expect(withArguments.length).toBeGreaterThan(10);
        for (const f of withArguments) expect(f).toContain(separator);
        // One GATE_STATUS over the gate table's columns (issue 16), its status spilling
        // into every gate row's Status cell; the summary's verdicts and next reviews follow
        // the same syntax.
        const status = formulas.filter((f) => f.startsWith('=GATE_STATUS('));
        expect(status).toHaveLength(1);
        expect(status[0]).toMatch(
          new RegExp(`^=GATE_STATUS\\(L\\d+:L\\d+\\${separator}J\\d+:J\\d+`),
        );
        const summary = formulas.filter((f) => f.startsWith('=IF('));
        expect(summary.length).toBeGreaterThan(0);
        for (const f of summary) expect(f).toContain(`${separator}"`);
        expect(formulas).toHaveLength(1 + summary.length);
        const statuses = rt.displayValues(plan.plan.name).map((r) => r[gateColumn('Status')]);
        expect(statuses.filter((v) => v === 'PENDING').length).toBeGreaterThan(10);
        const log = rt.displayValues('Decision log');
        expect(log[1].slice(6, 9)).toEqual([
          'v2',
          'Pilot plan B0373 v1',
          'Decision record B0373 v1',
        ]);
        // A gate at STOP is judged by the cell and by the monitor alike.
        const values = rt.values('Pilot plan B0373 v2');
        const row = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name') + 1;
        const stopAt = Number(values[row][gateColumn('STOP at')]);
        const goAt = Number(values[row][gateColumn('GO at')]);
        rt.setCell(
          'Pilot plan B0373 v2',
          `${letter('Actual')}${row + 1}`,
          goAt > stopAt ? stopAt / 2 : stopAt * 2,
        );
        rt.setCell('Pilot plan B0373 v2', `${letter('Data as of')}${row + 1}`, '2026-02-01');
        expect(rt.displayValues('Pilot plan B0373 v2')[row][gateColumn('Status')]).toBe('STOP');
        rt.run('turnOnGateMonitor');
        rt.runTrigger('runGateMonitor');
        expect(rt.mail().map((m) => m.subject)).toEqual([
          expect.stringContaining('1 gate at STOP'),
        ]);
        expect(errorCells(rt)).toEqual([]);
      });
    }
  }
});

describe('big plans and long histories', () => {
  it('a 140-gate plan (5 waves × 28 metrics) is written and monitored over 5 days', () => {
    const rt = open();
    const base = request(rt) as { metrics: { id: string }[] };
    // The seed's five metrics, the partner-share band's two rows and 21 of the user's own.
    const custom = Array.from({ length: 21 }, (_, i) => ({
      id: `custom-${i + 1}`,
      kind: 'custom',
      name: `Metric ${i + 1}`,
      direction: 'higher',
      unit: 'number',
      owner: `m${i + 1}@example.com`,
    }));
    const ctx = rt.run<PlannerContext>('getPlannerContext');
    const waves = ctx.defaults?.waves;
    const gates = Array.from({ length: 5 }, () => ({
      metrics: [
        ...base.metrics.map((m) => ({ metricId: m.id, baseline: null, goAt: null, stopAt: null })),
        ...custom.map((m) => ({ metricId: m.id, baseline: null, goAt: 10, stopAt: 5 })),
      ],
    }));
    const plan = writeOk(rt, {
      ...request(rt),
      // Gate reviews only: 140 rows (with mid-wave check-ins it would be 280).
      schedule: { midCheckIn: false },
      metrics: [...base.metrics, ...custom],
      waves: {
        ...waves,
        count: 5,
        names: ['W1', 'W2', 'W3', 'W4', 'W5'],
        assignment: { mode: 'share', sharesPercent: [20, 20, 20, 20, 20] },
      },
      gates,
    } as PlanRequestInput);
    const values = rt.values(plan.plan.name);
    const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
    let gateCount = 0;
    for (let r = header + 1; values[r][0] !== ''; r++) {
      gateCount++;
      rt.setCell(plan.plan.name, `${letter('Actual')}${r + 1}`, 1); // every custom gate at STOP, most others too
      rt.setCell(plan.plan.name, `${letter('Data as of')}${r + 1}`, '2026-02-02');
    }
    expect(gateCount).toBe(140);
    rt.run('turnOnGateMonitor');
    rt.setMailQuota(1); // most mail held: the memory must still fit
    for (const day of ['2026-02-03', '2026-02-04', '2026-02-05', '2026-02-06', '2026-02-07']) {
      rt.clock.set(at(day));
      rt.setMailQuota(day === '2026-02-07' ? 100 : 1);
      rt.runTrigger('runGateMonitor');
      expect(rt.executions().at(-1)?.error, day).toBeUndefined();
    }
    const sizes = Object.values(rt.documentProperties()).map(utf8Length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').heldNotifications).toBe(0);
    const bullets = rt.mail().flatMap((m) =>
      m.body
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => `${m.to} ${l}`),
    );
    expect(new Set(bullets).size).toBe(bullets.length);
  });

  it('the memory of a 20-wave × 30-metric plan with every notice held stays under 9 KB a value', () => {
    const memory = largestMonitorMemory();
    const values = storeValues(memory, {
      reminderDays: 2,
      lastRunMs: 0,
      lastRun: null,
      memoryChunks: 0,
    });
    const sizes = Object.values(values).map(utf8Length);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    expect(total).toBeLessThan(200 * 1024);
    console.info(
      `monitor memory, 600 gates with 600 held notices: ${total} bytes in ${sizes.length} values, largest ${Math.max(...sizes)}`,
    );
  });

  it('80 versions of one plan: each write works, only the live version keeps its facts', () => {
    const rt = open();
    for (let v = 1; v <= 80; v++) {
      const written = writeOk(
        rt,
        request(rt, {
          record: { id: 'B0373' },
          people: {
            escalation: Array.from({ length: 20 }, (_, i) => `escalation.${i}@example.com`),
          },
        }),
      );
      expect(written.version).toBe(v);
    }
    const facts = Object.keys(rt.documentProperties()).filter((k) =>
      k.startsWith('partnerPilot.plan.'),
    );
    expect(facts).toEqual(['partnerPilot.plan.B0373.v80']);
    expect(rt.values('Decision log')).toHaveLength(81);
  }, 120_000);
});

describe('sheets of the user’s named like the add-on’s, in another letter case', () => {
  it('are left alone; the plan, log and monitor log go beside them', () => {
    const mine = {
      'decision log': [['My decisions']],
      'GATE MONITOR LOG': [['My log']],
      'pilot plan b0373 v1': [['My plan']],
    };
    const rt = openWorkbook({ Partners: generatedRows(12), ...mine }, { now: at('2026-02-02') });
    const plan = writeOk(rt, request(rt));
    expect(plan.plan.name).toBe('Pilot plan B0373 v1 (2)');
    expect(plan.log.name).toBe('Decision log (2)');
    rt.run('turnOnGateMonitor');
    rt.runTrigger('runGateMonitor');
    expect(rt.sheetNames()).toContain('Gate monitor log (2)');
    for (const [name, rows] of Object.entries(mine)) expect(rt.values(name)).toEqual(rows);
    // And the next write and run find their own sheets again.
    writeOk(rt, request(rt));
    rt.clock.advanceDays(1);
    rt.runTrigger('runGateMonitor');
    expect(rt.executions().filter((e) => e.error)).toEqual([]);
    expect(rt.sheetNames().filter((n) => /\(3\)$/.test(n))).toEqual([]);
  });
});

describe('two planners open at once', () => {
  it('the second write is refused with a clear message until its planner sees the first', () => {
    const rt = open();
    const a = rt.run<PlannerContext>('getPlannerContext');
    const b = rt.run<PlannerContext>('getPlannerContext');
    const first = writeOk(rt, request(rt, { record: { id: 'B0373' } }), a.logVersion);
    const refused = rt.run<Result<WriteResult>>(
      'writePlan',
      request(rt, { record: { id: 'B0373' } }),
      b.logVersion,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors[0].message).toMatch(
        /changed since this planner opened.*B0373 v1.*Nothing was written/,
      );
    expect(rt.values('Decision log')).toHaveLength(2);
    // A's sidebar writes again with what the first write returned; B after reopening.
    const second = writeOk(rt, request(rt, { record: { id: 'B0373' } }), first.logVersion);
    expect(second.version).toBe(2);
    const reopened = rt.run<PlannerContext>('getPlannerContext');
    expect(reopened.logVersion).toBe(second.logVersion);
    expect(writeOk(rt, request(rt, { record: { id: 'B0373' } }), reopened.logVersion).version).toBe(
      3,
    );
  });
});

describe('whatever google.script.run carries', () => {
  it('answers field errors, never an exception', () => {
    const rt = open();
    const source = request(rt).source;
    const cases: [string, unknown[], string][] = [
      ['getSourceTable', ['Partners', 1.5], 'source.headerRow'],
      ['getSourceTable', ['Partners', '2'], 'source.headerRow'],
      ['getSourceTable', [null], 'source.sheetName'],
      ['previewPlan', [{ source, schedule: { startDate: '9999-10-01' } }], 'schedule.startDate'],
      ['writePlan', [{ source, schedule: { startDate: '9999-10-01' } }], 'schedule.startDate'],
      ['previewPlan', [{ source, metrics: [null] }], 'metrics.0'],
      ['writePlan', [{ source, metrics: [null] }], 'metrics.0'],
      ['writePlan', [{ source, record: { id: `B${'9'.repeat(25)}` } }], 'record.id'],
      ['turnOnGateMonitor', [15], 'reminderDays'],
    ];
    for (const [fn, args, field] of cases) {
      const answer = rt.run<Result<unknown>>(fn, ...args);
      expect(answer.ok, `${fn}(${JSON.stringify(args)})`).toBe(false);
      if (!answer.ok) expect(answer.errors[0].field, `${fn}(${JSON.stringify(args)})`).toBe(field);
    }
    expect(rt.sheetNames()).toEqual(['Partners']);
    expect(rt.run<Result<DetectedTable>>('getSourceTable', 'Partners', 1).ok).toBe(true);
    expect(rt.run<Result<PlanPreview>>('previewPlan', { source }).ok).toBe(true);
  });

  it('offers the next record ID exactly, never B1e+25, and keeps IDs to 20 characters', () => {
    const log = [
      [...DECISION_LOG_HEADERS],
      [`B${'9'.repeat(25)}`, 1, 'Hand-typed', 'Proposed', '', '', '', '', '', '', ''],
      ['B9999999999999999998', 1, 'Near the end', 'Proposed', '', '', '', '', '', '', ''],
    ];
    const rt = openWorkbook(
      { Partners: generatedRows(12), 'Decision log': log },
      { now: at('2026-02-02') },
    );
    const ctx = rt.run<PlannerContext>('getPlannerContext');
    expect(ctx.nextRecordId).toBe('B9999999999999999999');
    const written = writeOk(rt, request(rt));
    expect(written.id).toBe('B9999999999999999999');
    expect(rt.run<PlannerContext>('getPlannerContext').nextRecordId).toBe('B0373');
  });
});
