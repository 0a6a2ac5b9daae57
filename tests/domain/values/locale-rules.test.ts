/**
 * Rules 2, 4, 5 and 9 of issue 16 locale by locale: separators, currency marks, magnitudes
 * and short dates, with the right value in the locale named or a message saying why not.
 */
import { describe, expect, it } from 'vitest';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { conventionsFor } from '../../../src/domain/values/locales';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { dayIn, sheetIn } from '../../support/sheet-settings';

const readerIn = (locale: string, timeZone = 'Etc/UTC') =>
  new ValueReader(sheetIn(locale, timeZone));
const valueIn = (locale: string, cell: unknown) => {
  const read = readerIn(locale).number(cell, SIGNED);
  return read.kind === 'number' ? read.value : read;
};
const dayIn_ = (locale: string, cell: unknown, timeZone = 'Etc/UTC') => {
  const date = readerIn(locale, timeZone).date(cell);
  return date.kind === 'day' ? date.iso : date;
};

describe('separators follow the locale', () => {
  it.each([
    ['en_US', '1,234.56', 1234.56],
    ['en_GB', '1,234.56', 1234.56],
    ['ja_JP', '1,234.56', 1234.56],
    ['ko_KR', '1,234.56', 1234.56],
    ['zh_CN', '1,234.56', 1234.56],
    ['de_DE', '1.234,56', 1234.56],
    ['es_ES', '1.234,56', 1234.56],
    ['it_IT', '1.234,56', 1234.56],
    ['nl_NL', '1.234,56', 1234.56],
    ['pt_BR', '1.234,56', 1234.56],
    ['tr_TR', '1.234,56', 1234.56],
    ['id_ID', '1.234,56', 1234.56],
    ['da_DK', '1.234,56', 1234.56],
    ['fr_FR', '1 234,56', 1234.56],
    ['ru_RU', '1 234,56', 1234.56],
    ['pl_PL', '1 234,56', 1234.56],
    ['sv_SE', '1 234,56', 1234.56],
    ['nb_NO', '1 234,56', 1234.56],
    ['fi_FI', '1 234,56', 1234.56],
    ['cs_CZ', '1 234,56', 1234.56],
    ['de_CH', "1'234.56", 1234.56],
    ['de_CH', '1’234.56', 1234.56],
    ['en_IN', '1,00,000', 100_000],
    ['en_IN', '12,34,567.5', 1_234_567.5],
    ['en_IN', '1,234,567', 1_234_567],
  ])('%s: %j is %s', (locale, text, value) => {
    expect(valueIn(locale, text)).toBe(value);
  });

  it.each([
    ['en_US', '1.234,56', 'type 1234.56'],
    ['de_DE', '12,000.50', 'type 12000,5'],
    ['fr_FR', '12,000.50', 'type 12000,5'],
    ['de_CH', '1.234,56', 'type 1234.56'],
  ])(
    '%s: %j only parses under the other convention: refused, naming the locale and both fixes',
    (locale, text, fix) => {
      const read = readerIn(locale).number(text, SIGNED);
      expect(read).toMatchObject({ kind: 'invalid', problem: 'convention' });
      const why = read.kind === 'invalid' ? read.why : '';
      expect(why).toContain(`this spreadsheet's locale (${locale})`);
      expect(why).toContain(fix);
      expect(why).toContain('change the locale under File ▸ Settings ▸ Locale');
    },
  );

  it.each([
    ['en_US', '1,00,000'],
    ['en_US', '1,2345'],
    ['en_US', '12,34'],
    ['de_DE', '1.00.000'],
    ['en_US', '1,234 567'],
  ])(
    '%s: grouping marks stand only between groups of three (two for lakh): %j is refused',
    (locale, text) => {
      expect(readerIn(locale).number(text, SIGNED).kind).toBe('invalid');
    },
  );

  it('an unlisted locale reads what no convention disputes and refuses the rest', () => {
    expect(conventionsFor('xx_YY').known).toBe(false);
    expect(valueIn('xx_YY', '1234')).toBe(1234);
    expect(valueIn('xx_YY', '1 234')).toBe(1234);
    expect(valueIn('xx_YY', '1.234,5')).toBe(1234.5);
    expect(valueIn('xx_YY', '1,234.5')).toBe(1234.5);
    expect(readerIn('xx_YY').number('1,500', SIGNED)).toMatchObject({
      kind: 'invalid',
      why: expect.stringContaining('could be 1500 or 1.5'),
    });
  });

  it('takes de-DE and de_de as de_DE', () => {
    expect(conventionsFor('de-DE')).toEqual(conventionsFor('de_DE'));
    expect(conventionsFor('de_de').locale).toBe('de_DE');
  });
});

