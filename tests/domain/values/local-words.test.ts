/**
 * Cells as the tester found them in German, Swiss, French, Indian and Japanese sheets:
 * local "no value" words, whole amounts with a dash for the cents, thousands in the
 * currency (TEUR), milliards, lakh as L, hours and days after a number, a tie between
 * currencies, and lakh grouping in a locale that groups thousands.
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, gateStatus } from '../../../src/domain/gating/gate-status';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { wordKey } from '../../../src/domain/scoring/tiers';
import { DAYS, isBlankCell, SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, SIGNED);
const valueIn = (locale: string, cell: unknown) => {
  const read = readIn(locale, cell);
  return read.kind === 'number' ? read.value : read;
};
const scoreColumn = (locale: string, table: unknown[][], weights?: unknown) =>
  partnerScore(table, weights, undefined, sheetIn(locale)).map((r) => r[0]);
const gateIn = (locale: string, maxAgeDays: unknown) =>
  gateStatus({ actuals: 95_000, goAt: 90_000, stopAt: 50_000, asOf: '2026-11-20', maxAgeDays }, {
    ...sheetIn(locale),
    today: '2026-11-27',
  } as Calendar)[0][0];

const NO_VALUE = [
  'k. A.',
  'k.A.',
  'K.A.',
  'n.v.',
  'N/D',
  'n.d.',
  'NC',
  '未定',
  '不明',
  'なし',
  '該当なし',
  'ー',
  '―',
  '–',
  '--',
  'none',
  'None',
];

describe('local "no value" words are blank (unknown), like n/a', () => {
  it.each(NO_VALUE)('%j', (word) => {
    expect(isBlankCell(word)).toBe(true);
    expect(isBlankCell(` ${word} `)).toBe(true);
    expect(readIn('de_DE', word)).toEqual({ kind: 'blank' });
    expect(new ValueReader(sheetIn('ja_JP')).date(word)).toEqual({ kind: 'blank' });
  });

  it('names longer than the longest word, and short ones that are no such word, are names', () => {
    for (const name of [
      'Nordwind GmbH',
      'Partner 12',
      'NCR',
      'nonet',
      'k. A. GmbH',
      '北風商事',
      'Kai',
    ])
      expect(isBlankCell(name), name).toBe(false);
  });

  it('none of them is a tier word: a column of them is unknown, not on a scale', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ...NO_VALUE.map((w, i) => [`P${i}`, w, 10 + i]),
    ];
    table.push(['Q', 8, 4000], ['R', 5, 5000]);
    const result = scoreColumn('en_US', table);
    expect(result.filter((r) => typeof r === 'string' && r.startsWith('Invalid'))).toEqual([]);
  });

  it('in a partner table the row scores on its other criteria (k. A. in the MDF column)', () => {
    const table = [
      ['Partner', 'Capability', 'Co-marketing budget'],
      ['Nordwind GmbH', 8, '20.000 €'],
      ['Falke', 3, 'k. A.'],
      ['Hafen KG', 7, '18.000 €'],
    ];
    expect(
      scoreColumn('de_DE', table)
        .slice(1)
        .every((r) => typeof r === 'number'),
    ).toBe(true);
  });

  it('a word the user maps in the weights range stays theirs ("None" | 0)', () => {
    const table = [
      ['Partner', 'Capability'],
      ['A', 'High'],
      ['B', 'None'],
      ['C', 'Low'],
    ];
    const weights = [
      ['Capability', 1],
      ['Capability: None', 0],
    ];
    expect(wordKey('None')).toBe('none');
    const mapped = scoreColumn('en_US', table, weights);
    expect(mapped).toEqual(
      scoreColumn('en_US', [
        ['Partner', 'Capability'],
        ['A', 3],
        ['B', 0],
        ['C', 1],
      ]),
    );
    expect(mapped[2]).toBe(0);
  });
});

describe('whole amounts with a dash for the cents', () => {
  it.each([
    ['de_CH', "3'000.–", 3000, null],
    ['de_CH', "3'000.-", 3000, null],
    ['de_CH', "Fr. 18'000.-", 18_000, 'CHF'],
    ['de_CH', "Fr. 18'000", 18_000, 'CHF'],
    ['de_CH', 'SFr. 500', 500, 'CHF'],
    ['de_CH', "18'000 Fr.", 18_000, 'CHF'],
    ['de_DE', '20.000,–', 20_000, null],
    ['de_DE', '20.000,-', 20_000, null],
    ['de_DE', 'EUR 1.000,-', 1000, 'EUR'],
    ['de_DE', '1.000,- €', 1000, 'EUR'],
    ['de_AT', '€ 1.000,-', 1000, 'EUR'],
    ['de_AT', '20.000,–', 20_000, null],
    ['en_US', '$1,000.-', 1000, 'USD'],
  ])('%s: %j is %s %s', (locale, text, value, currency) => {
    const read = readIn(locale, text);
    expect(read).toMatchObject({ kind: 'number', value });
    expect(read.kind === 'number' && (read.currency ?? null)).toBe(currency);
  });

  it('the mark before the dash is the decimal one: 20.000,- in en_US is the other convention', () => {
    expect(readIn('en_US', '20.000,-')).toMatchObject({
      problem: 'convention',
      why: expect.stringMatching(/type 20000, or change the locale/),
    });
    expect(readIn('de_CH', '20.000,-')).toMatchObject({ problem: 'convention' });
    expect(readIn('de_DE', '-,-')).toMatchObject({ kind: 'invalid' });
    expect(readIn('de_DE', '5,--')).toMatchObject({ kind: 'invalid' });
  });
});

describe('units after the number', () => {
  it.each([
    ['de_DE', '3 TEUR', 3000, 'EUR'],
    ['de_DE', '3 T€', 3000, 'EUR'],
    ['de_DE', '3T€', 3000, 'EUR'],
    ['de_DE', '1,5 TEUR', 1500, 'EUR'],
    ['de_CH', '5 TCHF', 5000, 'CHF'],
    ['fr_FR', '2 Md€', 2e9, 'EUR'],
    ['fr_FR', '2 Mds €', 2e9, 'EUR'],
    ['fr_FR', '2,5 Md€', 2.5e9, 'EUR'],
    ['de_DE', '2 Mrd. €', 2e9, 'EUR'],
    ['de_CH', 'CHF 1.5 Mia.', 1.5e9, 'CHF'],
    ['en_IN', '5L', 500_000, null],
    ['en_IN', '2.5L', 250_000, null],
    ['en_IN', '₹ 2.5 L', 250_000, 'INR'],
  ])('%s: %j is %s %s', (locale, text, value, currency) => {
    const read = readIn(locale, text);
    expect(read).toMatchObject({ kind: 'number', value });
    expect(read.kind === 'number' && (read.currency ?? null)).toBe(currency);
  });

  it('thousands in the currency are not a magnitude of the number: 4.500 TEUR in en_US is ambiguous', () => {
    expect(readIn('en_US', '4.500 TEUR')).toMatchObject({ problem: 'ambiguous' });
    expect(valueIn('de_DE', '4.500 TEUR')).toBe(4_500_000);
  });

  it('L is lakh in en_IN only; elsewhere the usual unknown-unit message', () => {
    for (const locale of ['en_US', 'en_GB', 'de_DE'])
      expect(readIn(locale, '5L'), locale).toMatchObject({
        problem: 'unit',
        why: 'is a number with "L", a currency or unit Partner Pilot does not recognise; type the number alone, or with an ISO currency code such as EUR',
      });
    expect(readIn('en_IN', '5 PL')).toMatchObject({ kind: 'invalid' });
  });

  it.each([
    ['60h', 60],
    ['5 hrs', 5],
    ['5 hours', 5],
    ['1 hour', 1],
    ['5 Std.', 5],
    ['7,5 Std.', 7.5],
    ['5時間', 5],
    ['５時間', 5],
  ])('%j is %s hours: a plain number flagged as hours', (text, value) => {
    const locale = text.includes(',') ? 'de_DE' : 'en_US';
    expect(readIn(locale, text)).toEqual({
      kind: 'number',
      value,
      currency: null,
      percent: false,
      hours: true,
    });
  });

  it('hours do not combine with money or %, and 5 mph is no hours', () => {
    expect(readIn('en_US', '$5h')).toMatchObject({ kind: 'invalid' });
    expect(readIn('en_US', '5%h')).toMatchObject({ kind: 'invalid' });
    expect(readIn('en_US', '5 mph')).toMatchObject({ problem: 'unit' });
  });

  it('days are read only as max_age_days: 14 Tage, 14 days, 14日', () => {
    expect(gateIn('de_DE', '14 Tage')).toBe('GO');
    expect(gateIn('en_US', '14 days')).toBe('GO');
    expect(gateIn('ja_JP', '14日')).toBe('GO');
    expect(gateIn('en_US', '6 days')).toBe('STALE');
    const reader = new ValueReader(sheetIn('en_US'));
    expect(reader.number('14d', DAYS)).toMatchObject({ kind: 'number', value: 14 });
    expect(readIn('en_US', '14 days')).toMatchObject({ problem: 'unit' });
  });

  it('hours as max_age_days are refused: 14 h is not 14 days', () => {
    expect(() => gateIn('en_US', '14h')).toThrow(
      /max_age_days "14h" has a unit that is not days or weeks\. Give the number of days/,
    );
  });
});

describe('a column of hours beside money', () => {
  const table = (cells: unknown[]) => [
    ['Partner', 'Capability', 'Enablement'],
    ...cells.map((cell, i) => [`P${i}`, 5 + i, cell]),
  ];

  it('refuses the fewer kind, naming the other', () => {
    const result = scoreColumn('en_US', table(['60h', '5 hrs', 40, '$5,000']));
    expect(result[4]).toBe(
      'Invalid Enablement: "$5,000" is in USD, but this column also holds hours; keep hours and money in separate columns',
    );
    expect(result.slice(1, 4).every((r) => typeof r === 'number')).toBe(true);
    const fewer = scoreColumn('en_US', table(['60h', '€5,000', '€3,000', 40]));
    expect(fewer[1]).toBe(
      'Invalid Enablement: "60h" is hours, but this column also holds amounts in EUR; keep hours and money in separate columns',
    );
  });

  it('refuses both on a tie; the Japanese message is the twin', () => {
    const result = scoreColumn('ja_JP', table(['60時間', '¥5,000', 40, 50]));
    expect(result.slice(1, 3)).toEqual([
      '【無効】Enablement：「60時間」は時間ですが、この列には JPY の金額もあります。時間と金額は列を分けてください',
      '【無効】Enablement：「¥5,000」はJPY の金額ですが、この列には時間もあります。時間と金額は列を分けてください',
    ]);
  });

  it('a column of hours and plain numbers is read as it stands', () => {
    expect(scoreColumn('en_US', table(['60h', 120, '90 hrs']))).toEqual(
      scoreColumn('en_US', table([60, 120, 90])),
    );
  });
});

describe('a tie between currencies', () => {
  it('refuses every row in either currency, and a third one, naming the tied ones', () => {
    const result = scoreColumn('en_US', [
      ['Partner', 'Capability', 'Partner revenue'],
      ['A', 8, '€750,000'],
      ['B', 5, '$300,000'],
      ['C', 7, '€420,000'],
      ['D', 6, '$500,000'],
      ['E', 6, '£500,000'],
      ['F', 4, 200_000],
      ['G', 3, 100_000],
    ]);
    expect(result[1]).toBe(
      'Invalid Partner revenue: "€750,000" is in EUR, but this column has as many amounts in EUR as in USD; convert them to one currency, or keep each currency in its own column',
    );
    expect(result[2]).toMatch(
      /"\$300,000" is in USD, but this column has as many amounts in EUR as in USD/,
    );
    expect(result[5]).toMatch(
      /"£500,000" is in GBP, but this column has as many amounts in EUR as in USD/,
    );
    expect(result.slice(1, 6).every((r) => typeof r === 'string')).toBe(true);
    expect(result.slice(6)).toEqual([100, 0]);
  });

  it('in Japanese', () => {
    const result = scoreColumn('ja_JP', [
      ['Partner', 'Capability', 'Partner revenue'],
      ['A', 8, '¥750,000'],
      ['B', 5, '30万元'],
      ['C', 7, 400_000],
      ['D', 3, 200_000],
    ]);
    expect(result[1]).toBe(
      '【無効】Partner revenue：「¥750,000」はJPY の金額ですが、この列は JPY・CNY が同数です。一つの通貨に換算するか、通貨ごとに列を分けてください',
    );
  });
});

describe('lakh grouping where the locale groups thousands', () => {
  it('names both fixes: type the number, or set the locale to en_IN', () => {
    expect(readIn('en_US', '₹2,00,000')).toMatchObject({
      problem: 'convention',
      why: "is grouped the Indian way (lakh, crore), but this spreadsheet's locale (en_US) groups thousands; type 200000, or set File ▸ Settings ▸ Locale to India (en_IN)",
    });
    expect(readIn('ja_JP', '1,61,53,846')).toMatchObject({
      why: 'インド式の桁区切りですが、地域（ja_JP）は 3 桁区切りです。16153846 と入力するか、[ファイル] ▸ [設定] ▸ [地域] をインド（en_IN）にしてください',
    });
  });

  it('with the locale’s decimal mark, a magnitude and %', () => {
    expect(readIn('de_DE', '12,50,000')).toMatchObject({
      why: expect.stringMatching(/type 1250000,/),
    });
    expect(readIn('en_GB', '1,00,000.5')).toMatchObject({
      why: expect.stringMatching(/type 100000\.5,/),
    });
  });

  it('western grouping and en_IN itself are unchanged', () => {
    expect(valueIn('en_US', '₹200,000')).toBe(200_000);
    expect(valueIn('en_IN', '₹2,00,000')).toBe(200_000);
  });
});
