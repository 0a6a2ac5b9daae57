import { describe, expect, it } from 'vitest';
import { type Calendar, type GateInputs, gateStatus } from '../../../src/domain/gating/gate-status';
import { judgeGate } from '../../../src/domain/gating/judge-gate';
import { sheetIn } from '../../support/sheet-settings';

const UTC: Calendar = { ...sheetIn('en_US', 'Etc/UTC'), today: '2026-11-27' };
const AUCKLAND: Calendar = { ...sheetIn('en_US', 'Pacific/Auckland'), today: '2026-11-27' };

const gate = (inputs: GateInputs, calendar: Calendar = UTC) =>
  gateStatus(inputs, calendar).map((row) => row[0]);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a thrown error');
};

describe('GATE_STATUS direction comes from the thresholds', () => {
  it('go_at above stop_at: higher is better', () => {
    const actuals = [[95], [90], [70], [50], [10]];
    expect(gate({ actuals, goAt: 90, stopAt: 50 })).toEqual(['GO', 'GO', 'HOLD', 'STOP', 'STOP']);
  });

  it('go_at below stop_at: lower is better, as for CAC', () => {
    const actuals = [[4000], [5000], [6000], [6500], [9000]];
    expect(gate({ actuals, goAt: 5000, stopAt: 6500 })).toEqual([
      'GO',
      'GO',
      'HOLD',
      'STOP',
      'STOP',
    ]);
  });

  it('allows negative numbers, as numbers or text', () => {
    // Margin change: GO at −5% or better, STOP at −12% or worse.
    const actuals = [['-3%'], [-0.08], ['-12%'], ['-$20']];
    expect(gate({ actuals, goAt: '-5%', stopAt: -0.12 })).toEqual(['GO', 'HOLD', 'STOP', 'STOP']);
  });

  it('reads actuals and thresholds typed with currency, commas and percent', () => {
    expect(gate({ actuals: '$4,000', goAt: '$5,000', stopAt: '6,500' })).toEqual(['GO']);
    expect(gate({ actuals: '35%', goAt: 0.3, stopAt: '10%' })).toEqual(['GO']);
  });
});

describe('GATE_STATUS thresholds', () => {
  const actuals = [
    [95, 4000],
    [40, 4000],
    [70, 7000],
  ];

  it('may be given per row (the same R×C shape)', () => {
    const goAt = [
      [90, 5000],
      [30, 5000],
      [60, 8000],
    ];
    const stopAt = [
      [50, 6500],
      [10, 6500],
      [20, 9000],
    ];
    expect(gate({ actuals, goAt, stopAt })).toEqual(['GO', 'GO', 'GO']);
  });

  it('may be one row shared by every row', () => {
    expect(gate({ actuals, goAt: [[90, 5000]], stopAt: [[50, 6500]] })).toEqual([
      'GO',
      'STOP',
      'STOP',
    ]);
  });

  it('may be a single value for every cell, also as a 1×1 range', () => {
    expect(gate({ actuals: [[95], [40]], goAt: 90, stopAt: [[50]] })).toEqual(['GO', 'STOP']);
  });

  it.each([
    ['a column', [[90], [5000], [1]], '3×1'],
    ['a row of the wrong width', [[90, 5000, 1]], '1×3'],
    [
      'two rows of three',
      [
        [90, 5000],
        [90, 5000],
      ],
      '2×2',
    ],
  ])('rejects any other shape: %s', (_, goAt, shape) => {
    expect(errorOf(() => gate({ actuals, goAt, stopAt: [[50, 6500]] }))).toBe(
      `GATE_STATUS: go_at is ${shape} but actuals are 3×2. Give go_at the same shape as actuals ` +
        '(thresholds per row), one row of 2 (shared by every row), or a single value.',
    );
  });

  it('checks stop_at the same way', () => {
    expect(errorOf(() => gate({ actuals, goAt: 1, stopAt: [[1], [2]] }))).toMatch(
      /^GATE_STATUS: stop_at is 2×1 but actuals are 3×2\./,
    );
  });

  it('equal thresholds make the row invalid', () => {
    expect(gate({ actuals: [[95, 4000]], goAt: [[90, 5000]], stopAt: [[50, '5,000']] })).toEqual([
      'Invalid metric 2: go_at and stop_at are both 5000; set go_at above stop_at when higher is better, below it when lower is better',
    ]);
  });

  it('one blank threshold makes the row invalid', () => {
    expect(gate({ actuals: [[95, 4000]], goAt: [[90, '']], stopAt: [[50, 6500]] })).toEqual([
      'Invalid metric 2: go_at is blank; give both go_at and stop_at, or neither',
    ]);
    expect(gate({ actuals: 95, goAt: 90, stopAt: 'TBD' })).toEqual([
      'Invalid metric 1: stop_at is blank; give both go_at and stop_at, or neither',
    ]);
  });

  it('an invalid threshold makes the row invalid', () => {
    expect(gate({ actuals: 95, goAt: 'ninety', stopAt: 50 })).toEqual([
      'Invalid metric 1: go_at "ninety" is not a number',
    ]);
    expect(gate({ actuals: 95, goAt: 90, stopAt: true })).toEqual([
      'Invalid metric 1: stop_at "TRUE" is TRUE/FALSE, not a number',
    ]);
  });

  it('both blank: the metric is not judged', () => {
    expect(gate({ actuals: [[95, 'anything']], goAt: [[90, '']], stopAt: [[50, '']] })).toEqual([
      'GO',
    ]);
    expect(gate({ actuals: [[95]], goAt: [['']], stopAt: [['']] })).toEqual(['']);
  });
});

