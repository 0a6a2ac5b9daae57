/**
 * The summary block at the top of a plan sheet: one row per wave with its partners,
 * dates, the next review and its verdicts, computed live from the wave's gate rows so
 * the block is right whatever is typed below. A wave's verdict follows GATE_STATUS's own
 * order across its rows: STOP if any STOP, else STALE, else HOLD, else GO when every
 * row is GO, else PENDING (blank, not yet measured, or a cell GATE_STATUS rejects:
 * never a GO that was not earned).
 */
import { SUMMARY_HEADERS } from '../../shared/plan-columns';
import type { PlanPreview } from '../../shared/plan-types';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1 } from '../sheets/grid';

/**
 * Verdicts first, so they are in view beside the wave's name however narrow the window.
 * The ids of the summary's columns; a plan writes them in its language (i18n/{en,ja}/plan.ts).
 */
export { SUMMARY_HEADERS };

/** The first summary column holding a formula (Gate verdict), 1-based. */
export const SUMMARY_FORMULA_COLUMN = SUMMARY_HEADERS.indexOf('Gate verdict') + 1;

/**
 * A verdict over a range of GATE_STATUS cells, or '—' when the wave has none there. `sep`
 * is the spreadsheet's argument separator (sheets/formula-syntax.ts); the formula holds
 * no number literal, so the decimal mark never matters.
 */
export function verdictFormula(range: string | null, sep: ArgumentSeparator = ','): string {
  if (!range) return '="—"';
  const count = (word: string) => `COUNTIF(${range}${sep}"${word}")`;
  const when = (test: string, then: string, otherwise: string) =>
    `IF(${test}${sep}${then}${sep}${otherwise})`;
  return `=${when(count('STOP'), '"STOP"', when(count('STALE'), '"STALE"', when(count('HOLD'), '"HOLD"', when(`${count('GO')}=ROWS(${range})`, '"GO"', '"PENDING"'))))}`;
}

/**
 * The next review of a wave from today's date: its check-in until that day, then its
 * gate review, then nothing. `checkIn` and `gate` are A1 cells of the summary row.
 */
export function nextReviewFormula(
  checkIn: string | null,
  gate: string,
  sep: ArgumentSeparator = ',',
  done = 'done',
): string {
  // The word is the plan's own text: quotes doubled, so it can never end the string.
  const last = `IF(TODAY()<=${gate}${sep}${gate}${sep}"${done.replace(/"/g, '""')}")`;
  return checkIn ? `=IF(TODAY()<=${checkIn}${sep}${checkIn}${sep}${last})` : `=${last}`;
}

/**
 * The formulas of the summary rows: Gate verdict, Check-in verdict, Next review per
 * wave, arguments separated by `sep`. `statusRange(wave, checkpoint)` gives the A1 range of that wave's Status cells
 * for the checkpoint, or null.
 */
export function summaryFormulas(
  preview: PlanPreview,
  firstRow: number,
  statusRange: (wave: number, checkpoint: 'checkIn' | 'gateReview') => string | null,
  sep: ArgumentSeparator = ',',
  done = 'done',
): string[][] {
  const col = (h: (typeof SUMMARY_HEADERS)[number]) => SUMMARY_HEADERS.indexOf(h) + 1;
  return preview.waves.map((w, i) => {
    const row = firstRow + i;
    return [
      verdictFormula(statusRange(w.wave, 'gateReview'), sep),
      verdictFormula(statusRange(w.wave, 'checkIn'), sep),
      nextReviewFormula(
        w.midCheckIn ? a1(row, col('Mid-wave check-in')) : null,
        a1(row, col('Gate review')),
        sep,
        done,
      ),
    ];
  });
}
