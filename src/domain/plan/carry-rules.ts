/**
 * Which of a superseded version's typed Actuals a re-plan may carry into the new version.
 * The gate key (wave number, checkpoint, metric: gate-table.ts) finds the row; an Actual
 * belongs there only if it measures the same wave: the same wave name (a default name in
 * either language alike), the same partners, and a date within the new wave. Otherwise the
 * new version would show a live verdict (GO, HOLD, STOP) for a wave that has not begun or
 * for other partners, which turns STALE later and emails the owner. Pure.
 */
import { defaultsText } from '../../shared/i18n/defaults';
import { LANGUAGES } from '../../shared/i18n/language';
import type { IsoDate } from '../../shared/schema/fields';

/** Why an Actual was not carried: no such row, a renamed wave, other partners, an earlier date. */
export type NotCarriedWhy = 'noRow' | 'renamed' | 'partners' | 'beforeStart';

/** A typed Actual of the old version: its wave's number and name, and its Data as of. */
export interface OldActual {
  wave: number;
  waveName: string;
  /** The day it was measured; null when blank or not a date. */
  asOf: IsoDate | null;
}

/** A wave of the new version, as the carry-over compares it. */
export interface NewWave {
  name: string;
  start: IsoDate;
}

/**
 * Why `old` may not be carried into the new version's row of the same key, or null when it
 * may. `hasRow`: the new version has that gate row. `waves`: the new version's waves by
 * number. `samePartners(wave)`: whether the wave holds the same partners in both versions
 * (undefined when the old version's partners could not be read, which does not block).
 * `today` is the spreadsheet's day: a wave that starts later has no measurement yet, even an
 * undated one.
 */
export function whyNotCarried(
  old: OldActual,
  hasRow: boolean,
  waves: ReadonlyMap<number, NewWave>,
  samePartners: (wave: number) => boolean | undefined,
  today: IsoDate,
): NotCarriedWhy | null {
  const wave = waves.get(old.wave);
  if (!hasRow || !wave) return 'noRow';
  // An old table without wave names (hand-edited) is judged by its partners and dates alone.
  if (old.waveName.trim() && waveWord(wave.name) !== waveWord(old.waveName)) return 'renamed';
  if (samePartners(old.wave) === false) return 'partners';
  if (wave.start > today || (old.asOf !== null && old.asOf < wave.start)) return 'beforeStart';
  return null;
}

let defaultNames: Map<string, string> | undefined;

/**
 * A wave name as the carry-over compares it: trimmed, lower case, and a default name in any
 * language as its English one (a version switched language takes the other defaults).
 */
export function waveWord(name: string): string {
  const word = name.trim().toLowerCase();
  if (!defaultNames) {
    defaultNames = new Map();
    const english = defaultsText('en').waveNames;
    for (let count = 1; count <= 5; count++)
      for (const l of LANGUAGES)
        defaultsText(l)
          .waveNames({ count })
          .forEach((n, i) => {
            defaultNames?.set(n.toLowerCase(), english({ count })[i].toLowerCase());
          });
  }
  return defaultNames.get(word) ?? word;
}

/** Whether two lists of partner names hold the same partners, in any order (names trimmed). */
export function samePartnerNames(a: readonly string[], b: readonly string[]): boolean {
  const key = (xs: readonly string[]) =>
    xs
      .map((x) => x.trim())
      .sort()
      .join('\n');
  return a.length === b.length && key(a) === key(b);
}
