/**
 * The gate monitor in a ja_JP spreadsheet, through the built dist/Code.js: its emails, its
 * log sheet and the sidebar's status speak Japanese, and dates read 2026年3月23日 (月). Plan
 * content (wave and metric names, the sheet's name) is the planner's and not judged here.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime, openCsv } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';
import { SAMPLE } from './planner/planner-support';

const at = (day: string) => new Date(`${day}T07:30:00Z`);

function planned(): { rt: LocalRuntime; plan: WriteResult; names: string[] } {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02'), locale: 'ja_JP' });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: `${m.id}@example.com` }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    people: { escalation: ['vp@example.com'] },
    // Gate reviews only: the check-in rows' English checkpoint words are the planner's.
    schedule: { midCheckIn: false },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const names = [
    ...metrics.map((m) => m.name),
    ...(ctx.defaults.waves.names ?? []),
    result.value.plan.name,
    'Partner Pilot (local)',
    'Partner Pilot',
    'MailApp',
  ];
  return { rt, plan: result.value, names };
}

/** The text with plan-given names, statuses, addresses and URLs taken out. */
function ownWords(text: string, names: string[]): string {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    rest = rest.split(name).join('');
  return rest.replace(/https?:\S+|\S+@\S+|\b(GO|HOLD|STOP|PENDING|STALE)\b/g, '');
}

describe('the gate monitor in a ja_JP spreadsheet', () => {
  it('emails in Japanese, logs to ゲートモニターログ, and reports its status in Japanese', () => {
    const { rt, plan, names } = planned();
    const status = rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor');
    if (!status.ok) throw new Error('monitor not on');
    expect(status.value.nextRun).toMatch(/^\d{4}-\d{2}-\d{2} 07:00〜08:00（Etc\/UTC）$/);
    const values = rt.values(plan.plan.name);
    const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
    const row = values.findIndex((r, i) => i > header && r[gateColumn('Metric')] === names[0]);
    const stopAt = Number(values[row][gateColumn('STOP at')]);
    rt.setCell(plan.plan.name, `${columnLetters(gateColumn('Actual'))}${row + 1}`, stopAt / 2);
    rt.setCell(
      plan.plan.name,
      `${columnLetters(gateColumn('Data as of'))}${row + 1}`,
      '2026-03-14',
    );
    rt.clock.set(at('2026-03-14'));
    rt.runTrigger('runGateMonitor');

    const [mail] = rt.mail();
    expect(mail.subject).toMatch(/^Partner Pilot ゲートモニター：STOP のゲート 1 件（/);
    expect(mail.body).toContain('2026年3月14日 (土) に');
    expect(mail.body).toContain('（STOP）：STOP のしきい値を超えました（実績 ');
    expect(mail.body).toContain('2026年3月23日 (月) のゲートレビューで取り上げてください。');
    expect(ownWords(`${mail.subject}\n${mail.body}`, names)).not.toMatch(/[A-Za-z]{2,}/);

    const log = rt.displayValues('ゲートモニターログ');
    expect(log[0]).toEqual(['日時', '計画', 'ゲート', '変化前', '変化後', '通知先', '備考']);
    expect(log[1][6]).toBe('実行：計画 1 件、ゲート 21 件、変化 21 件。送信したメール 1 通。');
    expect(log[2][6]).toBe('メール送信済み（STOP に変化）');
    for (const r of log.slice(1)) expect(ownWords(r[6], names)).not.toMatch(/[A-Za-z]{2,}/);
    expect(rt.sheetNames()).not.toContain('Gate monitor log');

    const off = rt.run<GateMonitorStatus>('turnOffGateMonitor');
    expect(off.logSheet).toBe('ゲートモニターログ');
  });

  it('reads a Japanese Invalid note in the gate table and emails its owner to fix the data', () => {
    const { rt, plan, names } = planned();
    rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor');
    const values = rt.values(plan.plan.name);
    const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
    const row = values.findIndex((r, i) => i > header && r[gateColumn('Metric')] === names[0]);
    rt.setCell(plan.plan.name, `${columnLetters(gateColumn('Actual'))}${row + 1}`, 1);
    rt.setCell(plan.plan.name, `${columnLetters(gateColumn('GO at'))}${row + 1}`, '');
    rt.setCell(
      plan.plan.name,
      `${columnLetters(gateColumn('Data as of'))}${row + 1}`,
      '2026-03-14',
    );
    // GATE_STATUS follows the spreadsheet's locale: its note is Japanese.
    const status = rt.displayValues(plan.plan.name)[row][gateColumn('Status')];
    expect(status).toMatch(/^【無効】.+：go_at が空欄です。/);
    rt.clock.set(at('2026-03-14'));
    rt.runTrigger('runGateMonitor');

    const [mail] = rt.mail();
    expect(mail.subject).toMatch(/データの修正が必要なゲート 1 件/);
    // The monitor judges the row itself, naming the metric (the plan's name for it).
    expect(mail.body).toContain(
      `データを修正するまで判定できません：${names[0]}：go_at が空欄です。go_at と stop_at は両方入れるか、両方空欄にしてください。`,
    );
  });
});