describe('GATE_STATUS actuals', () => {
  it('a blank actual is PENDING', () => {
    expect(gate({ actuals: [[95, '']], goAt: [[90, 5000]], stopAt: [[50, 6500]] })).toEqual([
      'PENDING',
    ]);
  });

  it.each([
    ['text', 'abc', 'Invalid metric 1: actual "abc" is not a number'],
    [
      'an error text',
      '#N/A',
      'Invalid metric 1: actual "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
    ],
    ['TRUE', true, 'Invalid metric 1: actual "TRUE" is TRUE/FALSE, not a number'],
    [
      'a date',
      new Date(Date.UTC(2026, 0, 5)),
      'Invalid metric 1: actual "2026-01-05" is a date, not a number',
    ],
    ['NaN', Number.NaN, 'Invalid metric 1: actual "NaN" is not a number'],
    [
      'Infinity',
      Number.POSITIVE_INFINITY,
      'Invalid metric 1: actual "Infinity" is not a finite number',
    ],
  ])('an invalid actual (%s) makes the row invalid', (_, actual, message) => {
    expect(gate({ actuals: [[actual], [95]], goAt: 90, stopAt: 50 })).toEqual([message, 'GO']);
  });

  it('a single actual is a 1×1 range', () => {
    expect(gate({ actuals: 40, goAt: 90, stopAt: 50 })).toEqual(['STOP']);
  });

  it('rejects an empty range', () => {
    expect(errorOf(() => gate({ actuals: [], goAt: 1, stopAt: 2 }))).toBe(
      'GATE_STATUS: actuals is empty. Pass the measured values: one row per gate, one column per metric.',
    );
  });
});

describe('GATE_STATUS rows whose actuals are all blank', () => {
  it('return an empty string when the thresholds are shared, so open ranges stay clean', () => {
    const actuals = [
      [95, 4000],
      ['', ''],
      [' ', 'n/a'],
    ];
    expect(gate({ actuals, goAt: [[90, 5000]], stopAt: [[50, 6500]] })).toEqual(['GO', '', '']);
    expect(gate({ actuals: [[95], ['']], goAt: 90, stopAt: 50, asOf: '2020-01-01' })).toEqual([
      'STALE',
      '',
    ]);
  });

  it('are PENDING when the row has thresholds of its own', () => {
    const goAt = [
      [90, 5000],
      [90, 5000],
    ];
    const stopAt = [
      [50, 6500],
      [50, 6500],
    ];
    expect(
      gate({
        actuals: [
          [95, 4000],
          ['', ''],
        ],
        goAt,
        stopAt,
      }),
    ).toEqual(['GO', 'PENDING']);
  });

  it('are PENDING for a single gate judged cell by cell', () => {
    expect(gate({ actuals: '', goAt: 90, stopAt: 50 })).toEqual(['PENDING']);
  });
});

