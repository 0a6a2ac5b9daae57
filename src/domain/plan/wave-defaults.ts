/**
 * The defaults that follow the number of waves: their names and their shares. Apart
 * from the request schema so the sidebar can re-default them when the wave count
 * changes without bundling the validation code.
 */
import { defaultsText } from '../../shared/i18n/defaults';
import type { Language } from '../../shared/i18n/language';

/**
 * Pilot, then Scale or Expand and Scale, then numbered waves, in `language`
 * (src/shared/i18n/{en,ja}/defaults.ts); `count` from 1 to 5.
 */
export function defaultWaveNames(count: number, language: Language = 'en'): string[] {
  return defaultsText(language).waveNames({ count });
}

/**
 * Percent of the eligible partners per wave, adding up to exactly 100: the pilot takes
 * 20%, the next wave 30%, the later waves share the rest.
 */
export function defaultShares(count: number): number[] {
  if (count <= 1) return [100];
  if (count === 2) return [20, 80];
  const later = Array.from({ length: count - 2 }, () => Math.round((50 / (count - 2)) * 100) / 100);
  // The last wave takes what rounding left, so the shares add up to exactly 100.
  later[later.length - 1] =
    Math.round((50 - later.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  return [20, 30, ...later];
}
