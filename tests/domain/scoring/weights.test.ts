import { describe, expect, it } from 'vitest';
import { CRITERIA, type CriterionId } from '../../../src/domain/scoring/criteria';
import { formulaLayout } from '../../../src/domain/scoring/formula-layout';
import { partnerScore as partnerScoreIn } from '../../../src/domain/scoring/partner-score';
import { parseWeights as parseWeightsIn } from '../../../src/domain/scoring/weights';
import { ValueReader } from '../../../src/domain/values/reader';
import { EN_US } from '../../support/sheet-settings';

const reader = new ValueReader(EN_US);
const partnerScore = (partners: unknown, weights?: unknown, method?: unknown) =>
  partnerScoreIn(partners, weights, method, EN_US);
const parseWeights = (raw: unknown) => parseWeightsIn(raw, reader);

/** The criteria's weights as PARTNER_SCORE reads them over a table headed by the six labels. */
function criterionWeights(raw: unknown): Record<CriterionId, number> {
  const table = [CRITERIA.map((c) => c.label), CRITERIA.map(() => 1)];
  const found = Object.fromEntries(CRITERIA.map((c) => [c.id, 0])) as Record<CriterionId, number>;
  for (const column of formulaLayout(table, parseWeights(raw), reader).columns)
    if (column.criterion) found[column.criterion] = column.weight;
  return found;
}

const weights = (
  capability: number,
  comarketingBudget: number,
  enablementLoad: number,
  sourcedRevenue: number,
  cac: number,
  coverageGap: number,
) => ({ capability, comarketingBudget, enablementLoad, sourcedRevenue, cac, coverageGap });

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a thrown error');
};

const ORDER =
  'Partner capability, Co-marketing budget, Enablement load, Partner-sourced revenue, CAC, Coverage gap filled';

describe('weights: omitted or blank', () => {
  it.each([
    ['omitted', undefined],
    ['an empty cell', ''],
    [
      'a blank range',
      [
        ['', ''],
        ['', ''],
      ],
    ],
    ['a range of TBD', [['TBD', ' ', '', '', '', '']]],
  ])('%s: every criterion weighs 1', (_, raw) => {
    expect(criterionWeights(raw)).toEqual(weights(1, 1, 1, 1, 1, 1));
  });
});

describe('weights: six numbers in canonical order', () => {
  it('in one row', () => {
    expect(criterionWeights([[3, 1, 1, 2, 2, 1]])).toEqual(weights(3, 1, 1, 2, 2, 1));
  });

  it('in one column', () => {
    expect(criterionWeights([[3], [1], [1], [2], [2], [1]])).toEqual(weights(3, 1, 1, 2, 2, 1));
  });

  it('as percentages, numbers as text, and blanks for 0', () => {
    expect(criterionWeights([['25%', '', '5%', '0.3', '$1', 'n/a']])).toEqual(
      weights(0.25, 0, 0.05, 0.3, 1, 0),
    );
  });

  it.each([
    ['five', [[1, 1, 1, 1, 1]], 5],
    ['seven', [[1], [1], [1], [1], [1], [1], [1]], 7],
    ['one number', 2, 1],
  ])('not %s', (_, raw, count) => {
    expect(errorOf(() => criterionWeights(raw))).toBe(
      `PARTNER_SCORE: weights has ${count} value${count === 1 ? '' : 's'}; it needs six, one per criterion in this order: ` +
        `${ORDER}. Or pass a two-column range of criterion name and weight.`,
    );
  });
});

