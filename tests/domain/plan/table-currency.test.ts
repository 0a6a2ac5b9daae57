import { describe, expect, it } from 'vitest';
import { headerCurrency, tableCurrency } from '../../../src/domain/plan/table-currency';
import { formulaLayout } from '../../../src/domain/scoring/formula-layout';
import { readTable } from '../../../src/domain/scoring/table-reader';
import { parseWeights } from '../../../src/domain/scoring/weights';
import { conventionsFor } from '../../../src/domain/values/locales';
import { ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const currencyOf = (locale: string, table: unknown[][]) => {
  const reader = new ValueReader(sheetIn(locale));
  const layout = formulaLayout(table, parseWeights(undefined, reader), reader);
  return tableCurrency(readTable(table, layout, reader), conventionsFor(locale));
};

const HEADER = ['Partner', 'Capability', 'Co-marketing budget', 'Partner-sourced revenue', 'CAC'];

describe("the table's currency", () => {
  // A tester's case: dollar amounts in a ja_JP sheet were labelled ¥ by the plan.
  it.each([
    ['ja_JP', '$20,000', 'USD'],
    ['de_DE', '20.000 $', 'USD'],
    ['en_US', '€20,000', 'EUR'],
    ['de_CH', "20'000 €", 'EUR'],
    ['en_IN', '₹20,000', 'INR'],
    ['en_US', 'USD 20,000', 'USD'],
  ])('%s: amounts typed %s are in %s', (locale, amount, code) => {
    const table = [HEADER, ['A', 8, amount, 750_000, 3_000], ['B', 5, amount, 300_000, 5_500]];
    expect(currencyOf(locale, table)).toEqual({ kind: 'named', code });
  });

  it('is the one the headers name when the cells are plain numbers', () => {
    const header = ['Partner', 'Capability', 'Co-marketing budget ($)', 'Revenue (USD)', 'CAC ($)'];
    const table = [header, ['A', 8, 20_000, 750_000, 3_000], ['B', 5, 35_000, 300_000, 5_500]];
    expect(currencyOf('ja_JP', table)).toEqual({ kind: 'named', code: 'USD' });
  });

  it('is none when nothing names one, so the locale currency stands', () => {
    const table = [HEADER, ['A', 8, 20_000, 750_000, 3_000], ['B', 5, 35_000, 300_000, 5_500]];
    expect(currencyOf('de_DE', table)).toEqual({ kind: 'none' });
  });

  it('is several when the money columns name different ones', () => {
    const table = [
      HEADER,
      ['A', 8, '€20,000', '$750,000', 3_000],
      ['B', 5, '€35,000', '$300,000', 5_500],
    ];
    expect(currencyOf('en_US', table)).toEqual({ kind: 'several', codes: ['EUR', 'USD'] });
  });
});

describe('a header naming a currency', () => {
  it.each([
    ['Revenue ($)', 'USD'],
    ['CAC (k€)', 'EUR'],
    ['Umsatz EUR', 'EUR'],
    ['売上（円）', 'JPY'],
    ['Budget [CHF]', 'CHF'],
    // A magnitude before the currency (header-scale.ts reads it) leaves the currency named.
    ['Revenue (kEUR)', 'EUR'],
    ['Umsatz (TEUR)', 'EUR'],
    ['Revenue ($000s)', 'USD'],
    ['Revenue (USD m)', 'USD'],
    ['Umsatz (Mio. €)', 'EUR'],
    ['売上（百万円）', 'JPY'],
    ['Revenue', undefined],
    ['Coverage gap (%)', undefined],
  ])('%j names %s', (header, code) => {
    expect(headerCurrency(header, conventionsFor('en_US'))).toBe(code);
  });
});
