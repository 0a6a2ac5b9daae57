/**
 * Tester's finding 2: the magnitude a money header names (`Revenue ($M)`, `（千円）`), and
 * PARTNER_SCORE's reading of a cell that carries its own under such a header.
 */
import { describe, expect, it } from 'vitest';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { headerScale, timesTenTo } from '../../../src/domain/values/header-scale';
import { conventionsFor } from '../../../src/domain/values/locales';
import { EN_US, sheetIn } from '../../support/sheet-settings';

describe('the magnitude a header names', () => {
  it.each([
    ['ja_JP', '顧客獲得コスト（千円）', 3],
    ['ja_JP', 'パートナー経由売上(千円)', 3],
    ['ja_JP', '売上（万円）', 4],
    ['ja_JP', '売上(百万円)', 6],
    ['ja_JP', '売上(億円)', 8],
    ['ja_JP', 'パートナー経由売上千円', 3],
    ['en_US', 'Revenue (k€)', 3],
    ['en_US', 'Revenue (K€)', 3],
    ['en_US', 'Revenue (kEUR)', 3],
    ['de_DE', 'Umsatz (TEUR)', 3],
    ['de_DE', 'Umsatz (T€)', 3],
    ['de_DE', 'Umsatz TEUR', 3],
    ['en_US', 'Revenue ($000)', 3],
    ['en_US', 'Revenue ($000s)', 3],
    ['en_US', 'Revenue (000s)', 3],
    ['en_US', "Revenue ('000)", 3],
    ['en_US', 'Revenue (in thousands)', 3],
    ['en_US', 'Revenue (thousands)', 3],
    ['en_US', 'Revenue (in thousands of USD)', 3],
    ['en_US', 'Revenue in thousands', 3],
    ['de_DE', 'Umsatz in Tsd. €', 3],
    ['en_US', 'Revenue ($K)', 3],
    ['en_US', 'Revenue ($M)', 6],
    ['en_US', 'Revenue ($MM)', 6],
    ['en_US', 'Revenue $M', 6],
    ['en_US', 'Revenue (€m)', 6],
    ['en_US', 'Revenue (USD m)', 6],
    ['de_DE', 'Umsatz (Mio. €)', 6],
    ['de_DE', 'Umsatz (Mio)', 6],
    ['en_US', 'Revenue (in millions)', 6],
    ['en_US', 'Revenue (millions)', 6],
    ['en_IN', 'Revenue (lakh)', 5],
    ['en_IN', 'Revenue (Cr)', 7],
    ['en_IN', 'Revenue (crore)', 7],
    // None: a currency alone, a percentage, a period, a year, two scales at once.
    ['en_US', 'Revenue', 0],
    ['en_US', 'Revenue ($)', 0],
    ['en_US', 'Revenue (EUR)', 0],
    ['de_DE', 'Umsatz EUR', 0],
    ['en_US', 'Coverage gap (%)', 0],
    ['en_US', 'CAC payback (months)', 0],
    ['en_US', 'Revenue 2025', 0],
    ['de_DE', 'Umsatz (T€ Mio)', 0],
  ])('%s: %j is in 10^%i', (locale, header, power) => {
    expect(headerScale(header, conventionsFor(locale))).toBe(power);
  });

  it('multiplies exactly in decimal', () => {
    expect(timesTenTo(2.75, 6)).toBe(2_750_000);
    expect(timesTenTo(1.1, 3)).toBe(1100);
    expect(timesTenTo(2_750_000, -6)).toBe(2.75);
    expect(timesTenTo(1e21, 3)).toBe(1e24);
  });
});

