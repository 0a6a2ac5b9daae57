/**
 * Issue 16, "Cell values as people type them, in the spreadsheet's locale": every example
 * of the issue with its right value, in the locale it names, through the formulas' own
 * domain functions and the value reader they share.
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, gateStatus } from '../../../src/domain/gating/gate-status';
import { formulaLayout } from '../../../src/domain/scoring/formula-layout';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { parseWeights } from '../../../src/domain/scoring/weights';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';
import { scorePartners } from '../scoring/support/score-records';

const readIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, SIGNED);
const valueIn = (locale: string, cell: unknown) => {
  const read = readIn(locale, cell);
  return read.kind === 'number' ? read.value : read;
};
const calendarIn = (locale: string, timeZone = 'Etc/UTC'): Calendar => ({
  ...sheetIn(locale, timeZone),
  today: '2026-11-27',
});
const gate = (locale: string, ...args: unknown[]) =>
  gateStatus(
    {
      actuals: args[0],
      goAt: args[1],
      stopAt: args[2],
      asOf: args[3],
      maxAgeDays: args[4],
      today: args[5],
    },
    calendarIn(locale),
  ).map((r) => r[0]);
const scoreColumn = (locale: string, table: unknown[][]) =>
  partnerScore(table, undefined, undefined, sheetIn(locale)).map((r) => r[0]);

describe('a German-locale spreadsheet', () => {
  it('reads €20.000 as 20000 and 6,125 as 6.125', () => {
    expect(valueIn('de_DE', '€20.000')).toBe(20_000);
    expect(valueIn('de_DE', '6,125')).toBe(6.125);
  });

  it('GATE_STATUS("95.000"; 90000; 50000) is GO', () => {
    expect(gate('de_DE', '95.000', 90_000, 50_000)).toEqual(['GO']);
  });
});

describe('an amount whose only mark is the decimal one before three digits is ambiguous', () => {
  it('€4.300 in en_US: 4300 or 4.3?', () => {
    expect(readIn('en_US', '€4.300')).toMatchObject({
      kind: 'invalid',
      problem: 'ambiguous',
      why: expect.stringContaining('is ambiguous: 4300 or 4.3?'),
    });
  });

  it('$1,500 in de_DE: 1500 or 1,5?', () => {
    expect(readIn('de_DE', '$1,500')).toMatchObject({
      problem: 'ambiguous',
      why: expect.stringContaining('is ambiguous: 1500 or 1,5?'),
    });
  });

  it('the partner with CAC €4.300 is not ranked best: it is refused', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '€4.300'],
      ['B', 6, '€5,100'],
      ['C', 5, 6000],
    ];
    expect(scoreColumn('en_US', table)[1]).toMatch(
      /^Invalid CAC: "€4\.300" is ambiguous: 4300 or 4\.3\?/,
    );
  });

  it('is not ambiguous with two decimals, a magnitude, a leading 0, or in the other locale', () => {
    expect(valueIn('en_US', '€4.30')).toBe(4.3);
    expect(valueIn('en_US', '$0.750M')).toBe(750_000);
    expect(valueIn('en_US', '$0.300')).toBe(0.3);
    expect(valueIn('de_DE', '€4.300')).toBe(4300);
    expect(valueIn('en_US', '4.300')).toBe(4.3);
  });
});

describe('dates: a future as_of and a blank one', () => {
  it('GATE_STATUS(95000, 90000, 50000, "2062-11-20", , "2026-11-27") is Invalid, not GO', () => {
    expect(gate('en_US', 95_000, 90_000, 50_000, '2062-11-20', undefined, '2026-11-27')).toEqual([
      'Invalid as_of: 2062-11-20 is after today (2026-11-27)',
    ]);
  });

  it('a row with an actual but a blank as_of of its own is STALE; one blank for all is not checked', () => {
    const actuals = [[95_000], [''], [40_000]];
    expect(gate('en_US', actuals, 90_000, 50_000, [[''], [''], ['']])).toEqual([
      'STALE',
      '',
      'STOP',
    ]);
    expect(gate('en_US', actuals, 90_000, 50_000, '')).toEqual(['GO', '', 'STOP']);
  });

  it('in Pacific/Auckland a date cell of 2026-01-15 is quoted as 2026-01-15, not the UTC day before', () => {
    const midnight = new Date(Date.UTC(2026, 0, 14, 11)); // 15 Jan 00:00 in Auckland (UTC+13)
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, midnight],
      ['B', 6, 5000],
      ['C', 5, 6000],
    ];
    const result = partnerScore(table, undefined, undefined, sheetIn('en_NZ', 'Pacific/Auckland'));
    expect(result[1][0]).toBe('Invalid CAC: "2026-01-15" is a date, not a number');
    expect(
      gateStatus(
        { actuals: [[1]], goAt: 2, stopAt: 0, asOf: 'soon', today: midnight },
        calendarIn('en_NZ', 'Pacific/Auckland'),
      ),
    ).toEqual([
      [
        expect.stringMatching(
          /^Invalid as_of: "soon" is not a date; type a date such as 20\/11\/2026 \(en_NZ\)/,
        ),
      ],
    ]);
  });
});

describe('percent scale in a %-headed column', () => {
  it('a coverage of 25 among 0.4 and 0.3 is refused with how to type it, not silently reordering everyone', () => {
    const table = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 0.4],
      ['B', 6, 25],
      ['C', 5, 0.3],
    ];
    const result = scoreColumn('en_US', table);
    expect(result[2]).toBe(
      'Invalid Coverage gap (%): "25" is percentage points beside fractions (0.4 = 40%) in this % column; type 25% if you mean 25 percent',
    );
    expect(typeof result[1]).toBe('number');
  });

  it('a column of points only (40 / 25 / 30) is read as 0.4 / 0.25 / 0.3', () => {
    const table = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 40],
      ['B', 6, 25],
      ['C', 5, '30'],
    ];
    const rows = scorePartners(table, undefined, undefined, sheetIn('en_US')).rows;
    expect(rows.slice(1).map((r) => (r.kind === 'score' ? r.values.coverageGap : r.kind))).toEqual([
      0.4, 0.25, 0.3,
    ]);
  });

  it('a fraction among points is refused the other way round, also under a plain Coverage gap header; another header without % is not checked', () => {
    const table = [
      ['Partner', 'Capability', 'Coverage (pct)'],
      ['A', 8, 40],
      ['B', 6, 25],
      ['C', 5, 0.3],
    ];
    expect(scoreColumn('en_US', table)[3]).toBe(
      'Invalid Coverage (pct): "0.3" is a fraction (30%) beside percentage points (40 = 40%) in this % column; type 30 if you mean 30 percent',
    );
    // The coverage gap is a share whatever its header says (a tester's 0.25 among 40s).
    const coverage = [['Partner', 'Capability', 'Coverage gap'], ...table.slice(1)];
    expect(scoreColumn('en_US', coverage)[3]).toMatch(
      /^Invalid Coverage gap: "0\.3" is a fraction \(30%\) beside percentage points/,
    );
    expect(
      scoreColumn('en_US', [['Partner', 'Capability', 'Enablement load'], ...table.slice(1)])
        .slice(1)
        .every((v) => typeof v === 'number'),
    ).toBe(true);
  });
});

describe('everyday spellings read as people mean them', () => {
  it.each([
    ['en_US', '750 000', 750_000],
    ['en_US', '750\u00a0000', 750_000],
    ['en_US', '750\u202f000', 750_000],
    ['fr_FR', '750\u202f000', 750_000],
    ['fr_FR', '1 234,56 €', 1234.56],
    ['en_US', 'USD 3,000', 3000],
    ['en_US', '(5,000)', -5000],
    ['en_US', '−5000', -5000],
    ['en_US', '750k', 750_000],
    ['en_US', '0.75M', 750_000],
    ['en_US', '７５００００', 750_000],
    ['ja_JP', '７５００００', 750_000],
    ['en_US', '70 %', 0.7],
    ['en_US', '１２％', 0.12],
    ['en_US', '1.2e4', 12_000],
    ['en_US', '1.2E+4', 12_000],
    ['de_DE', '1,2E+4', 12_000],
  ])('%s: %j is %s', (locale, cell, value) => {
    expect(valueIn(locale, cell)).toBe(value);
  });

  it('a weight written 25 % is 0.25', () => {
    // The weight PARTNER_SCORE gives CAC over a table with a CAC column.
    const cacWeight = (reader: ValueReader) =>
      formulaLayout([['CAC'], [1]], parseWeights([['CAC', '25 %']], reader), reader).columns.find(
        (c) => c.criterion === 'cac',
      )?.weight;
    const reader = new ValueReader(sheetIn('en_US'));
    expect(cacWeight(reader)).toBe(0.25);
    expect(cacWeight(new ValueReader(sheetIn('fr_FR')))).toBe(0.25);
  });

  it('negatives count in GATE_STATUS but not in PARTNER_SCORE', () => {
    expect(gate('en_US', [['(5,000)'], ['−12%']], -4000, -6000)).toEqual(['HOLD', 'GO']);
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '(5,000)'],
      ['B', 6, 5000],
      ['C', 5, 6000],
    ];
    expect(scoreColumn('en_US', table)[1]).toBe(
      'Invalid CAC: "(5,000)" is negative; use 0 or more',
    );
  });
});
