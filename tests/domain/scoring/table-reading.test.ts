/**
 * Issue 10: one reading of the partner table for PARTNER_SCORE and the planner. Each
 * test is one of the findings, with the value it should have given.
 */
import { describe, expect, it } from 'vitest';
import { scoreWeightRows as scoreWeightRowsIn } from '../../../src/domain/plan/score-formula';
import {
  plannerLayout,
  scoreSourceRows as scoreSourceRowsIn,
} from '../../../src/domain/plan/source-rows';
import { matchHeader } from '../../../src/domain/scoring/criteria';
import { partnerScore as partnerScoreIn } from '../../../src/domain/scoring/partner-score';
import { readHeader } from '../../../src/domain/scoring/table-header';
import type { TableLayout } from '../../../src/domain/scoring/table-reader';
import { ValueReader } from '../../../src/domain/values/reader';
import type { ScoringSpec, SourceSpec } from '../../../src/shared/plan-types';
import type { TableReading } from '../../../src/shared/reading-types';
import { EN_US } from '../../support/sheet-settings';

// An en_US spreadsheet, as every table here is typed.
const partnerScore = (partners: unknown, weights?: unknown, method?: unknown) =>
  partnerScoreIn(partners, weights, method, EN_US);
const scoreSourceRows = (
  table: unknown[][],
  source: SourceSpec,
  scoring: ScoringSpec,
  reading?: TableReading,
) => scoreSourceRowsIn(table, source, scoring, reading, EN_US);
const scoreWeightRows = (header: readonly unknown[], layout: TableLayout) =>
  scoreWeightRowsIn(header, layout, new ValueReader(EN_US));

const scores = (...args: Parameters<typeof partnerScore>) => partnerScore(...args).map((r) => r[0]);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a thrown error');
};

// The README's example: Northwind 98.04, Blue Fjord 0, Harbor Point 54.78.
const README = [
  [
    'Partner',
    'Capability',
    'Co-marketing budget ($)',
    'Enablement load (hrs)',
    'Partner-sourced revenue ($)',
    'CAC ($)',
    'Coverage gap (%)',
  ],
  ['Northwind', 8, '$20,000', 60, 750000, 3000, '40%'],
  ['Blue Fjord', 5, 35000, 120, 300000, 5500, '25%'],
  ['Harbor Point', 7, 18000, 90, 420000, 4200, '30%'],
];
const README_SCORES = [98.04, 0, 54.78];
const rounded = (values: unknown[]) =>
  values.map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v));

const EQUAL: ScoringSpec = {
  weights: {
    capability: 1,
    comarketingBudget: 1,
    enablementLoad: 1,
    sourcedRevenue: 1,
    cac: 1,
    coverageGap: 1,
  },
  method: 'minmax',
  uncertainty: 0.25,
};

/** The planner's source for a table whose header is row 1, criteria found by the header rules. */
function sourceOf(table: unknown[][], partnerColumn = 1): SourceSpec {
  const header = readHeader(table[0]);
  return {
    sheetName: 'Partners',
    sheetId: 0,
    headerRow: 1,
    partnerColumn,
    ownerColumn: null,
    columns: Object.fromEntries(
      Object.entries(header.columns).map(([id, c]) => [id, (c as number) + 1]),
    ),
  };
}

/** The planner's scores by sheet row (null for rows it does not rank), and what it drops. */
function plannerScores(
  table: unknown[][],
  source = sourceOf(table),
  scoring = EQUAL,
  reading?: TableReading,
) {
  const result = scoreSourceRows(table, source, scoring, reading);
  if ('error' in result) throw new Error(result.error.message);
  const byRow = new Map(
    result.rows.map((r) => [r.sheetRow, r.outcome.kind === 'score' ? r.outcome.score : null]),
  );
  return { byRow, rows: result.rows, warnings: result.warnings };
}

