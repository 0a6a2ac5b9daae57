import { describe, expect, it } from 'vitest';
import {
  isBlankCell,
  NON_NEGATIVE,
  quoteCell,
  SIGNED,
  ValueReader,
  type ValueRules,
} from '../../../src/domain/values/reader';
import { dayIn, EN_US } from '../../support/sheet-settings';

const reader = new ValueReader(EN_US);
const readCell = (cell: unknown, rules: ValueRules) => {
  const value = reader.number(cell, rules);
  // The number and the problem are what these tests are about; the wording is tested apart.
  if (value.kind === 'invalid') return { kind: 'invalid', problem: value.problem };
  return value.kind === 'number' ? { kind: 'number', value: value.value } : value;
};
const number = (value: number) => ({ kind: 'number', value });
const invalid = (problem: string) => ({ kind: 'invalid', problem });
const utcDay = dayIn('Etc/UTC');

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

describe('text is a number when it is digits with optional grouping, decimals, currency and percent (en_US)', () => {
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
    ['12 %', 0.12],
    ['$ 12', 12],
    ['12$', 12],
    ['1e5', 100_000],
    ['+5', 5],
    ['.5', 0.5],
  ])('%s is %s', (cell, value) => {
    expect(readCell(cell, NON_NEGATIVE)).toEqual(number(value));
  });

  it.each([
    'abc',
    '1.2.3',
    '5.',
    '$',
    '12%%',
    '$12%',
    '--5',
    '(-5)',
    '5 6',
    'five',
    'NaN',
    'Infinity',
  ])('%j is not a number', (cell) => {
    expect(readCell(cell, SIGNED)).toEqual(invalid('text'));
  });

  it.each(['#N/A', '#DIV/0!', '#REF!', ' #VALUE! ', '#NAME?', '#NUM!', '#ERROR!', '#NULL!'])(
    '%j is an error from a formula: fix the formula or clear the cell (not a word to map)',
    (cell) => {
      expect(reader.number(cell, SIGNED)).toMatchObject({
        kind: 'invalid',
        problem: 'error',
        why: 'is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
      });
    },
  );

  it.each(['12,00', '1,2345', '1.234,5'])(
    '%j is a number only with "," as the decimal mark: refused in en_US, with both fixes',
    (cell) => {
      const value = reader.number(cell, SIGNED);
      expect(value).toMatchObject({ kind: 'invalid', problem: 'convention' });
      expect(value.kind === 'invalid' && value.why).toMatch(
        /this spreadsheet's locale \(en_US\) uses .*; type [\d.]+, or change the locale under File ▸ Settings ▸ Locale$/,
      );
    },
  );
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
    expect(quoteCell('abc', utcDay)).toBe('"abc"');
    expect(quoteCell(-5, utcDay)).toBe('"-5"');
    expect(quoteCell(true, utcDay)).toBe('"TRUE"');
  });

  it('names a date by its calendar day in the spreadsheet time zone', () => {
    // Midnight of 15 January in Auckland (UTC+13) is still 14 January in UTC (issue 16).
    const aucklandMidnight = new Date(Date.UTC(2026, 0, 14, 11));
    expect(
      new ValueReader({ locale: 'en_NZ', dayOf: dayIn('Pacific/Auckland') }).quote(
        aucklandMidnight,
      ),
    ).toBe('"2026-01-15"');
    expect(reader.quote(aucklandMidnight)).toBe('"2026-01-14"');
  });

  it('shortens a long text so the message stays readable', () => {
    const quoted = reader.quote('x'.repeat(200));
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
    expect(reader.quote(foreign)).toBe('"2026-01-05"');
  });
});
