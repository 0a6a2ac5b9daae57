/**
 * How each spreadsheet locale writes numbers and short dates, and which currency a bare
 * `$`, `¥` or `kr` means there.
 *
 * A table, not `Intl.NumberFormat(locale).formatToParts`: Google documents neither which
 * ICU/CLDR data Apps Script's V8 carries nor that it matches the separators Sheets itself
 * uses for a spreadsheet locale, and a wrong mark would read numbers 1,000× off without a
 * word. The entries are the conventions listed in issue 16 ("Cell values as people type
 * them"): `.`/`,` for en_*, ja_JP, zh_*, ko_KR; `,`/`.` for de_DE, es_ES, it_IT, nl_NL,
 * pt_BR, tr_TR, id_ID, da_DK; `,`/space for fr_FR, ru_RU, pl_PL, sv_SE, nb_NO, fi_FI,
 * cs_CZ; `.`/`'` for de_CH; Indian grouping for en_IN. A locale not in the table reads only
 * what means the same under every convention (see number-text.ts); README lists them all.
 */

/** The decimal mark and the locale's own grouping mark. */
export type DecimalMark = '.' | ',';
export type GroupMark = ',' | '.' | ' ' | "'";
/** Field order of the locale's short date: 11/20/2026 is MDY, 20.11.2026 DMY, 2026/11/20 YMD. */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

export interface LocaleConventions {
  /** As Sheets names it, e.g. 'de_DE'. */
  readonly locale: string;
  /** False for a locale this table does not list: nothing is assumed about its marks. */
  readonly known: boolean;
  readonly decimal: DecimalMark;
  readonly group: GroupMark;
  /** Lakh grouping, 1,00,000: groups of two before the last three digits (en_IN). */
  readonly indian: boolean;
  /** Null where the short date's order is not in the table: only ISO dates are read. */
  readonly dateOrder: DateOrder | null;
  /** The separator of the short date, for examples in messages. */
  readonly dateSeparator: string;
  /** ISO 4217 code of the locale's own currency, for `$`, `¥` and `kr`; null when unknown. */
  readonly currency: string | null;
}

// locale: decimal, group, date order and separator, currency.
const TABLE: Record<string, string> = {
  en_US: '.,|MDY/|USD',
  en_GB: '.,|DMY/|GBP',
  en_IE: '.,|DMY/|EUR',
  en_AU: '.,|DMY/|AUD',
  en_NZ: '.,|DMY/|NZD',
  en_CA: '.,||CAD',
  en_IN: '.,|DMY/|INR',
  ja_JP: '.,|YMD/|JPY',
  zh_CN: '.,|YMD/|CNY',
  zh_TW: '.,|YMD/|TWD',
  ko_KR: '.,|YMD.|KRW',
  de_DE: ',.|DMY.|EUR',
  es_ES: ',.|DMY/|EUR',
  it_IT: ',.|DMY/|EUR',
  nl_NL: ',.|DMY-|EUR',
  pt_BR: ',.|DMY/|BRL',
  tr_TR: ',.|DMY.|TRY',
  id_ID: ',.|DMY/|IDR',
  da_DK: ',.|DMY.|DKK',
  fr_FR: ', |DMY/|EUR',
  ru_RU: ', |DMY.|RUB',
  pl_PL: ', |DMY.|PLN',
  sv_SE: ', |YMD-|SEK',
  nb_NO: ', |DMY.|NOK',
  fi_FI: ', |DMY.|EUR',
  cs_CZ: ', |DMY.|CZK',
  de_CH: ".'|DMY.|CHF",
};

/** Every locale the table lists, for the README's table and the property tests. */
export const KNOWN_LOCALES: readonly string[] = Object.keys(TABLE);

/**
 * The conventions of a Sheets locale ('de_DE'; 'de-DE' and 'de_de' are taken too). An
 * unlisted locale gets `known: false` with en_US marks that only messages use.
 */
export function conventionsFor(locale: string): LocaleConventions {
  const [language = '', region = ''] = String(locale).split(/[_-]/);
  const key = region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
  const entry = TABLE[key];
  if (entry === undefined) {
    return {
      locale: String(locale),
      known: false,
      decimal: '.',
      group: ',',
      indian: false,
      dateOrder: null,
      dateSeparator: '-',
      currency: null,
    };
  }
  const [marks, date, currency] = entry.split('|');
  return {
    locale: key,
    known: true,
    decimal: marks[0] as DecimalMark,
    group: marks[1] as GroupMark,
    indian: key === 'en_IN',
    dateOrder: date ? (date.slice(0, 3) as DateOrder) : null,
    dateSeparator: date ? date[3] : '-',
    currency,
  };
}

/**
 * A number written the en-US way by toLocaleString ('1,234.5'; '12,34,567' for en_IN)
 * with the locale's own marks: 1.234,5 in de_DE, 1 234,5 in fr_FR (a narrow no-break
 * space, as Sheets shows it), 1'234.5 in de_CH. An unlisted locale keeps en-US marks.
 * Read back by the value reader as the same number.
 */
export function withLocaleMarks(text: string, locale: LocaleConventions): string {
  if (locale.decimal === '.' && locale.group === ',') return text;
  const group = locale.group === ' ' ? '\u202f' : locale.group;
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? locale.decimal : group));
}

/** A number with grouping and at most `digits` decimals, in the locale's marks (withLocaleMarks). */
export function localNumber(value: number, digits: number, locale: LocaleConventions): string {
  const text = value.toLocaleString(locale.indian ? 'en-IN' : 'en-US', {
    maximumFractionDigits: digits,
  });
  return withLocaleMarks(text, locale);
}