describe('currency marks are ignored wherever they stand', () => {
  it.each([
    ['en_US', '$3,000', 3000],
    ['en_US', '3,000 USD', 3000],
    ['en_US', 'USD3,000', 3000],
    ['en_US', '€ 5', 5],
    ['en_US', '5€', 5],
    ['en_GB', '£1,000', 1000],
    ['en_IN', '₹1,00,000', 100_000],
    ['ko_KR', '₩5,000', 5000],
    ['pt_BR', 'R$ 1.500,00', 1500],
    ['de_CH', "CHF 1'000", 1000],
    ['da_DK', '1.000 kr.', 1000],
    ['sv_SE', '1 000 kr', 1000],
    ['ja_JP', '￥250', 250],
    ['ja_JP', '250円', 250],
    ['ja_JP', '1,200万円', 12_000_000],
    ['ja_JP', '75万', 750_000],
    ['ja_JP', '1.5億', 150_000_000],
    ['en_US', '-$5', -5],
    ['en_US', '$-5', -5],
    ['en_US', '($5,000)', -5000],
  ])('%s: %j is %s', (locale, text, value) => {
    expect(valueIn(locale, text)).toBe(value);
  });

  it('a column naming two currencies refuses the rows not in its most common one, naming both', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '$4,000'],
      ['B', 6, 'USD 5,000'],
      ['C', 5, '£3,000'],
      ['D', 4, 6000],
    ];
    const result = partnerScore(table, undefined, undefined, sheetIn('en_US')).map((r) => r[0]);
    expect(result[3]).toBe(
      'Invalid CAC: "£3,000" is in GBP, but this column\'s other amounts are in USD; convert it to USD, or keep each currency in its own column',
    );
    expect(result.filter((r) => typeof r === 'number')).toHaveLength(3);
  });

  it('a tie goes to the locale’s own currency', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '4.000 €'],
      ['B', 6, '$5.000'],
      ['C', 5, 6000],
    ];
    const result = partnerScore(table, undefined, undefined, sheetIn('de_DE')).map((r) => r[0]);
    expect(result[2]).toMatch(
      /^Invalid CAC: "\$5\.000" is in USD, but this column's other amounts are in EUR/,
    );
  });
});

describe('magnitudes directly after the number', () => {
  it.each([
    ['12k', 12_000],
    ['12K', 12_000],
    ['$0.75M', 750_000],
    ['3 bn', 3e9],
    ['2B', 2e9],
    ['5mm', 5e6],
    ['5MM', 5e6],
    ['1.1k', 1100],
  ])('%j is %s', (text, value) => {
    expect(valueIn('en_US', text)).toBe(value);
  });

  it.each(['k', '12kk', '12%k', '12k%', 'M$'])('%j is not a number', (text) => {
    expect(readerIn('en_US').number(text, SIGNED).kind).toBe('invalid');
  });
  // Two signs are a typo, never a double negation read as a positive amount.
  it.each(['▲', '▲▲500', '-(500)', '--5', '▲-500'])('ja_JP: %j is not a number', (text) => {
    expect(readerIn('ja_JP').number(text, SIGNED).kind).toBe('invalid');
  });
});

describe('dates: ISO, ISO date-time and the locale short date', () => {
  it.each([
    ['en_US', '11/20/2026', '2026-11-20'],
    ['en_GB', '20/11/2026', '2026-11-20'],
    ['de_DE', '20.11.2026', '2026-11-20'],
    ['ja_JP', '2026/11/20', '2026-11-20'],
    ['ko_KR', '2026. 11. 20.', '2026-11-20'],
    ['nl_NL', '20-11-2026', '2026-11-20'],
    ['en_US', '2026-11-20', '2026-11-20'],
    ['de_DE', '２０２６-１１-２０', '2026-11-20'],
    ['en_US', '2026-11-20T10:00', '2026-11-20'],
    ['en_US', '2026/11/20', '2026-11-20'],
  ])('%s: %j is %s', (locale, text, iso) => {
    expect(dayIn_(locale, text)).toBe(iso);
  });

  it('an ISO date-time with a zone is the day in the spreadsheet’s time zone', () => {
    expect(dayIn_('en_NZ', '2026-11-20T23:30:00Z', 'Pacific/Auckland')).toBe('2026-11-21');
    expect(dayIn_('en_US', '2026-11-20T23:30:00Z', 'America/New_York')).toBe('2026-11-20');
  });

  it('a Date is its calendar day in the spreadsheet’s time zone', () => {
    const midnight = new Date(Date.UTC(2026, 0, 14, 11));
    expect(dayIn_('en_NZ', midnight, 'Pacific/Auckland')).toBe('2026-01-15');
    expect(dayIn('Pacific/Auckland')(midnight)).toBe('2026-01-15');
  });

  it.each([
    ['en_US', '30/11/2026', '11/20/2026 (en_US)'],
    ['de_DE', '11/30/2026', '20.11.2026 (de_DE)'],
    ['en_US', '2026-02-30', '11/20/2026 (en_US)'],
    ['en_US', '11/20/26', '11/20/2026 (en_US)'],
    ['xx_YY', '20/11/2026', '2026-11-20'],
  ])('%s: %j is not a date there; the message shows how to type one', (locale, text, example) => {
    const date = readerIn(locale).date(text);
    expect(date).toMatchObject({ kind: 'invalid' });
    expect(date.kind === 'invalid' && date.why).toContain(`type a date such as ${example}`);
  });
});