describe('GATE_STATUS staleness', () => {
  const one = { actuals: 95, goAt: 90, stopAt: 50 };

  it('14 days old is not stale; 15 days is', () => {
    expect(gate({ ...one, asOf: '2026-11-13' })).toEqual(['GO']);
    expect(gate({ ...one, asOf: '2026-11-12' })).toEqual(['STALE']);
  });

  it('max_age_days changes the limit; blank means 14', () => {
    expect(gate({ ...one, asOf: '2026-11-19', maxAgeDays: 7 })).toEqual(['STALE']);
    expect(gate({ ...one, asOf: '2026-11-20', maxAgeDays: '7' })).toEqual(['GO']);
    expect(gate({ ...one, asOf: '2026-11-13', maxAgeDays: '' })).toEqual(['GO']);
    expect(gate({ ...one, asOf: '2026-11-12', maxAgeDays: [['']] })).toEqual(['STALE']);
  });

  it('a non-number max_age_days is an error', () => {
    expect(errorOf(() => gate({ ...one, maxAgeDays: 'two weeks' }))).toBe(
      'GATE_STATUS: max_age_days "two weeks" is not a number. Give the number of days after which data is stale (0 or more), or leave it blank for 14.',
    );
    expect(errorOf(() => gate({ ...one, maxAgeDays: -1 }))).toBe(
      'GATE_STATUS: max_age_days "-1" is negative. Give the number of days after which data is stale (0 or more), or leave it blank for 14.',
    );
    // 14 % read as 0.14 days, or 14 € as 14, would judge staleness silently.
    expect(errorOf(() => gate({ ...one, maxAgeDays: '14 %' }))).toBe(
      'GATE_STATUS: max_age_days "14 %" is a percentage or an amount, not a number of days. Give the number of days after which data is stale (0 or more), or leave it blank for 14.',
    );
    expect(errorOf(() => gate({ ...one, maxAgeDays: '$14' }))).toMatch(
      /max_age_days "\$14" is a percentage or an amount/,
    );
    expect(gate({ ...one, asOf: '2026-11-20', maxAgeDays: '7 days' })).toEqual(['GO']);
    expect(errorOf(() => gate({ ...one, maxAgeDays: [[7, 14]] }))).toBe(
      'GATE_STATUS: max_age_days must be a single value, not a 1×2 range. Pass one cell, or type the value.',
    );
  });

  it('as_of may be a Date, read as its calendar day in the spreadsheet time zone', () => {
    // Midnight of 13 November in Auckland is still 12 November in UTC.
    const aucklandMidnight = new Date(Date.UTC(2026, 10, 12, 11));
    expect(gate({ ...one, asOf: aucklandMidnight }, AUCKLAND)).toEqual(['GO']);
    expect(gate({ ...one, asOf: aucklandMidnight }, UTC)).toEqual(['STALE']);
  });

  it('as_of may be a Date made in another realm, as the local runtime passes them', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(Date.UTC(2026, 10, 12, 11))');
    expect(gate({ ...one, asOf: foreign }, AUCKLAND)).toEqual(['GO']);
  });

  it('as_of may be a YYYY-MM-DD text, or left out (not checked)', () => {
    expect(gate({ ...one, asOf: ' 2026-11-12 ' })).toEqual(['STALE']);
    expect(gate({ ...one })).toEqual(['GO']);
    expect(gate({ ...one, asOf: null })).toEqual(['GO']);
  });

  it('one blank as_of for several rows is not checked', () => {
    expect(gate({ actuals: [[95], [95]], goAt: 90, stopAt: 50, asOf: '' })).toEqual(['GO', 'GO']);
  });

  it("a row's own blank as_of beside an actual is STALE: data of unknown age is not fresh", () => {
    // One row: its one as_of cell is its own, as in a plan's gate table of one gate.
    expect(gate({ ...one, asOf: '' })).toEqual(['STALE']);
    expect(gate({ actuals: [['']], goAt: 90, stopAt: 50, asOf: '' })).toEqual(['PENDING']);
    expect(gate({ actuals: [[40]], goAt: 90, stopAt: 50, asOf: '' })).toEqual(['STOP']);
  });

  it('as_of after today makes the row invalid, naming both days', () => {
    expect(gate({ ...one, asOf: '2026-12-25' })).toEqual([
      'Invalid as_of: 2026-12-25 is after today (2026-11-27)',
    ]);
    expect(gate({ ...one, asOf: '2026-11-27' })).toEqual(['GO']);
  });

  it.each([
    ['text', 'last week', '"last week"'],
    ['an impossible date', '2026-02-30', '"2026-02-30"'],
    ['another date format', '13/11/2026', '"13/11/2026"'],
    ['a number', 46000, '"46000"'],
    ['TRUE', true, '"TRUE"'],
    ['an invalid Date', new Date(Number.NaN), '"Invalid Date"'],
  ])('anything else (%s) makes that row invalid', (_, asOf, quoted) => {
    expect(gate({ ...one, asOf })).toEqual([
      `Invalid as_of: ${quoted} is not a date; type a date such as 11/20/2026 (en_US) or 2026-11-20, or leave it blank`,
    ]);
  });

  it('as_of is one value for every row or a column, one per row', () => {
    const actuals = [[95], [95], [95]];
    expect(gate({ actuals, goAt: 90, stopAt: 50, asOf: [['2026-11-12']] })).toEqual([
      'STALE',
      'STALE',
      'STALE',
    ]);
    expect(gate({ actuals, goAt: 90, stopAt: 50, asOf: [['2026-11-12'], [''], ['soon']] })).toEqual(
      [
        'STALE',
        'STALE',
        'Invalid as_of: "soon" is not a date; type a date such as 11/20/2026 (en_US) or 2026-11-20, or leave it blank',
      ],
    );
  });

  it('rejects an as_of of any other shape', () => {
    expect(
      errorOf(() => gate({ actuals: [[1], [2], [3]], goAt: 2, stopAt: 1, asOf: [['', '', '']] })),
    ).toBe(
      'GATE_STATUS: as_of is 1×3 but actuals have 3 rows. Give as_of one date per row (a column of 3) or a single date for every row.',
    );
  });

  it('today may be a date, a YYYY-MM-DD text, or blank for the current day', () => {
    expect(gate({ ...one, asOf: '2026-11-12', today: '2026-11-26' })).toEqual(['GO']);
    expect(
      gate({ ...one, asOf: '2026-11-12', today: new Date(Date.UTC(2026, 10, 26, 11)) }, AUCKLAND),
    ).toEqual(['STALE']);
    expect(gate({ ...one, asOf: '2026-11-12', today: '' })).toEqual(['STALE']);
  });

  it('rejects a today range', () => {
    expect(errorOf(() => gate({ ...one, today: [['2026-11-27', '2026-11-28']] }))).toBe(
      'GATE_STATUS: today must be a single value, not a 1×2 range. Pass one cell, or type the value.',
    );
  });

  it('rejects a today that is not a date', () => {
    expect(errorOf(() => gate({ ...one, today: 'tomorrow' }))).toBe(
      `GATE_STATUS: today "tomorrow" is not a date. Pass a date or a YYYY-MM-DD text, or leave it blank for today's date.`,
    );
  });
});

