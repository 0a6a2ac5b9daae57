/**
 * The monitor reads a gate with the value reader and the GATE_STATUS rules (issue 16,
 * rule 11): a future or missing Data-as-of is reported like STALE, an Invalid row goes to
 * its owner to fix, and a German actual is read in the spreadsheet's locale.
 */
import { describe, expect, it } from 'vitest';
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
