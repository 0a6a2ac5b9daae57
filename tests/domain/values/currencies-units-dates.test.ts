/**
 * Currencies, magnitudes and dates as people in many countries type them: symbols beyond
 * ISO codes (zł, 원, ₺, TL, US$, A$ …), magnitudes in German, Indian, Japanese and Korean
 * words, an unknown unit told as such, Japanese and Korean dates in words, and a
 * formula's error told as an error.
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, gateStatus } from '../../../src/domain/gating/gate-status';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, SIGNED);
const scoreColumn = (locale: string, table: unknown[][]) =>
  partnerScore(table, undefined, undefined, sheetIn(locale)).map((r) => r[0]);
const gateIn = (locale: string, asOf: unknown) =>
  gateStatus({ actuals: 95_000, goAt: 90_000, stopAt: 50_000, asOf, maxAgeDays: 14 }, {
    ...sheetIn(locale),
    today: '2026-11-27',
  } as Calendar)[0][0];

describe('currency symbols name their currency', () => {
  it.each([
    ['pl_PL', '900 zł', 900, 'PLN'],
    ['ko_KR', '5,000원', 5000, 'KRW'],
    ['tr_TR', '₺1.500', 1500, 'TRY'],
    ['tr_TR', '1.500 TL', 1500, 'TRY'],
    ['en_US', 'US$ 3,000', 3000, 'USD'],
    ['en_AU', 'A$1,200', 1200, 'AUD'],
    ['en_US', 'C$1,200', 1200, 'CAD'],
    ['en_US', 'NZ$1,200', 1200, 'NZD'],
    ['en_US', 'HK$1,200', 1200, 'HKD'],
    ['en_US', 'S$1,200', 1200, 'SGD'],
    ['en_US', '3,000 US$', 3000, 'USD'],
    ['cs_CZ', '1 500 Kč', 1500, 'CZK'],
    ['ru_RU', '1 500 ₽', 1500, 'RUB'],
    ['id_ID', 'Rp 1.500.000', 1_500_000, 'IDR'],
    ['zh_TW', '1,500元', 1500, 'TWD'],
    ['zh_CN', '1,500元', 1500, 'CNY'],
    ['en_IN', 'Rs. 1,500', 1500, 'INR'],
  ])('%s: %j is %s %s', (locale, text, value, currency) => {
    expect(readIn(locale, text)).toEqual({ kind: 'number', value, currency, percent: false });
  });

  it('$ and US$ in one en_AU column are two currencies: the fewer is refused', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '$4,000'],
      ['B', 6, 'A$5,000'],
      ['C', 5, 'US$3,000'],
      ['D', 4, 6000],
    ];
    const result = scoreColumn('en_AU', table);
    expect(result[3]).toBe(
      'Invalid CAC: "US$3,000" is in USD, but this column\'s other amounts are in AUD; convert it to AUD, or keep each currency in its own column',
    );
    expect(result.filter((r) => typeof r === 'number')).toHaveLength(3);
  });

  it('₺ and TL are one currency; zł beside them is another', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '₺4.000'],
      ['B', 6, '5.000 TL'],
      ['C', 5, '3.000 zł'],
    ];
    const result = scoreColumn('tr_TR', table);
    expect(result[3]).toMatch(
      /^Invalid CAC: "3\.000 zł" is in PLN, but this column's other amounts are in TRY/,
    );
    expect(typeof result[1]).toBe('number');
    expect(typeof result[2]).toBe('number');
  });
});

describe('magnitudes in words', () => {
  it.each([
    ['ja_JP', '1,200千円', 1_200_000],
    ['ja_JP', '3百万', 3_000_000],
    ['ja_JP', '2千万円', 20_000_000],
    ['ja_JP', '1.5億', 150_000_000],
    ['ko_KR', '5만원', 50_000],
    ['de_DE', '1,5 Mio', 1_500_000],
    ['de_DE', '1,5 Mio. €', 1_500_000],
    ['de_DE', '2 Mrd', 2e9],
    ['de_DE', '2 Mrd.', 2e9],
    ['de_DE', '250 Tsd.', 250_000],
    ['en_IN', '1.2 lakh', 120_000],
    ['en_IN', '₹3 crore', 30_000_000],
    ['en_IN', '₹3 Cr', 30_000_000],
    ['en_IN', 'Rs. 2 lakh', 200_000],
    ['en_GB', '£2.5mn', 2_500_000],
    // A tester's spellings: magnitude words in any letter case, with a dot.
    ['en_IN', '12 Lakh', 1_200_000],
    ['en_IN', '12 Lakhs', 1_200_000],
    ['en_IN', '12 Lac', 1_200_000],
    ['en_IN', '1.5 Crore', 15_000_000],
    ['en_IN', '1.5 CR', 15_000_000],
    ['en_IN', '₹ 5 Cr.', 50_000_000],
    ['en_US', '1.2 Mn', 1_200_000],
    ['en_US', '$3 BN', 3e9],
    ['de_DE', '1,5 MIO', 1_500_000],
    ['ja_JP', '1億2000万', 120_000_000],
    ['ja_JP', '1億2,000万円', 120_000_000],
    ['ja_JP', '1万5千', 15_000],
    ['ja_JP', '3億5千万', 350_000_000],
    ['ja_JP', '2万500', 20_500],
    ['ko_KR', '3조 5000억', 3_500_000_000_000],
    ['ja_JP', '▲500', -500],
    ['ja_JP', '△1,200', -1_200],
    ['ja_JP', '▲¥500', -500],
    ['ja_JP', '¥▲500', -500],
    ['ja_JP', '▲ ¥500', -500],
    ['ja_JP', '▲500円', -500],
    ['ja_JP', '△1,200万円', -12_000_000],
  ])('%s: %j is %s', (locale, text, value) => {
    const read = readIn(locale, text);
    expect(read.kind === 'number' && read.value).toBe(value);
  });
});

describe('a number with an unknown currency or unit says so, not "map the word"', () => {
  it.each([
    ['en_US', '900 XYZ', 'XYZ'],
    ['en_US', '₲500', '₲'],
    ['en_US', 'XBT 5', 'XBT'],
    ['de_DE', '12 Stück', 'Stück'],
    ['en_US', '12kk', 'kk'],
  ])('%s: %j names %j', (locale, text, mark) => {
    expect(readIn(locale, text)).toMatchObject({
      kind: 'invalid',
      problem: 'unit',
      why: `is a number with "${mark}", a currency or unit Partner Pilot does not recognise; type the number alone, or with an ISO currency code such as EUR`,
    });
  });

  it('in PARTNER_SCORE the row is Invalid with that message; words and ranks stay words to map', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '900 XYZ'],
      ['B', 6, 5000],
      ['C', 5, 6000],
    ];
    expect(scoreColumn('en_US', table)[1]).toBe(
      'Invalid CAC: "900 XYZ" is a number with "XYZ", a currency or unit Partner Pilot does not recognise; type the number alone, or with an ISO currency code such as EUR',
    );
    for (const word of ['Tier 1', '1st', 'Q3', '5.', '12%%'])
      expect(readIn('en_US', word), word).toMatchObject({ problem: 'text' });
  });

  it('the Japanese message is the twin', () => {
    expect(readIn('ja_JP', '900 XYZ')).toMatchObject({
      why: '「XYZ」の付いた数値ですが、Partner Pilot はこの通貨・単位を認識できません。数値だけか、EUR のような ISO 通貨コードを付けて入力してください',
    });
  });
});

describe('Japanese and Korean dates in words, in every locale', () => {
  it.each([
    ['en_US', '2026年11月20日'],
    ['de_DE', '2026年11月20日'],
    ['ja_JP', '2026年11月20日 (金)'],
    ['ja_JP', '2026年11月20日（金曜日）'],
    ['fr_FR', '2026年11月20日(金曜)'],
    ['ja_JP', '令和8年11月20日'],
    ['ja_JP', '㋿8年11月20日'],
    ['ko_KR', '2026년 11월 20일 (금)'],
    ['xx_YY', '２０２６年１１月２０日'],
  ])('%s: GATE_STATUS with as_of %j (7 days old) is GO', (locale, asOf) => {
    expect(gateIn(locale, asOf)).toBe('GO');
  });

  it('as_of 2026年11月02日 is 25 days old: STALE', () => {
    expect(gateIn('en_US', '2026年11月2日')).toBe('STALE');
  });

  it.each([
    '2026年11月20日 (木)', // 20 November 2026 is a Friday: the day or the weekday is wrong
    '2026年2月30日',
    '令和1年4月30日', // Reiwa began on 1 May 2019
    '2026年11月20日 (X)',
  ])('%j is no date', (asOf) => {
    expect(gateIn('en_US', asOf)).toMatch(/^Invalid as_of: "[^"]+" is not a date;/);
  });

  it('平成31年4月30日 is 2019-04-30, 令和元年5月1日 the day after', () => {
    const reader = new ValueReader(sheetIn('ja_JP'));
    expect(reader.date('平成31年4月30日')).toMatchObject({ iso: '2019-04-30' });
    expect(reader.date('令和元年5月1日')).toMatchObject({ iso: '2019-05-01' });
  });
});

describe('an error from a formula', () => {
  it('as an actual or a Data-as-of says to fix the formula or clear the cell', () => {
    const [[actual]] = gateStatus({ actuals: '#DIV/0!', goAt: 4, stopAt: 3 }, {
      ...sheetIn('en_US'),
      today: '2026-11-27',
    } as Calendar);
    expect(actual).toBe(
      'Invalid metric 1: actual "#DIV/0!" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
    );
    expect(gateIn('en_US', '#N/A')).toBe(
      'Invalid as_of: "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
    );
    expect(gateIn('ja_JP', '#N/A')).toBe(
      '【無効】as_of：「#N/A」は数式のエラーで、値ではありません。このセルの元の数式を直すか、セルを空にしてください',
    );
  });
});
