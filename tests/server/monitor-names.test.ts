/**
 * The monitor names what it means, through the built dist/Code.js (tester findings 6 and 14):
 * a check-in STOP after the check-in points to its wave's gate review and that review's date,
 * in English and Japanese; and the status names the log sheet actually written when a sheet of
 * the user's already has the log's name.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime, openCsv, openWorkbook } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';
import { SAMPLE } from './planner/planner-support';

const at = (day: string) => new Date(`${day}T07:30:00Z`);

/**
 * The sample's default plan with check-ins (Pilot: check-in Mon 2 Mar 2026, gate review Mon 23
 * Mar 2026), CAC owned by cac@example.com and the other metrics by role names; the CAC check-in
 * typed at 9,000 (STOP at $7,118) as of the check-in, and the monitor run the day after it.
 */
function stopAfterCheckIn(locale: string, sheets: Record<string, unknown[][]> = {}): LocalRuntime {
  const options = { now: at('2026-02-02'), locale };
  const partners = openCsv(SAMPLE, { ...options, sheetName: 'Partners' }).values('Partners');
  const rt = openWorkbook({ Partners: partners, ...sheets }, options);
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) =>
    m.id === 'cac' ? { ...m, owner: 'cac@example.com' } : m,
  );
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    schedule: { midCheckIn: true },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const sheet = result.value.plan.name;
  rt.run('turnOnGateMonitor');
  const values = rt.values(sheet);
  const row = values.findIndex(
    (r) =>
      r[gateColumn('Wave')] === 1 &&
      /check-in|チェックイン/.test(String(r[gateColumn('Checkpoint')])) &&
      /CAC/.test(String(r[gateColumn('Metric')])),
  );
  rt.setCell(sheet, `${columnLetters(gateColumn('Actual'))}${row + 1}`, 9000);
  rt.setCell(sheet, `${columnLetters(gateColumn('Data as of'))}${row + 1}`, '2026-03-02');
  rt.clock.set(at('2026-03-03'));
  rt.runTrigger('runGateMonitor');
  return rt;
}

describe('what the gate monitor names', () => {
  it('sends a check-in STOP after the check-in to the gate review on its date', () => {
    const mail = stopAfterCheckIn('en_US').mail();
    const cac = mail.find((m) => m.to === 'cac@example.com');
    expect(cac?.body).toContain(
      'Pilot, CAC (mid-wave check-in) (STOP): crossed its STOP threshold (actual $9,000; STOP at $7,118, GO at $5,475); bring it to the gate review on Mon 23 Mar 2026.',
    );
    const ja = stopAfterCheckIn('ja_JP').mail();
    expect(ja.find((m) => m.to === 'cac@example.com')?.body).toContain(
      '（STOP）：STOP のしきい値を超えました（実績 $9,000、STOP $7,118、GO $5,475）。2026年3月23日 (月) のゲートレビューで取り上げてください。',
    );
  });

  it('names the log sheet written, not the one a sheet of the user holds', () => {
    const rt = stopAfterCheckIn('en_US', { 'Gate monitor log': [['My notes']] });
    expect(rt.values('Gate monitor log')[0][0]).toBe('My notes');
    expect(rt.values('Gate monitor log (2)')[0][0]).toBe('Time');
    const status = rt.run<GateMonitorStatus>('getGateMonitorStatus');
    expect(status.logSheet).toBe('Gate monitor log (2)');
    // Role-name owners were told of their PENDING check-ins: the warning points to the log.
    expect(status.warning).toMatch(/See the 'Gate monitor log \(2\)' sheet\.$/);
    const ja = stopAfterCheckIn('ja_JP', { ゲートモニターログ: [['メモ']] });
    const jaStatus = ja.run<GateMonitorStatus>('getGateMonitorStatus');
    expect(jaStatus.logSheet).toBe('ゲートモニターログ (2)');
    expect(jaStatus.warning).toContain('ゲートモニターログ (2)');
  });
});
