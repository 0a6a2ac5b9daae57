/**
 * Where the two readings meet: the table reader (issue 10) decides which rows and columns
 * are read, the value reader (issue 16) how each cell's text becomes a number. The checks
 * over whole columns run inside the table reader, so PARTNER_SCORE and the planner refuse
 * the same cells, and rows that take part in nothing say nothing about a column.
 */
import { describe, expect, it } from 'vitest';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import type { ScoringSpec, SourceSpec } from '../../../src/shared/plan-types';
import { EN_US, sheetIn } from '../../support/sheet-settings';
import { scorePartners } from './support/score-records';

const SCORING: ScoringSpec = {
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

/** The planner's outcome per sheet row for a table of Partner | Capability | <criterion>. */
function planned(table: unknown[][], criterion: 'cac' | 'coverageGap', locale = 'en_US') {
  const source = {
    sheetName: 'Partners',
    headerRow: 1,
    partnerColumn: 1,
    ownerColumn: null,
    columns: { capability: 2, [criterion]: 3 },
  } as SourceSpec;
  const result = scoreSourceRows(table, source, SCORING, undefined, sheetIn(locale));
  if ('error' in result) throw new Error(result.error.message);
  return result.rows.map((r) =>
    r.outcome.kind === 'score'
      ? r.outcome.score
      : r.outcome.kind === 'invalid'
        ? r.outcome.message
        : r.outcome.kind,
  );
}

describe('the column checks run in the one table reader', () => {
  it('a second currency in a column is refused alike in the cell and in the plan', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '$4,000'],
      ['B', 6, '$5,000'],
      ['C', 5, '£3,000'],
      ['D', 7, '$3,500'],
    ];
    const message =
      'Invalid CAC: "£3,000" is in GBP, but this column\'s other amounts are in USD; convert it to USD, or keep each currency in its own column';
    const inCell = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(inCell[3]).toBe(message);
    const inPlan = planned(table, 'cac');
    expect(inPlan[2]).toBe(message);
    expect([inPlan[0], inPlan[1], inPlan[3]]).toEqual([inCell[1], inCell[2], inCell[4]]);
  });

  it('a %-column of points is read as fractions in the plan, with the same scores as the cell', () => {
    const table = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 40],
      ['B', 6, 25],
      ['C', 5, 30],
    ];
    const inCell = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(planned(table, 'coverageGap')).toEqual(inCell.slice(1));
    // The header's (%) does not move a score, not even by a rounding error.
    const plain = [['Partner', 'Capability', 'Coverage gap'], ...table.slice(1)];
    expect(partnerScore(plain, undefined, undefined, EN_US)).toEqual(
      partnerScore(table, undefined, undefined, EN_US),
    );
  });

  it('a total row takes no part in a column check: it neither outvotes nor is outvoted', () => {
    // Counting the Average row's fraction would tie fractions and points, and a tie
    // refuses the points (B and C); left out, A's fraction is the fewer kind.
    const table = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 0.4],
      ['B', 6, 25],
      ['C', 5, 30],
      ['Average', 6.3, 0.2],
    ];
    const result = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(result[1]).toBe(
      'Invalid Coverage gap (%): "0.4" is a fraction (40%) beside percentage points (40 = 40%) in this % column; type 40 if you mean 40 percent',
    );
    expect([typeof result[2], typeof result[3]]).toEqual(['number', 'number']);
    expect(result[4]).toBe('Excluded: "Average" is a total row, not a partner');
  });

  it('a row already Invalid for another cell takes no part in a column check', () => {
    // Counting D's 0.2 would tie fractions and points, and a tie refuses the points (A and
    // B); D is refused for its capability, so only C's 0.3 is a fraction, the fewer kind.
    const table = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 40],
      ['B', 6, 25],
      ['C', 5, 0.3],
      ['D', 'abc', 0.2],
    ];
    const result = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(result[3]).toBe(
      'Invalid Coverage gap (%): "0.3" is a fraction (30%) beside percentage points (40 = 40%) in this % column; type 30 if you mean 30 percent',
    );
    expect(result[4]).toMatch(/^Invalid Capability: "abc" is not a number/);
    expect(typeof result[2]).toBe('number');
  });

  it('a plain 1 in a %-column fits either kind: 1 % among points, 100 % among fractions', () => {
    const points = [
      ['Partner', 'Capability', 'Coverage gap (%)'],
      ['A', 8, 40],
      ['B', 6, 25],
      ['C', 5, 1],
    ];
    const rows = scorePartners(points).rows.slice(1);
    expect(rows.map((r) => (r.kind === 'score' ? r.values.coverageGap : r.kind))).toEqual([
      0.4, 0.25, 0.01,
    ]);
    const fractions = [points[0], ['A', 8, 0.4], ['B', 6, 0.25], ['C', 5, 1]];
    const read = scorePartners(fractions).rows.slice(1);
    expect(read.map((r) => (r.kind === 'score' ? r.values.coverageGap : r.kind))).toEqual([
      0.4, 0.25, 1,
    ]);
    // Typed as 1%, it is a fraction, and so refused among points.
    const typed = [points[0], ['A', 8, 40], ['B', 6, 25], ['C', 5, '1%']];
    expect(partnerScore(typed, undefined, undefined, EN_US)[3][0]).toMatch(
      /^Invalid Coverage gap \(%\): "1%" is a fraction \(1%\) beside percentage points/,
    );
  });
});

describe('tier words and words read through the value reader', () => {
  it('German numbers, a Summe row and tier words in one table, the same in the cell and the plan', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 'Gold', '4.000 €'],
      ['B', 'Silver', '5.500 €'],
      ['C', 'Platinum', '3.000,50 €'],
      ['Summe', '', '12.500,50 €'],
    ];
    const inCell = partnerScore(table, undefined, undefined, sheetIn('de_DE')).map((r) => r[0]);
    expect(inCell.slice(1, 4).every((v) => typeof v === 'number')).toBe(true);
    // Gold 3 between Silver 2 and Platinum 4 is 0.5; CAC 4000 between 5500 and 3000.5 is
    // 1500 / 2499.5 towards the best: 100 × (0.5 + 0.6001) / 2.
    expect(inCell[1]).toBeCloseTo(55.006, 3);
    expect(inCell[4]).toBe('Excluded: "Summe" is a total row, not a partner');
    const inPlan = planned(table, 'cac', 'de_DE');
    expect(inPlan).toEqual(inCell.slice(1, 4));
  });

  it('a number typed the other locale’s way is refused with both fixes, not taken for a word', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '1.234,56'],
      ['B', 6, 5000],
      ['C', 5, 3000],
    ];
    const result = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(result[1]).toMatch(/^Invalid CAC: "1\.234,56" .*en_US/);
    expect(result[1]).not.toMatch(/map each to a number/);
  });
});
