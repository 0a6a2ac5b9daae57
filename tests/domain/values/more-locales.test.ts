/**
 * The locales added beside issue 16's 27 (CLDR 48's marks and short dates, README's
 * table): each reads its own spelling of 1,234.56, its decimals and its short date, and
 * refuses the other convention's spelling rather than reading it 1,000× off.
 */
import { describe, expect, it } from 'vitest';
import { conventionsFor, KNOWN_LOCALES } from '../../../src/domain/values/locales';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { currencyOf, dateFormat } from '../../../src/server/sheets/formats';
import { sheetIn } from '../../support/sheet-settings';

const readerIn = (locale: string) => new ValueReader(sheetIn(locale));
const read = (locale: string, text: string) => {
  const value = readerIn(locale).number(text, SIGNED);
  return value.kind === 'number' ? value.value : value.kind;
};
const currencyIn = (locale: string, text: string) => {
  const value = readerIn(locale).number(text, SIGNED);
  return value.kind === 'number' ? value.currency : value.kind;
};

// locale, 1,234.56 as the locale writes it, 1.5 as it writes it, 20 November 2026.
const DOT: readonly (readonly [string, string, string, string | null])[] = [
  ['en_SG', '1,234.56', '1.5', '20/11/2026'],
  ['en_PH', '1,234.56', '1.5', '11/20/2026'],
  ['fil_PH', '1,234.56', '1.5', '11/20/2026'],
  ['en_HK', '1,234.56', '1.5', '20/11/2026'],
  ['zh_HK', '1,234.56', '1.5', '20/11/2026'],
  ['en_MY', '1,234.56', '1.5', '20/11/2026'],
  ['ms_MY', '1,234.56', '1.5', '20/11/2026'],
  ['he_IL', '1,234.56', '1.5', '20.11.2026'],
  ['iw_IL', '1,234.56', '1.5', '20.11.2026'],
  ['th_TH', '1,234.56', '1.5', null],
  ['es_MX', '1,234.56', '1.5', '20/11/2026'],
  ['es_US', '1,234.56', '1.5', null],
  ['es_PE', '1,234.56', '1.5', '20/11/2026'],
  ['it_CH', "1'234.56", '1.5', '20.11.2026'],
];
const COMMA: readonly (readonly [string, string, string, string | null])[] = [
  ['de_LU', '1.234,56', '1,5', '20.11.2026'],
  ['fr_LU', '1.234,56', '1,5', '20/11/2026'],
  ['nl_BE', '1.234,56', '1,5', '20/11/2026'],
  ['ca_ES', '1.234,56', '1,5', '20/11/2026'],
  ['el_GR', '1.234,56', '1,5', '20/11/2026'],
  ['ro_RO', '1.234,56', '1,5', '20.11.2026'],
  ['hr_HR', '1.234,56', '1,5', '20. 11. 2026.'],
  ['sl_SI', '1.234,56', '1,5', '20. 11. 2026'],
  ['vi_VN', '1.234,56', '1,5', '20/11/2026'],
  ['es_AR', '1.234,56', '1,5', '20/11/2026'],
  ['es_CO', '1.234,56', '1,5', '20/11/2026'],
  ['es_CL', '1.234,56', '1,5', '20-11-2026'],
  ['es_UY', '1.234,56', '1,5', '20/11/2026'],
  ['es_PY', '1.234,56', '1,5', '20/11/2026'],
  ['es_EC', '1.234,56', '1,5', '20/11/2026'],
  ['es_VE', '1.234,56', '1,5', '20/11/2026'],
  ['es_BO', '1.234,56', '1,5', '20/11/2026'],
  ['de_AT', '1 234,56', '1,5', '20.11.2026'],
  ['pt_PT', '1 234,56', '1,5', '20/11/2026'],
  ['fr_BE', '1 234,56', '1,5', '20/11/2026'],
  ['fr_CA', '1 234,56', '1,5', '2026-11-20'],
  ['hu_HU', '1 234,56', '1,5', '2026. 11. 20.'],
  ['uk_UA', '1 234,56', '1,5', '20.11.2026'],
  ['sk_SK', '1 234,56', '1,5', '20. 11. 2026'],
  ['bg_BG', '1 234,56', '1,5', '20.11.2026'],
  ['lt_LT', '1 234,56', '1,5', '2026-11-20'],
  ['lv_LV', '1 234,56', '1,5', '20.11.2026'],
  ['et_EE', '1 234,56', '1,5', '20.11.2026'],
];

