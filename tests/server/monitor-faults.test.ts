/**
 * The daily run under a fault at every service call it makes, one at a time, followed by
 * normal runs: every notification is emailed exactly once, as in a run without faults,
 * and no stray sheet is left. Then the run's edge cases: a log past the sheet's 1,000
 * rows, addresses MailApp refuses, the trigger's hour and zone, a big plan's memory.
 */
import { describe, expect, it } from 'vitest';
import { type LocalRuntime, openCsv, type SentMail } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const OWNERS: Record<string, string> = {
  sourcedRevenue: 'rev@example.com',
  cac: 'cac@example.com',
  coverageGap: 'cov@example.com',
  comarketingSpend: 'spend@example.com',
  enablementHours: 'dana@example..com',
  shareFloor: 'share@example.com',
  shareCeiling: 'share@example.com',
};

const at = (day: string) => new Date(`${day}T07:30:00Z`);

/** A plan whose gates all sit at STOP on 2026-03-02, with one owner MailApp refuses. */
/** The column letter of a gate table header. */
const letter = (h: Parameters<typeof gateColumn>[0]) => String.fromCharCode(65 + gateColumn(h));

function scenario(options: { withLog?: boolean } = {}): LocalRuntime {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02') });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: OWNERS[m.id] }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    people: { escalation: ['vp@example.com'] },
    // Gate reviews only, as this test's days and counts assume.
    schedule: { midCheckIn: false },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  rt.run('turnOnGateMonitor');
  if (options.withLog) run(rt, '2026-02-03');
  const plan = result.value.plan.name;
  const values = rt.values(plan);
  const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
  for (let r = header + 1; r < header + 6; r++) {
    const goAt = Number(values[r][gateColumn('GO at')]);
    const stopAt = Number(values[r][gateColumn('STOP at')]);
    rt.setCell(plan, `${letter('Actual')}${r + 1}`, goAt > stopAt ? stopAt / 2 : stopAt * 2);
    rt.setCell(plan, `${letter('Data as of')}${r + 1}`, '2026-03-01');
  }
  return rt;
}

function run(rt: LocalRuntime, day: string): void {
  rt.clock.set(at(day));
  try {
    rt.runTrigger('runGateMonitor');
  } catch {
    // A faulted run; the next one picks up.
  }
}

/** Every notification line emailed, with its recipient, in order. */
function told(mail: SentMail[]): string[] {
  return mail
    .flatMap((m) =>
      m.body
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => `${m.to} ${l}`),
    )
    .sort();
}

const DAYS = ['2026-03-02', '2026-03-02', '2026-03-03'];

describe('the daily run with a fault at each service call in turn', () => {
  for (const withLog of [false, true]) {
    it(`emails every notification exactly once (${withLog ? 'log sheet already there' : 'first run creates the log'})`, () => {
      const clean = scenario({ withLog });
      clean.clearMail();
      run(clean, DAYS[0]);
      const calls = clean.lastServiceCalls();
      for (const day of DAYS.slice(1)) run(clean, day);
      const expected = told(clean.mail());
      expect(expected.length).toBeGreaterThan(3);
      let faults = 0;
      for (const [method, count] of Object.entries(calls)) {
        for (let n = 1; n <= count; n++) {
          const rt = scenario({ withLog });
          rt.clearMail();
          rt.failOn(method, n);
          for (const day of DAYS) run(rt, day);
          faults++;
          expect(told(rt.mail()), `${method} #${n}`).toEqual(expected);
          expect(rt.sheetNames(), `${method} #${n}`).toEqual(clean.sheetNames());
          const status = rt.run<GateMonitorStatus>('getGateMonitorStatus');
          expect(status.heldNotifications, `${method} #${n}`).toBe(0);
        }
      }
      expect(faults).toBeGreaterThan(30);
    }, 300_000);
  }
});

describe('the daily run, edge cases', () => {
  it('reports an address MailApp refuses once, in the log and the status, and never retries it', () => {
    const rt = scenario();
    rt.clearMail();
    run(rt, '2026-03-02');
    const status = rt.run<GateMonitorStatus>('getGateMonitorStatus');
    expect(status.undeliverable).toBe(1);
    expect(status.heldNotifications).toBe(0);
    expect(status.warning).toContain('MailApp refused');
    const refused = rt
      .displayValues('Gate monitor log')
      .filter((r) => r[6].includes('Invalid email: dana@example..com'));
    expect(refused).toHaveLength(1);
    run(rt, '2026-03-03');
    expect(
      rt.displayValues('Gate monitor log').filter((r) => r[6].includes('Invalid email')),
    ).toHaveLength(1);
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').undeliverable).toBe(0);
  });

  it('appends past the sheet’s 1,000 rows: a 1,200-row log', () => {
    const rt = scenario({ withLog: true });
    const rows = rt.values('Gate monitor log').length;
    // Fill the log to 1,200 rows as a long-running monitor would.
    for (let r = rows + 1; r <= 1200; r++) rt.setCell('Gate monitor log', `G${r}`, `old run ${r}`);
    expect(rt.sheetMeta('Gate monitor log')).toBeDefined();
    run(rt, '2026-03-02');
    expect(rt.executions().at(-1)?.error).toBeUndefined();
    const log = rt.values('Gate monitor log');
    expect(log.length).toBeGreaterThan(1200);
    expect(String(log[1200][6])).toMatch(/^Run: /);
  });

  it('creates the trigger at 7:00 in the spreadsheet’s time zone and shows the next run in it', () => {
    const rt = openCsv(SAMPLE, {
      sheetName: 'Partners',
      now: at('2026-02-02'),
      timeZone: 'America/Chicago',
    });
    const on = rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor', 3);
    if (!on.ok) throw new Error('not on');
    expect(rt.triggers()[0]).toMatchObject({ atHour: 7, timeZone: 'America/Chicago' });
    // 07:30 UTC is 01:30 in Chicago: today's run is still to come.
    expect(on.value.nextRun).toBe('2026-02-02 between 07:00 and 08:00 (America/Chicago)');
    expect(on.value.reminderDays).toBe(3);
    const id = Object.entries(rt.userProperties()).find(([k]) =>
      k.startsWith('gateMonitor.trigger:'),
    );
    expect(id?.[1]).toBe(rt.triggers()[0].uniqueId);
  });

  it('answers a field error for reminder days outside 0–14 or not whole, and changes nothing', () => {
    const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02') });
    for (const bad of [15, -1, 1.5, '3', [2]]) {
      const answer = rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor', bad);
      expect(answer.ok, String(bad)).toBe(false);
      if (!answer.ok) expect(answer.errors[0].field).toBe('reminderDays');
    }
    expect(rt.triggers()).toEqual([]);
  });

  it("says so in the spreadsheet's language", () => {
    const at2 = at('2026-02-02');
    const en = openCsv(SAMPLE, { sheetName: 'Partners', now: at2 });
    const ja = openCsv(SAMPLE, { sheetName: 'Partners', now: at2, locale: 'ja_JP' });
    const message = (rt: typeof en) => {
      const answer = rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor', 15);
      return answer.ok ? '' : answer.errors[0].message;
    };
    expect(message(en)).toBe('Reminder days must be a whole number from 0 to 14, not 15.');
    expect(message(ja)).toBe('リマインドの日数は 0〜14 の整数にしてください（入力：15）。');
  });
});