describe('PARTNER_SCORE under a header in millions', () => {
  const table = (revenue: unknown[]) => [
    ['Partner', 'Capability', 'Revenue ($M)'],
    ['A', 8, revenue[0]],
    ['B', 5, revenue[1]],
    ['C', 7, revenue[2]],
  ];
  const scores = (revenue: unknown[]) =>
    partnerScore(table(revenue), undefined, undefined, EN_US).map((r) => r[0]);

  it('reads a cell typed 2.75M as 2.75 millions, like the plain 2.75 beside it', () => {
    expect(scores(['2.75M', 0.5, '1,250k'])).toEqual(scores([2.75, 0.5, 1.25]));
    // Capability 1, 0, 2/3; revenue 1, 0, 1/3: the mean of the two.
    expect(scores([2.75, 0.5, 1.25])).toEqual(['Score', 100, 0, 50]);
  });

  it('scores as the same table in dollars: a scale changes no score', () => {
    const inDollars = [
      ['Partner', 'Capability', 'Revenue'],
      ['A', 8, 2_750_000],
      ['B', 5, 500_000],
      ['C', 7, 1_250_000],
    ];
    expect(scores([2.75, 0.5, 1.25])).toEqual(
      partnerScore(inDollars, undefined, undefined, EN_US).map((r) => r[0]),
    );
  });
});

describe('an amount with its own currency under a header in a magnitude', () => {
  const table = (header: string, cell: unknown) => [
    ['Partner', 'Capability', header],
    ['A', 8, cell],
    ['B', 5, 20],
    ['C', 7, 30],
  ];
  const scoreA = (locale: string, header: string, cell: unknown) =>
    partnerScore(table(header, cell), undefined, undefined, sheetIn(locale))[1][0];

  // Typed with a currency mark, the amount is most likely the full one; the header says it
  // is in thousands. Neither reading is taken: the cell says which two it could be.
  it.each([
    [
      'en_US',
      'Revenue (k€)',
      '€12,500',
      'Invalid Revenue (k€): "€12,500" reads as 12500000 by the header\'s unit; if it is the full amount 12500, type 12.5, or drop the unit from the header',
    ],
    [
      'de_DE',
      'Umsatz (TEUR)',
      '12.500 €',
      'Invalid Umsatz (TEUR): "12.500 €" reads as 12500000 by the header\'s unit; if it is the full amount 12500, type 12,5, or drop the unit from the header',
    ],
    [
      'en_US',
      'Revenue ($000)',
      '$950',
      'Invalid Revenue ($000): "$950" reads as 950000 by the header\'s unit; if it is the full amount 950, type 0.95, or drop the unit from the header',
    ],
    [
      'en_US',
      'Revenue ($M)',
      '$2,750,000',
      'Invalid Revenue ($M): "$2,750,000" reads as 2750000000000 by the header\'s unit; if it is the full amount 2750000, type 2.75, or drop the unit from the header',
    ],
    [
      'ja_JP',
      'パートナー経由売上（千円）',
      '12,500円',
      '【無効】パートナー経由売上（千円）：「12,500円」は見出しの単位では 12500000 です。全額の 12500 なら 12.5 と入力するか、見出しから単位を外してください',
    ],
    [
      'ja_JP',
      '売上（万円）',
      '¥12,500',
      expect.stringContaining('125000000 です。全額の 12500 なら 1.25 と'),
    ],
    [
      'en_IN',
      'Revenue (lakh)',
      '₹ 50,000/-',
      expect.stringContaining(
        "5000000000 by the header's unit; if it is the full amount 50000, type 0.5,",
      ),
    ],
  ])('%s: %j holding %j is refused', (locale, header, cell, note) => {
    expect(scoreA(locale, header, cell)).toEqual(note);
  });

  it('keeps the readings that are not in doubt', () => {
    const scores = (header: string, cell: unknown) =>
      partnerScore(table(header, cell), undefined, undefined, EN_US).map((r) => r[0]);
    // A plain number is in the header's unit; a cell with its own magnitude is read once.
    expect(scores('Revenue (k€)', '12.5')).toEqual(scores('Revenue (k€)', 12.5));
    expect(scores('Revenue (k€)', '€12.5k')).toEqual(scores('Revenue (k€)', 12.5));
    expect(scores('Revenue (k€)', '12.5 T€')).toEqual(scores('Revenue (k€)', 12.5));
    expect(scores('Revenue ($M)', '$2.75M')).toEqual(scores('Revenue ($M)', 2.75));
    // Nothing is in doubt about 0, nor under a header without a magnitude.
    expect(scores('Revenue (k€)', '€0')).toEqual(scores('Revenue (k€)', 0));
    expect(scores('Revenue (€)', '€12,500')).toEqual(scores('Revenue (€)', 12_500));
  });
});
