import { describe, expect, it } from 'vitest';
import {
  parseMethod as parseMethodIn,
  partnerScore as partnerScoreIn,
  type RowScore,
} from '../../../src/domain/scoring/partner-score';
import { ValueReader } from '../../../src/domain/values/reader';
import { EN_US } from '../../support/sheet-settings';
import { scorePartners } from './support/score-records';

const partnerScore = (partners: unknown, weights?: unknown, method?: unknown) =>
  partnerScoreIn(partners, weights, method, EN_US);
const parseMethod = (raw: unknown) => parseMethodIn(raw, new ValueReader(EN_US));

/** The message of a word PARTNER_SCORE cannot read, with how to map it. */
const wordHint = (column: string, word: string) =>
  `${column}: "${word}" is not a number. To read words, map each to a number: a weights row "${column}: ${word}" | <number>, or the planner's data step`;

const scores = (...args: Parameters<typeof partnerScore>) => partnerScore(...args).map((r) => r[0]);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a thrown error');
};

// Capability (benefit) 2 / 6 / 10 → r 0, 0.5, 1; CAC (cost) 100 / 300 / 200 → r 1, 0, 0.5.
const SMALL = [
  ['Partner', 'Capability', 'CAC'],
  ['A', 2, 100],
  ['B', 6, 300],
  ['C', 10, 200],
];

