/**
 * The gate monitor and the plan sheet agree on a hand-typed "Stale after (days)" cell, run
 * by run, through the built dist/Code.js: GO on the sheet is never emailed as STALE, and a
 * cell the sheet shows as Invalid is emailed as data to fix.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, openCsv } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const at = (day: string) => new Date(`${day}T07:30:00Z`);

/** Pilot CAC at GO with data 19 days old on 2026-02-20, its staleness limit typed as `cell`. */
function monitored(cell: unknown) {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at('2026-02-02') });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: `${m.id}@example.com` }));
  const written = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    schedule: { midCheckIn: false },
  });
  if (!written.ok) throw new Error(JSON.stringify(written.errors));
  const sheet = written.value.plan.name;
  rt.run('turnOnGateMonitor');
  const row =
    rt.values(sheet).findIndex((r) => r[0] === 1 && r[gateColumn('Metric')] === 'CAC') + 1;
  const cellOf = (h: Parameters<typeof gateColumn>[0]) => `${columnLetters(gateColumn(h))}${row}`;
  rt.clock.set(at('2026-02-20'));
  rt.setCell(sheet, cellOf('Actual'), 5000);
  rt.setCell(sheet, cellOf('Data as of'), '2026-02-01');
  rt.setCell(sheet, cellOf('Stale after (days)'), cell);
  rt.clearMail();
  rt.runTrigger('runGateMonitor');
  return {
    sheet: rt.displayValues(sheet)[row - 1][gateColumn('Status')],
    mail: rt.mail().map((m) => m.subject.replace(/ \(.*$/, '')),
  };
}

describe('a hand-typed "Stale after (days)"', () => {
  it.each(['30 days', '4 weeks', '30d', '30日'])(
    'of %s is GO on the sheet and emails nobody',
    (cell) => {
      expect(monitored(cell)).toEqual({ sheet: 'GO', mail: [] });
    },
  );

  it.each(['1 month', 'never', -3])(
    'of %s is Invalid on the sheet and emailed as data to fix',
    (cell) => {
      const { sheet, mail } = monitored(cell);
      expect(sheet).toMatch(/^Invalid max_age_days: /);
      expect(mail).toEqual(['Partner Pilot gate monitor: 1 gate with data to fix']);
    },
  );
});
