/**
 * The daily gate monitor through the local runtime and the built dist/Code.js: a plan
 * written by the planner, actuals typed into its gate table day by day, the trigger
 * fired on each day, and the mail, log and triggers read back. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  type LocalRuntime,
  openSnapshot,
  openWorkbook,
  type SentMail,
} from '../../local/runtime/index';
import { type GATE_TABLE_HEADERS, gateColumn } from '../../src/domain/plan/gate-table';
import type { GateMonitorStatus } from '../../src/shared/monitor-types';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';

const SAMPLE = fileURLToPath(new URL('../../samples/partners.csv', import.meta.url));
const OWNERS: Record<string, string> = {
  sourcedRevenue: 'rev@example.com',
  cac: 'cac@example.com',
  coverageGap: 'cov@example.com',
  comarketingSpend: 'spend@example.com',
  enablementHours: 'hours@example.com',
  shareFloor: 'share@example.com',
  shareCeiling: 'share@example.com',
};
const ESCALATION = ['vp@example.com', 'cro@example.com'];
const LOG = 'Gate monitor log';

/** The sample partners, or `copies` of them under new names, in a sheet 'Partners'. */
function partnerRows(copies = 1): unknown[][] {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8')
    .trim()
    .split('\n')
    .map((line) => parseCsvLine(line));
  const out: unknown[][] = [header];
  for (let c = 0; c < copies; c++)
    for (const row of rows) out.push([c === 0 ? row[0] : `${row[0]} ${c + 1}`, ...row.slice(1)]);
  return out;
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function at(day: string): Date {
  return new Date(`${day}T07:30:00Z`);
}

function open(copies = 1, day = '2026-02-02'): LocalRuntime {
  return openWorkbook({ Partners: partnerRows(copies) }, { now: at(day) });
}

/**
 * Writes the default plan with the owners above. Without mid-wave check-ins unless
 * `checkIns`, so the day-by-day tests follow the gate reviews alone.
 */
function writePlan(
  rt: LocalRuntime,
  id?: string,
  checkIns = false,
  startDate?: string,
): WriteResult {
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no partner table detected');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: OWNERS[m.id] }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    schedule: { midCheckIn: checkIns, ...(startDate ? { startDate } : {}) },
    people: { escalation: ESCALATION },
    ...(id ? { record: { id } } : {}),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The sheet's metric names, by the metric ids the tests use. */
const ID_OF: Record<string, string> = {
  'Partner-sourced revenue': 'sourcedRevenue',
  CAC: 'cac',
  'Coverage gap filled': 'coverageGap',
  'Co-marketing spend': 'comarketingSpend',
  'Enablement hours': 'enablementHours',
};

/**
 * Where each gate's cells are: 'Pilot|cac' → the sheet row of that gate review,
 * 'Pilot|cac|check-in' → the row of its mid-wave check-in.
 */
function gateRows(rt: LocalRuntime, plan: WriteResult): Map<string, number> {
  const values = rt.values(plan.plan.name);
  // The gate table's header row (a superseded version's facts are no longer stored).
  const header = values.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
  const rows = new Map<string, number>();
  for (let r = header + 1; r < values.length && values[r][0] !== ''; r++) {
    const checkIn = values[r][gateColumn('Checkpoint')] === 'Mid-wave check-in' ? '|check-in' : '';
    const metric = ID_OF[String(values[r][gateColumn('Metric')])];
    rows.set(`${values[r][gateColumn('Wave name')]}|${metric}${checkIn}`, r + 1);
  }
  return rows;
}

const letter = (header: (typeof GATE_TABLE_HEADERS)[number]) => columnLetters(gateColumn(header));

/** Types an actual and its Data as of date into a gate, as a person would. */
function enter(
  rt: LocalRuntime,
  plan: WriteResult,
  gate: string,
  actual: 'stop' | 'go',
  asOf: string,
) {
  const row = gateRows(rt, plan).get(gate);
  if (!row) throw new Error(`no gate ${gate}`);
  const cells = rt.values(plan.plan.name)[row - 1];
  const goAt = Number(cells[gateColumn('GO at')]);
  const stopAt = Number(cells[gateColumn('STOP at')]);
  const higher = goAt > stopAt;
  const value =
    actual === 'go' ? (higher ? goAt * 1.2 : goAt * 0.8) : higher ? stopAt * 0.5 : stopAt * 1.5;
  rt.setCell(plan.plan.name, `${letter('Actual')}${row}`, value);
  rt.setCell(plan.plan.name, `${letter('Data as of')}${row}`, asOf);
}

/** A gate row's cells as the sheet displays them, by header. */
function shownCells(rt: LocalRuntime, plan: WriteResult, gate: string) {
  const row = gateRows(rt, plan).get(gate);
  if (!row) throw new Error(`no gate ${gate}`);
  const cells = rt.displayValues(plan.plan.name)[row - 1];
  return (header: Parameters<typeof gateColumn>[0]) => cells[gateColumn(header)];
}

/** Fires the daily trigger on `day` and returns the mail it sent, as 'to: subject'. */
function runOn(rt: LocalRuntime, day: string): SentMail[] {
  rt.clock.set(at(day));
  rt.clearMail();
  rt.runTrigger('runGateMonitor');
  return rt.mail();
}

const recipients = (mail: SentMail[]) => mail.map((m) => m.to).sort();

function logRows(rt: LocalRuntime): string[][] {
  return rt.displayValues(LOG).slice(1);
}

describe('the daily gate monitor', () => {
  it('emails exactly what changed, day by day: STOP, digest, reminder, pending review, escalation, STALE', () => {
    const rt = open();
    const plan = writePlan(rt);
    rt.run<GateMonitorStatus>('turnOnGateMonitor');
    // Wave 1 (Pilot) has its gate review on Mon 23 Mar 2026; wave 2 on Mon 4 May.
    expect(runOn(rt, '2026-03-12')).toEqual([]);

    enter(rt, plan, 'Pilot|sourcedRevenue', 'stop', '2026-03-14');
    enter(rt, plan, 'Expand|sourcedRevenue', 'stop', '2026-03-14');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-14');
    enter(rt, plan, 'Pilot|comarketingSpend', 'go', '2026-03-14');
    const day1 = runOn(rt, '2026-03-14');
    expect(recipients(day1)).toEqual(['cac@example.com', 'rev@example.com']);
    const rev = day1.find((m) => m.to === 'rev@example.com');
    expect(rev?.subject).toMatch(/^Partner Pilot gate monitor: 2 gates at STOP \(/);
    expect(rev?.body).toContain('Pilot, Partner-sourced revenue (PENDING -> STOP)');
    expect(rev?.body).toContain('Expand, Partner-sourced revenue (PENDING -> STOP)');
    expect(rev?.body).toContain('#gid=');
    // The owner reads the numbers as the sheet shows them.
    const shown = shownCells(rt, plan, 'Pilot|cac');
    expect(day1.find((m) => m.to === 'cac@example.com')?.body).toContain(
      `Pilot, CAC (PENDING -> STOP): crossed its STOP threshold (actual ${shown('Actual')}; STOP at ${shown('STOP at')}, GO at ${shown('GO at')})`,
    );

    // Same day again, and the next day: nothing changed, nothing sent.
    expect(runOn(rt, '2026-03-14')).toEqual([]);
    expect(runOn(rt, '2026-03-15')).toEqual([]);

    // Two days before the Pilot review: every Pilot metric owner is reminded, once.
    const reminders = runOn(rt, '2026-03-21');
    expect(recipients(reminders)).toEqual([...new Set(Object.values(OWNERS))].sort());
    expect(reminders.every((m) => /1 review reminder/.test(m.subject))).toBe(true);
    expect(reminders[0].body).toContain('Partner-sourced revenue: STOP; CAC: STOP');
    expect(runOn(rt, '2026-03-22')).toEqual([]);

    // Review day: the Pilot gates with no actual (coverage, hours and the partner share's
    // two rows, which wait for direct revenue) are still PENDING.
    const reviewDay = runOn(rt, '2026-03-23');
    expect(recipients(reviewDay)).toEqual([
      'cov@example.com',
      'hours@example.com',
      'share@example.com',
    ]);
    expect(reviewDay[0].subject).toContain('still PENDING at review');

    // The day after: both Pilot STOPs outlived the review; the first on the path hears, once.
    const escalation = runOn(rt, '2026-03-24');
    expect(recipients(escalation)).toEqual(['vp@example.com']);
    expect(escalation[0].subject).toContain('2 escalations');
    expect(runOn(rt, '2026-03-25')).toEqual([]);

    // Spend's data (as of 14 Mar) passes the 14-day limit on 29 Mar: STALE.
    expect(runOn(rt, '2026-03-28')).toEqual([]);
    const stale = runOn(rt, '2026-03-29');
    expect(recipients(stale)).toEqual(['spend@example.com']);
    expect(stale[0].subject).toContain('1 gate STALE');
    const spend = shownCells(rt, plan, 'Pilot|comarketingSpend');
    expect(stale[0].body).toContain(`its data (as of ${spend('Data as of')}) is older than`);

    // A week after the first escalation, the next person on the path.
    const second = runOn(rt, '2026-03-31');
    expect(recipients(second)).toEqual(['cro@example.com']);

    // Every run and every email is in the log sheet.
    const log = logRows(rt);
    expect(log.filter((r) => r[6].startsWith('Run:'))).toHaveLength(12);
    expect(log.filter((r) => r[6].startsWith('Emailed'))).toHaveLength(
      [day1, reminders, reviewDay, escalation, stale, second]
        .flat()
        .reduce((n, m) => n + (m.body.match(/^- /gm)?.length ?? 0), 0),
    );
  });

  it('turning on twice leaves one daily trigger; turning off removes it', () => {
    const rt = open();
    const first = rt.run<Result<GateMonitorStatus>>('turnOnGateMonitor');
    rt.run('turnOnGateMonitor');
    rt.runMenuItem('turnOnGateMonitor');
    expect(rt.triggers()).toHaveLength(1);
    expect(rt.triggers()[0]).toMatchObject({
      handlerFunction: 'runGateMonitor',
      eventType: 'CLOCK',
      everyDays: 1,
      atHour: 7,
    });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.value).toMatchObject({ on: true, lastRun: null, reminderDays: 2 });
    expect(first.value.nextRun).toBe('2026-02-03 between 07:00 and 08:00 (Etc/UTC)');
    const off = rt.run<GateMonitorStatus>('turnOffGateMonitor');
    expect(off).toMatchObject({ on: false, nextRun: null });
    expect(rt.triggers()).toEqual([]);
  });

  it('the menu offers both items, and they work from the menu', () => {
    const rt = open();
    const menu = rt.open().map((m) => m.functionName);
    expect(menu).toEqual(expect.arrayContaining(['turnOnGateMonitor', 'turnOffGateMonitor']));
    rt.runMenuItem('turnOnGateMonitor');
    expect(rt.triggers()).toHaveLength(1);
    rt.runMenuItem('turnOffGateMonitor');
    expect(rt.triggers()).toHaveLength(0);
  });

  it('removes its own trigger when the add-on can no longer run', () => {
    const rt = open();
    rt.run('turnOnGateMonitor');
    rt.setAuthorizationRequired(true);
    rt.runTrigger('runGateMonitor');
    expect(rt.triggers()).toEqual([]);
    expect(rt.mail()).toEqual([]);
  });

  it('logs what a short quota could not send, warns in the status, and sends it next run', () => {
    const rt = open();
    const plan = writePlan(rt);
    rt.run('turnOnGateMonitor');
    enter(rt, plan, 'Pilot|sourcedRevenue', 'stop', '2026-03-02');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-02');
    rt.setMailQuota(1);
    const sent = runOn(rt, '2026-03-02');
    expect(sent).toHaveLength(1);
    const notSent = logRows(rt).filter((r) => r[6].startsWith('Not sent: daily mail quota'));
    expect(notSent).toHaveLength(1);
    const missing = notSent[0][5];
    expect([sent[0].to, missing].sort()).toEqual(['cac@example.com', 'rev@example.com']);
    const status = rt.run<GateMonitorStatus>('getGateMonitorStatus');
    expect(status.heldNotifications).toBe(1);
    expect(status.warning).toContain('could not be emailed');

    rt.setMailQuota(100);
    const next = runOn(rt, '2026-03-03');
    expect(next.map((m) => m.to)).toEqual([missing]);
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toBeNull();
  });

  it('sends nothing at all when the quota is used up, and loses nothing', () => {
    const rt = open();
    const plan = writePlan(rt);
    rt.run('turnOnGateMonitor');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-02');
    rt.setMailQuota(0);
    expect(runOn(rt, '2026-03-02')).toEqual([]);
    rt.setMailQuota(100);
    expect(recipients(runOn(rt, '2026-03-03'))).toEqual(['cac@example.com']);
  });

  it('does not monitor a superseded plan', () => {
    const rt = open();
    const v1 = writePlan(rt, 'B0400');
    const v2 = writePlan(rt, 'B0400');
    expect(v2.version).toBe(2);
    rt.run('turnOnGateMonitor');
    enter(rt, v1, 'Pilot|cac', 'stop', '2026-03-02');
    expect(runOn(rt, '2026-03-02')).toEqual([]);
    enter(rt, v2, 'Pilot|cac', 'stop', '2026-03-03');
    const mail = runOn(rt, '2026-03-03');
    expect(recipients(mail)).toEqual(['cac@example.com']);
    expect(mail[0].body).toContain('B0400 v2');
    expect(mail[0].body).not.toContain('B0400 v1');
  });

  it('judges the mid-wave check-in on its own cells against pro-rated thresholds', () => {
    const rt = open();
    const plan = writePlan(rt, undefined, true);
    rt.run('turnOnGateMonitor');
    const checkIn = gateRows(rt, plan).get('Pilot|sourcedRevenue|check-in') as number;
    const review = gateRows(rt, plan).get('Pilot|sourcedRevenue') as number;
    const values = rt.values(plan.plan.name);
    const stopAt = Number(values[checkIn - 1][gateColumn('STOP at')]);
    const wholeStop = Number(values[review - 1][gateColumn('STOP at')]);
    // Six-week waves: the check-in falls on day 21 of 42, so cumulative thresholds halve.
    expect(stopAt).toBe(Math.round(wholeStop / 2));
    enter(rt, plan, 'Pilot|sourcedRevenue|check-in', 'stop', '2026-02-20');
    const mail = runOn(rt, '2026-02-20');
    expect(recipients(mail)).toEqual(['rev@example.com']);
    expect(mail[0].body).toContain(
      'Pilot, Partner-sourced revenue (mid-wave check-in) (STOP): crossed its STOP threshold',
    );
    expect(rt.values(plan.plan.name)[review - 1][gateColumn('Status')]).toBe('PENDING');
  });

  it('follows the live version after re-planning, with the actuals carried and nobody told twice', () => {
    const rt = open();
    const v1 = writePlan(rt, 'B0410');
    rt.run('turnOnGateMonitor');
    enter(rt, v1, 'Pilot|cac', 'stop', '2026-03-02');
    expect(recipients(runOn(rt, '2026-03-02'))).toEqual(['cac@example.com']);
    // v2 keeps v1's schedule: the Pilot that began on 2026-02-09 is the one measured.
    const v2 = writePlan(rt, 'B0410', false, '2026-02-09');
    expect(v2.carried).toEqual({ rows: 1, notCarried: [] });
    const carried = shownCells(rt, v2, 'Pilot|cac');
    expect(carried('Actual')).toBe(shownCells(rt, v1, 'Pilot|cac')('Actual'));
    expect(carried('Data as of')).toBe(shownCells(rt, v1, 'Pilot|cac')('Data as of'));
    // v2 carries the STOP on: the monitor already told the owner, so nothing is sent again.
    expect(runOn(rt, '2026-03-03')).toEqual([]);
    // A change typed into v1 now goes unwatched; one typed into v2 is heard.
    enter(rt, v2, 'Pilot|comarketingSpend', 'stop', '2026-03-04');
    expect(recipients(runOn(rt, '2026-03-04'))).toEqual(['spend@example.com']);
  });

  it('logs an owner given as a role instead of an email address, with what to change', () => {
    const rt = open();
    const ctx = rt.run<PlannerContext>('getPlannerContext');
    rt.run('writePlan', { source: ctx.defaults?.source, schedule: { midCheckIn: false } });
    rt.run('turnOnGateMonitor');
    const plan = rt.sheetNames().find((n) => n.startsWith('Pilot plan')) ?? '';
    const facts = JSON.parse(
      Object.values(rt.documentProperties()).find((v) => v.includes('gateTable')) ?? '{}',
    );
    const row = Number(/\d+/.exec(facts.gateTable)?.[0]) + 2; // Pilot CAC
    rt.setCell(plan, `${letter('Actual')}${row}`, 1e9);
    expect(runOn(rt, '2026-03-02')).toEqual([]);
    const rows = logRows(rt).filter((r) => r[6].includes('is not an email address'));
    expect(rows).toHaveLength(1);
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').warning).toContain('no email address');
  });

  it('never changes a cell, format or rule outside its own log and history sheets', () => {
    const rt = open();
    const plan = writePlan(rt);
    rt.run('turnOnGateMonitor');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-02');
    const own = (s: { name: string }) => s.name !== LOG && s.name !== 'Gate history';
    const sheetsBefore = rt.snapshot().sheets.filter(own);
    runOn(rt, '2026-03-02');
    runOn(rt, '2026-03-21');
    const after = rt.snapshot().sheets;
    expect(after.filter(own)).toEqual(sheetsBefore);
    expect(after.map((s) => s.name)).toContain(LOG);
    expect(rt.values('Gate history').length).toBeGreaterThan(1);
  });

  it('writes log text from the plan as text, never as a formula', () => {
    const rt = open();
    const plan = writePlan(rt);
    rt.run('turnOnGateMonitor');
    const row = gateRows(rt, plan).get('Pilot|cac');
    rt.setCell(plan.plan.name, `${letter('Owner')}${row}`, '\'=HYPERLINK("http://x","y")');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-02');
    runOn(rt, '2026-03-02');
    expect(rt.formulas(LOG).flat().filter(Boolean)).toEqual([]);
    const owner = rt.values(plan.plan.name)[(row ?? 0) - 1][gateColumn('Owner')];
    expect(String(owner)).toContain('=HYPERLINK');
    expect(logRows(rt).filter((r) => r[5] === owner)).toHaveLength(1);
  });
});

describe('the daily run’s spreadsheet service calls', () => {
  const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

  function spreadsheetCalls(rt: LocalRuntime): number {
    return Object.entries(rt.lastServiceCalls())
      .filter(([name]) => SPREADSHEET.test(name))
      .reduce((sum, [, n]) => sum + n, 0);
  }

  function callsFor(copies: number, plans: number): number {
    const rt = open(copies);
    for (let p = 0; p < plans; p++) writePlan(rt, `B0${500 + p}`);
    rt.run('turnOnGateMonitor');
    runOn(rt, '2026-03-02'); // creates the log sheet
    runOn(rt, '2026-03-03');
    return spreadsheetCalls(rt);
  }

  it('do not grow with the number of partners', () => {
    expect(callsFor(10, 1)).toBe(callsFor(1, 1));
  });

  it('grow by the same constant for each plan', () => {
    const [one, two, three] = [1, 2, 3].map((plans) => callsFor(1, plans));
    expect(two - one).toBe(three - two);
    expect(two - one).toBeLessThanOrEqual(4);
  });
});

describe('what the monitor keeps in document properties, read back', () => {
  /** A plan at STOP on CAC, told once; then its properties changed by `tamper` and reopened. */
  function reopened(tamper: (props: Record<string, string>, plan: WriteResult) => void) {
    const rt = open();
    const plan = writePlan(rt);
    rt.run('turnOnGateMonitor');
    enter(rt, plan, 'Pilot|cac', 'stop', '2026-03-14');
    expect(recipients(runOn(rt, '2026-03-14'))).toEqual(['cac@example.com']);
    const snapshot = rt.snapshot();
    tamper(snapshot.documentProperties, plan);
    const again = openSnapshot(snapshot, { now: at('2026-03-15') });
    again.run('turnOnGateMonitor');
    return again;
  }
  // The memory is compact text in one or more values; this small plan's fits the first.
  const memoryKey = (_plan: WriteResult) => 'gateMonitor.memory.0';
  const factsKey = (plan: WriteResult) => `partnerPilot.plan.${plan.id}.v${plan.version}`;
  const notes = (rt: LocalRuntime) => logRows(rt).map((r) => r[6]);

  it('upgrades values an older version stored: missing fields take their defaults', () => {
    const rt = reopened((props, plan) => {
      const facts = JSON.parse(props[factsKey(plan)]);
      delete facts.staleAfterDays;
      delete facts.decisionMaker;
      props[factsKey(plan)] = JSON.stringify(facts);
      const memory = JSON.parse(props[memoryKey(plan)]);
      delete memory.h;
      delete memory.r;
      props[memoryKey(plan)] = JSON.stringify(memory);
      const run = JSON.parse(props['gateMonitor.run']);
      props['gateMonitor.run'] = JSON.stringify({
        lastRunMs: null,
        memoryChunks: run.memoryChunks,
      });
    });
    // The STOP was remembered: nobody is told again, and nothing is reported.
    expect(runOn(rt, '2026-03-15')).toEqual([]);
    expect(notes(rt).filter((n) => n.includes('could not be read'))).toEqual([]);
    expect(rt.run<GateMonitorStatus>('getGateMonitorStatus').reminderDays).toBe(2);
  });

  it('logs a damaged memory and starts it afresh instead of stopping every run', () => {
    const rt = reopened((props, plan) => {
      props[memoryKey(plan)] = '{"gates": {"x": ';
    });
    // Without its memory the STOP is news again: told once more, as the log says it may be.
    expect(recipients(runOn(rt, '2026-03-15'))).toEqual(['cac@example.com']);
    expect(notes(rt)).toContainEqual(
      expect.stringMatching(/monitor's memory could not be read \(it is not valid JSON/),
    );
    expect(recipients(runOn(rt, '2026-03-16'))).toEqual([]);
  });

  it('does not monitor a plan whose stored facts have the wrong types, and says why', () => {
    const rt = reopened((props, plan) => {
      props[factsKey(plan)] = JSON.stringify({
        ...JSON.parse(props[factsKey(plan)]),
        gateTable: 42,
      });
    });
    expect(runOn(rt, '2026-03-15')).toEqual([]);
    expect(notes(rt)).toContainEqual(
      expect.stringContaining(
        'Not monitored: the facts the planner stored for B0373 v1 could not be read (gateTable: ',
      ),
    );
  });
});
