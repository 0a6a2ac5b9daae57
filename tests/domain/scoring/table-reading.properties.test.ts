/**
 * Invariants of the one table reading (issue 10), over generated tables: rows that get
 * no score move no one, column order and header synonyms change nothing, and the
 * planner and the formula give the same scores for any mapping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreWeightRows } from '../../../src/domain/plan/score-formula';
import { plannerLayout, scoreSourceRows } from '../../../src/domain/plan/source-rows';
import { CRITERIA, type CriterionId } from '../../../src/domain/scoring/criteria';
import type { ScoringMethod } from '../../../src/domain/scoring/partner-score';
import { ValueReader } from '../../../src/domain/values/reader';
import type { ScoringSpec, SourceSpec } from '../../../src/shared/plan-types';
import type { TableReading } from '../../../src/shared/reading-types';
import { EN_US } from '../../support/sheet-settings';
import { type Cell, run } from './support/score-outcome';

const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 2, arbitrary: fc.constant('') },
);

const base = fc
  .record({
    count: fc.integer({ min: 1, max: 6 }),
    method: fc.constantFrom<ScoringMethod>('minmax', 'topsis'),
    weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
  })
  .chain(({ count, method, weights }) =>
    fc.record({
      criteria: fc.shuffledSubarray([...CRITERIA], { minLength: count, maxLength: count }),
      rows: fc.array(fc.array(value, { minLength: count, maxLength: count }), {
        minLength: 2,
        maxLength: 10,
      }),
      method: fc.constant(method),
      weights: fc.constant(weights),
    }),
  );

const tableOf = (criteria: readonly { label: string }[], rows: Cell[][]): Cell[][] => [
  ['Partner', ...criteria.map((c) => c.label)],
  ...rows.map((row, i) => [`Partner ${i + 1}`, ...row]),
];

/** A row that gets no score: a total (by name or by sum), a filler, an invalid or an empty partner. */
const noScoreRow = (width: number) =>
  fc.oneof(
    fc.array(value, { minLength: width, maxLength: width }).map((v) => ['Total', ...v]),
    fc
      .array(fc.constantFrom<Cell>(0, ''), { minLength: width, maxLength: width })
      .map((v) => ['', ...v]),
    fc
      .tuple(fc.array(value, { minLength: width, maxLength: width }), fc.nat(width - 1))
      .map(([v, at]) => ['Broken', ...v.map((c, i) => (i === at ? 'abc' : c))]),
    fc.constant<Cell[]>(['No data yet', ...Array.from({ length: width }, () => '')]),
    fc.array(value, { minLength: width, maxLength: width }).map((v) => ['Partial', ...v]),
  );

const sumRow = (table: Cell[][]): Cell[] =>
  table[0].map((_, c) =>
    c === 0
      ? ''
      : table
          .slice(1)
          .reduce<number>((s, r) => s + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0),
  );