describe('a Total row', () => {
  const total = ['Total', 20, 73000, 270, 1470000, 12700, ''];

  it('is Excluded with the reason, and the partners keep the scores they have without it', () => {
    const result = scores([...README, total]);
    expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
    expect(result[4]).toBe('Excluded: "Total" is a total row, not a partner');
  });

  it.each([
    'Totals',
    'Grand total',
    'Subtotal',
    'SUM',
    'Average',
    '合計',
    '小計',
    'Summe',
    'Gesamt',
  ])('is recognised by the name %s', (name) => {
    expect(scores([...README, [name, ...total.slice(1)]])[4]).toMatch(/^Excluded: /);
  });

  it('is recognised without a name when each value is the sum of the rows above', () => {
    const result = scores([...README, ['', 20, 73000, 270, 1470000, 12700, '95%']]);
    expect(result[4]).toBe(
      'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner',
    );
    expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
  });

  it.each(['Total (EUR)', 'Total 2025', 'Gesamtsumme', 'Mean', '総計', '計', '平均'])(
    'is recognised by the name %s, with a note or a year beside the word',
    (name) => {
      const result = scores([...README, [name, ...total.slice(1)]]);
      expect(result[4]).toMatch(/^Excluded: /);
      expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
    },
  );

  // A tester's names: a total the name list cannot know is told by its sums and a word.
  it.each(['Total APAC', 'APAC Total', 'Total - EMEA', 'Nord Ergebnis', 'Summe Q4', 'APAC合計'])(
    'is recognised by its sums and the word in %s',
    (name) => {
      const result = scores([...README, [name, ...total.slice(1)]]);
      expect(result[4]).toBe(
        'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner',
      );
      expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
    },
  );

  // A tester's total rows as people write them: amounts summed, CAC and coverage averaged
  // (12,700 / 3 = 4,233.33 typed 4233; 31.67 % typed 31.7 %). Scored, they moved every score.
  it.each([
    'Total APAC',
    'APAC Total',
    'Total - all partners',
    'Total EMEA (EUR)',
    'Grand Total',
    '',
  ])('is recognised with averaged cost and rate columns: %j', (name) => {
    const result = scores([...README, [name, 20, 73000, 270, 1470000, 4233, '31.7%']]);
    // Grand Total is a total by its name alone.
    expect(result[4]).toMatch(/^Excluded: .*a total row/);
    expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
  });

  it('is recognised with averages as AVERAGE computes them, to the last digit', () => {
    const result = scores([...README, ['', 20, 73000, 90, 1470000, 12700 / 3, 0.95 / 3]]);
    expect(result[4]).toMatch(/^Excluded: a total row/);
  });

  it.each(['Σ', '∑', 'Ø'])('is recognised by the name %s', (name) => {
    expect(scores([...README, [name, 20, 73000, 270, 1470000, 4233, '31.7%']])[4]).toMatch(
      /^Excluded: /,
    );
  });

  it('a partner whose values are near the averages, without a total word or three sums, keeps its score', () => {
    // Two sums (capability, budget) by chance and an average CAC: not enough without a word.
    const result = scores([...README, ['Northwind Group', 20, 73000, 100, 500000, 4233, '31.7%']]);
    expect(typeof result[4]).toBe('number');
    // An average off by more than its shown digits allow (4,000 for 4,233.33) is no average.
    const coarse = scores([...README, ['', 20, 73000, 270, 1470000, 4000, '31.7%']]);
    expect(typeof coarse[4]).toBe('number');
  });

  it('is recognised by its sums alone when three or more of its values are sums', () => {
    const result = scores([...README, ['Northwind Group', ...total.slice(1)]]);
    expect(result[4]).toMatch(/^Excluded: a total row/);
  });

  it('a named partner whose two tier values happen to be sums keeps its score', () => {
    const table = [
      ['Partner', 'Capability', 'Enablement load'],
      ['Alpha', 1, 2],
      ['Beta', 1, 1],
      ['Gamma', 2, 3],
    ];
    expect(scores(table).every((s, row) => row === 0 || typeof s === 'number')).toBe(true);
  });

  it('regional subtotals without a name are excluded, each the sum of its own block', () => {
    const [header, ...partners] = README;
    const extra = [
      ['Cedar & Pine', 6, 25000, 80, 500000, 3500, '35%'],
      ['Delta Reach', 4, 15000, 70, 250000, 4800, '20%'],
    ];
    const block = (rows: unknown[][]) =>
      rows[0].map((_, c) =>
        c === 0
          ? ''
          : c === 6
            ? ''
            : rows.reduce((sum, row) => sum + Number(String(row[c]).replace(/[$,]/g, '')), 0),
      );
    const table = [
      header,
      ...partners,
      block(partners),
      ...extra,
      block(extra),
      block([...partners, ...extra]),
    ];
    const result = scores(table);
    expect(result[4]).toBe(
      'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner',
    );
    expect(result[7]).toBe(
      'Excluded: a subtotal row (its values are the sums, or averages, of the rows since the last total), not a partner',
    );
    expect(result[8]).toBe(
      'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner',
    );
    // The same scores as the five partners alone.
    expect(result.filter((r) => typeof r === 'number')).toEqual(
      scores([header, ...partners, ...extra]).filter((r) => typeof r === 'number'),
    );
  });

  it('is never planned, so it sets no wave revenue and no CAC baseline', () => {
    const { byRow, rows, warnings } = plannerScores([...README, total]);
    expect(rows.map((r) => r.name)).toEqual(['Northwind', 'Blue Fjord', 'Harbor Point']);
    expect(rounded([2, 3, 4].map((r) => byRow.get(r)))).toEqual(README_SCORES);
    expect(warnings[0].message).toBe(
      'Row 5 ("Total") is left out of the plan. Excluded: "Total" is a total row, not a partner.',
    );
  });
});