describe('the added locales', () => {
  it.each([...DOT, ...COMMA])(
    '%s: reads %j and %j, and its short date %j',
    (locale, big, small, date) => {
      expect(conventionsFor(locale).known).toBe(true);
      expect(read(locale, big)).toBe(1234.56);
      expect(read(locale, small)).toBe(1.5);
      expect(read(locale, '20000')).toBe(20_000);
      if (date !== null) expect(readerIn(locale).date(date)).toMatchObject({ iso: '2026-11-20' });
    },
  );

  it.each(DOT)('%s: the comma convention (1.234,56, 12,5) is refused', (locale) => {
    expect(read(locale, '1.234,56')).toBe('invalid');
    expect(read(locale, '12,5')).toBe('invalid');
    expect(read(locale, '20.000')).toBe('invalid');
  });

  it.each(COMMA)('%s: the dot convention (1,234.56, 12.5, 20,000) is refused', (locale) => {
    expect(read(locale, '1,234.56')).toBe('invalid');
    expect(read(locale, '12.5')).toBe('invalid');
    expect(read(locale, '20,000')).toBe('invalid');
  });

  it('de_AT, pt_PT and fr_BE group with a space (CLDR) and with a dot, as people type them', () => {
    for (const locale of ['de_AT', 'pt_PT', 'fr_BE']) {
      expect(read(locale, '20.000 €')).toBe(20_000);
      expect(read(locale, '1.234,56')).toBe(1234.56);
      expect(read(locale, '1.234.567,8')).toBe(1_234_567.8);
      expect(read(locale, '1\u00a0234\u00a0567,8')).toBe(1_234_567.8);
      // A dot is never their decimal mark, and one text groups with one mark.
      expect(read(locale, '1.5')).toBe('invalid');
      expect(read(locale, '1.234 567')).toBe('invalid');
    }
    expect(read('de_AT', '€ 20.000,-')).toBe(20_000);
  });

  it('where the locale groups with a space only, a dot between thousands stays ambiguous', () => {
    for (const locale of ['fr_CA', 'hu_HU', 'uk_UA', 'sk_SK', 'lt_LT'])
      expect(readerIn(locale).number('20.000', SIGNED)).toMatchObject({ problem: 'ambiguous' });
  });

  it('reads a bare $ as the locale’s own dollar or peso', () => {
    expect(currencyIn('es_MX', '$1,500')).toBe('MXN');
    expect(currencyIn('es_AR', '$ 1.500')).toBe('ARS');
    expect(currencyIn('es_CO', '$ 1.500')).toBe('COP');
    expect(currencyIn('es_CL', '$1.500')).toBe('CLP');
    expect(currencyIn('es_EC', '$1.500')).toBe('USD');
    expect(currencyIn('en_SG', '$1,500')).toBe('SGD');
    expect(currencyIn('fr_CA', '1 500 $')).toBe('CAD');
    expect(currencyIn('ro_RO', '1.500 lei')).toBe('RON');
    expect(currencyIn('hu_HU', '12 000 Ft')).toBe('HUF');
  });

  it('takes Java’s old language codes: iw_IL is he_IL, in_ID is id_ID, no_NO is nb_NO', () => {
    expect(conventionsFor('iw_IL')).toMatchObject({
      known: true,
      locale: 'iw_IL',
      currency: 'ILS',
    });
    expect(conventionsFor('in_ID')).toMatchObject({ known: true, decimal: ',', currency: 'IDR' });
    expect(conventionsFor('no_NO')).toMatchObject({ known: true, decimal: ',', currency: 'NOK' });
  });

  it('leaves fr_CH and en_ZA unlisted: both conventions are everyday there', () => {
    for (const locale of ['fr_CH', 'en_ZA']) {
      expect(KNOWN_LOCALES).not.toContain(locale);
      expect(read(locale, '1 234.50')).toBe(1234.5);
      expect(read(locale, '1 234,50')).toBe(1234.5);
      expect(read(locale, '1,500')).toBe('invalid');
    }
  });

  it('the plan writes the locale’s own currency, one the reader reads back', () => {
    expect(currencyOf('en_PH')).toEqual({ symbol: '₱', before: true });
    expect(currencyOf('th_TH')).toEqual({ symbol: '฿', before: true });
    expect(currencyOf('ms_MY')).toEqual({ symbol: 'RM ', before: true });
    expect(currencyOf('zh_HK')).toEqual({ symbol: 'HK$', before: true });
    expect(currencyOf('hu_HU')).toEqual({ symbol: 'Ft', before: false });
    expect(currencyOf('ro_RO')).toEqual({ symbol: 'RON', before: false });
    expect(currencyOf('uk_UA')).toEqual({ symbol: '₴', before: false });
    expect(currencyOf('hr_HR')).toEqual({ symbol: '€', before: false });
    expect(currencyOf('bg_BG')).toEqual({ symbol: '€', before: false });
    expect(currencyOf('es_PE')).toEqual({ symbol: 'PEN ', before: true });
    // A partner table in the locale's own currency keeps the locale's symbol.
    expect(currencyOf('fr_CA', 'CAD')).toEqual(currencyOf('fr_CA'));
    expect(currencyOf('ro_RO', 'RON')).toEqual(currencyOf('ro_RO'));
  });

  it('writes date cells in the locale’s order', () => {
    expect(dateFormat('sk_SK')).toBe('dd.mm.yyyy');
    expect(dateFormat('it_CH')).toBe('dd.mm.yyyy');
    expect(dateFormat('es_MX')).toBe('dd/mm/yyyy');
    expect(dateFormat('en_PH')).toBe('m/d/yyyy');
    expect(dateFormat('fr_CA')).toBe('yyyy-mm-dd');
  });
});
