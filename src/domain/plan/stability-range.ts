/**
 * A stability interval's ends as text, rounded towards 1 so that a range stated with them lies
 * inside the range computed: the plan's table, the record and the sidebar all say them so.
 * Small on purpose: the sidebar bundles it.
 */
import type { CriterionStability } from '../../shared/sensitivity-types';

const RANGE_WORDS = {
  between: (low: string, high: string) => `between ${low}× and ${high}×`,
  above: (low: string) => `above ${low}×`,
  below: (high: string) => `below ${high}×`,
  any: 'at any value',
};

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
 * An interval's ends as stated (shownMultiplier): null where there is no end (no decrease,
 * or no increase, changes the Pilot).
 */
export function shownEnds(interval: CriterionStability): {
  low: string | null;
  high: string | null;
} {
  return {
    low: interval.low > 0 ? shownMultiplier(interval.low, true) : null,
    high: interval.high !== null ? shownMultiplier(interval.high, false) : null,
  };
}

/** One criterion's interval as a clause: "between 0.62× and 1.87×", "above 0.4×", "at any value". */
export function rangeInWords(interval: CriterionStability): string {
  const { low, high } = shownEnds(interval);
  if (low && high) return RANGE_WORDS.between(low, high);
  if (low) return RANGE_WORDS.above(low);
  if (high) return RANGE_WORDS.below(high);
  return RANGE_WORDS.any;
}
