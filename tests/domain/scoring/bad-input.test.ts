/**
 * The "Bad input" table, line by line: each gets a clear message or the
 * documented text, never a silent wrong number, and one bad row never sinks the rest.
 */
import { describe, expect, it } from 'vitest';
import { gateStatus } from '../../../src/domain/gating/gate-status';
import { partnerScore as partnerScoreIn } from '../../../src/domain/scoring/partner-score';
import { EN_US } from '../../support/sheet-settings';

const partnerScore = (partners: unknown, weights?: unknown, method?: unknown) =>
  partnerScoreIn(partners, weights, method, EN_US);

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a thrown error');
};
const column = (result: unknown[][]) => result.map((row) => row[0]);
const calendar = { ...EN_US, today: '2026-11-27' };
const ORDER =
  'Partner capability, Co-marketing budget, Enablement load, Partner-sourced revenue, CAC, Coverage gap filled';
const HEADER = ['Partner', 'Capability', 'CAC ($)'];

describe('PARTNER_SCORE bad input', () => {
  it('an empty range', () => {
    const message =
      'PARTNER_SCORE: the partners range is empty. Pass the partner table with its header row, e.g. =PARTNER_SCORE(A1:I41).';
    expect(
      errorOf(() =>
        partnerScore([
          ['', ''],
          ['', ''],
        ]),
      ),
    ).toBe(message);
    expect(errorOf(() => partnerScore(''))).toBe(message);
    expect(errorOf(() => partnerScore([]))).toBe(message);
  });

  it('header only', () => {
    expect(errorOf(() => partnerScore([HEADER]))).toBe(
      'PARTNER_SCORE: the range holds only the header row, no partners. Pass the header and the partner rows, e.g. =PARTNER_SCORE(A1:I41).',
    );
  });

  // A tester's cases: a title above the header was read as the header (every row then
  // Invalid, or "no header row" though the next row is one).
  it.each(['Partner revenue report Q4', 'Partner-Ranking Q4'])(
    'a title row %j above the header says to start at the header row',
    (title) => {
      const table = [[title, '', ''], HEADER, ['Northwind', 8, 2000], ['Blue Fjord', 5, 3000]];
      expect(errorOf(() => partnerScore(table))).toBe(
        `PARTNER_SCORE: the range's first row, "${title}", looks like a title above the header row. Start the range at the header row, one row lower.`,
      );
    },
  );

  it('one partner', () => {
    expect(errorOf(() => partnerScore([HEADER, ['Northwind', 8, 2000]]))).toBe(
      'PARTNER_SCORE: found only 1 partner with values to compare; a score is relative to the other partners in the same call, ' +
        "so it needs at least two. Pass the partner rows with the table's header row as the range's first row.",
    );
  });

  it('one partner, the others invalid: the message names the first invalid row', () => {
    const table = [HEADER, ['Northwind', 8, 2000], ['Blue Fjord', 'high', 1], ['Cedar', 3, -1]];
    expect(errorOf(() => partnerScore(table))).toBe(
      'PARTNER_SCORE: found only 1 partner with values to compare; a score is relative to the other partners in the same call, ' +
        'so it needs at least two. 2 rows are invalid, the first with Invalid Capability: "high" is a tier word in a column of numbers. To read words, map each to a number: a weights row "Capability: high" | 3, or the planner\'s data step: fix them, and pass the partner ' +
        "rows with the table's header row as the range's first row.",
    );
  });

  it('five headerless columns', () => {
    expect(
      errorOf(() =>
        partnerScore([
          [1, 2, 3, 4, 5],
          [1, 2, 3, 4, 5],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: the range has 5 columns and no header row naming a criterion. Either include a header row whose names ' +
        `include any of ${ORDER} (other columns such as the partner name are ignored), or pass exactly six columns in this order: ${ORDER}.`,
    );
  });

  it('two columns for one criterion', () => {
    expect(
      errorOf(() =>
        partnerScore([
          ['MDF', 'Co-marketing budget ($)'],
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: two columns name Co-marketing budget: "MDF" (column 1 of the range) and "Co-marketing budget ($)" (column 2). ' +
        'Rename or remove one of them, or pick one with a labelled weights range whose label is its header, e.g. "MDF" | 1.',
    );
  });

  it('text, booleans, dates, #N/A, negative numbers, NaN and Infinity in criterion cells', () => {
    const table = [
      HEADER,
      ['A', 8, 2000],
      ['B', 'high', 3000],
      ['C', 5, true],
      ['D', new Date(Date.UTC(2026, 2, 1)), 3000],
      ['E', 5, '#N/A'],
      ['F', -2, 3000],
      ['G', Number.NaN, 3000],
      ['H', 5, Number.POSITIVE_INFINITY],
      ['I', 4, 4000],
    ];
    expect(column(partnerScore(table))).toEqual([
      'Score',
      100,
      'Invalid Capability: "high" is a tier word in a column of numbers. To read words, map each to a number: a weights row "Capability: high" | 3, or the planner\'s data step',
      'Invalid CAC ($): "TRUE" is TRUE/FALSE, not a number',
      'Invalid Capability: "2026-03-01" is a date, not a number',
      'Invalid CAC ($): "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
      'Invalid Capability: "-2" is negative; use 0 or more',
      'Invalid Capability: "NaN" is not a number',
      'Invalid CAC ($): "Infinity" is not a finite number',
      0,
    ]);
  });

  it('n/a, TBD and - cells are unknown, not zero', () => {
    const table = [HEADER, ['A', 8, 'n/a'], ['B', 'TBD', 3000], ['C', 4, '-'], ['D', '-', 'TBD']];
    // A and C are scored on capability alone (K = W / 2); B on CAC alone, the only CAC: r = 0.5.
    expect(column(partnerScore(table))).toEqual(['Score', 100, 50, 0, '']);
  });

  it('numbers as text with currency, commas and percent', () => {
    const typed = [HEADER, ['A', '8', '$2,000'], ['B', '4', '3,000.50 $'], ['C', '50%', '4000']];
    const numbers = [HEADER, ['A', 8, 2000], ['B', 4, 3000.5], ['C', 0.5, 4000]];
    expect(partnerScore(typed)).toEqual(partnerScore(numbers));
  });

  const table = [HEADER, ['A', 8, 2000], ['B', 4, 3000]];

  it('weights of the wrong count', () => {
    expect(errorOf(() => partnerScore(table, [[1, 2, 3]]))).toBe(
      `PARTNER_SCORE: weights has 3 values; it needs six, one per criterion in this order: ${ORDER}. ` +
        'Or pass a two-column range of criterion name and weight.',
    );
  });

  it('negative weights', () => {
    expect(
      errorOf(() =>
        partnerScore(table, [
          ['Capability', -1],
          ['CAC', 2],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: the weight of Partner capability, "-1", is negative. ' +
        'Give each weight as a number of 0 or more (25% and 1,200 are fine), or leave it blank for 0.',
    );
  });

  it('weights all zero', () => {
    expect(errorOf(() => partnerScore(table, [[0, 0, 0, 0, 0, 0]]))).toBe(
      'PARTNER_SCORE: the weights of the criteria in this table (Partner capability, CAC) add up to 0. ' +
        'Give at least one of them a weight above 0.',
    );
  });

  it('weights with an unknown label', () => {
    expect(
      errorOf(() =>
        partnerScore(table, [
          ['Capability', 1],
          ['Margin', 2],
        ]),
      ),
    ).toBe(
      `PARTNER_SCORE: unknown weight label "Margin". Label each weight with a criterion (${ORDER}) ` +
        'or a column header of the table to add it as a criterion ("Partner", "Capability", "CAC ($)"; end it with "(cost)" when lower is better), ' +
        'and leave any title row out of the range.',
    );
  });

  it('an unknown method', () => {
    const message = (shown: string) =>
      `PARTNER_SCORE: unknown method ${shown}. Use "minmax" (the default) or "topsis".`;
    expect(errorOf(() => partnerScore(table, undefined, 'ahp'))).toBe(message('"ahp"'));
    expect(errorOf(() => partnerScore(table, undefined, 2))).toBe(message('"2"'));
    expect(errorOf(() => partnerScore(table, undefined, [['minmax', 'topsis']]))).toBe(
      message('a range of several cells'),
    );
  });

  it('1e300-sized values', () => {
    const huge = [
      HEADER,
      ['A', 3e300, 4e300],
      ['B', 4e300, 3e300],
      ['C', 0, 0],
      ['D', 1.7e308, 1e300],
    ];
    const scaled = [HEADER, ['A', 3, 4], ['B', 4, 3], ['C', 0, 0], ['D', 1.7e8, 1]];
    for (const method of ['minmax', 'topsis']) {
      const big = column(partnerScore(huge, undefined, method)).slice(1) as number[];
      const small = column(partnerScore(scaled, undefined, method)).slice(1) as number[];
      big.forEach((score, i) => {
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeCloseTo(small[i], 9);
      });
    }
  });
});

describe('GATE_STATUS bad input', () => {
  const gate = (inputs: Parameters<typeof gateStatus>[0]) => column(gateStatus(inputs, calendar));

  it('mismatched shapes', () => {
    expect(
      errorOf(() =>
        gate({
          actuals: [
            [1, 2],
            [3, 4],
          ],
          goAt: [[1, 2, 3]],
          stopAt: 0,
        }),
      ),
    ).toBe(
      'GATE_STATUS: go_at is 1×3 but actuals are 2×2. Give go_at the same shape as actuals (thresholds per row), ' +
        'one row of 2 (shared by every row), or a single value.',
    );
  });

  it('equal thresholds', () => {
    expect(gate({ actuals: [[1], [2]], goAt: 5, stopAt: '5' })).toEqual([
      'Invalid metric 1: go_at and stop_at are both 5; set go_at above stop_at when higher is better, below it when lower is better',
      'Invalid metric 1: go_at and stop_at are both 5; set go_at above stop_at when higher is better, below it when lower is better',
    ]);
  });

  it('one blank threshold', () => {
    expect(gate({ actuals: [[1, 1]], goAt: [[5, 2]], stopAt: [[1, '']] })).toEqual([
      'Invalid metric 2: stop_at is blank; give both go_at and stop_at, or neither',
    ]);
  });

  it('invalid as_of: that row only', () => {
    expect(
      gate({ actuals: [[9], [9]], goAt: 5, stopAt: 1, asOf: [['last Tuesday'], ['2026-11-26']] }),
    ).toEqual([
      'Invalid as_of: "last Tuesday" is not a date; type a date such as 11/20/2026 (en_US) or 2026-11-20, or leave it blank',
      'GO',
    ]);
  });

  it('a non-numeric max_age_days', () => {
    expect(errorOf(() => gate({ actuals: 9, goAt: 5, stopAt: 1, maxAgeDays: 'fortnight' }))).toBe(
      'GATE_STATUS: max_age_days "fortnight" is not a number. Give the number of days after which data is stale (0 or more), ' +
        'or leave it blank for 14.',
    );
  });
});
