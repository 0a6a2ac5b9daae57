/**
 * A stability interval's ends as text, rounded towards 1 so that a range stated with them lies
 * inside the range computed: the plan's table, the record and the sidebar all say them so.
 * Small on purpose: the sidebar bundles it.
 */
import type { CriterionStability } from '../../shared/sensitivity-types';

/** A range's words in one language (SentenceText's sensitivity, i18n/{en,ja}/sentences.ts). */
export interface RangeWords {
  between: (p: { low: string; high: string }) => string;
  above: (p: { low: string }) => string;
  below: (p: { high: string }) => string;
  any: string;
}

/**
 * A multiplier as text with the fewest decimals (2 to 9) that keep it on its side of 1,
 * rounded towards 1 (`up` for a lower end, down for an upper end), so a range stated with
 * the two ends lies inside the computed one: 0.6149 → "0.62", 1.8761 → "1.87", 57.9 → "57.9";
 * to the analysis's resolution (events within 1e-9, relative, are one), so 0.500000000002
 * is "0.5".
 */
export function shownMultiplier(value: number, up: boolean): string {
  for (let decimals = 2; decimals <= 9; decimals++) {
    const scale = 10 ** decimals;
    const rounded =
      (up ? Math.ceil(value * scale - 1e-7) : Math.floor(value * scale + 1e-7)) / scale;
    const keepsSide = value === 1 || (up ? rounded < 1 : rounded > 1) || decimals === 9;
    if (keepsSide) return String(Number(rounded.toFixed(decimals)));
  }
  return String(value);
}

/**
 * An interval's ends as stated (shownMultiplier), with `decimal` as the decimal mark (the
 * spreadsheet locale's: 0,62 in de_DE, as the plan's multiplier cells show it): null where
 * there is no end (no decrease, or no increase, changes the Pilot).
 */
export function shownEnds(
  interval: CriterionStability,
  decimal = '.',
): {
  low: string | null;
  high: string | null;
} {
  const shown = (value: number, up: boolean) => shownMultiplier(value, up).replace('.', decimal);
  return {
    low: interval.low > 0 ? shown(interval.low, true) : null,
    high: interval.high !== null ? shown(interval.high, false) : null,
  };
}

/**
 * One criterion's interval as a clause in `words`' language: "between 0.62× and 1.87×",
 * "above 0.4×", "at any value" ("0.62× 〜 1.87×" in Japanese), `decimal` the decimal mark.
 * The words are passed in, not imported, so the sidebar, which bundles this module for
 * shownEnds, carries no catalogue.
 */
export function rangeInWords(
  interval: CriterionStability,
  words: RangeWords,
  decimal = '.',
): string {
  const { low, high } = shownEnds(interval, decimal);
  if (low && high) return words.between({ low, high });
  if (low) return words.above({ low });
  if (high) return words.below({ high });
  return words.any;
}