describe('rows that get no score move no one', () => {
  it('appending total, filler, invalid or insufficient rows leaves every other score as it was', () => {
    fc.assert(
      fc.property(
        base.chain((b) =>
          fc.record({
            b: fc.constant(b),
            extra: fc.array(noScoreRow(b.criteria.length), { maxLength: 4 }),
            sum: fc.boolean(),
          }),
        ),
        ({ b, extra, sum }) => {
          const table = tableOf(b.criteria, b.rows);
          const before = run(table, [b.weights], b.method);
          fc.pre('results' in before);
          const appended = [...table, ...(sum ? [sumRow(table)] : []), ...extra];
          const after = run(appended, [b.weights], b.method);
          if (!('results' in after) || !('results' in before))
            throw new Error('threw after appending');
          // Rows that got a score after appending are partners; if any appended row did,
          // the property does not speak about it (a "Partial" row may be a real partner).
          const added = after.results.slice(table.length);
          fc.pre(added.every((r) => typeof r !== 'number'));
          expect(after.results.slice(0, table.length)).toEqual(before.results);
          if (sum) expect(after.results[table.length]).toMatch(/^Excluded: |^$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Every listed name of each criterion, as a header a person could type. */
const SYNONYMS: Record<CriterionId, string[]> = {
  capability: ['Capability', 'Partner capability', 'Capability score', 'パートナー能力', '能力'],
  comarketingBudget: [
    'Co-marketing budget',
    'MDF',
    'MDF Allocated',
    'Marketing budget',
    '共同マーケティング予算',
  ],
  enablementLoad: [
    'Enablement load',
    'Enablement hours',
    'Enablement hours required',
    'イネーブルメント工数',
    'イネーブルメント負荷',
  ],
  sourcedRevenue: [
    'Partner-sourced revenue ($)',
    'Sourced revenue',
    'Partner revenue',
    'Revenue',
    'パートナー経由売上',
    'パートナーソース売上',
  ],
  cac: ['CAC', 'Customer acquisition cost', 'Acquisition cost', '顧客獲得コスト'],
  coverageGap: ['Coverage gap (%)', 'Coverage', 'Coverage gap filled', 'カバレッジギャップ'],
};

describe('column order and header names', () => {
  it('permuting columns and renaming headers to any listed synonym changes no score', () => {
    fc.assert(
      fc.property(
        base.chain((b) =>
          fc.record({
            b: fc.constant(b),
            order: fc.shuffledSubarray(
              Array.from({ length: b.criteria.length + 1 }, (_, i) => i),
              { minLength: b.criteria.length + 1, maxLength: b.criteria.length + 1 },
            ),
            names: fc.tuple(...b.criteria.map((c) => fc.constantFrom(...SYNONYMS[c.id]))),
            partner: fc.constantFrom(
              'Partner',
              'Account Name',
              'Company',
              'パートナー名',
              '会社名',
            ),
          }),
        ),
        ({ b, order, names, partner }) => {
          const table = tableOf(b.criteria, b.rows);
          const renamed = table.map((row, r) =>
            order.map((c) => (r > 0 ? row[c] : c === 0 ? partner : names[c - 1])),
          );
          const before = run(table, [b.weights], b.method);
          const after = run(renamed, [b.weights], b.method);
          if ('threw' in before) {
            expect(after).toHaveProperty('threw');
            return;
          }
          if (!('results' in after)) throw new Error(after.threw);
          expect(after.results.map((r) => (typeof r === 'number' ? r : typeof r))).toEqual(
            before.results.map((r) => (typeof r === 'number' ? r : typeof r)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formula and planner', () => {
  const WORDS = ['Platinum', 'Gold', 'Silver', 'Bronze', 'Diamond'];
  const cell = fc.oneof(
    { weight: 7, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  );
  const HEADERS = [
    'Capability',
    'MDF',
    'Enablement',
    'Revenue',
    'CAC',
    'Coverage',
    'Reps',
    'Skill',
    'Cost per lead',
  ];

  it('give identical scores on random tables with random mappings, extra criteria and word maps', () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), {
            minLength: 2,
            maxLength: 10,
          }),
          // A column (1–9 of the data, 2–10 on the sheet) for each criterion, or none.
          columns: fc.shuffledSubarray([2, 3, 4, 5, 6, 7, 8, 9, 10], {
            minLength: 9,
            maxLength: 9,
          }),
          used: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
          extraLower: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          weights: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 9, maxLength: 9 }),
          words: fc.array(
            fc.record({ word: fc.constantFrom(...WORDS), value: fc.integer({ min: 0, max: 9 }) }),
            { maxLength: 4 },
          ),
          wordColumn: fc.integer({ min: 2, max: 10 }),
          method: fc.constantFrom<ScoringMethod>('minmax', 'topsis'),
        }),
        ({ rows, columns, used, extraLower, weights, words, wordColumn, method }) => {
          const table: Cell[][] = [
            ['Partner', ...HEADERS],
            ...rows.map((row, i) => [i % 4 === 3 ? '' : `P${i}`, ...row]),
          ];
          const source: SourceSpec = {
            sheetName: 'Partners',
            sheetId: 0,
            headerRow: 1,
            partnerColumn: 1,
            ownerColumn: null,
            columns: Object.fromEntries(
              CRITERIA.flatMap((c, i) => (used[i] ? [[c.id, columns[i]]] : [])),
            ),
          };
          const scoring: ScoringSpec = {
            weights: Object.fromEntries(
              CRITERIA.map((c, i) => [c.id, weights[i]]),
            ) as ScoringSpec['weights'],
            method,
            uncertainty: 0.25,
          };
          const reading: TableReading = {
            extraCriteria: [6, 7, 8].flatMap((i, k) =>
              used[i]
                ? [
                    {
                      column: columns[i],
                      direction: extraLower[k] ? 'lower' : 'higher',
                      weight: weights[i],
                    },
                  ]
                : [],
            ) as TableReading['extraCriteria'],
            wordMaps: [{ column: wordColumn, words }],
          };
          const planned = scoreSourceRows(table, source, scoring, reading, EN_US);
          const layout = plannerLayout(table[0], source, scoring, reading);
          // The planner's validation asks for at least one column before it scores.
          fc.pre(layout.columns.length > 0);
          const rowsOut = scoreWeightRows(table[0], layout, new ValueReader(EN_US));
          if (!('rows' in rowsOut)) throw new Error(rowsOut.reason);
          const formula = run(table, rowsOut.rows, method);
          if ('error' in planned) {
            expect(formula).toHaveProperty('threw');
            return;
          }
          if (!('results' in formula)) throw new Error(formula.threw);
          const byRow = new Map(
            planned.rows.map((r) => [
              r.sheetRow,
              r.outcome.kind === 'score' ? r.outcome.score : null,
            ]),
          );
          formula.results.slice(1).forEach((result, i) => {
            const plan = byRow.get(i + 2) ?? null;
            expect(typeof result === 'number' ? result : null).toBe(plan);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