describe('weights: a labelled range', () => {
  it('in two columns, label | weight, labels matched like headers', () => {
    const raw = [
      ['CAC ($)', 2],
      ['partner capability', '50%'],
      ['Revenue', 1],
    ];
    expect(criterionWeights(raw)).toEqual(weights(0.5, 0, 0, 1, 2, 0));
  });

  it('in two rows, labels over weights', () => {
    const raw = [
      ['MDF', 'Coverage gap (%)', 'Enablement'],
      [1, 3, ''],
    ];
    expect(criterionWeights(raw)).toEqual(weights(0, 1, 0, 0, 0, 3));
  });

  it('as a single label beside or above its weight', () => {
    expect(criterionWeights([['CAC', 4]])).toEqual(weights(0, 0, 0, 0, 4, 0));
    expect(criterionWeights([['CAC'], [4]])).toEqual(weights(0, 0, 0, 0, 4, 0));
  });

  it('as 2×2, read by where the labels are', () => {
    expect(
      criterionWeights([
        ['CAC', 4],
        ['Revenue', 1],
      ]),
    ).toEqual(weights(0, 0, 0, 1, 4, 0));
    expect(
      criterionWeights([
        ['CAC', 'Revenue'],
        [4, 1],
      ]),
    ).toEqual(weights(0, 0, 0, 1, 4, 0));
    expect(
      criterionWeights([
        ['CAC', 4],
        ['', ''],
      ]),
    ).toEqual(weights(0, 0, 0, 0, 4, 0));
  });

  it('skips empty pairs, as an open range has', () => {
    const raw = [
      ['CAC', 4],
      ['', ''],
      ['Capability', 1],
      ['', ''],
    ];
    expect(criterionWeights(raw)).toEqual(weights(1, 0, 0, 0, 4, 0));
  });

  it('rejects an unknown label', () => {
    expect(
      errorOf(() =>
        criterionWeights([
          ['Margin', 1],
          ['CAC', 2],
        ]),
      ),
    ).toBe(
      `PARTNER_SCORE: unknown weight label "Margin". Label each weight with a criterion (${ORDER}) ` +
        `or a column header of the table to add it as a criterion ("${ORDER.split(', ').join('", "')}"; end it with "(cost)" when lower is better), ` +
        'and leave any title row out of the range.',
    );
  });

  it('skips a heading row and a total row, which weigh nothing (tester 2, finding 18)', () => {
    const raw = [
      ['Criterion', 'Weight'],
      ['CAC', '60%'],
      ['Revenue', '40%'],
      ['Total', '100%'],
    ];
    expect(criterionWeights(raw)).toEqual(weights(0, 0, 0, 0.4, 0.6, 0));
    // A heading above six weights in canonical order.
    expect(criterionWeights([['重み'], [1], [2], [3], [4], [5], [6]])).toEqual(
      weights(1, 2, 3, 4, 5, 6),
    );
    // Other text in the first weight's place is a bad weight, not a heading.
    expect(
      errorOf(() =>
        criterionWeights([
          ['CAC', 'high'],
          ['Revenue', 1],
          ['Capability', 2],
        ]),
      ),
    ).toMatch(/^PARTNER_SCORE: the weight of CAC, "high", is not a number/);
  });

  it('rejects a title row with no weight beside it as an unknown label', () => {
    const raw = [
      ['Weights for Q3', ''],
      ['CAC', 2],
      ['Revenue', 1],
    ];
    expect(errorOf(() => criterionWeights(raw))).toMatch(
      /^PARTNER_SCORE: unknown weight label "Weights for Q3"/,
    );
  });

  it('rejects a repeated label', () => {
    expect(
      errorOf(() =>
        criterionWeights([
          ['CAC', 1],
          ['Revenue', 1],
          ['cac ($)', 2],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: the weights name CAC twice ("CAC" and "cac ($)"). Give each criterion one weight.',
    );
  });

  it('rejects a weight without a label', () => {
    expect(
      errorOf(() =>
        criterionWeights([
          ['CAC', 1],
          ['', 2],
          ['Revenue', 1],
        ]),
      ),
    ).toBe(
      `PARTNER_SCORE: the weight "2" has no label. Put the criterion's name beside it, or remove it.`,
    );
  });
});

describe('weights: values', () => {
  it('rejects a negative weight', () => {
    expect(errorOf(() => criterionWeights([[1, 1, -2, 1, 1, 1]]))).toBe(
      'PARTNER_SCORE: the weight of Enablement load, "-2", is negative. ' +
        'Give each weight as a number of 0 or more (25% and 1,200 are fine), or leave it blank for 0.',
    );
  });

  it.each([
    ['text', 'high', '"high", is not a number'],
    ['TRUE', true, '"TRUE", is TRUE/FALSE, not a number'],
    ['Infinity', Number.POSITIVE_INFINITY, '"Infinity", is not a finite number'],
  ])('rejects %s as a weight', (_, cell, what) => {
    expect(errorOf(() => criterionWeights([['CAC', cell]]))).toBe(
      `PARTNER_SCORE: the weight of CAC, ${what}. ` +
        'Give each weight as a number of 0 or more (25% and 1,200 are fine), or leave it blank for 0.',
    );
  });

  it('rejects weights adding up to 0 over the criteria the table has', () => {
    const table = [
      ['Capability', 'CAC'],
      [1, 2],
      [3, 4],
    ];
    expect(
      errorOf(() =>
        partnerScore(table, [
          ['Capability', 0],
          ['CAC', 0],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: the weights of the criteria in this table (Partner capability, CAC) add up to 0. ' +
        'Give at least one of them a weight above 0.',
    );
    expect(errorOf(() => partnerScore(table, [[0, 0, 0, 0, 0, 0]]))).toMatch(/add up to 0/);
  });

  // A tester's case: the only weight above 0 named a criterion the table lacks, and the
  // message said the weights of "(none)" add up to 0 although 1 was given.
  it('names a weighted criterion the table has no column for', () => {
    const table = [
      ['Capability', 'CAC'],
      [1, 2],
      [3, 4],
    ];
    expect(
      errorOf(() =>
        partnerScore(table, [
          ['Revenue', 1],
          ['CAC', 0],
        ]),
      ),
    ).toBe(
      'PARTNER_SCORE: the weights name Revenue, but the table has no column for it (its headers: "Capability", "CAC"). Label each weight with a criterion the table has, or with one of its headers.',
    );
    // With other criteria weighted, the partners are scored and the Score header says so.
    expect(
      partnerScore(table, [
        ['Revenue', 3],
        ['CAC', 1],
      ])[0],
    ).toEqual(['Score (no column for weights: Revenue)']);
  });

  it('rejects a range of the wrong shape', () => {
    expect(
      errorOf(() =>
        criterionWeights([
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ]),
      ),
    ).toBe(
      `PARTNER_SCORE: weights is a 3×3 range. Pass six numbers in one row or one column (${ORDER}), ` +
        'or a labelled range: two columns (name | weight) or two rows (names over weights).',
    );
  });

  it('only their ratios matter', () => {
    const table = [
      ['Capability', 'CAC', 'Revenue'],
      [1, 200, 5],
      [3, 400, 2],
      [2, 300, 9],
    ];
    const ratios = partnerScore(table, [
      ['Capability', 'CAC', 'Revenue'],
      [1, 2, 3],
    ]);
    const percent = partnerScore(table, [
      ['Capability', 'CAC', 'Revenue'],
      ['10%', '20%', '30%'],
    ]);
    ratios.slice(1).forEach(([score], i) => {
      expect(percent[i + 1][0]).toBeCloseTo(score as number, 12);
    });
  });

  it('of huge size cannot overflow the sums', () => {
    const table = [
      ['Capability', 'CAC'],
      [1, 200],
      [3, 400],
    ];
    expect(
      partnerScore(table, [
        ['Capability', 'CAC'],
        [1e308, 1e308],
      ]),
    ).toEqual(partnerScore(table));
  });
});
