/**
 * A fresh-eyes tester's cells (2026-12-01, finding 8): en_IN `₹ 50,000/-` (Indian "/-",
 * a whole amount) refused as "not a number" (and in en_US or en_GB sheets after that was
 * fixed for en_IN only), and max_age_days `2週間` and `4 weeks`
 * refused with advice about an ISO currency code.
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, gateStatus } from '../../../src/domain/gating/gate-status';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { DAYS, SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, SIGNED);
const daysIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, DAYS);
// Data 7 days old on 2026-11-27: GO within 7 days or more, STALE within 6 or fewer.
const gateIn = (locale: string, maxAgeDays: unknown, asOf = '2026-11-20') =>
  gateStatus({ actuals: 95_000, goAt: 90_000, stopAt: 50_000, asOf, maxAgeDays }, {
    ...sheetIn(locale),
    today: '2026-11-27',
  } as Calendar)[0][0];

describe('Indian whole amounts with "/-"', () => {
  it.each([
    ['₹ 50,000/-', 50_000, 'INR'],
    ['₹50,000/-', 50_000, 'INR'],
    ['50,000/-', 50_000, null],
    ['₹ 1,00,000/-', 100_000, 'INR'],
    ['5,000 /–', 5000, null],
  ])('%j in en_IN is %s', (text, value, currency) => {
    const read = readIn('en_IN', text);
    expect(read).toMatchObject({ kind: 'number', value });
    expect(read.kind === 'number' && (read.currency ?? null)).toBe(currency);
  });

  it('scores as the amount typed plainly', () => {
    const table = (cells: unknown[]) => [
      ['Partner', 'Capability', 'Revenue'],
      ...cells.map((cell, i) => [`P${i}`, 3 + i, cell]),
    ];
    const score = (cells: unknown[]) =>
      partnerScore(table(cells), undefined, undefined, sheetIn('en_IN')).map((r) => r[0]);
    expect(score(['₹ 50,000/-', '20,000/-', 80000])).toEqual(score([50000, 20000, 80000]));
  });

  // Indian-run teams type "/-" in sheets of any locale: a "no paise" mark, never a minus.
  it.each([
    ['en_US', '50,000/-', 50_000],
    ['en_US', '$50,000/-', 50_000],
    ['en_GB', '£ 50,000/-', 50_000],
    ['en_GB', 'Rs. 50,000/-', 50_000],
    ['de_DE', '50.000/-', 50_000],
    ['fr_FR', '50 000/-', 50_000],
    ['ja_JP', '¥50,000/-', 50_000],
    ['en_US', '1,250.50/-', 1250.5],
    // East African shillings mark a whole amount with "/=".
    ['en_GB', 'KES 50,000/=', 50_000],
    ['en_US', '50,000/=', 50_000],
  ])('%s: %j is %s', (locale, text, value) => {
    expect(readIn(locale, text)).toMatchObject({ kind: 'number', value });
  });

  it('reads the number before it by the locale: its faults are named, not "not a number"', () => {
    expect(readIn('de_DE', '50,000/-')).toMatchObject({ kind: 'invalid', problem: 'ambiguous' });
    expect(readIn('en_US', '50.000,00/-')).toMatchObject({ problem: 'convention' });
    expect(readIn('en_US', '₹2,00,000/-')).toMatchObject({ problem: 'convention' });
  });

  it('scores as the amount typed plainly in en_GB too', () => {
    const table = (cells: unknown[]) => [
      ['Partner', 'Capability', 'Revenue'],
      ...cells.map((cell, i) => [`P${i}`, 3 + i, cell]),
    ];
    const score = (cells: unknown[]) =>
      partnerScore(table(cells), undefined, undefined, sheetIn('en_GB')).map((r) => r[0]);
    expect(score(['50,000/-', '₹ 20,000/-', 80000])).toEqual(score([50000, 20000, 80000]));
  });

  it('is no "/" alone, nor the mark without a number', () => {
    expect(readIn('en_IN', '50,000/')).toMatchObject({ kind: 'invalid' });
    expect(readIn('en_IN', '/-')).toMatchObject({ kind: 'invalid' });
    expect(readIn('en_US', '/-')).toMatchObject({ kind: 'invalid' });
    expect(readIn('en_US', '50,000=')).toMatchObject({ kind: 'invalid' });
  });
});

describe('max_age_days in weeks', () => {
  it.each([
    ['ja_JP', '2週間', 14],
    ['ja_JP', '1週', 7],
    ['en_US', '4 weeks', 28],
    ['en_US', '1 week', 7],
    ['en_US', '2wks', 14],
    ['de_DE', '2 Wochen', 14],
    ['fr_FR', '3 semaines', 21],
    ['de_DE', '1,5 Wochen', 10.5],
  ])('%s: %j is %s days', (locale, text, days) => {
    expect(daysIn(locale, text)).toMatchObject({ kind: 'number', value: days });
  });

  it('judges the data age in days: 1 week keeps 7-day-old data fresh, 6 days do not', () => {
    expect(gateIn('en_US', '1 week')).toBe('GO');
    expect(gateIn('ja_JP', '1週間')).toBe('GO');
    expect(gateIn('en_US', '1 week', '2026-11-19')).toBe('STALE');
  });

  it('are weeks only in max_age_days: a budget in weeks has an unknown unit', () => {
    expect(readIn('en_US', '4 weeks')).toMatchObject({ problem: 'unit' });
  });

  it('another unit gets the max_age_days advice, not a currency code', () => {
    expect(() => gateIn('en_US', '3 months')).toThrow(
      'GATE_STATUS: max_age_days "3 months" has a unit that is not days or weeks. Give the number of days after which data is stale (0 or more), or leave it blank for 14.',
    );
  });
});
