/**
 * How each spreadsheet locale writes numbers and short dates, and which currency a bare
 * `$`, `¥` or `kr` means there.
 *
 * A table, not `Intl.NumberFormat(locale).formatToParts`: Google documents neither which
 * ICU/CLDR data Apps Script's V8 carries nor that it matches the separators Sheets itself
 * uses for a spreadsheet locale, and a wrong mark would read numbers 1,000× off without a
 * word. The marks and short-date orders are CLDR's (as Node 20's ICU 78 / CLDR 48 formats
 * them), checked against the conventions of issue 16 for the first 27 locales. Left out on
 * purpose: fr_CH (CLDR writes numbers 1 234,5 but amounts 1 234.50 CHF) and en_ZA (CLDR's
 * 1 234,5 beside the widespread 1,234.5): both conventions are everyday there, so they
 * read as unlisted locales do, only what no convention disputes. Dates are left to ISO
 * where CLDR's short date is doubtful for the people typing: th_TH (Buddhist-era years),
 * es_US (CLDR's day first beside US month first), en_CA. A locale not in the table reads
 * only what means the same under every convention (see number-text.ts); README lists them.
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
  /** The grouping mark the locale writes (CLDR's). */
  readonly group: GroupMark;
  /**
   * Every mark read as grouping: `group`, and `.` too where CLDR groups with a space but
   * people group with `.` beside a decimal `,` (de_AT, pt_PT, fr_BE: `20.000 €`). Spaces
   * and apostrophes group in every locale (number-core.ts).
   */
  readonly groups: string;
  /** Lakh grouping, 1,00,000: groups of two before the last three digits (en_IN). */
  readonly indian: boolean;
  /** Null where the short date's order is not in the table: only ISO dates are read. */
  readonly dateOrder: DateOrder | null;
  /** The separator of the short date, for examples in messages. */
  readonly dateSeparator: string;
  /** ISO 4217 code of the locale's own currency, for `$`, `¥` and `kr`; null when unknown. */
  readonly currency: string | null;
}

// locale: decimal, group (and a third mark also read as grouping), date order and
// separator (none: ISO dates only), currency.
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
  // CLDR 48, as Intl formats 1234567.891 and 20 November 2026 in each.
  en_SG: '.,|DMY/|SGD',
  en_PH: '.,|MDY/|PHP',
  fil_PH: '.,|MDY/|PHP',
  en_HK: '.,|DMY/|HKD',
  zh_HK: '.,|DMY/|HKD',
  en_MY: '.,|DMY/|MYR',
  ms_MY: '.,|DMY/|MYR',
  he_IL: '.,|DMY.|ILS',
  th_TH: '.,||THB',
  es_MX: '.,|DMY/|MXN',
  es_US: '.,||USD',
  es_PE: '.,|DMY/|PEN',
  it_CH: ".'|DMY.|CHF",
  de_LU: ',.|DMY.|EUR',
  fr_LU: ',.|DMY/|EUR',
  nl_BE: ',.|DMY/|EUR',
  ca_ES: ',.|DMY/|EUR',
  el_GR: ',.|DMY/|EUR',
  ro_RO: ',.|DMY.|RON',
  hr_HR: ',.|DMY.|EUR',
  sl_SI: ',.|DMY.|EUR',
  vi_VN: ',.|DMY/|VND',
  es_AR: ',.|DMY/|ARS',
  es_CO: ',.|DMY/|COP',
  es_CL: ',.|DMY-|CLP',
  es_UY: ',.|DMY/|UYU',
  es_PY: ',.|DMY/|PYG',
  es_EC: ',.|DMY/|USD',
  es_VE: ',.|DMY/|VES',
  es_BO: ',.|DMY/|BOB',
  de_AT: ', .|DMY.|EUR',
  pt_PT: ', .|DMY/|EUR',
  fr_BE: ', .|DMY/|EUR',
  fr_CA: ', |YMD-|CAD',
  hu_HU: ', |YMD.|HUF',
  uk_UA: ', |DMY.|UAH',
  sk_SK: ', |DMY.|EUR',
  // Bulgaria has paid in euros since 1 January 2026; CLDR 48 still names the lev.
  bg_BG: ', |DMY.|EUR',
  lt_LT: ', |YMD-|EUR',
  lv_LV: ', |DMY.|EUR',
  et_EE: ', |DMY.|EUR',
};

// Java's old language codes, which Sheets' locale names may still carry (iw_IL, in_ID).
const LANGUAGES: Record<string, string> = { iw: 'he', in: 'id', no: 'nb' };

/** Every locale the table lists, for the README's table and the property tests. */
export const KNOWN_LOCALES: readonly string[] = Object.keys(TABLE);

/**
 * The conventions of a Sheets locale ('de_DE'; 'de-DE' and 'de_de' are taken too). An
 * unlisted locale gets `known: false` with en_US marks that only messages use.
 */
export function conventionsFor(locale: string): LocaleConventions {
  const [tag = '', region = ''] = String(locale).split(/[_-]/);
  const language = tag.toLowerCase();
  const name = region ? `${language}_${region.toUpperCase()}` : language;
  const key = LANGUAGES[language] ? name.replace(language, LANGUAGES[language]) : name;
  const entry = TABLE[key];
  if (entry === undefined) {
    return {
      locale: String(locale),
      known: false,
      decimal: '.',
      group: ',',
      groups: ',',
      indian: false,
      dateOrder: null,
      dateSeparator: '-',
      currency: null,
    };
  }
  const [marks, date, currency] = entry.split('|');
  return {
    locale: name,
    known: true,
    decimal: marks[0] as DecimalMark,
    group: marks[1] as GroupMark,
    groups: marks.slice(1),
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

/**
 * A number with grouping, at most `digits` decimals and at least `minimumDigits`, in the
 * locale's marks (withLocaleMarks).
 */
export function localNumber(
  value: number,
  digits: number,
  locale: LocaleConventions,
  minimumDigits = 0,
): string {
  const text = value.toLocaleString(locale.indian ? 'en-IN' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: minimumDigits,
  });
  return withLocaleMarks(text, locale);
}
