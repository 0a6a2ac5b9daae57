import { afterEach, describe, expect, it } from 'vitest';
import { SIGNED, ValueReader } from '../../src/domain/values/reader';
import type { BoxKind } from '../../src/sidebar/box-units';
import {
  formatNumber,
  plainNumber,
  readBoxNumber,
  setNumberCurrency,
  setNumberLanguage,
  setNumberLocale,
} from '../../src/sidebar/numbers';

afterEach(() => {
  setNumberLocale('en_US');
  setNumberLanguage('en');
  setNumberCurrency(null);
});

/** The number a box of `kind` (money by default) reads, or undefined when it refuses the text. */
const parse = (text: string, kind: BoxKind = 'money') => {
  const read = readBoxNumber(text, kind);
  return read.ok ? read.value : undefined;
};

describe('numbers typed into the sidebar', () => {
  it('read grouped thousands, money and percent signs as people type them', () => {
    expect(parse('12,500')).toBe(12500);
    expect(parse('$1,234,567.25')).toBe(1234567.25);
    expect(parse('38.4%', 'percent')).toBe(38.4);
    expect(parse('0.1%', 'percent')).toBe(0.1);
    expect(parse(' 72 ')).toBe(72);
    expect(parse('')).toBeNull();
  });

  it('read magnitudes as a cell does: 12k, 1.5M, and 1,5 Mio in de_DE', () => {
    expect(parse('12k')).toBe(12000);
    expect(parse('$0.75M')).toBe(750000);
    setNumberLocale('de_DE');
    expect(parse('1,5 Mio')).toBe(1500000);
    expect(parse('95.000 €')).toBe(95000);
  });

  it('refuse a decimal comma or stray commas instead of reading a number 10× or 1,000× off', () => {
    for (const text of ['1,5', '0,25', '12,50', '1,2345', ',5', '1,,000', '12,500,0', 'abc']) {
      expect(parse(text), text).toBeUndefined();
    }
  });

  it.each([
    ['de_DE', '1.200', 1200],
    ['de_DE', '0,25', 0.25],
    ['de_DE', '1.234.567,5 €', 1234567.5],
    ['de_DE', '12,5 €', 12.5],
    ['fr_FR', '1 234,56', 1234.56],
    ['fr_FR', '1\u202f234,56 €', 1234.56],
    ['de_CH', "1'200.5", 1200.5],
    ['en_IN', '1,00,000', 100000],
    ['ja_JP', '¥1,200', 1200],
    ['ja_JP', '1,200万円', 12000000],
    ['en_US', '-5', -5],
  ])('in %s read %s as %s, as a cell in that locale reads it', (locale, text, value) => {
    setNumberLocale(locale);
    expect(parse(text)).toBe(value);
  });

  it.each([
    ['de_DE', '1.5'],
    ['de_DE', '12,000.50'],
    ['fr_FR', '1.5'],
    ['en_IN', '100,000,0'],
    ['en_US', '1.2.3'],
  ])('in %s refuse %s, written the other way, instead of reading it 1,000× off', (locale, text) => {
    setNumberLocale(locale);
    expect(parse(text)).toBeUndefined();
  });

  // Rule 3 of the value reader: the same text in a cell is refused the same way.
  it.each([
    ['de_DE', '95,000', '"95,000" is ambiguous: 95000 or 95? '],
    ['de_DE', '4,500 €', '"4,500 €" is ambiguous: 4500 or 4,5? '],
    ['en_US', '$4.300', '"$4.300" is ambiguous: 4300 or 4.3? '],
  ])('in %s refuse %s as ambiguous, in the words a cell gets', (locale, text, start) => {
    setNumberLocale(locale);
    const read = readBoxNumber(text, 'money');
    const cell = new ValueReader({ locale, dayOf: () => '' }).number(text, SIGNED);
    expect(cell.kind).toBe('invalid');
    expect(read.ok).toBe(false);
    if (read.ok || cell.kind !== 'invalid') return;
    expect(read.message.startsWith(start), read.message).toBe(true);
    expect(read.message).toBe(`"${text}" ${cell.why}`);
  });

  it('say what is wrong and how to type it, in the sidebar language', () => {
    setNumberLocale('de_DE');
    const read = readBoxNumber('1.5', 'count');
    expect(read.ok ? '' : read.message).toMatch(/^"1\.5" .*1,5/);
    setNumberLanguage('ja');
    const ja = readBoxNumber('95,000', 'count');
    expect(ja.ok ? '' : ja.message).toMatch(/95000.*95/);
    expect(ja.ok ? '' : ja.message).not.toMatch(/ambiguous/);
  });

  it('show numbers with the locale marks, and read back what they show', () => {
    setNumberLocale('de_DE');
    expect(formatNumber(12500.25, 2)).toBe('12.500,25');
    expect(plainNumber(0.25)).toBe('0,25');
    expect(parse(formatNumber(12500.25, 2))).toBe(12500.25);
    setNumberLocale('fr_FR');
    expect(parse(formatNumber(1234567.5, 1))).toBe(1234567.5);
    setNumberLocale('en_IN');
    expect(formatNumber(100000)).toBe('1,00,000');
    expect(parse(formatNumber(12345678))).toBe(12345678);
  });
});