describe('filler rows (no name, every criterion 0 or blank)', () => {
  const filler = ['', 0, 0, '', 0, 0, 0];
  const table = [...README, ...Array.from({ length: 26 }, () => filler)];

  it('return an empty string and move no one: 98.04 / 0 / 54.78 stay', () => {
    const result = scores(table);
    expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
    expect(new Set(result.slice(4))).toEqual(new Set(['']));
  });

  it('are not listed by the planner as "(no name, row N)" partners', () => {
    const { rows } = plannerScores(table);
    expect(rows.map((r) => r.name)).toEqual(['Northwind', 'Blue Fjord', 'Harbor Point']);
  });
});

describe('rows that get no score take no part in min–max scaling', () => {
  it('an INSUFFICIENT DATA row with extreme values moves no one', () => {
    const insufficient = ['Cedar & Pine', 100, '', '', '', '', '90%'];
    const result = scores([...README, insufficient]);
    expect(result[4]).toBe('INSUFFICIENT DATA');
    expect(rounded(result.slice(1, 4))).toEqual(README_SCORES);
  });
});

describe('a header row with a number, a date, TRUE or an error among its cells', () => {
  it.each([
    ['a number', 2026],
    ['a date', new Date(Date.UTC(2026, 0, 1))],
    ['TRUE', true],
    ['an error', '#N/A'],
  ])('is still the header with %s, in the formula and the planner alike', (_, cell) => {
    const table = README.map((row, i) => [...row, i === 0 ? cell : 5]);
    expect(rounded(scores(table))).toEqual(['Score', ...README_SCORES]);
    const { byRow } = plannerScores(table);
    expect(rounded([2, 3, 4].map((r) => byRow.get(r)))).toEqual(README_SCORES);
  });
});