describe('GATE_STATUS row result', () => {
  // Metrics: revenue (GO ≥ 90, STOP ≤ 50) and CAC (GO ≤ 5000, STOP ≥ 6500).
  const goAt = [[90, 5000]];
  const stopAt = [[50, 6500]];
  const FRESH = '2026-11-20';
  const OLD = '2026-11-01';

  it.each([
    ['STOP beats STALE', [40, 4000], OLD, 'STOP'],
    ['STOP beats HOLD', [40, 6000], FRESH, 'STOP'],
    ['STOP beats PENDING', [40, ''], FRESH, 'STOP'],
    ['STALE beats HOLD', [70, 4000], OLD, 'STALE'],
    ['STALE beats PENDING', ['', 4000], OLD, 'STALE'],
    ['STALE beats GO', [95, 4000], OLD, 'STALE'],
    ['HOLD beats PENDING', [70, ''], FRESH, 'HOLD'],
    ['HOLD beats GO', [95, 6000], FRESH, 'HOLD'],
    ['PENDING beats GO', [95, ''], FRESH, 'PENDING'],
    ['GO when every metric is GO', [95, 4000], FRESH, 'GO'],
  ])('%s', (_, actual, asOf, status) => {
    expect(gate({ actuals: [actual], goAt, stopAt, asOf })).toEqual([status]);
  });

  it('Invalid beats everything and names the first bad metric', () => {
    expect(gate({ actuals: [[40, 'x']], goAt, stopAt, asOf: OLD })).toEqual([
      'Invalid metric 2: actual "x" is not a number',
    ]);
  });

  it('is empty when no metric is judged and the data is fresh', () => {
    expect(
      gate({ actuals: [[95, 4000]], goAt: [['', '']], stopAt: [['', '']], asOf: FRESH }),
    ).toEqual(['']);
  });
});

