/**
 * The summary block at the top of a plan sheet: one row per wave with its partners,
 * dates, the next review and its verdicts, computed live from the wave's gate rows so
 * the block is right whatever is typed below. A wave's verdict follows GATE_STATUS's own
 * order across its rows: STOP if any STOP, else STALE, else HOLD, else GO when every
 * row is GO, else PENDING (blank, not yet measured, or a cell GATE_STATUS rejects:
 * never a GO that was not earned).
 */
import type { PlanPreview } from '../../shared/plan-types';
import { a1 } from '../sheets/grid';

export const SUMMARY_HEADERS = [
  'Wave',
  'Name',
  'Partners',
  'Start',
  'Mid-wave check-in',
  'Gate review',
  'Owner (decides)',
  'Next review',
  'Check-in verdict',
  'Gate verdict',
];

/** The first summary column holding a formula (Next review), 1-based. */
export const SUMMARY_FORMULA_COLUMN = SUMMARY_HEADERS.indexOf('Next review') + 1;

/** A verdict over a range of GATE_STATUS cells, or '—' when the wave has none there. */
export function verdictFormula(range: string | null): string {
  if (!range) return '="—"';
  const count = (word: string) => `COUNTIF(${range},"${word}")`;
  return `=IF(${count('STOP')},"STOP",IF(${count('STALE')},"STALE",IF(${count('HOLD')},"HOLD",IF(${count('GO')}=ROWS(${range}),"GO","PENDING"))))`;
}

/**
 * The next review of a wave from today's date: its check-in until that day, then its
 * gate review, then nothing. `checkIn` and `gate` are A1 cells of the summary row.
 */
export function nextReviewFormula(checkIn: string | null, gate: string): string {
  return checkIn
    ? `=IF(TODAY()<=${checkIn},${checkIn},IF(TODAY()<=${gate},${gate},"done"))`
    : `=IF(TODAY()<=${gate},${gate},"done")`;
}

/**
 * The formulas of the summary rows: Next review, Check-in verdict, Gate verdict per
 * wave. `statusRows(wave, checkpoint)` gives the A1 range of that wave's Status cells
 * for the checkpoint, or null.
 */
export function summaryFormulas(
  preview: PlanPreview,
  firstRow: number,
  statusRange: (wave: number, checkpoint: 'checkIn' | 'gateReview') => string | null,
): string[][] {
  const col = (h: string) => SUMMARY_HEADERS.indexOf(h) + 1;
  return preview.waves.map((w, i) => {
    const row = firstRow + i;
    return [
      nextReviewFormula(
        w.midCheckIn ? a1(row, col('Mid-wave check-in')) : null,
        a1(row, col('Gate review')),
      ),
      verdictFormula(statusRange(w.wave, 'checkIn')),
      verdictFormula(statusRange(w.wave, 'gateReview')),
    ];
  });
}
