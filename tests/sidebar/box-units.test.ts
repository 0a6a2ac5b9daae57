import { afterEach, describe, expect, it } from 'vitest';
import { type BoxKind, misfit, percentPoints } from '../../src/sidebar/box-units';
import {
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

/** In a spreadsheet of `locale` whose plan is in `currency`. */
function sheet(locale: string, currency: string | null) {
  setNumberLocale(locale);
  setNumberCurrency(currency);
}

/** The number a box of `kind` reads, or its message when it refuses the text. */
const read = (text: string, kind: BoxKind) => {
  const r = readBoxNumber(text, kind);
  return r.ok ? r.value : r.message;
};

describe('a number box takes only its own unit', () => {
  it('refuses a percentage in a money box (de_DE, tester finding 5)', () => {
    sheet('de_DE', 'EUR');
    expect(read('90 %', 'money')).toBe(
      '"90 %" is a percentage, but this box takes an amount in EUR',
    );
    expect(read('130%', 'money')).toBe(
      '"130%" is a percentage, but this box takes an amount in EUR',
    );
    expect(read('90 €', 'money')).toBe(90);
    expect(read('90', 'money')).toBe(90);
    expect(read('1,5 Mio. €', 'money')).toBe(1_500_000);
  });

  it("refuses an amount in another currency than the plan's, and hours", () => {
    sheet('de_DE', 'EUR');
    expect(read('90 $', 'money')).toBe(
      '"90 $" is an amount in USD, but this box takes an amount in EUR',
    );
    expect(read('USD 90', 'money')).toBe(
      '"USD 90" is an amount in USD, but this box takes an amount in EUR',
    );
    expect(read('60h', 'money')).toBe('"60h" is hours, but this box takes an amount in EUR');
    // A dollar table in de_DE: its amounts are in dollars, euros are refused.
    sheet('de_DE', 'USD');
    expect(read('90 $', 'money')).toBe(90);
    expect(read('90 €', 'money')).toBe(
      '"90 €" is an amount in EUR, but this box takes an amount in USD',
    );
    // No currency known: any is taken, as before.
    sheet('xx_XX', null);
    expect(read('$90', 'money')).toBe(90);
  });

  it('refuses a currency, hours or a magnitude in a percent box', () => {
    sheet('de_DE', 'EUR');
    expect(read('27 €', 'percent')).toBe(
      '"27 €" is an amount in EUR, but this box takes a percentage, such as 27%',
    );
    expect(read('27h', 'percent')).toBe(
      '"27h" is hours, but this box takes a percentage, such as 27%',
    );
    expect(read('27k', 'percent')).toBe(
      '"27k" is a number with a magnitude (k, M), but this box takes a percentage, such as 27%',
    );
  });

  it('takes hours in an hours box, days in a days box, and no unit in a count or weight box', () => {
    sheet('de_DE', 'EUR');
    expect(read('60 Std.', 'hours')).toBe(60);
    expect(read('60', 'hours')).toBe(60);
    expect(read('60 %', 'hours')).toBe('"60 %" is a percentage, but this box takes hours');
    expect(read('60 €', 'hours')).toBe('"60 €" is an amount in EUR, but this box takes hours');
    expect(read('14 Tage', 'days')).toBe(14);
    expect(read('14 %', 'days')).toBe('"14 %" is a percentage, but this box takes days');
    expect(read('14 €', 'days')).toBe('"14 €" is an amount in EUR, but this box takes days');
    expect(read('12k', 'count')).toBe(12_000);
    expect(read('3 %', 'count')).toBe('"3 %" is a percentage, but this box takes a plain number');
    expect(read('3 €', 'weight')).toBe(
      '"3 €" is an amount in EUR, but this box takes a weight (a plain number)',
    );
    expect(read('3', 'weight')).toBe(3);
  });

  it('says what the box takes in Japanese', () => {
    sheet('ja_JP', 'JPY');
    setNumberLanguage('ja');
    expect(read('90%', 'money')).toBe(
      '「90%」はパーセントですが、この欄にはJPY の金額を入力します',
    );
    expect(read('$90', 'money')).toBe(
      '「$90」はUSD の金額ですが、この欄にはJPY の金額を入力します',
    );
    expect(read('1', 'percent')).toBe(
      '「1」は1% とも 100% とも読めます。% を付けて入力してください',
    );
  });

  it('names the unit that does not fit, none when all do', () => {
    const plain = { currency: null, percent: false, hours: false };
    expect(misfit(plain, 'money', 'EUR')).toBeNull();
    expect(misfit({ ...plain, currency: 'EUR' }, 'money', 'EUR')).toBeNull();
    expect(misfit({ ...plain, currency: 'EUR' }, 'money', null)).toBeNull();
    expect(misfit({ ...plain, currency: 'GBP' }, 'money', 'EUR')).toEqual({
      found: 'currency',
      code: 'GBP',
    });
    expect(misfit({ ...plain, percent: true }, 'percent', 'EUR')).toBeNull();
    expect(misfit({ ...plain, scaled: true }, 'money', 'EUR')).toBeNull();
    expect(misfit({ ...plain, scaled: true }, 'percent', 'EUR')).toEqual({ found: 'magnitude' });
    expect(misfit({ ...plain, hours: true }, 'count', 'EUR')).toEqual({ found: 'hours' });
  });
});

describe('a plain number in a percent box reads as the sheet reads it', () => {
  it('reads a fraction below 1 as a share of one and 2 or more as points (de_DE, tester finding 5)', () => {
    sheet('de_DE', 'EUR');
    expect(read('0,27', 'percent')).toBe(27);
    expect(read('27', 'percent')).toBe(27);
    expect(read('27 %', 'percent')).toBe(27);
    expect(read('0,27 %', 'percent')).toBe(0.27);
    expect(read('0', 'percent')).toBe(0);
    expect(read('2', 'percent')).toBe(2);
    expect(read('-0,05', 'percent')).toBe(-5);
    expect(read('-12', 'percent')).toBe(-12);
  });

  it('refuses 1 and 1.5, which the sheet reads as 1 % or 100 %, 1.5 % or 150 %, and takes them with %', () => {
    sheet('de_DE', 'EUR');
    expect(read('1', 'percent')).toBe('"1" could be 1% or 100%: type it with %');
    expect(read('1,5', 'percent')).toBe('"1,5" could be 1,5% or 150%: type it with %');
    expect(read('1 %', 'percent')).toBe(1);
    expect(read('150 %', 'percent')).toBe(150);
    sheet('en_US', 'USD');
    expect(read('1.25', 'percent')).toBe('"1.25" could be 1.25% or 125%: type it with %');
    expect(read('0.27', 'percent')).toBe(27);
    expect(read('33.3', 'percent')).toBe(33.3);
  });

  it('keeps the rule of the sheet: below 1 a fraction, from 2 points, between them neither', () => {
    expect(percentPoints(0.999, false)).toBe(99.9);
    expect(percentPoints(0.07, false)).toBe(7);
    expect(percentPoints(1, false)).toBeUndefined();
    expect(percentPoints(1.999, false)).toBeUndefined();
    expect(percentPoints(-1, false)).toBeUndefined();
    expect(percentPoints(2, false)).toBe(2);
    expect(percentPoints(1, true)).toBe(1);
  });
});

describe('a bounded box (a share of a whole, a metric that is never negative)', () => {
  const bounded = (text: string, kind: BoxKind, max: number) => {
    const r = readBoxNumber(text, kind, max);
    return r.ok ? r.value : r.message;
  };

  it('refuses a share above 100 % or below 0, however typed', () => {
    const refused = 'is outside 0%–100%, and a share cannot be; type a percentage from 0 to 100';
    expect(bounded('150%', 'percent', 100)).toBe(`"150%" ${refused}`);
    expect(bounded('150', 'percent', 100)).toBe(`"150" ${refused}`);
    expect(bounded('100.1 %', 'percent', 100)).toBe(`"100.1 %" ${refused}`);
    expect(bounded('-5%', 'percent', 100)).toBe('"-5%" is negative; use 0 or more');
    sheet('de_DE', 'EUR');
    setNumberLanguage('ja');
    expect(bounded('150 %', 'percent', 100)).toBe(
      '「150 %」は0%〜100% の範囲外です。割合はこの範囲に収まるので、0〜100 の値を入力してください',
    );
  });

  it('takes the bounds themselves and the sheet’s fractions', () => {
    expect(bounded('100%', 'percent', 100)).toBe(100);
    expect(bounded('0%', 'percent', 100)).toBe(0);
    expect(bounded('0.35', 'percent', 100)).toBe(35);
    expect(bounded('', 'percent', 100)).toBeNull();
  });

  it('refuses a negative amount or hours where the metric cannot be one', () => {
    expect(bounded('-5,000', 'money', Number.POSITIVE_INFINITY)).toBe(
      '"-5,000" is negative; use 0 or more',
    );
    expect(bounded('(120)', 'hours', Number.POSITIVE_INFINITY)).toBe(
      '"(120)" is negative; use 0 or more',
    );
    expect(bounded('5,000', 'money', Number.POSITIVE_INFINITY)).toBe(5000);
    // Without a bound (a custom metric's change) a negative is taken.
    expect(read('-5%', 'percent')).toBe(-5);
  });
});
