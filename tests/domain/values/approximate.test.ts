/**
 * Estimates, localized formula errors and misplaced grouping: refused with a message that
 * says what the text is, never read as a number (value rules 9 and 10).
 */
import { describe, expect, it } from 'vitest';
import { NON_NEGATIVE, ValueReader } from '../../../src/domain/values/reader';
import { sheetIn } from '../../support/sheet-settings';

const readIn = (locale: string, text: unknown) =>
  new ValueReader(sheetIn(locale)).number(text, NON_NEGATIVE);

describe('approximate amounts', () => {
  it.each([
    ['de_DE', 'ca. 5.000', '5.000'],
    ['de_DE', 'ca 5000', '5000'],
    ['de_DE', 'Ca. 5.000 €', '5.000 €'],
    ['de_DE', 'circa 5000', '5000'],
    ['de_DE', 'etwa 5000', '5000'],
    ['en_US', 'approx. 5,000', '5,000'],
    ['en_US', 'approximately $5,000', '$5,000'],
    ['en_US', '~5000', '5000'],
    ['en_US', '～5000', '5000'],
    ['en_US', '≈ 5000', '5000'],
    ['fr_FR', 'env. 5 000', '5 000'],
    ['fr_FR', 'environ 5 000 €', '5 000 €'],
    // Tester 2, finding 17: estimates and bounds were told to map the text as a word.
    ['en_US', 'est. 5000', '5000'],
    ['en_US', 'estimated $5,000', '$5,000'],
    ['en_US', '>5000', '5000'],
    ['en_US', '≥ 5,000', '5,000'],
    ['en_US', '3,000+', '3,000'],
    ['de_DE', 'geschätzt 5.000 €', '5.000 €'],
  ])('%s: %j is refused as an estimate; the message offers %j', (locale, text, fix) => {
    const read = readIn(locale, text);
    expect(read).toMatchObject({ kind: 'invalid', problem: 'approximate' });
    expect(read.kind === 'invalid' && read.why).toBe(
      `is an approximate amount; type ${fix} alone if that is the figure to use`,
    );
  });

  it.each([
    ['約75万', '75万'],
    ['75万円程度', '75万円'],
    ['75万くらい', '75万'],
    ['100万ぐらい', '100万'],
    ['約 5,000', '5,000'],
    ['〜5000', '5000'],
    ['5000以上', '5000'],
  ])('ja_JP: %j is an estimate, in Japanese', (text, fix) => {
    const read = readIn('ja_JP', text);
    expect(read).toMatchObject({ kind: 'invalid', problem: 'approximate' });
    expect(read.kind === 'invalid' && read.why).toBe(
      `概数です。その値でよければ ${fix} とだけ入力してください`,
    );
  });

  it('what follows the mark is still read under the locale: its own problem comes first', () => {
    expect(readIn('de_DE', 'ca. 5,000')).toMatchObject({ problem: 'ambiguous' });
    expect(readIn('en_US', 'ca. abc 5')).toMatchObject({ problem: 'text' });
  });

  it('a currency or code that starts like a mark is no estimate', () => {
    expect(readIn('en_US', 'CA$5,000')).toMatchObject({ kind: 'number', value: 5000 });
    expect(readIn('en_US', 'CAD 5,000')).toMatchObject({ kind: 'number', value: 5000 });
    expect(readIn('en_US', 'cab 5')).toMatchObject({ kind: 'invalid', problem: 'text' });
    // A word that starts like `est` is no estimate, nor is a plus sign before the number.
    expect(readIn('en_US', 'estate 5')).toMatchObject({ kind: 'invalid', problem: 'text' });
    expect(readIn('en_US', '+5000')).toMatchObject({ kind: 'number', value: 5000 });
  });
});

describe('formula errors in other languages', () => {
  it.each([
    '#NV',
    '#NA',
    '#N/D',
    '#WERT!',
    '#BEZUG!',
    '#DIV/0!',
    '#VALEUR!',
    '#REF!',
    '#NOMBRE!',
    '#¡VALOR!',
    '#VALORE!',
    '#WAARDE!',
  ])('%j is an error from a formula', (text) => {
    const read = readIn('de_DE', text);
    expect(read).toMatchObject({ kind: 'invalid', problem: 'error' });
    expect(read.kind === 'invalid' && read.why).toContain('is an error from a formula');
    expect(new ValueReader(sheetIn('de_DE')).date(text)).toMatchObject({
      why: expect.stringContaining('is an error from a formula'),
    });
  });

  it('text that only looks like one stays text', () => {
    expect(readIn('en_US', '#NVX')).toMatchObject({ problem: 'text' });
    expect(readIn('en_US', '#1 partner')).toMatchObject({ kind: 'invalid' });
  });
});

describe('misplaced grouping', () => {
  it.each([
    ['en_US', '1,0,00'],
    ['en_US', '1,000,0000'],
    ['de_DE', '1,0,00'],
    ['de_CH', "1'0'00"],
  ])('%s: %j is refused, saying the separators are misplaced', (locale, text) => {
    expect(readIn(locale, text)).toMatchObject({
      kind: 'invalid',
      problem: 'grouping',
      why: 'has misplaced separators between its digits; type the number without them',
    });
  });

  it('a dotted short date is no misplaced grouping', () => {
    expect(readIn('de_DE', '20.11.26')).toMatchObject({ problem: 'text' });
  });
});
