import { describe, expect, it } from 'vitest';
import {
  isBlankCell,
  NON_NEGATIVE,
  quoteCell,
  readCell,
  SIGNED,
} from '../../../src/domain/scoring/values';

const number = (value: number) => ({ kind: 'number', value });
const invalid = (problem: string) => ({ kind: 'invalid', problem });

describe('a cell is blank or unknown', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['missing', undefined],
    ['null', null],
    ['n/a', 'n/a'],
    ['N/A', 'N/A'],
    ['na', 'na'],
    ['TBD', 'TBD'],
    ['tbd with spaces', ' tbd '],
    ['a dash', '-'],
    ['an em dash', '—'],
    ['a question mark', '?'],
  ])('when %s', (_, cell) => {
    expect(readCell(cell, NON_NEGATIVE)).toEqual({ kind: 'blank' });
    expect(isBlankCell(cell)).toBe(true);
  });

  it('but zero is a number, not blank', () => {
    expect(readCell(0, NON_NEGATIVE)).toEqual(number(0));
    expect(isBlankCell(0)).toBe(false);
  });
});

describe('a number is used as it is', () => {
  it.each([0, 7, 0.35, 1e300, Number.MAX_VALUE])('%s', (cell) => {
    expect(readCell(cell, NON_NEGATIVE)).toEqual(number(cell));
  });

  it('minus zero reads as zero', () => {
    expect(Object.is((readCell(-0, NON_NEGATIVE) as { value: number }).value, 0)).toBe(true);
  });
});

describe('text is a number when it is digits with optional commas, decimals, currency and percent', () => {
  it.each([
    ['1,200', 1200],
    ['$1,200.50', 1200.5],
    ['12%', 0.12],
    [' 7 ', 7],
    ['€3', 3],
    ['£1,000,000', 1_000_000],
    ['¥250', 250],
    ['$12,500', 12_500],
    ['35%', 0.35],
    ['0.5', 0.5],
    ['12.5%', 0.125],
  ])('%s is %s', (cell, value) => {
    expect(readCell(cell, NON_NEGATIVE)).toEqual(number(value));
  });

  it.each([
    'abc',
    '#N/A',
    '#DIV/0!',
    '12,00',
    '1,2345',
    '1.2.3',
    '12 %',
    '$ 12',
    '12$',
    '1e5',
    '+5',
    '.5',
    '5.',
    'five',
    'NaN',
    'Infinity',
  ])('%j is not a number', (cell) => {
    expect(readCell(cell, SIGNED)).toEqual(invalid('text'));
  });
});

describe('negative numbers', () => {
  it.each([
    [-5, -5],
    ['-5', -5],
    ['-12%', -0.12],
    ['-$5', -5],
    ['-1,200.5', -1200.5],
  ])('%j is %s where negatives are allowed (gates)', (cell, value) => {
    expect(readCell(cell, SIGNED)).toEqual(number(value));
  });

  it.each([-5, '-5', '-12%', '-$5'])(
    '%j is invalid, as a negative number, for partner criteria',
    (cell) => {
      expect(readCell(cell, NON_NEGATIVE)).toEqual(invalid('negative'));
    },
  );
});

describe('everything else is invalid', () => {
  it.each([
    ['TRUE', true, 'boolean'],
    ['FALSE', false, 'boolean'],
    ['a date', new Date(Date.UTC(2026, 0, 5)), 'date'],
    ['NaN', Number.NaN, 'notANumber'],
    ['Infinity', Number.POSITIVE_INFINITY, 'infinite'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'infinite'],
    ['an object', { a: 1 }, 'text'],
  ])('%s', (_, cell, problem) => {
    expect(readCell(cell, SIGNED)).toEqual(invalid(problem));
  });
});

describe('quoting a cell in a message', () => {
  it('quotes text and numbers as typed', () => {
    expect(quoteCell('abc')).toBe('"abc"');
    expect(quoteCell(-5)).toBe('"-5"');
    expect(quoteCell(true)).toBe('"TRUE"');
  });

  it('names a date by its calendar day, in the spreadsheet time zone when known', () => {
    // Midnight of 5 January in Auckland (UTC+13) is still 4 January in UTC.
    const aucklandMidnight = new Date(Date.UTC(2026, 0, 4, 11));
    expect(quoteCell(aucklandMidnight, () => '2026-01-05')).toBe('"2026-01-05"');
    // Without the zone, midnight in a zone within 12 hours of UTC still names its day.
    expect(quoteCell(new Date(Date.UTC(2026, 0, 4, 14)))).toBe('"2026-01-05"'); // UTC+10
    expect(quoteCell(new Date(Date.UTC(2026, 0, 5, 5)))).toBe('"2026-01-05"'); // UTC−5
  });

  it('shortens a long text so the message stays readable', () => {
    const quoted = quoteCell('x'.repeat(200));
    expect(quoted.length).toBe(42);
    expect(quoted.endsWith('…"')).toBe(true);
  });
});

describe('dates from another realm', () => {
  it('are dates too, as the local runtime passes host Dates into its sandbox', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(Date.UTC(2026, 0, 5))') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(readCell(foreign, SIGNED)).toEqual(invalid('date'));
    expect(quoteCell(foreign)).toBe('"2026-01-05"');
  });
});