describe('PARTNER_SCORE shape: a header row', () => {
  it('is recognised when every non-blank cell is non-numeric text and one names a criterion', () => {
    expect(scorePartners(SMALL).hasHeader).toBe(true);
    expect(scores(SMALL)).toEqual(['Score', 50, 25, 75]);
  });

  it('may have blank cells and placeholder texts among its names', () => {
    const table = [
      ['', 'Capability', 'n/a', 'CAC'],
      ...SMALL.slice(1).map((r) => [r[0], r[1], '', r[2]]),
    ];
    expect(scores(table)).toEqual(['Score', 50, 25, 75]);
  });

  // A tester's German table: four criteria under names the reader did not know were left
  // out without a sign, ranking the partners on budget and enablement alone.
  it('reads German and French criterion headers, and names number columns it cannot read', () => {
    const german = [
      [
        'Partner',
        'Fähigkeit',
        'Marketingbudget',
        'Enablement-Aufwand',
        'Partnerumsatz',
        'Kundenakquisitionskosten',
        'Abdeckungslücke',
      ],
      ['Nordwind', 5, 20000, 30, 900000, 2000, 0.4],
      ['Blaufjord', 2, 35000, 80, 200000, 6000, 0.1],
      ['Hafen', 4, 18000, 50, 600000, 3000, 0.3],
    ];
    const french = [
      [
        'Partenaire',
        'Capacité',
        'Budget co-marketing',
        'Enablement',
        "Chiffre d'affaires partenaire",
        "Coût d'acquisition client",
        'Écart de couverture',
      ],
      ...german.slice(1),
    ];
    const english = [
      [
        'Partner',
        'Capability',
        'Co-marketing budget',
        'Enablement load',
        'Partner-sourced revenue',
        'CAC',
        'Coverage gap',
      ],
      ...german.slice(1),
    ];
    expect(scores(german)).toEqual(scores(english));
    expect(scores(french)).toEqual(scores(english));
    const unknown = [
      ['Partner', 'Leistung', 'MDF', 'Umsatzziel'],
      ...german.slice(1).map((r) => r.slice(0, 4)),
    ];
    expect(scores(unknown)[0]).toBe('Score (columns not read: Leistung, Umsatzziel)');
  });

  it('is a header when another cell is a number, even as text', () => {
    // The row names two criteria; "2026" beside them is not read, and the Score header
    // names it, since a criterion under a name the reader does not know looks the same.
    const table = [
      ['Partner', 'Capability', 'CAC', '2026'],
      ...SMALL.slice(1).map((r) => [...r, 7]),
    ];
    expect(scores(table)).toEqual(['Score (columns not read: 2026)', 50, 25, 75]);
  });

  it('names a column of tier words it does not read, and not one of names', () => {
    // Tester 2, finding 14: a HubSpot "Partner tier" of Gold/Silver/Bronze vanished.
    const table = [
      ['Company name', 'Company owner', 'Partner tier', 'MDF (USD)', 'CAC (USD)'],
      ['Northwind', 'Dana Whitfield', 'Gold', 20000, 3000],
      ['Blue Fjord', 'Luis Ortega', 'Silver', 35000, 5500],
      ['Kestrel', 'Tom Becker', 'Bronze', 12000, 7000],
    ];
    expect(scores(table)[0]).toBe('Score (columns not read: Partner tier)');
  });

  it('is not a header when no cell names a criterion', () => {
    const table = [
      ['Partner', 'Region'],
      ['A', 'EMEA'],
    ];
    expect(errorOf(() => partnerScore(table))).toMatch(/^PARTNER_SCORE: the range has 2 columns/);
  });

  it.each([
    ['TRUE', true],
    ['a date', new Date(Date.UTC(2026, 0, 5))],
    ['an error', '#REF!'],
  ])('is a header when another cell is %s', (_, cell) => {
    const table = [
      ['Partner', 'Capability', 'CAC', cell],
      ...SMALL.slice(1).map((r) => [...r, '']),
    ];
    expect(scores(table)).toEqual(['Score', 50, 25, 75]);
  });

  it('matches columns by name in any order and ignores other columns', () => {
    const table = [
      ['CAC ($)', 'Owner', 'capability (1-10)', 'Region'],
      [100, 'Dana', 2, 'EMEA'],
      [300, 'Luis', 6, 'APAC'],
      [200, 'Priya', 10, 'NA'],
    ];
    const result = scorePartners(table);
    expect(result.columns).toEqual({ cac: 0, capability: 2 });
    expect(scores(table)).toEqual(['Score', 50, 25, 75]);
  });

  it('treats a criterion without a column as absent', () => {
    const result = scorePartners(SMALL);
    expect(Object.keys(result.columns).sort()).toEqual(['cac', 'capability']);
  });

  it('rejects two columns naming the same criterion', () => {
    const table = [
      ['CAC ($)', 'Capability', 'cac'],
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(errorOf(() => partnerScore(table))).toBe(
      'PARTNER_SCORE: two columns name CAC: "CAC ($)" (column 1 of the range) and "cac" (column 3). ' +
        'Rename or remove one of them, or pick one with a labelled weights range whose label is its header, e.g. "CAC ($)" | 1.',
    );
  });

  it('gets the text Score in the result', () => {
    expect(partnerScore(SMALL)[0]).toEqual(['Score']);
  });
});

describe('PARTNER_SCORE shape: without a header row', () => {
  const six = [
    [8, 10_000, 100, 500_000, 2_000, 0.4],
    [4, 20_000, 50, 100_000, 4_000, 0.2],
  ];

  it('reads exactly six columns in canonical order', () => {
    const result = scorePartners(six);
    expect(result.hasHeader).toBe(false);
    expect(result.columns).toEqual({
      capability: 0,
      comarketingBudget: 1,
      enablementLoad: 2,
      sourcedRevenue: 3,
      cac: 4,
      coverageGap: 5,
    });
    // Row 1 is best on capability, co-marketing budget, revenue, CAC and coverage; row 2 on enablement.
    const [first, second] = scores(six) as number[];
    expect(first).toBeCloseTo((100 * 5) / 6, 12);
    expect(second).toBeCloseTo((100 * 1) / 6, 12);
  });

  it('rejects any other width with both fixes', () => {
    expect(errorOf(() => partnerScore([[1, 2, 3, 4, 5]]))).toBe(
      'PARTNER_SCORE: the range has 5 columns and no header row naming a criterion. Either include a header row ' +
        'whose names include any of Partner capability, Co-marketing budget, Enablement load, Partner-sourced revenue, ' +
        'CAC, Coverage gap filled (other columns such as the partner name are ignored), or pass exactly six columns ' +
        'in this order: Partner capability, Co-marketing budget, Enablement load, Partner-sourced revenue, CAC, Coverage gap filled.',
    );
  });

  it('treats a single cell as a 1×1 table', () => {
    expect(errorOf(() => partnerScore(5))).toMatch(
      /^PARTNER_SCORE: the range has 1 column and no header row/,
    );
    expect(errorOf(() => partnerScore('Capability'))).toMatch(
      /^PARTNER_SCORE: the range holds only the header row/,
    );
  });
});

describe('PARTNER_SCORE values', () => {
  it('reads numbers typed as text with currency, commas and percent', () => {
    const typed = [
      ['Capability', 'CAC', 'Coverage gap'],
      [' 7 ', '$1,200.50', '12%'],
      ['3', 'USD 2,000', '35%'],
      [5, 900, 0.2],
    ];
    const numeric = [
      ['Capability', 'CAC', 'Coverage gap'],
      [7, 1200.5, 0.12],
      [3, 2000, 0.35],
      [5, 900, 0.2],
    ];
    expect(scores(typed)).toEqual(scores(numeric));
    expect((scorePartners(typed).rows[1] as { values: object }).values).toEqual({
      capability: 7,
      cac: 1200.5,
      coverageGap: 0.12,
    });
  });

  it('treats n/a, TBD, - and friends as unknown', () => {
    const table = [
      ['Capability', 'CAC'],
      [2, 'n/a'],
      [6, 'TBD'],
      [10, '-'],
      [4, 100],
      [8, 200],
    ];
    // With one of two criteria known, K = W / 2: enough to score, on capability alone.
    // The last two also have CAC: (0.25 + 1) / 2 and (0.75 + 0) / 2.
    expect(scores(table)).toEqual(['Score', 0, 50, 100, 62.5, 37.5]);
  });

  it.each([
    ['text', 'abc', `Invalid ${wordHint('CAC', 'abc')}`],
    [
      'an error text',
      '#N/A',
      'Invalid CAC: "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
    ],
    ['TRUE', true, 'Invalid CAC: "TRUE" is TRUE/FALSE, not a number'],
    ['FALSE', false, 'Invalid CAC: "FALSE" is TRUE/FALSE, not a number'],
    ['a date', new Date(Date.UTC(2026, 0, 5)), 'Invalid CAC: "2026-01-05" is a date, not a number'],
    ['a negative number', -5, 'Invalid CAC: "-5" is negative; use 0 or more'],
    ['a negative text', '-$5', 'Invalid CAC: "-$5" is negative; use 0 or more'],
    ['NaN', Number.NaN, 'Invalid CAC: "NaN" is not a number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Invalid CAC: "Infinity" is not a finite number'],
  ])(
    '%s in a criterion cell makes that row Invalid, naming the column and quoting the value',
    (_, cell, message) => {
      const table = [
        [1, 10, 10, 10, 10, 0.1],
        [2, 20, 20, 20, cell, 0.2],
        [3, 30, 30, 30, 30, 0.3],
      ];
      expect(scores(table)[1]).toBe(message);
    },
  );

  it('names the column by its header as typed', () => {
    const table = [
      ['Capability', ' CAC ($) '],
      [1, 'abc'],
      [2, 3],
      [4, 5],
    ];
    expect(scores(table)[1]).toBe(`Invalid ${wordHint('CAC ($)', 'abc')}`);
  });

  it('names the leftmost invalid cell of a row', () => {
    const table = [
      ['CAC', 'Owner', 'Capability'],
      ['x', 'Dana', 'y'],
      [1, '', 2],
      [3, '', 4],
    ];
    expect(scores(table)[1]).toBe(`Invalid ${wordHint('CAC', 'x')}`);
  });

  it('leaves invalid rows out of everyone else’s normalisation', () => {
    const withInvalid = [...SMALL, ['X', 1000, 'abc']];
    expect(scores(withInvalid)).toEqual(['Score', 50, 25, 75, `Invalid ${wordHint('CAC', 'abc')}`]);
  });
});

describe('PARTNER_SCORE rows', () => {
  it('returns an empty string for a row whose criterion cells are all blank', () => {
    const table = [...SMALL, ['D', '', ''], ['', ' ', 'TBD']];
    expect(scores(table)).toEqual(['Score', 50, 25, 75, '', '']);
  });

  it('returns INSUFFICIENT DATA when the known weight K is below half of W', () => {
    const table = [
      [1, 10, 10, 10, 10, 0.1],
      [2, 20, 20, 20, 20, 0.2],
      // K = 3 = W / 2: scored, over the three it has (35, not 30, or it would be the sum of the rows above)
      [3, 35, 30, '', '', ''],
      [4, 40, '', '', '', ''], // K = 2 < 3
    ];
    const result = scores(table);
    expect(result[3]).toBe('INSUFFICIENT DATA');
    // Best capability (r 1), worst co-marketing budget and enablement load (r 0): 100 × 1 / 3.
    expect(result[2]).toBeCloseTo(100 / 3, 12);
  });

  it('weighs K and W with the weights: a row missing only a heavy criterion is insufficient', () => {
    const weights = [
      ['Capability', 1],
      ['CAC', 3],
    ];
    const table = [
      ['Capability', 'CAC'],
      [2, 100],
      [6, 300],
      [10, ''],
    ];
    // C has K = 1 < W / 2 = 2, so only A and B set the range of capability (2–6):
    // A: (0 · 1 + 1 · 3) / 4; B: (1 · 1 + 0 · 3) / 4.
    expect(scores(table, weights)).toEqual(['Score', 75, 25, 'INSUFFICIENT DATA']);
    expect(scorePartners(table, weights).rows[3]).toEqual({
      kind: 'insufficient',
      values: { capability: 10 },
      missing: ['cac'],
    });
  });

  it('scores a row with exactly half the weight, even when the sums round', () => {
    // 10% + 30% is exactly half of 80%, but in floating point 0.1 + 0.3 falls short of it.
    const weights = [
      ['Capability', 'CAC', 'Revenue'],
      ['10%', '30%', '40%'],
    ];
    const table = [
      ['Capability', 'CAC', 'Revenue'],
      [2, 100, 5],
      [6, 300, 9],
      [10, 200, ''],
    ];
    expect(scores(table, weights)[3]).toBeCloseTo((100 * (0.1 * 1 + 0.3 * 0.5)) / 0.4, 12);
  });

  it('leaves insufficient rows out of min and max', () => {
    // Row C's capability 10 would be the maximum, but C itself is not scored.
    const weights = [
      ['Capability', 1],
      ['CAC', 3],
    ];
    const table = [
      ['Capability', 'CAC'],
      [2, 100],
      [6, 300],
      [10, ''],
    ];
    expect(scorePartners(table, weights).rows[2]).toMatchObject({
      normalised: { capability: 1 },
    });
  });
});

describe('PARTNER_SCORE method minmax', () => {
  it('is the default, also when the method is blank', () => {
    expect(scores(SMALL, undefined, '')).toEqual(scores(SMALL, undefined, 'minmax'));
    expect(scores(SMALL, '', ' MinMax ')).toEqual(['Score', 50, 25, 75]);
  });

  it('scales benefits and costs between the lowest and highest partner', () => {
    // Weights 3 : 1 → A (0·3 + 1·1) / 4, B (0.5·3 + 0) / 4, C (1·3 + 0.5·1) / 4.
    const [, a, b, c] = scores(SMALL, [
      ['Capability', 'CAC'],
      [3, 1],
    ]) as number[];
    expect([a, b]).toEqual([25, 37.5]);
    expect(c).toBeCloseTo(87.5, 12);
  });

  it('gives r = 0.5 on a criterion where every partner is the same', () => {
    const table = [
      ['Capability', 'CAC'],
      [5, 100],
      [5, 300],
    ];
    expect(scores(table)).toEqual(['Score', 75, 25]);
  });

  it('returns full-precision numbers; the sheet formats them', () => {
    const table = [['Capability'], [0], [1], [3]];
    const score = scores(table)[2] as number;
    expect(score).toBeCloseTo(100 / 3, 12);
    expect(score).not.toBe(Math.round(score * 100) / 100);
  });

  it('reports each weighted criterion’s position for the sidebar', () => {
    expect(scorePartners(SMALL).rows[2]).toEqual({
      kind: 'score',
      score: 25,
      values: { capability: 6, cac: 300 },
      normalised: { capability: 0.5, cac: 0 },
    });
  });
});

describe('PARTNER_SCORE method topsis', () => {
  // Capability 3 / 4 / 0 and CAC 4 / 3 / 0 both have √(Σx²) = 5; weights 0.5 each, so
  // v = 0.3 / 0.4 / 0 and 0.4 / 0.3 / 0. Ideal (0.4, 0), anti-ideal (0, 0.4).
  const TABLE = [
    ['Capability', 'CAC'],
    [3, 4],
    [4, 3],
    [0, 0],
  ];
  const root017 = Math.sqrt(0.17);

  it('scores 100 × d⁻ / (d⁺ + d⁻), worked by hand', () => {
    const [, a, b, c] = scores(TABLE, undefined, 'topsis') as number[];
    // A: d⁺ = √(0.1² + 0.4²) = √0.17, d⁻ = 0.3.  B: d⁺ = 0.3, d⁻ = √0.17.  C: d⁺ = d⁻ = 0.4.
    expect(a).toBeCloseTo((100 * 0.3) / (root017 + 0.3), 12);
    expect(b).toBeCloseTo((100 * root017) / (root017 + 0.3), 12);
    expect(c).toBeCloseTo(50, 12);
  });

  it('ignores case and surrounding spaces in the method', () => {
    expect(scores(TABLE, undefined, '  TOPSIS ')).toEqual(scores(TABLE, undefined, 'topsis'));
    expect(parseMethod([[' Topsis']])).toBe('topsis');
  });

  it('stays correct and finite for values near 1e300', () => {
    const huge = TABLE.map((row, i) => (i === 0 ? row : row.map((x) => (x as number) * 1e300)));
    const big = scores(huge, undefined, 'topsis') as number[];
    const small = scores(TABLE, undefined, 'topsis') as number[];
    for (let i = 1; i < 4; i++) {
      expect(Number.isFinite(big[i])).toBe(true);
      expect(big[i]).toBeCloseTo(small[i], 9);
    }
  });

  it('leaves out criteria of weight 0 and lets only complete rows take part', () => {
    const table = [
      ['Capability', 'CAC', 'Revenue'],
      [3, 4, ''],
      [4, 3, 7],
      [0, 0, 1],
      [2, '', 5],
    ];
    const weights = [
      ['Capability', 1],
      ['CAC', 1],
      ['Revenue', 0],
    ];
    const result = scores(table, weights, 'topsis');
    expect(result.slice(0, 4)).toEqual(scores(TABLE, undefined, 'topsis'));
    expect(result[4]).toBe('INSUFFICIENT DATA');
    expect(scorePartners(table, weights, 'topsis').rows[4]).toEqual({
      kind: 'insufficient',
      values: { capability: 2, sourcedRevenue: 5 },
      missing: ['cac'],
    });
  });

  it('uses v = 0 for a criterion where every value is 0', () => {
    const withZeros = [
      ['Capability', 'CAC', 'Revenue'],
      [3, 4, 0],
      [4, 3, 0],
      [0, 0, 0],
    ];
    const zeros = scores(withZeros, undefined, 'topsis') as number[];
    const without = scores(TABLE, undefined, 'topsis') as number[];
    // Its weight still counts in the sum the weights are normalised by, which scales
    // both distances alike and leaves the ratio as it was.
    for (let i = 1; i < 4; i++) expect(zeros[i]).toBeCloseTo(without[i], 12);
  });

  it('gives 50 when every partner is the same', () => {
    const table = [
      ['Capability', 'CAC'],
      [3, 4],
      [3, 4],
    ];
    expect(scores(table, undefined, 'topsis')).toEqual(['Score', 50, 50]);
  });

  it('needs two complete rows', () => {
    const table = [
      ['Capability', 'CAC'],
      [3, 4],
      [4, ''],
      [5, ''],
    ];
    expect(errorOf(() => partnerScore(table, undefined, 'topsis'))).toBe(
      'PARTNER_SCORE: topsis needs at least two partners with a value for every weighted criterion (Partner capability, CAC). ' +
        'Fill in the missing values, give a criterion with gaps a weight of 0, or use method "minmax".',
    );
  });

  it('reports positions between the anti-ideal (0) and ideal (1)', () => {
    const row = scorePartners(TABLE, undefined, 'topsis').rows[2];
    expect(row).toMatchObject({ kind: 'score', normalised: { capability: 1 } });
    expect((row as unknown as { normalised: { cac: number } }).normalised.cac).toBeCloseTo(
      0.25,
      12,
    );
  });
});

describe('scorePartners, for the plan engine and the sidebar', () => {
  it('reports how the table was read and one entry per row', () => {
    const table = [...SMALL, ['D', '', ''], ['E', 'abc', 1]];
    const result = scorePartners(table, [[2, 0, 0, 0, 1, 0]], 'minmax');
    expect(result.hasHeader).toBe(true);
    expect(result.rows.map((r) => r.kind)).toEqual([
      'header',
      'score',
      'score',
      'score',
      'blank',
      'invalid',
    ]);
    expect(result.rows[5]).toEqual({
      kind: 'invalid',
      column: 'Capability',
      cell: 'abc',
      message: `Invalid ${wordHint('Capability', 'abc')}`,
    });
  });

  it('is what partnerScore renders', () => {
    const table = [...SMALL, ['D', '', ''], ['E', 'abc', 1], ['F', 4, '']];
    const weights = [
      ['CAC', 'Capability'],
      [1, 1],
    ];
    const rendered = scorePartners(table, weights).rows.map((row: RowScore) => {
      if (row.kind === 'header') return 'Score';
      if (row.kind === 'blank' || row.kind === 'filler') return '';
      if (row.kind === 'invalid' || row.kind === 'excluded') return row.message;
      if (row.kind === 'insufficient') return 'INSUFFICIENT DATA';
      return row.score;
    });
    expect(scores(table, weights)).toEqual(rendered);
  });
});
