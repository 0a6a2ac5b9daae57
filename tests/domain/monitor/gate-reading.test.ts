/**
 * The monitor reads a gate with the value reader and the GATE_STATUS rules (issue 16,
 * rule 11): a future or missing Data-as-of is reported like STALE, an Invalid row goes to
 * its owner to fix, and a German actual is read in the spreadsheet's locale.
 */
import { describe, expect, it } from 'vitest';
import { gateStatus } from '../../../src/domain/gating/gate-status';
import { judgeGate } from '../../../src/domain/gating/judge-gate';
import { monitoredStatus } from '../../../src/domain/monitor/gate-reading';
import { decide, emptyMemory } from '../../../src/domain/monitor/rules';
import type { MonitoredPlan } from '../../../src/domain/monitor/types';
import { sheetIn } from '../../support/sheet-settings';
import { plan } from './fixtures';

const TODAY = '2026-11-27';
const judged = (actual: unknown, asOf: unknown, locale = 'en_US') =>
  monitoredStatus(
    judgeGate(
      [{ name: 'Revenue', actual, goAt: 90_000, stopAt: 50_000 }],
      asOf,
      14,
      TODAY,
      sheetIn(locale),
    ),
  );

describe('a gate as the monitor sees it', () => {
  it('is STALE with a Data-as-of after today, or with an actual and none', () => {
    expect(judged(95_000, '2062-11-20')).toEqual({ status: 'STALE', staleness: 'future' });
    expect(judged(95_000, '')).toEqual({ status: 'STALE', staleness: 'missing' });
    expect(judged(95_000, '2026-10-01')).toEqual({ status: 'STALE', staleness: 'old' });
    expect(judged(95_000, '2026-11-20')).toEqual({ status: 'GO' });
  });

  it('keeps STOP above any staleness, and PENDING without an actual', () => {
    expect(judged(40_000, '2062-11-20')).toEqual({ status: 'STOP' });
    expect(judged('', '')).toEqual({ status: 'PENDING' });
  });

  it('reads a text actual in the spreadsheet locale: 95.000 is GO in de_DE, ambiguous in en_US', () => {
    expect(judged('95.000', '20.11.2026', 'de_DE')).toEqual({ status: 'GO' });
    expect(judged('95,000', '2026-11-20', 'en_US')).toEqual({ status: 'GO' });
    expect(judged('95,5', '20.11.2026', 'de_DE')).toEqual({ status: 'STOP' });
    expect(judged('95.000', '2026-11-20', 'en_US').status).toBe(
      'Invalid Revenue: actual "95.000" is ambiguous: 95000 or 95? Some locales write "." as the decimal mark, others between thousands; type 95000 or 95',
    );
  });

  it('keeps an Invalid note', () => {
    expect(judged('abc', '2026-11-20').status).toBe(
      'Invalid Revenue: actual "abc" is not a number',
    );
  });
});

describe('the "Stale after (days)" cell, read as GATE_STATUS reads it', () => {
  // Data 19 days old: fresh under a 30- or 28-day limit, stale under 14 days.
  const row = (staleAfter: unknown) => {
    const cells = { actual: 5000, goAt: 5500, stopAt: 6500, asOf: '2026-11-08' };
    // Two rows, as in a plan's gate table, so each row's own cell is read.
    const sheet = gateStatus(
      {
        actuals: [[cells.actual], [cells.actual]],
        goAt: [[cells.goAt], [cells.goAt]],
        stopAt: [[cells.stopAt], [cells.stopAt]],
        asOf: [[cells.asOf], [cells.asOf]],
        maxAgeDays: [[staleAfter], [30]],
      },
      { ...sheetIn('en_US'), today: TODAY },
    )[0][0];
    const metric = { name: 'CAC', actual: cells.actual, goAt: cells.goAt, stopAt: cells.stopAt };
    const monitor = monitoredStatus(
      judgeGate([metric], cells.asOf, staleAfter, TODAY, sheetIn('en_US')),
    );
    return { sheet, monitor: monitor.status };
  };

  it('agrees with the sheet on every spelling of days and weeks', () => {
    for (const cell of ['30 days', '4 weeks', '30d', '30日', 30, ' 30 '])
      expect(row(cell), String(cell)).toEqual({ sheet: 'GO', monitor: 'GO' });
    for (const cell of ['2 weeks', 14, ''])
      expect(row(cell), String(cell)).toEqual({ sheet: 'STALE', monitor: 'STALE' });
  });

  it('shows a cell the sheet calls Invalid as Invalid, so its owner is told to fix the data', () => {
    expect(row('1 month').monitor).toBe(
      'Invalid max_age_days: "1 month" has a unit that is not days or weeks. Give the number of days after which data is stale (0 or more), or leave it blank for 14',
    );
    for (const cell of ['1 month', 'never', -3]) {
      const { sheet, monitor } = row(cell);
      expect(monitor, String(cell)).toBe(sheet);
      const day = decide([withStatus(monitor)], emptyMemory(), TODAY);
      expect(
        day.notifications.map((n) => n.kind),
        String(cell),
      ).toEqual(['invalid']);
    }
  });
});

const withStatus = (status: string): MonitoredPlan => {
  const p = plan({ revenue: 'GO', cac: 'GO' });
  p.gates[0] = { ...p.gates[0], status };
  p.gates.length = 1;
  return p;
};

describe('what the monitor tells', () => {
  const withGate = (status: string, staleness?: 'missing' | 'future'): MonitoredPlan => {
    const p = plan({ revenue: 'GO', cac: 'GO' });
    p.gates[0] = {
      ...p.gates[0],
      status,
      staleness,
      shown: { actual: '95000', goAt: '', stopAt: '', asOf: '20/11/2062' },
    };
    return p;
  };

  it('tells the owner of a row turned Invalid to fix the data, once', () => {
    const day1 = decide([withGate('GO')], emptyMemory(), '2026-02-10');
    const day2 = decide(
      [withGate('Invalid Revenue: actual "abc" is not a number')],
      day1.memory,
      '2026-02-11',
    );
    expect(day2.notifications).toHaveLength(1);
    expect(day2.notifications[0]).toMatchObject({ kind: 'invalid', recipient: 'ana@example.com' });
    expect(day2.notifications[0].detail).toBe(
      'cannot be judged until its data is fixed: Revenue: actual "abc" is not a number. Fix the data in the plan sheet.',
    );
    const day3 = decide(
      [withGate('Invalid Revenue: actual "abc" is not a number')],
      day2.memory,
      '2026-02-12',
    );
    expect(day3.notifications).toEqual([]);
  });

  it('says why a gate is STALE: no Data-as-of, or one after today', () => {
    const missing = decide([withGate('STALE', 'missing')], emptyMemory(), '2026-02-10');
    expect(missing.notifications[0].detail).toMatch(/^has an actual but no Data as of date/);
    const future = decide([withGate('STALE', 'future')], emptyMemory(), '2026-02-10');
    expect(future.notifications[0].detail).toMatch(
      /^its Data as of date \(20\/11\/2062\) is after today/,
    );
  });
});
