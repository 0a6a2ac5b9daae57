import { describe, expect, it } from 'vitest';
import { displayText, isDateFormat } from '../../local/runtime/format';
import { marksOf, parseTyped } from '../../local/runtime/typed-input';

describe('what Sheets makes of typed text', () => {
  it.each([
    ['42', { value: 42 }],
    ['-3.5', { value: -3.5 }],
    ['1,250,000', { value: 1_250_000, format: '#,##0' }],
    ['$12,500', { value: 12_500, format: '"$"#,##0' }],
    ['-$8.25', { value: -8.25, format: '"$"#,##0.00' }],
    ['32%', { value: 0.32, format: '0%' }],
    ['12.5%', { value: 0.125, format: '0.0%' }],
    ['TRUE', { value: true }],
    ['false', { value: false }],
    ['', { value: null }],
    ['TBD', { value: 'TBD' }],
    ['n/a', { value: 'n/a' }],
    ['-', { value: '-' }],
    ["'=1+1", { value: '=1+1' }],
    ["'42", { value: '42' }],
    ['=A1*2', { value: '=A1*2', formula: true }],
    ['2026-02-30', { value: '2026-02-30' }],
  ])('%s', (text, expected) => {
    expect(parseTyped(text)).toEqual(expected);
  });

  it('reads ISO and US dates as date serials with a date format', () => {
    expect(parseTyped('2026-01-15')).toEqual({ value: 46037, format: 'yyyy-mm-dd' });
    expect(parseTyped('1/15/2026')).toEqual({ value: 46037, format: 'M/d/yyyy' });
  });
});

describe('typed text in the spreadsheet locale (Sheets reads input the way its locale writes)', () => {
  it.each([
    ['de_DE', '1.200', 1200],
    ['de_DE', '1,5', 1.5],
    ['de_DE', '1.234,56', 1234.56],
    ['de_DE', '€ 1.200', 1200],
    ['de_DE', '1.200 €', 1200],
    ['de_DE', '12 %', 0.12],
    ['fr_FR', '1 234,56', 1234.56],
    ['fr_FR', '1\u202f234,56', 1234.56],
    ['fr_FR', '1\u00a0234,56 €', 1234.56],
    ['de_CH', "1'200.5", 1200.5],
    ['en_IN', '1,00,000', 100000],
    ['ja_JP', '¥1,200', 1200],
    ['en_US', '1,200', 1200],
  ])('%s: %s is %s', (locale, text, value) => {
    expect(parseTyped(text, locale).value).toBe(value);
  });

  it.each([
    ['en_US', '1.234,56'],
    ['en_US', '€20.000'],
    ['en_GB', '$1,200'],
    ['de_DE', '12,000.50'],
    ['de_DE', '1,200,000'],
    ['fr_FR', '1,234.56'],
  ])('%s: %s, another convention or currency, stays text', (locale, text) => {
    expect(parseTyped(text, locale).value).toBe(text);
  });

  it.each([
    ['de_DE', '20.11.2026', 'd.M.yyyy'],
    ['en_GB', '20/11/2026', 'd/M/yyyy'],
    ['en_US', '11/20/2026', 'M/d/yyyy'],
    ['ja_JP', '2026/11/20', 'yyyy/M/d'],
  ])('%s: the short date %s is 2026-11-20', (locale, text, format) => {
    expect(parseTyped(text, locale)).toEqual({ value: 46346, format });
  });

  it('an impossible date in the locale order stays text (11/20/2026 in en_GB)', () => {
    expect(parseTyped('11/20/2026', 'en_GB').value).toBe('11/20/2026');
  });

  it('shows numbers with the locale marks', () => {
    expect(displayText(1234.5, '#,##0.00', false, marksOf('de_DE'))).toBe('1.234,50');
    expect(displayText(1234.5, '#,##0.00', false, marksOf('en_US'))).toBe('1,234.50');
    expect(displayText(0.125, '0.0%', false, marksOf('de_DE'))).toBe('12,5%');
    // Indian grouping, as ICU's en-IN groups (Node's Intl, not the add-on's table).
    expect(displayText(1234567, '"₹"#,##0', false, marksOf('en_IN'))).toBe('₹12,34,567');
    expect(displayText(999, '#,##0', false, marksOf('en_IN'))).toBe('999');
    expect(displayText(1234567, '0', false, marksOf('en_IN'))).toBe('1234567');
  });
});

describe('display values', () => {
  it.each([
    [4.55, '0.0', '4.6'],
    [0.125, '0.0%', '12.5%'],
    [0.32, '0%', '32%'],
    [1_250_000, '"$"#,##0', '$1,250,000'],
    [-8.25, '"$"#,##0.00', '-$8.25'],
    [1e-7, '0.00', '0.00'],
    [44.37763491234, '', '44.37763491'],
    [12, '', '12'],
  ])('%s as %s', (value, format, text) => {
    expect(displayText(value, format, false)).toBe(text);
  });

  it('shows date serials through date formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('0.0%')).toBe(false);
    expect(displayText(46037, 'yyyy-mm-dd', true)).toBe('2026-01-15');
    expect(displayText(46037.5, 'M/d/yyyy H:mm:ss', true)).toBe('1/15/2026 12:00:00');
    expect(displayText(46037, 'ddd d mmm yyyy', true)).toBe('Thu 15 Jan 2026');
  });
});