describe('judgeGate, for the gate monitor', () => {
  const metrics = [
    { name: 'Partner-sourced revenue', actual: 70, goAt: 90, stopAt: 50 },
    { name: 'CAC', actual: '', goAt: 5000, stopAt: 6500 },
    { name: 'Spend', actual: 1, goAt: '', stopAt: '' },
  ];

  it('gives the status, each metric’s own status and direction, and the data’s age', () => {
    expect(judgeGate(metrics, '2026-11-20', 14, '2026-11-27', UTC)).toEqual({
      status: 'HOLD',
      text: 'HOLD',
      metrics: [
        { name: 'Partner-sourced revenue', status: 'HOLD', higherIsBetter: true },
        { name: 'CAC', status: 'PENDING', higherIsBetter: false },
        { name: 'Spend', status: 'NOT_JUDGED', higherIsBetter: null },
      ],
      ageDays: 7,
      dataAge: 'fresh',
    });
  });

  it('checks staleness on its own, independent of any recalculation', () => {
    const verdict = judgeGate(metrics, new Date(Date.UTC(2026, 10, 1)), 14, '2026-11-27', UTC);
    expect(verdict).toMatchObject({ status: 'STALE', text: 'STALE', ageDays: 26 });
  });

  it('names the metric in an Invalid text and says what is wrong with it', () => {
    const verdict = judgeGate(
      [{ name: 'CAC', actual: 4000, goAt: 5000, stopAt: 5000 }],
      '',
      14,
      '2026-11-27',
      UTC,
    );
    expect(verdict.status).toBe('INVALID');
    expect(verdict.text).toBe(
      'Invalid CAC: go_at and stop_at are both 5000; set go_at above stop_at when higher is better, below it when lower is better',
    );
    expect(verdict.metrics[0]).toMatchObject({ status: 'INVALID', higherIsBetter: null });
    expect(verdict.ageDays).toBeNull();
  });

  it('agrees with GATE_STATUS row by row', () => {
    const actuals = [
      [95, 4000],
      [70, ''],
      [40, 9000],
      ['', 'x'],
    ];
    const asOf = [['2026-11-20'], ['2026-11-01'], [''], ['2026-11-20']];
    const formula = gate({ actuals, goAt: [[90, 5000]], stopAt: [[50, 6500]], asOf });
    const monitor = actuals.map(
      (row, r) =>
        judgeGate(
          [
            { name: 'metric 1', actual: row[0], goAt: 90, stopAt: 50 },
            { name: 'metric 2', actual: row[1], goAt: 5000, stopAt: 6500 },
          ],
          asOf[r][0],
          14,
          '2026-11-27',
          UTC,
        ).text,
    );
    expect(monitor).toEqual(formula);
  });
});

