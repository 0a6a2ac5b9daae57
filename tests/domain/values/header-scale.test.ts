/**
 * Tester's finding 2: the magnitude a money header names (`Revenue ($M)`, `（千円）`), and
 * PARTNER_SCORE's reading of a cell that carries its own under such a header.
 */
import { describe, expect, it } from 'vitest';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { headerScale, timesTenTo } from '../../../src/domain/values/header-scale';
import { conventionsFor } from '../../../src/domain/values/locales';
import { EN_US } from '../../support/sheet-settings';

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
