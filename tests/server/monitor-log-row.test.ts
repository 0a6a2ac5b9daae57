/**
 * A live plan's row in the Decision log edited by hand (cleared, its ID or version retyped):
 * the monitor keeps following the plan from the facts the planner stored, and says so in
 * its log, its status and the plan's digests, through the built dist/Code.js.
 */
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  type LocalRuntime,
  openCsv,
  openSnapshot,
  type SentMail,
} from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const at = (day: string) => new Date(`${day}T07:30:00Z`);
const LOG = 'Decision log';

function written(locale = 'en_US'): { rt: LocalRuntime; plan: WriteResult } {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02'), locale });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: `${m.id}@example.com` }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    schedule: { midCheckIn: false },
    people: { escalation: ['vp@example.com'] },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  rt.run('turnOnGateMonitor');
  return { rt, plan: result.value };
}

/** Types a STOP actual into the Pilot's first gate (partner-sourced revenue). */
function stopRevenue(rt: LocalRuntime, sheet: string, day: string) {
  const values = rt.values(sheet);
  const row =
    values.findIndex((r) => r[0] === 1 && r[gateColumn('Metric')] === 'Partner-sourced revenue') +
    1;
  const stopAt = Number(values[row - 1][gateColumn('STOP at')]);
  rt.setCell(sheet, `${columnLetters(gateColumn('Actual'))}${row}`, stopAt / 2);
  rt.setCell(sheet, `${columnLetters(gateColumn('Data as of'))}${row}`, day);
}

function runOn(rt: LocalRuntime, day: string): SentMail[] {
  rt.clock.set(at(day));
  rt.clearMail();
  rt.runTrigger('runGateMonitor');
  return rt.mail();
}

const logNotes = (rt: LocalRuntime) => rt.displayValues('Gate monitor log').map((r) => r[6]);

const EDITS: [string, (rt: LocalRuntime, log: string) => void][] = [
  [
    'cleared',
    (rt, log) => {
      for (const c of 'ABCDEFGHIJK') rt.setCell(log, `${c}2`, '');
    },
  ],
  ['given an ID typo', (rt, log) => rt.setCell(log, 'A2', 'B373')],
  ['given a version typed as text', (rt, log) => rt.setCell(log, 'B2', 'v1')],
];

describe('a live plan whose decision-log row is edited', () => {
  it.each(EDITS)('is still monitored when its row is %s, and every run says so', (_, edit) => {
    const { rt, plan } = written();
    expect(runOn(rt, '2026-02-19')).toEqual([]);
    edit(rt, LOG);
    stopRevenue(rt, plan.plan.name, '2026-02-20');
    const mail = runOn(rt, '2026-02-20');
    expect(mail.map((m) => m.to)).toEqual(['sourcedRevenue@example.com']);
    const note =
      'B0373 v1 is no longer in the decision log (its row was cleared, or its ID or version retyped); it is still monitored from what the planner stored. Restore its row, or delete its plan sheet to stop monitoring it.';
    expect(mail[0].body).toContain(`${plan.plan.name}"): `);
    expect(mail[0].body).toContain(`\n${note}\n- Pilot, Partner-sourced revenue (PENDING -> STOP)`);
    expect(logNotes(rt)).toContain(note);
    expect(logNotes(rt)).toContainEqual(expect.stringMatching(/^Run: 1 plan\(s\)/));
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toContain(note);
    // The STOP is told once; the note stays in the log and the status until the row is back.
    expect(runOn(rt, '2026-02-21')).toEqual([]);
    expect(logNotes(rt).filter((n) => n === note)).toHaveLength(2);
  });

  it('is quiet again once its row is restored', () => {
    const { rt } = written();
    const row = rt.values(LOG)[1];
    rt.setCell(LOG, 'A2', 'B373');
    runOn(rt, '2026-02-19');
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toContain('B0373 v1');
    rt.setCell(LOG, 'A2', String(row[0]));
    runOn(rt, '2026-02-20');
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toBeNull();
  });

  it('is not followed once its plan sheet is deleted too: the plan was retired', () => {
    const { rt, plan } = written();
    for (const c of 'ABCDEFGHIJK') rt.setCell(LOG, `${c}2`, '');
    const snapshot = rt.snapshot();
    snapshot.sheets = snapshot.sheets.filter((sheet) => sheet.name !== plan.plan.name);
    const again = openSnapshot(snapshot, { now: at('2026-02-20') });
    again.run('turnOnGateMonitor');
    runOn(again, '2026-02-20');
    expect(logNotes(again)).toContainEqual(expect.stringMatching(/^Run: 0 plan\(s\)/));
    expect(again.run<GateMonitorStatus>('getGateMonitorStatus').warning).toBeNull();
  });

  it('says it in Japanese in a ja_JP spreadsheet', () => {
    const { rt } = written('ja_JP');
    rt.setCell('意思決定ログ', 'A2', 'B373');
    runOn(rt, '2026-02-20');
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toContain(
      'B0373 v1 が意思決定ログにありません（行が消されたか、ID か版が変更されました）。',
    );
  });
});