describe('thresholds reached within floating-point noise', () => {
  const judge = (actual: number, goAt: number, stopAt: number) =>
    judgeGate([{ name: 'm', actual, goAt, stopAt }], '2026-11-27', 14, '2026-11-27', UTC).status;

  it('reaches a GO of 0.1 + 0.2 with 0.3, and a STOP likewise, whichever way is better', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(judge(0.3, 0.1 + 0.2, 0.1)).toBe('GO');
    expect(judge(0.1 + 0.2, 0.9, 0.3)).toBe('STOP');
    // Lower is better: GO at or below, STOP at or above.
    expect(judge(0.1 + 0.2, 0.3, 0.9)).toBe('GO');
    expect(judge(0.3, 0.1, 0.1 + 0.2)).toBe('STOP');
    // Negative thresholds too.
    expect(judge(-0.3, -(0.1 + 0.2), -0.9)).toBe('GO');
  });

  it('stays strict beyond a relative 1e-9', () => {
    expect(judge(0.3 * (1 - 1e-8), 0.3, 0.1)).toBe('HOLD');
    expect(judge(0.1 * (1 + 1e-8), 0.3, 0.1)).toBe('HOLD');
    expect(judge(-0.3 * (1 + 1e-8), -0.3, -0.9)).toBe('HOLD');
  });
});

describe('percentage points against thresholds that are fractions', () => {
  // A cell typed 30% holds 0.3; an actual typed 12 (meaning 12 %) holds 12.
  it.each([
    [12, 0.3, 0.15],
    [45, 0.3, 0.15],
    ['12', '30%', '15%'],
    [3, 0.05, 0.1],
  ])(
    'actual %s against go_at %s, stop_at %s is Invalid, not a silent GO or STOP',
    (actual, go, stop) => {
      const [status] = gate({ actuals: actual, goAt: go, stopAt: stop });
      expect(status).toMatch(/^Invalid metric 1: actual \d+ looks like percentage points/);
    },
  );

  // A tester's cases: non-whole points read as fractions gave a silent GO (or STOP for a
  // lower-is-better rate); fr_FR's 7,5 is the same 7.5.
  it.each([
    [7.5, 0.3, 0.15, 'en_US'],
    [33.3, 0.3, 0.15, 'en_US'],
    [1.5, 0.3, 0.15, 'en_US'],
    [5.5, 0.1, 0.2, 'en_US'],
    ['7,5', 0.3, 0.15, 'fr_FR'],
  ])(
    'a non-whole actual %s against go_at %s, stop_at %s (%s) is Invalid too',
    (actual, go, stop, locale) => {
      const calendar = { ...sheetIn(locale, 'Etc/UTC'), today: '2026-11-27' };
      const [status] = gate({ actuals: actual, goAt: go, stopAt: stop }, calendar);
      expect(status).toMatch(/^Invalid metric 1: actual [\d.]+ looks like percentage points/);
    },
  );

  it('says both fixes, with the thresholds as percentages', () => {
    expect(gate({ actuals: 12, goAt: 0.3, stopAt: 0.15 })).toEqual([
      'Invalid metric 1: actual 12 looks like percentage points, but go_at 0.3 and stop_at 0.15 are fractions (30 %, 15 %). Type the actual as 12% (or 0.12), or the thresholds as points',
    ]);
  });

  it('names the fraction to 12 significant digits: 33.3 is 0.333, not 0.33299999999999996', () => {
    expect(gate({ actuals: 33.3, goAt: 0.3, stopAt: 0.15 })).toEqual([
      'Invalid metric 1: actual 33.3 looks like percentage points, but go_at 0.3 and stop_at 0.15 are fractions (30 %, 15 %). Type the actual as 33.3% (or 0.333), or the thresholds as points',
    ]);
    // GO computed as =0.1+0.2 (0.30000000000000004), actual 14.3 (/ 100 is 0.14300000000000002).
    expect(gate({ actuals: 14.3, goAt: 0.1 + 0.2, stopAt: 0.15 })).toEqual([
      'Invalid metric 1: actual 14.3 looks like percentage points, but go_at 0.3 and stop_at 0.15 are fractions (30 %, 15 %). Type the actual as 14.3% (or 0.143), or the thresholds as points',
    ]);
  });

  it.each([
    [0.12, 0.3, 0.15, 'STOP'],
    [1.2, 0.8, 0.5, 'GO'],
    [1, 0.9, 0.5, 'GO'],
    [12, 30, 15, 'STOP'],
    [12, 1, 0, 'GO'],
    [150, 0.3, 0.15, 'GO'],
    [2.5, 0.8, 0.5, 'GO'],
    [1.1, 0.9, 0.7, 'GO'],
  ])(
    'actual %s, go_at %s, stop_at %s is %s: one unit, or no whole percentage',
    (actual, go, stop, want) => {
      expect(gate({ actuals: actual, goAt: go, stopAt: stop })).toEqual([want]);
    },
  );
});

