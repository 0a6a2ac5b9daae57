import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, parseNumber, plainNumber, setNumberLocale } from '../../src/sidebar/numbers';

afterEach(() => setNumberLocale('en_US'));

describe('numbers typed into the sidebar', () => {
  it('read grouped thousands, money and percent signs as people type them', () => {
    expect(parseNumber('12,500')).toBe(12500);
    expect(parseNumber('$1,234,567.25')).toBe(1234567.25);
    expect(parseNumber('38.4%')).toBe(38.4);
    expect(parseNumber(' 72 ')).toBe(72);
    expect(parseNumber('')).toBeNull();
  });

  it('refuse a decimal comma or stray commas instead of reading a number 10× or 1,000× off', () => {
    for (const text of ['1,5', '0,25', '12,50', '1,2345', ',5', '1,,000', '12,500,0']) {
      expect(parseNumber(text), text).toBeUndefined();
    }
    expect(parseNumber('abc')).toBeUndefined();
  });

  it.each([
    ['de_DE', '1.200', 1200],
    ['de_DE', '0,25', 0.25],
    ['de_DE', '1.234.567,5 €', 1234567.5],
    ['de_DE', '12,5 %', 12.5],
    ['fr_FR', '1 234,56', 1234.56],
    ['fr_FR', '1\u202f234,56 €', 1234.56],
    ['de_CH', "1'200.5", 1200.5],
    ['en_IN', '1,00,000', 100000],
    ['ja_JP', '¥1,200', 1200],
    ['en_US', '-5', -5],
  ])('in %s read %s as %s, as a cell in that locale reads it', (locale, text, value) => {
    setNumberLocale(locale);
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['de_DE', '1.5'],
    ['de_DE', '12,000.50'],
    ['fr_FR', '1.5'],
    ['en_IN', '100,000,0'],
    ['en_US', '1.2.3'],
  ])('in %s refuse %s, written the other way, instead of reading it 1,000× off', (locale, text) => {
    setNumberLocale(locale);
    expect(parseNumber(text)).toBeUndefined();
  });

  it('show numbers with the locale marks, and read back what they show', () => {
    setNumberLocale('de_DE');
    expect(formatNumber(12500.25, 2)).toBe('12.500,25');
    expect(plainNumber(0.25)).toBe('0,25');
    expect(parseNumber(formatNumber(12500.25, 2))).toBe(12500.25);
    setNumberLocale('fr_FR');
    expect(parseNumber(formatNumber(1234567.5, 1))).toBe(1234567.5);
    setNumberLocale('en_IN');
    expect(formatNumber(100000)).toBe('1,00,000');
    expect(parseNumber(formatNumber(12345678))).toBe(12345678);
  });
});
