/**
 * A fresh-eyes tester's total rows (2026-12-01, finding 3): totals typed by hand, rounded
 * for display, or labelled in words the name list lacked, were scored as partners and
 * planned, moving every score (Acme 97.97 → 89.11) and counting the wave's revenue twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { readHeader } from '../../../src/domain/scoring/table-header';
import { isTotalName } from '../../../src/domain/scoring/total-names';
import { isRounded } from '../../../src/domain/scoring/total-rows';
import type { ScoringSpec } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';

const HEADER = ['Partner', 'Capability', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage'];
// Sums: MDF 73,260, enablement 272, revenue 1,471,368; CAC mean 4,243.33, coverage 31.67 %.
const PARTNERS = [
  ['Acme', 8, 20150, 61, 750123, 3010, 0.4],
  ['Beta', 5, 35020, 119, 300456, 5490, 0.25],
  ['Gamma', 7, 18090, 92, 420789, 4230, 0.3],
];
const scores = (rows: unknown[][]) =>
  partnerScore([HEADER, ...rows], undefined, undefined, EN_US).map((r) => r[0]);
// Acme, Beta, Gamma as the three alone score them: 97.97, 0, 54.02.
const ALONE = scores(PARTNERS).slice(1, 4);
const SUM_ROW =
  'Excluded: a total row (its values are the sums, or averages, of the rows above), not a partner';

describe('a total row typed by hand', () => {
  it('scores as the partners alone do', () => {
    expect(ALONE.map((s) => Math.round((s as number) * 100) / 100)).toEqual([97.97, 0, 54.02]);
  });

  it.each([
    ['Total EMEA rounded to thousands', ['Total EMEA', '', 73000, 270, 1471000, '', '']],
    ['no name, rounded', ['', '', 73000, 270, 1471000, '', '']],
    ['rounded to tens of thousands', ['Totals EMEA', '', 73000, 270, 1470000, 4200, '']],
    ['means rounded too', ['Total partenaires', '', 73000, 272, 1471000, 4240, 0.32]],
    ['highest capability, exact sums', ['All partners', 8, 73260, 272, 1471368, 4243.33, 0.3167]],
    ['highest capability, two sums', ['All partners', 8, 73260, '', 1471368, 4243.33, 0.3167]],
    ['sum words', ['Sum of all partners', 20, 73300, 272, 1471400, '', '']],
  ])('is excluded when %s, and the partners keep their scores', (_, total) => {
    const result = scores([...PARTNERS, total]);
    expect(result[4]).toBe(SUM_ROW);
    expect(result.slice(1, 4)).toEqual(ALONE);
  });

  it('is a subtotal when it rounds the rows since the last total', () => {
    const rows = [
      ...PARTNERS,
      ['Total', '', 73260, 272, 1471368, '', ''],
      // 37,170, 111 and 700,300 shown rounded.
      ['Delta', 6, 22150, 70, 500000, 3500, 0.35],
      ['Epsilon', 4, 15020, 41, 200300, 2000, 0.2],
      ['Total APAC', '', 37000, 110, 700000, '', ''],
    ];
    expect(scores(rows)[7]).toMatch(/^Excluded: a subtotal row/);
  });

  it('is a total by its name alone in Russian, Turkish, Polish, Greek, German pivots and Japanese', () => {
    for (const name of ['Итого', 'Всего', 'Toplam', 'Genel toplam', 'Razem', 'Σύνολο'])
      expect(isTotalName(name), name).toBe(true);
    for (const name of ['Ergebnis', '合計額', '合計金額', '総額', '全社合計額'])
      expect(isTotalName(name), name).toBe(true);
    const result = scores([...PARTNERS, ['Итого', 6, 19000, 80, 400000, 4000, 0.3]]);
    expect(result[4]).toBe('Excluded: "Итого" is a total row, not a partner');
  });

  it('keeps a partner whose name holds a total word and whose values are no totals', () => {
    for (const name of ['Total Networks Ltd', 'All partners', 'Total EMEA', 'Allianz Partners'])
      expect(typeof scores([...PARTNERS, [name, 6, 19000, 80, 400000, 4000, 0.3]])[4]).toBe(
        'number',
      );
    // Near the sums, but without a total word: a partner, as before.
    const result = scores([...PARTNERS, ['Northwind', '', 73000, 270, 1471000, '', '']]);
    expect(typeof result[4]).toBe('number');
    expect(isTotalName('Total Networks Ltd')).toBe(false);
    expect(isTotalName('小額パートナーズ')).toBe(false);
  });

  it('needs two rounded sums, each keeping two significant digits', () => {
    // One sum only: a partner with a total word keeps its score.
    const one = scores([...PARTNERS, ['Total Networks Ltd', 6, 73000, 80, 400000, 4000, 0.3]]);
    expect(typeof one[4]).toBe('number');
    expect(isRounded(73000, 73260)).toBe(true);
    expect(isRounded(1.2, 1.15)).toBe(true);
    expect(isRounded(700000, 700300)).toBe(true);
    expect(isRounded(70000, 73260)).toBe(false);
    expect(isRounded(4000, 4233.33)).toBe(false);
    expect(isRounded(74000, 73260)).toBe(false);
  });

  it("is left out of the plan, its revenue counted once (the tester's 155,000 and 2,192,000)", () => {
    const table = [
      ['Account Name', 'Capability', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage gap (%)'],
      ['Northwind Systems', 'Platinum', 5120, 20, 80340, 1800, '5%'],
      ['Blue Fjord Partners', 'Bronze', 41870, 33, 799210, 4900, '22%'],
      ['Harbor Point Consulting', 'Silver', 39050, 46, 618400, 8000, '39%'],
      ['Cedar & Pine Digital', 'Gold', 36010, 59, 437120, 4100, '56%'],
      ['Kestrel Solutions', 'Platinum', 33300, 72, 256900, 7200, '13%'],
      ['Total EMEA', '', 155000, 230, 2192000, '', ''],
      ['Summit Systems', 'Bronze', 30000, 85, 975000, 3300, '30%'],
    ];
    const header = readHeader(table[0]);
    const columns = Object.fromEntries(
      Object.entries(header.columns).map(([id, c]) => [id, (c as number) + 1]),
    );
    const source = {
      sheetName: 'Partners',
      sheetId: 0,
      headerRow: 1,
      partnerColumn: 1,
      ownerColumn: null,
      columns,
    };
    const scoring: ScoringSpec = {
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
    const result = scoreSourceRows(table, source, scoring, undefined, EN_US);
    if ('error' in result) throw new Error(result.error.message);
    expect(result.rows.map((r) => r.name)).not.toContain('Total EMEA');
    expect(result.warnings.map((w) => w.message)).toEqual([
      `Row 7 ("Total EMEA") is left out of the plan. ${SUM_ROW}.`,
    ]);
  });
});

describe('a complete total row under random partners', () => {
  // The reader looks further at a complete row only when its first two values are each
  // near their column's sum, average or highest (total-rows.ts mayBeTotal): every mix of
  // sums, averages, roundings and highests a total row may hold must pass that look.
  const kinds = ['sum', 'rounded sum', 'mean', 'rounded mean', 'highest'] as const;
  const value = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  // The coverage gap is a share: fractions, so no row is refused for points among them.
  const share = fc.double({ min: 0.01, max: 1, noNaN: true });
  const partner = fc.tuple(value, value, value, value, value, share);
  it('is excluded whichever of its values are sums, averages, roundings or the highest', () => {
    fc.assert(
      fc.property(
        fc.array(partner, { minLength: 2, maxLength: 30 }),
        fc.array(fc.constantFrom(...kinds), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (rows, picked, a, b) => {
          fc.pre(a !== b);
          const of = (kind: (typeof kinds)[number], c: number) => {
            const column = rows.map((row) => row[c]);
            const sum = column.reduce((s, v) => s + v, 0);
            const mean = sum / column.length;
            if (kind === 'sum') return sum;
            if (kind === 'rounded sum') return Number(sum.toPrecision(2));
            if (kind === 'mean') return mean;
            if (kind === 'rounded mean') return Number(mean.toPrecision(2));
            return Math.max(...column);
          };
          // Two sums at least, as a total row needs.
          const kindOf = picked.map((k, c) => (c === a || c === b ? 'rounded sum' : k));
          const total = ['Total EMEA', ...kindOf.map((k, c) => of(k, c))];
          const result = scores([...rows.map((row, i) => [`P${i}`, ...row]), total]);
          expect(result[rows.length + 1]).toBe(SUM_ROW);
        },
      ),
      { numRuns: 300 },
    );
  });
});
