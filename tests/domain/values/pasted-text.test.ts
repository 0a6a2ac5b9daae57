/**
 * Text that was pasted or imported rather than typed (a typed 4.500 is the number 4.5 in
 * Sheets; only text stays text): rule 3 for all text, and every message the reader gives
 * for such text true in each locale family (`.`/`,`, `,`/`.`, `,`/space, `.`/`'`, lakh,
 * an unlisted locale).
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, gateStatus } from '../../../src/domain/gating/gate-status';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readIn = (locale: string, cell: unknown) =>
  new ValueReader(sheetIn(locale)).number(cell, SIGNED);
const valueIn = (locale: string, cell: unknown) => {
  const read = readIn(locale, cell);
  return read.kind === 'number' ? read.value : read;
};
const whyIn = (locale: string, cell: unknown) => {
  const read = readIn(locale, cell);
  return read.kind === 'invalid' ? `${read.problem}: ${read.why}` : `read as ${read.kind}`;
};
const calendar: Calendar = { ...sheetIn('en_US'), today: '2026-11-27' };

describe('rule 3 for all text: the decimal mark alone before three digits is ambiguous', () => {
  it.each([
    ['en_US', '4.500', '4500 or 4.5?'],
    ['en_US', '20.000', '20000 or 20?'],
    ['en_US', '-4.500', '4500 or 4.5?'],
    ['en_GB', '999.999', '999999 or 999.999?'],
    ['en_IN', '4.500', '4500 or 4.5?'],
    ['ja_JP', '1.250', ' 1250 とも 1.25 とも'],
    ['de_DE', '4,500', '4500 or 4,5?'],
    ['de_DE', '6,125', '6125 or 6,125?'],
    ['pt_BR', '1,500', '1500 or 1,5?'],
    ['fr_FR', '4,500', '4500 or 4,5?'],
    ['de_CH', '4.500', '4500 or 4.5?'],
  ])('%s: %j is %s', (locale, text, readings) => {
    expect(whyIn(locale, text)).toContain(readings);
    expect(readIn(locale, text)).toMatchObject({ kind: 'invalid', problem: 'ambiguous' });
  });

  it.each([
    ['en_US', '0.125', 0.125],
    ['en_US', '4.5', 4.5],
    ['en_US', '4.50', 4.5],
    ['en_US', '4.5000', 4.5],
    ['en_US', '1234.500', 1234.5],
    ['en_US', '4,500', 4500],
    ['en_US', '4.500k', 4500],
    ['en_US', '8.875%', 0.08875],
    ['de_DE', '0,125', 0.125],
    ['de_DE', '4,5', 4.5],
    ['de_DE', '4.500', 4500],
    ['fr_FR', '4,50', 4.5],
    ['fr_FR', '4 500', 4500],
  ])('%s: %j stays %s', (locale, text, value) => {
    expect(valueIn(locale, text)).toBe(value);
  });

  it('a number Sheets parsed is never doubted: 4.5 stays 4.5', () => {
    expect(valueIn('en_US', 4.5)).toBe(4.5);
    expect(valueIn('de_DE', 4.5)).toBe(4.5);
  });

  it('GATE_STATUS("4.500", 4, 3) in en_US is Invalid, not GO', () => {
    const [[status]] = gateStatus({ actuals: '4.500', goAt: 4, stopAt: 3 }, calendar);
    expect(status).toBe(
      'Invalid metric 1: actual "4.500" is ambiguous: 4500 or 4.5? Some locales write "." as the decimal mark, others between thousands; type 4500 or 4.5',
    );
  });

  it('PARTNER_SCORE refuses the row rather than ranking a 1,000× smaller budget best', () => {
    const table = [
      ['Partner', 'Capability', 'Co-marketing budget'],
      ['A', 8, '4.500'],
      ['B', 6, 5000],
      ['C', 5, 6000],
    ];
    const result = partnerScore(table, undefined, undefined, sheetIn('en_US')).map((r) => r[0]);
    expect(result[1]).toMatch(
      /^Invalid Co-marketing budget: "4\.500" is ambiguous: 4500 or 4\.5\?/,
    );
    expect(result.slice(2).every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('each message names only marks the text holds and the locale’s own', () => {
  it.each([
    [
      'fr_FR',
      '20.000',
      'ambiguous: is ambiguous: 20000 or 20? Some locales write "." as the decimal mark, others between thousands; type 20000 or 20',
    ],
    [
      'fr_FR',
      '1.234,5',
      `convention: is written with "." between thousands, but this spreadsheet's locale (fr_FR) uses a space between thousands; type 1234,5, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'fr_FR',
      '1 234.56',
      `convention: is written with "." as the decimal mark, but this spreadsheet's locale (fr_FR) uses "," as the decimal mark; type 1234,56, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'fr_FR',
      '1,234.5',
      `convention: is written with "." as the decimal mark and "," between thousands, but this spreadsheet's locale (fr_FR) uses "," as the decimal mark and a space between thousands; type 1234,5, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'pl_PL',
      '20.000',
      'ambiguous: is ambiguous: 20000 or 20? Some locales write "." as the decimal mark, others between thousands; type 20000 or 20',
    ],
    [
      'de_CH',
      '20,000',
      'ambiguous: is ambiguous: 20000 or 20? Some locales write "," as the decimal mark, others between thousands; type 20000 or 20',
    ],
    [
      'de_CH',
      '1,234.56',
      `convention: is written with "," between thousands, but this spreadsheet's locale (de_CH) uses "'" between thousands; type 1234.56, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'en_US',
      '1 234,56',
      `convention: is written with "," as the decimal mark, but this spreadsheet's locale (en_US) uses "." as the decimal mark; type 1234.56, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'en_US',
      '1.234,56',
      `convention: is written with "," as the decimal mark and "." between thousands, but this spreadsheet's locale (en_US) uses "." as the decimal mark and "," between thousands; type 1234.56, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'de_DE',
      '0.125',
      `convention: is written with "." as the decimal mark, but this spreadsheet's locale (de_DE) uses "," as the decimal mark; type 0,125, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'en_US',
      '1,5 Mio',
      `convention: is written with "," as the decimal mark, but this spreadsheet's locale (en_US) uses "." as the decimal mark; type 1500000, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'en_US',
      '12,5%',
      `convention: is written with "," as the decimal mark, but this spreadsheet's locale (en_US) uses "." as the decimal mark; type 12.5%, or change the locale under File ▸ Settings ▸ Locale`,
    ],
    [
      'ja_JP',
      '1.234,5',
      'convention: 小数点に「,」、桁区切りに「.」を使った書き方ですが、このスプレッドシートの地域（ja_JP）では小数点に「.」、桁区切りに「,」を使います。1234.5 と入力するか、[ファイル] ▸ [設定] ▸ [地域] で地域を変えてください',
    ],
    [
      'xx_YY',
      '4.500',
      `ambiguous: could be 4.5 or 4500: Partner Pilot does not know the number format of this spreadsheet's locale (xx_YY); type the number without thousands separators, or choose a listed locale under File ▸ Settings ▸ Locale`,
    ],
  ])('%s: %j', (locale, text, message) => {
    expect(whyIn(locale, text)).toBe(message);
  });

  it('0.125 is no grouped number anywhere: a leading 0 never starts a group', () => {
    expect(valueIn('xx_YY', '0.125')).toBe(0.125);
    expect(readIn('de_DE', '0.125')).toMatchObject({ problem: 'convention' });
    expect(readIn('fr_FR', '0.125')).toMatchObject({ problem: 'convention' });
  });
});