describe('header names', () => {
  it.each([
    ['MDF Allocated', 'comarketingBudget'],
    ['Marketing Development Funds (MDF)', 'comarketingBudget'],
    ['Enablement hours required', 'enablementLoad'],
    ['Capability score', 'capability'],
    ['Partner Sourced Pipeline Revenue', 'sourcedRevenue'],
    ['Customer Acquisition Cost', 'cac'],
    ['Coverage gap filled (%)', 'coverageGap'],
    ['パートナー能力', 'capability'],
    ['能力', 'capability'],
    ['共同マーケティング予算', 'comarketingBudget'],
    ['ＭＤＦ', 'comarketingBudget'],
    ['イネーブルメント負荷', 'enablementLoad'],
    ['イネーブルメント工数', 'enablementLoad'],
    ['パートナー経由売上', 'sourcedRevenue'],
    ['パートナーソース売上', 'sourcedRevenue'],
    ['顧客獲得コスト', 'cac'],
    ['カバレッジギャップ', 'coverageGap'],
    ['Capabilities', 'capability'],
    ['Blended CAC', 'cac'],
    ['Enablement hours per partner', 'enablementLoad'],
    ['Coverage gap fill rate', 'coverageGap'],
    ['カバレッジギャップ充足率', 'coverageGap'],
  ])('"%s" names %s', (header, id) => {
    expect(matchHeader(header)?.criterion.id).toBe(id);
  });

  it.each([
    'Efficacy',
    'Account Name',
    'Total revenue',
    'Annual revenue',
    'Region',
    // Another quantity than the criterion its term names: never matched by the term.
    'LTV:CAC ratio',
    'CAC payback (months)',
    'Partner revenue growth',
    'Partner revenue target',
    'Coverage ratio',
    'パートナー経由売上目標',
    '顧客獲得コスト比率',
  ])('"%s" names no criterion', (h) => {
    expect(matchHeader(h)).toBeUndefined();
  });

  it('a CRM export with near-miss headers scores as the README table does', () => {
    const crm = [
      [
        'Account Name',
        'Capability score',
        'MDF Allocated',
        'Enablement hours required',
        'Partner-sourced revenue ($)',
        'Customer Acquisition Cost',
        'Coverage gap (%)',
      ],
      ...README.slice(1),
    ];
    expect(rounded(scores(crm))).toEqual(['Score', ...README_SCORES]);
  });

  it('Japanese headers score as the English ones do, under a Score header in Japanese', () => {
    const japanese = [
      [
        'パートナー名',
        'パートナー能力',
        '共同マーケティング予算',
        'イネーブルメント工数',
        'パートナー経由売上',
        '顧客獲得コスト',
        'カバレッジギャップ',
      ],
      ...README.slice(1),
      ['合計', 20, 73000, 270, 1470000, 12700, ''],
    ];
    expect(rounded(scores(japanese).slice(0, 4))).toEqual(['スコア', ...README_SCORES]);
    // Messages follow the spreadsheet's locale (en_US here), not the headers.
    expect(scores(japanese)[4]).toMatch(/^Excluded: "合計"/);
  });

  it('an exact name beats a key term: "MDF" over "MDF Allocated (legacy)"', () => {
    const header = readHeader(['Partner', 'MDF Allocated (legacy)', 'MDF']);
    expect(header.columns.comarketingBudget).toBe(2);
    expect(header.ties).toEqual([]);
  });

  it('Revenue beside Partner-sourced revenue ($): an error in the formula, a choice in the planner', () => {
    const table = [
      ['Partner', 'Revenue', 'Partner-sourced revenue ($)', 'CAC'],
      ['A', 900, 100, 5],
      ['B', 100, 900, 6],
    ];
    expect(errorOf(() => partnerScore(table))).toBe(
      'PARTNER_SCORE: two columns name Partner-sourced revenue: "Revenue" (column 2 of the range) and ' +
        '"Partner-sourced revenue ($)" (column 3). Rename or remove one of them, or pick one with a labelled ' +
        'weights range whose label is its header, e.g. "Revenue" | 1.',
    );
    const header = readHeader(table[0]);
    expect(header.columns.sourcedRevenue).toBeUndefined();
    expect(header.ties.map((t) => [t.criterion.id, t.columns])).toEqual([
      ['sourcedRevenue', [1, 2]],
    ]);
    // Picking one by its header resolves the tie in the formula.
    const picked = scores(table, [
      ['Partner-sourced revenue ($)', 1],
      ['CAC', 1],
    ]);
    expect(picked).toEqual(['Score', 50, 50]);
  });

  it('a #REF! header above values, where a criterion is missing, is reported, not dropped', () => {
    const table = README.map((row, i) => (i === 0 ? [...row.slice(0, 6), '#REF!'] : row));
    expect(errorOf(() => partnerScore(table))).toBe(
      'PARTNER_SCORE: the header of column 7 of the range is "#REF!", an error, above values; it may be ' +
        'Coverage gap filled. Fix the header cell so it names its criterion, or leave that column out of the range.',
    );
  });
});

