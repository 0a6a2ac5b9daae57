/**
 * The invariants of PARTNER_SCORE, checked over generated partner tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, type Criterion } from '../../../src/domain/scoring/criteria';
import type { ScoringMethod } from '../../../src/domain/scoring/partner-score';
import { type Cell, type Outcome, run } from './support/score-outcome';

const cleanCell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.constant('') },
);
const messyCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e300, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom('', 'TBD', 'n/a', '$1,200', '35%') },
  { weight: 1, arbitrary: fc.constantFrom('abc', '#N/A', -3) },
);

/** A header naming some criteria in any order, beside a partner name column, and rows. */
const tableOf = (cell: fc.Arbitrary<Cell>) =>
  fc.shuffledSubarray([...CRITERIA], { minLength: 1 }).chain((criteria) =>
    fc.record({
      criteria: fc.constant(criteria),
      rows: fc.array(fc.array(cell, { minLength: criteria.length, maxLength: criteria.length }), {
        minLength: 2,
        maxLength: 12,
      }),
      weights: fc.option(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }), {
        nil: undefined,
      }),
      method: fc.constantFrom<ScoringMethod>('minmax', 'topsis'),
    }),
  );

const build = (criteria: Criterion[], rows: Cell[][]): Cell[][] => [
  ['Partner', ...criteria.map((c) => c.label)],
  ...rows.map((row, i) => [`P${i}`, ...row]),
];

const weightsArg = (weights: number[] | undefined) => (weights ? [weights] : undefined);

function expectClose(actual: Outcome, expected: Outcome, exact: boolean) {
  if ('threw' in expected) {
    expect(actual).toHaveProperty('threw');
    return;
  }
  if (!('results' in actual)) throw new Error(`threw ${actual.threw}`);
  expect(actual.results.length).toBe(expected.results.length);
  actual.results.forEach((value, i) => {
    const want = expected.results[i];
    if (exact || typeof want !== 'number' || typeof value !== 'number') expect(value).toEqual(want);
    else expect(Math.abs(value - want)).toBeLessThan(1e-9);
  });
}

describe('PARTNER_SCORE invariants', () => {
  it('every numeric score is in [0, 100]; every other result is a documented text', () => {
    fc.assert(
      fc.property(tableOf(messyCell), ({ criteria, rows, weights, method }) => {
        const outcome = run(build(criteria, rows), weightsArg(weights), method);
        if ('threw' in outcome) {
          expect(outcome.threw).toMatch(/^PARTNER_SCORE: /);
          return;
        }
        expect(outcome.results[0]).toBe('Score');
        for (const result of outcome.results.slice(1)) {
          if (typeof result === 'number') {
            expect(result).toBeGreaterThanOrEqual(0);
            expect(result).toBeLessThanOrEqual(100);
          } else {
            expect(result).toMatch(/^(|INSUFFICIENT DATA|Invalid .+: ".*".*)$/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reordering rows reorders the results and changes nothing else', () => {
    const withOrder = tableOf(messyCell).chain((t) =>
      fc.record({
        t: fc.constant(t),
        order: fc.shuffledSubarray(
          t.rows.map((_, i) => i),
          { minLength: t.rows.length, maxLength: t.rows.length },
        ),
      }),
    );
    fc.assert(
      fc.property(withOrder, ({ t: { criteria, rows, weights, method }, order }) => {
        const before = run(build(criteria, rows), weightsArg(weights), method);
        const after = run(
          build(
            criteria,
            order.map((i) => rows[i]),
          ),
          weightsArg(weights),
          method,
        );
        const expected =
          'results' in before
            ? { results: [before.results[0], ...order.map((i) => before.results[i + 1])] }
            : before;
        // min and max do not depend on order; TOPSIS's sums of squares may, by an ulp.
        expectClose(after, expected, method === 'minmax');
      }),
      { numRuns: 300 },
    );
  });

  it('multiplying all weights by a positive constant changes nothing', () => {
    const scale = fc.oneof(
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.constantFrom(0.1, 3, 1e6),
    );
    fc.assert(
      fc.property(tableOf(cleanCell), scale, ({ criteria, rows, weights, method }, c) => {
        const base = weights ?? [1, 1, 1, 1, 1, 1];
        const table = build(criteria, rows);
        const before = run(table, [base], method);
        const after = run(table, [base.map((w) => w * c)], method);
        expectClose(after, before, false);
      }),
      { numRuns: 300 },
    );
  });

  // Not the coverage gap: a share, whose fractions (≤ 1) and points (> 1) must not mix, so
  // scaling one of its values across 1 rightly makes that cell Invalid.
  it('multiplying any one criterion column but the coverage gap by a positive constant changes nothing', () => {
    const scale = fc.oneof(
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.constantFrom(0.01, 7, 1e9),
    );
    fc.assert(
      fc.property(
        tableOf(cleanCell),
        scale,
        fc.nat(),
        ({ criteria, rows, weights, method }, c, pick) => {
          const column = pick % criteria.length;
          fc.pre(criteria[column].id !== 'coverageGap');
          const scaled = rows.map((row) =>
            row.map((cell, j) => (j === column && typeof cell === 'number' ? cell * c : cell)),
          );
          const before = run(build(criteria, rows), weightsArg(weights), method);
          const after = run(build(criteria, scaled), weightsArg(weights), method);
          expectClose(after, before, false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('raising a benefit or lowering a cost of one row never lowers its minmax score', () => {
    fc.assert(
      fc.property(
        tableOf(cleanCell),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 1_000_000 }),
        ({ criteria, rows, weights }, pickRow, pickColumn, step) => {
          const r = pickRow % rows.length;
          const j = pickColumn % criteria.length;
          const value = rows[r][j];
          fc.pre(typeof value === 'number');
          const better =
            criteria[j].direction === 'higher'
              ? (value as number) + step
              : Math.max(0, (value as number) - step);
          const improved = rows.map((row, i) =>
            i === r ? row.map((cell, k) => (k === j ? better : cell)) : row,
          );
          const before = run(build(criteria, rows), weightsArg(weights), 'minmax');
          const after = run(build(criteria, improved), weightsArg(weights), 'minmax');
          fc.pre('results' in before && typeof before.results[r + 1] === 'number');
          if (!('results' in after && 'results' in before))
            throw new Error('the improved table threw');
          expect(after.results[r + 1]).toBeGreaterThanOrEqual(before.results[r + 1] as number);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a row best on every criterion scores 100 and one worst on every criterion 0 (minmax)', () => {
    const known = fc.shuffledSubarray([...CRITERIA], { minLength: 1 }).chain((criteria) =>
      fc.record({
        criteria: fc.constant(criteria),
        rows: fc.array(
          fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
            minLength: criteria.length,
            maxLength: criteria.length,
          }),
          { minLength: 0, maxLength: 10 },
        ),
        weights: fc
          .array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 })
          .filter((w) => criteria.some((c) => w[CRITERIA.indexOf(c)] > 0)),
      }),
    );
    fc.assert(
      fc.property(known, ({ criteria, rows, weights }) => {
        const highest = (j: number) => Math.max(1, ...rows.map((row) => row[j]));
        const best = criteria.map((c, j) => (c.direction === 'higher' ? highest(j) + 1 : 0));
        const worst = criteria.map((c, j) => (c.direction === 'higher' ? 0 : highest(j) + 1));
        const outcome = run(build(criteria, [...rows, best, worst]), [weights], 'minmax');
        if (!('results' in outcome)) throw new Error(outcome.threw);
        expect(outcome.results.at(-2)).toBe(100);
        expect(outcome.results.at(-1)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