describe('a percentage against thresholds that are percentage points', () => {
  // The reverse of the above: 32% holds 0.32, which against GO 30 and STOP 15 read as
  // typed is a silent STOP for a gate that is 2 points above GO.
  it('says both fixes, with the actual as points', () => {
    expect(gate({ actuals: '32%', goAt: 30, stopAt: 15 })).toEqual([
      'Invalid metric 1: actual "32%" is a percentage, but go_at 30 and stop_at 15 look like percentage points. Type the actual as 32, or the thresholds as 30% and 15%',
    ]);
  });

  it.each([
    ['32 %', 30, 15, 'en_US'],
    ['12,5 %', 10, 20, 'fr_FR'],
    ['150%', 100, 50, 'en_US'],
    ['４０％', 30, 15, 'ja_JP'],
  ])('actual %s against go_at %s, stop_at %s (%s) is Invalid', (actual, go, stop, locale) => {
    const calendar = { ...sheetIn(locale, 'Etc/UTC'), today: '2026-11-27' };
    const [status] = gate({ actuals: actual, goAt: go, stopAt: stop }, calendar);
    expect(status).toMatch(/^(Invalid metric 1: actual .* is a percentage|【無効】)/);
  });

  it.each([
    ['32%', '30%', '15%', 'GO'],
    ['32%', 0.3, 0.15, 'GO'],
    ['0%', 30, 15, 'STOP'],
    ['12%', 1, 0, 'HOLD'],
    ['32%', 300, 150, 'STOP'],
    [0.5, 3, 6, 'GO'],
    [0.32, 30, 15, 'STOP'],
  ])(
    'actual %s, go_at %s, stop_at %s is %s: one unit, or thresholds that are no points',
    (actual, go, stop, want) => {
      expect(gate({ actuals: actual, goAt: go, stopAt: stop })).toEqual([want]);
    },
  );
});

describe('amounts in different currencies', () => {
  const deDE = { ...sheetIn('de_DE', 'Etc/UTC'), today: '2026-11-27' };

  // A tester's case: USD 95.000 against GO 90.000 € was a silent GO.
  it.each(['USD 95.000', 'CHF 95.000', '95.000 $'])(
    'actual %s against thresholds in € is Invalid, naming both',
    (actual) => {
      const [status] = gate({ actuals: actual, goAt: '90.000 €', stopAt: '50.000 €' }, deDE);
      expect(status).toMatch(
        /^Invalid metric 1: actual ".*" and go_at and stop_at \(EUR\) name different currencies/,
      );
    },
  );

  it.each([
    ['95.000 €', 'GO'],
    ['EUR 95.000', 'GO'],
    [95_000, 'GO'],
    ['60.000', 'HOLD'],
  ])('actual %s against thresholds in € is %s', (actual, want) => {
    expect(gate({ actuals: actual, goAt: '90.000 €', stopAt: '50.000 €' }, deDE)).toEqual([want]);
  });

  it('a GO in € and a STOP in $ is Invalid', () => {
    const [status] = gate({ actuals: 95_000, goAt: '90.000 €', stopAt: '50.000 $' }, deDE);
    expect(status).toMatch(
      /^Invalid .*go_at "90\.000 €" and stop_at "50\.000 \$" name different currencies/,
    );
  });
});