describe('tier words', () => {
  const tiered = (words: unknown[]) =>
    README.map((row, i) => (i === 0 ? row : [row[0], words[i - 1], ...row.slice(2)]));

  it.each([
    ['Platinum / Gold / Silver / Bronze', ['Platinum', 'Bronze', 'Gold'], [4, 1, 3]],
    ['High / Medium / Low', ['high', 'LOW', 'Medium'], [3, 1, 2]],
    ['高 / 中 / 低', ['高', '低', '中'], [3, 1, 2]],
    ['Tier 1 … Tier 4', ['Tier 1', 'Tier 4', 'tier 2'], [4, 1, 3]],
  ])('%s read on their scale', (_, words, numbers) => {
    expect(scores(tiered(words))).toEqual(scores(tiered(numbers)));
  });

  it('mixed scales stay invalid, saying how to map the words', () => {
    expect(errorOf(() => partnerScore(tiered(['Gold', 'High', 3])))).toContain(
      'Invalid Capability: "Gold" is a tier word in a column of numbers. To read words, map each to a number: ' +
        'a weights row "Capability: Gold" | 3, or the planner\'s data step',
    );
    expect(errorOf(() => partnerScore(tiered(['Gold', 'High', ''])))).toContain(
      'Invalid Capability: "Gold" is a tier word, but the column mixes scales. To read words, map each to a number: ' +
        'a weights row "Capability: Gold" | 3, or the planner\'s data step',
    );
  });

  it('a column mostly on one scale reads it; only the value off the scale is Invalid', () => {
    const result = scores(tiered(['Gold', 'Diamond', 'Silver']));
    expect(result[2]).toBe(
      'Invalid Capability: "Diamond" is not on the scale the rest of the column uses ' +
        '(Platinum 4 / Gold 3 / Silver 2 / Bronze 1). To read words, map each to a number: ' +
        'a weights row "Capability: Diamond" | 5, or the planner\'s data step',
    );
    // The other two score as if their tiers were typed as numbers.
    const typed = scores(
      [README[0], README[1], README[3]].map((row, i) =>
        i === 0 ? row : [row[0], [3, 2][i - 1], ...row.slice(2)],
      ),
    );
    expect([result[1], result[3]]).toEqual(typed.slice(1));
  });

  it('a CRM column of 60 tiers with one stray word or number voids only that row', () => {
    const tiers = ['Platinum', 'Gold', 'Silver', 'Bronze'];
    const rows = Array.from({ length: 60 }, (_, i) => [
      `Partner ${i + 1}`,
      tiers[i % 4],
      10_000 + 500 * i,
      40 + i,
    ]);
    const header = ['Partner', 'Capability score', 'MDF Allocated', 'Enablement hours'];
    const stray = (value: unknown) =>
      scores([header, ...rows.map((r, i) => (i === 2 ? [r[0], value, ...r.slice(2)] : r))]);
    const word = stray('Registered');
    expect(word[3]).toMatch(
      /^Invalid Capability score: "Registered" is not on the scale the rest of the column uses \(Platinum 4/,
    );
    expect(word.filter((s) => typeof s === 'number')).toHaveLength(59);
    const number = stray(5);
    expect(number[3]).toBe(
      'Invalid Capability score: "5" is a number in a column of tier words ' +
        '(Platinum 4 / Gold 3 / Silver 2 / Bronze 1). Type the tier, or map every word to a number',
    );
    expect(number.filter((s) => typeof s === 'number')).toHaveLength(59);
    // Without the stray row, the same 59 scores.
    const clean = scores([header, ...rows.filter((_, i) => i !== 2)]).slice(1);
    expect(word.filter((s) => typeof s === 'number')).toEqual(clean);
  });

  it('any words map to numbers with weights rows "Column: word" | number, and in the planner', () => {
    const table = tiered(['Diamond', 'Bronze', 'Gold']);
    const weights = [
      ['Capability', 1],
      ['Co-marketing budget', 1],
      ['Enablement load', 1],
      ['Revenue', 1],
      ['CAC', 1],
      ['Coverage gap', 1],
      ['Capability: Diamond', 8],
      ['Capability: Bronze', 5],
      ['Capability: Gold', 7],
    ];
    expect(rounded(scores(table, weights))).toEqual(['Score', ...README_SCORES]);
    const reading: TableReading = {
      extraCriteria: [],
      wordMaps: [
        {
          column: 2,
          words: [
            { word: 'diamond', value: 8 },
            { word: 'Bronze', value: 5 },
            { word: 'GOLD', value: 7 },
          ],
        },
      ],
    };
    const { byRow } = plannerScores(table, sourceOf(table), EQUAL, reading);
    expect(rounded([2, 3, 4].map((r) => byRow.get(r)))).toEqual(README_SCORES);
  });
});

describe('extra criteria', () => {
  const table = README.map((row, i) => [
    ...row,
    ['Certified reps', 2, 9, 4][i],
    ['Cost per lead', 50, 10, 30][i],
  ]);

  it('a labelled weight naming a header adds it; (cost) makes it lower-is-better', () => {
    const plain = scores(table, [['Capability', 1]]);
    expect(rounded(plain)).toEqual(['Score', 100, 0, 66.67]);
    const withReps = scores(table, [
      ['Capability', 1],
      ['Certified reps', 1],
    ]);
    // Reps 2 / 9 / 4 → 0, 1, 2/7.
    expect(withReps).toEqual(['Score', 50, 50, (100 * (2 / 3 + 2 / 7)) / 2]);
    const withCost = scores(table, [
      ['Capability', 1],
      ['Cost per lead (cost)', 1],
    ]);
    expect(withCost).toEqual(['Score', 50, 50, (100 * (2 / 3 + 0.5)) / 2]);
    expect(scores(table, [['Cost per lead (lower is better)', 1]])).toEqual(['Score', 0, 100, 50]);
  });

  it('an unknown label that is neither a criterion nor a header stays an error', () => {
    expect(errorOf(() => partnerScore(table, [['Margin', 1]]))).toMatch(
      /^PARTNER_SCORE: unknown weight label "Margin"\. Label each weight with a criterion/,
    );
  });

  it('the planner scores an added criterion exactly as the formula does', () => {
    const reading: TableReading = {
      extraCriteria: [{ column: 9, direction: 'lower', weight: 2 }],
      wordMaps: [],
    };
    const { byRow } = plannerScores(table, sourceOf(table), EQUAL, reading);
    const formula = scores(table, [
      ...['Capability', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage'].map((l) => [l, 1]),
      ['Cost per lead (cost)', 2],
    ]);
    expect([2, 3, 4].map((r) => byRow.get(r))).toEqual(formula.slice(1));
  });
});

describe('sheet and plan agree', () => {
  it('a mapping the headers would not give: the weights rows reproduce the plan in a cell', () => {
    // The sidebar maps capability to "Skill" (no criterion name) and leaves CAC out.
    const table = README.map((row, i) => [...row, ['Skill', 1, 9, 5][i]]);
    const source = {
      ...sourceOf(table),
      columns: { ...sourceOf(table).columns, capability: 8, cac: undefined },
    };
    const scoring: ScoringSpec = {
      weights: { ...EQUAL.weights, sourcedRevenue: 3 },
      method: 'topsis',
      uncertainty: 0.25,
    };
    const { byRow } = plannerScores(table, source, scoring);
    const layout = plannerLayout(table[0], source, scoring, undefined);
    const rows = scoreWeightRows(table[0], layout);
    if (!('rows' in rows)) throw new Error(rows.reason);
    expect(rows.rows).toEqual([
      ['Skill', 1],
      ['Co-marketing budget ($)', 1],
      ['Enablement load (hrs)', 1],
      ['Partner-sourced revenue ($)', 3],
      ['Coverage gap (%)', 1],
    ]);
    const inCell = scores(table, rows.rows, 'topsis');
    expect(inCell.slice(1)).toEqual([2, 3, 4].map((r) => byRow.get(r)));
    // What the headers alone give differs: 75.0 against 66.7 in the case.
    expect(scores(table, [[1, 1, 1, 3, 1, 1]], 'topsis').slice(1)).not.toEqual(inCell.slice(1));
  });
});
