/**
 * Properties of the value reader over every listed locale (issue 16): a number written
 * the way the locale writes it reads back as that number, with or without currency,
 * grouping or percent; and a text valid under one convention but not the other is never
 * read as a number 1,000× off. The writing here is the test's own, not the reader's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conventionsFor, KNOWN_LOCALES } from '../../../src/domain/values/locales';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readers = new Map(KNOWN_LOCALES.map((l) => [l, new ValueReader(sheetIn(l))]));
const read = (locale: string, text: string) => {
  const value = (readers.get(locale) as ValueReader).number(text, SIGNED);
  return value.kind === 'number' ? value.value : value.kind;
};

const SPACES = [' ', '\u00a0', '\u202f'];

/** Digits grouped by threes (or lakh-style) with `mark`. */
function group(digits: string, mark: string, indian: boolean): string {
  if (digits.length <= 3) return digits;
  const last = digits.slice(-3);
  let head = digits.slice(0, -3);
  const size = indian ? 2 : 3;
  const parts: string[] = [];
  while (head.length > size) {
    parts.unshift(head.slice(-size));
    head = head.slice(0, -size);
  }
  return [head, ...parts, last].join(mark);
}

interface Spelling {
  cents: number;
  decimals: 0 | 1 | 2 | 3;
  grouped: boolean;
  space: number;
  currency: 'none' | 'before' | 'after' | 'code';
  spaced: boolean;
  negative: boolean;
}

const spelling = fc.record({
  cents: fc.integer({ min: 0, max: 99_999_999_999 }),
  decimals: fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
  grouped: fc.boolean(),
  space: fc.integer({ min: 0, max: 3 }),
  currency: fc.constantFrom('none', 'before', 'after', 'code') as fc.Arbitrary<
    Spelling['currency']
  >,
  spaced: fc.boolean(),
  negative: fc.boolean(),
});

/** The number the spelling stands for, and how `locale` writes it. */
function write(locale: string, s: Spelling): { value: number; text: string } {
  const c = conventionsFor(locale);
  // Three decimals read the same digits as thousandths.
  const scaled = s.decimals >= 2 ? s.cents : Math.floor(s.cents / (s.decimals === 0 ? 100 : 10));
  const digits = String(scaled).padStart(s.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - s.decimals);
  const fraction = digits.slice(digits.length - s.decimals);
  // Locales that group with a space and with `.` (de_AT) get either.
  const marks = [...c.groups].flatMap((g) => (g === ' ' ? SPACES : [g]));
  const mark = marks[s.space % marks.length];
  let text =
    (s.grouped ? group(whole, mark, c.indian) : whole) + (fraction ? c.decimal + fraction : '');
  const gap = s.spaced ? ' ' : '';
  const code = c.currency ?? 'USD';
  if (s.currency === 'before') text = `${symbolOf(code)}${gap}${text}`;
  if (s.currency === 'after') text = `${text}${gap}${symbolOf(code)}`;
  if (s.currency === 'code') text = `${code} ${text}`;
  if (s.negative) text = `-${text}`;
  const value = Number(`${whole}.${fraction || '0'}`);
  return { value: s.negative ? -value : value, text };
}

const SYMBOLS: Record<string, string> = {
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
  BRL: 'R$',
  USD: '$',
};
const symbolOf = (code: string) => SYMBOLS[code] ?? code;

describe('formatting a number the way the locale writes it and reading it back gives the number', () => {
  it.each(KNOWN_LOCALES)('%s: with and without currency, grouping and sign', (locale) => {
    fc.assert(
      fc.property(spelling, (s) => {
        const { value, text } = write(locale, s);
        expect(read(locale, text)).toBe(value + 0);
      }),
      { numRuns: 150 },
    );
  });

  it.each(KNOWN_LOCALES)('%s: percentages, with and without a space before %%', (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.boolean(), (hundredths, spaced) => {
        const c = conventionsFor(locale);
        const whole = String(Math.floor(hundredths / 100));
        const fraction = String(hundredths % 100).padStart(2, '0');
        const text = `${whole}${c.decimal}${fraction}${spaced ? ' ' : ''}%`;
        expect(read(locale, text)).toBe(Number(`${whole}.${fraction}e-2`));
      }),
      { numRuns: 100 },
    );
  });
});

const DOT_DECIMAL = KNOWN_LOCALES.filter((l) => conventionsFor(l).decimal === '.');
const COMMA_DECIMAL = KNOWN_LOCALES.filter((l) => conventionsFor(l).decimal === ',');

describe('never silently 1,000× off', () => {
  it('text valid under one convention and not the other is refused in every locale of the other', () => {
    // Two decimals, or grouping and decimals together: under the other convention the
    // decimal mark would be a grouping mark before fewer than three digits.
    const pair = fc.tuple(
      fc.constantFrom(...DOT_DECIMAL),
      fc.constantFrom(...COMMA_DECIMAL),
      spelling.map((s) => ({ ...s, decimals: s.decimals === 0 ? 2 : s.decimals }) as Spelling),
    );
    fc.assert(
      fc.property(pair, ([dot, comma, s]) => {
        for (const [from, to] of [
          [dot, comma],
          [comma, dot],
        ]) {
          const { value, text } = write(from, s);
          expect(read(from, text)).toBe(value + 0);
          expect(read(to, text), `${text} written in ${from}, read in ${to}`).toBe('invalid');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('whatever locale wrote a text, any other reads it as that number, refuses it, or reads a text both conventions accept', () => {
    const bothValid = /^[-]?[^\d]*\d{1,3}[.,]\d{3}[^\d]*$/;
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_LOCALES),
        fc.constantFrom(...KNOWN_LOCALES),
        spelling,
        fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<Spelling['decimals']>,
        (from, to, s, decimals) => {
          const { value, text: written } = write(from, { ...s, decimals });
          const got = read(to, written);
          if (typeof got !== 'number' || got === value + 0) return;
          // Only a text that is one number under each convention (1.234) may differ, and
          // then by the locale's own reading, never by a mark it does not use.
          expect(
            bothValid.test(written.replace(/\s/g, '')),
            `${written}: ${from} → ${to} read ${got}`,
          ).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
