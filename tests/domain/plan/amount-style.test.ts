/**
 * Numbers in the plan's sentences in the spreadsheet locale's marks and currency side
 * (issue 16): the strings a reader of that locale expects, and en_US unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AmountStyle,
  amountStyle,
  EN_US_STYLE,
  groupedDigits,
} from '../../../src/domain/plan/amount-style';
import { formatAmount } from '../../../src/domain/plan/metrics';
import { conventionsFor } from '../../../src/domain/values/locales';
import type { MetricUnit } from '../../../src/shared/plan-types';

const style = (locale: string, symbol: string, before: boolean): AmountStyle =>
  amountStyle(conventionsFor(locale), { symbol, before });

const de = style('de_DE', '€', false);
const fr = style('fr_FR', '€', false);
const ch = style('de_CH', 'CHF ', true);
const inr = style('en_IN', '₹', true);
const br = style('pt_BR', 'R$ ', true);
const NNBSP = '\u202f';

describe('amounts in a locale', () => {
  it('writes money as the locale cells show it', () => {
    expect(formatAmount(8277, 'currency', de)).toBe('8.277 €');
    expect(formatAmount(2411, 'currency', de)).toBe('2.411 €');
    expect(formatAmount(-8277.4, 'currency', de)).toBe('-8.277 €');
    expect(formatAmount(1234567, 'currency', fr)).toBe(`1${NNBSP}234${NNBSP}567 €`);
    expect(formatAmount(1234567, 'currency', ch)).toBe("CHF 1'234'567");
    expect(formatAmount(100000, 'currency', inr)).toBe('₹1,00,000');
    expect(formatAmount(1234567, 'currency', inr)).toBe('₹12,34,567');
    expect(formatAmount(999, 'currency', inr)).toBe('₹999');
    expect(formatAmount(1234.56, 'currency', br)).toBe('R$ 1.235');
  });

  it('writes percents, hours and plain numbers with the locale marks', () => {
    expect(formatAmount(0.125, 'percent', de)).toBe('12,5%');
    expect(formatAmount(0.35, 'percent', fr)).toBe('35%');
    expect(formatAmount(1234, 'hours', de)).toBe('1.234 hrs');
    expect(formatAmount(1234.567, 'number', fr)).toBe(`1${NNBSP}234,57`);
    expect(formatAmount(1234567.891, 'number', inr)).toBe('12,34,567.89');
    expect(formatAmount(1234.5, 'number', ch)).toBe("1'234.5");
  });

  it('keeps a Japanese plan in a de_DE spreadsheet in euros and German marks', () => {
    expect(formatAmount(12_000_000, 'currency', de, 'ja')).toBe('12.000.000 €');
    expect(formatAmount(1234, 'hours', de, 'ja')).toBe('1.234 時間');
    expect(formatAmount(0.125, 'percent', de, 'ja')).toBe('12,5%');
  });

  it('groups by narrow spaces with a decimal point in a locale the table does not know', () => {
    const unknown = style('fr_CH', '€', false);
    expect(formatAmount(1234567, 'currency', unknown)).toBe(`1${NNBSP}234${NNBSP}567 €`);
    expect(formatAmount(0.125, 'percent', unknown)).toBe('12.5%');
  });

  it('writes no sign on a value that rounds to 0', () => {
    expect(formatAmount(-0.2, 'currency', de)).toBe('0 €');
    expect(formatAmount(-0.0004, 'percent')).toBe('0%');
  });
});

/** What formatAmount wrote before the locale was passed: en_US, through toLocaleString. */
function before(value: number, unit: MetricUnit): string {
  const grouped = (n: number, digits = 0) =>
    n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  switch (unit) {
    case 'currency':
      return `${value < 0 ? '-' : ''}$${grouped(Math.abs(value), 0)}`;
    case 'percent':
      return `${grouped(value * 100, 1)}%`;
    case 'hours':
      return `${grouped(value, 0)} hrs`;
    case 'number':
      return grouped(value, 2);
  }
}

describe('the default style', () => {
  it('writes what the en_US plan wrote before, for any amount', () => {
    const units: MetricUnit[] = ['currency', 'percent', 'hours', 'number'];
    const shownDigits = { currency: 0, percent: 3, hours: 0, number: 2 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
        ),
        fc.constantFrom(...units),
        (value, unit) => {
          // Before, a negative value rounding to 0 kept its sign ("-0%"); now it has none.
          const zero = Math.round(Math.abs(value) * 10 ** shownDigits[unit]) === 0;
          fc.pre(!((value < 0 || Object.is(value, -0)) && zero));
          expect(formatAmount(value, unit)).toBe(before(value, unit));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('groups whole numbers past 2^53 as their digits', () => {
    expect(groupedDigits(1e21, EN_US_STYLE)).toBe('1,000,000,000,000,000,000,000');
    expect(groupedDigits(2 ** 60, EN_US_STYLE)).toBe('1,152,921,504,606,846,976');
  });
});
