/**
 * How the plan's sentences write numbers: with the spreadsheet locale's marks and its
 * currency on the side its cells show it, so "8.277 €" in a sentence of a de_DE plan
 * reads as the cell beside it does. Digits are grouped by hand from the marks, not by
 * Intl: the marks are the value reader's table (src/domain/values/locales.ts), so what
 * the plan writes the add-on reads back, and no formatter object is built per number.
 */
import type { LocaleConventions } from '../values/locales';

/** A locale's number conventions as generated text uses them. */
export interface AmountStyle {
  /** The decimal mark, '.' or ','. */
  readonly decimal: string;
  /** The grouping mark as cells show it: ',', '.', "'", or U+202F where the locale groups by spaces. */
  readonly group: string;
  /** Lakh grouping, 1,00,000 (en_IN). */
  readonly indian: boolean;
  /** The currency symbol as the cells' format shows it: '$', '€', 'CHF', 'R$'. */
  readonly symbol: string;
  /** True when the symbol stands before the amount ('$12,500'), false after ('8.277 €'). */
  readonly before: boolean;
  /** True when a space separates symbol and amount ('CHF 1'234', '8.277 €'). */
  readonly spaced: boolean;
}

/** en_US with dollars: what every plan wrote before the locale was passed, and the default. */
export const EN_US_STYLE: AmountStyle = {
  decimal: '.',
  group: ',',
  indian: false,
  symbol: '$',
  before: true,
  spaced: false,
};

/** The narrow no-break space the cells of a space-grouping locale (fr_FR) show between groups. */
const NARROW_SPACE = '\u202f';

/**
 * The style for a locale's `marks` (conventionsFor) and its currency `sign` as the cells'
 * format writes it: a symbol ending in a space ('CHF ') is spaced before the amount, one
 * after the amount always spaced ('#,##0 "€"'). A locale the table does not know groups by
 * narrow spaces with a decimal point (1 234.5), the spelling that means the same under
 * every convention, as its reader reads only such text: `1,234` would be 1.234 to half
 * the world.
 */
export function amountStyle(
  marks: LocaleConventions,
  sign: { symbol: string; before: boolean },
): AmountStyle {
  const symbol = sign.symbol.trim();
  const spaced = !sign.before || sign.symbol !== symbol;
  const group = !marks.known || marks.group === ' ' ? NARROW_SPACE : marks.group;
  return {
    decimal: marks.decimal,
    group,
    indian: marks.indian,
    symbol,
    before: sign.before,
    spaced,
  };
}

/**
 * |value| with at most `digits` decimals (trailing zeros dropped) in `style`'s marks:
 * 1234567.5 → '1,234,567.5', '1.234.567,5', '12,34,567.5' (en_IN). Rounds half away from
 * zero on the shortest decimal spelling of the double, as toLocaleString did (1.005 →
 * '1.01' at 2 decimals).
 */
export function groupedDigits(value: number, style: AmountStyle, digits = 0): string {
  const [whole, fraction] = roundedParts(Math.abs(value), digits);
  const grouped = style.indian ? lakhs(whole, style.group) : thousands(whole, style.group);
  return fraction ? `${grouped}${style.decimal}${fraction}` : grouped;
}

/** `amount` (digits already grouped) with the currency symbol on its side: '$1,234', '1.234 €', 'CHF 1'234'. */
export function withSymbol(amount: string, style: AmountStyle): string {
  const gap = style.spaced ? ' ' : '';
  return style.before ? `${style.symbol}${gap}${amount}` : `${amount}${gap}${style.symbol}`;
}

/** The whole and fraction digits of `abs` rounded to `digits` decimals; the fraction without trailing zeros. */
function roundedParts(abs: number, digits: number): [string, string] {
  const text = String(abs);
  if (text.includes('e') || abs >= 2 ** 53) {
    // Below 1e-6 rounds to 0 at any digits shown here; from 2^53 a double is a whole number.
    return abs < 1 ? ['0', ''] : [BigInt(abs).toString(), ''];
  }
  const scaled = String(Math.round(Number(`${text}e${digits}`))).padStart(digits + 1, '0');
  const whole = digits ? scaled.slice(0, -digits) : scaled;
  const fraction = digits ? scaled.slice(-digits).replace(/0+$/, '') : '';
  return [whole, fraction];
}

function thousands(whole: string, group: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** 100000 → 1,00,000: the last three digits, then groups of two. */
function lakhs(whole: string, group: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, group);
  return `${head}${group}${whole.slice(-3)}`;
}
