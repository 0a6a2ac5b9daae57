/**
 * The review calendar: each wave runs a whole number of weeks; its gate review falls
 * on the day the next wave would start, a mid-wave check-in half-way through. Review
 * dates never fall on a weekend: Saturday and Sunday move to the next Monday.
 */
import type { IsoDate, ScheduleSpec } from '../../shared/plan-types';
import { addDays, offWeekend } from '../calendar';

export interface WaveDates {
  start: IsoDate;
  midCheckIn: IsoDate | null;
  gateReview: IsoDate;
}

/**
 * Start, optional mid-wave check-in and gate review of each of `waveCount` waves, 'YYYY-MM-DD'
 * (the spreadsheet's days): waves of `waveWeeks` × 7 calendar days back to back from
 * `startDate`, weekend dates moved to Monday (rules in the header). Throws an Error ("Not a
 * YYYY-MM-DD date") when `startDate` is not a real date; validateRequest checks that first.
 */
export function waveDates(schedule: ScheduleSpec, waveCount: number): WaveDates[] {
  const start = offWeekend(schedule.startDate);
  const length = schedule.waveWeeks * 7;
  const dates: WaveDates[] = [];
  let waveStart = start;
  for (let w = 0; w < waveCount; w++) {
    const gateReview = offWeekend(addDays(waveStart, length));
    dates.push({
      start: waveStart,
      midCheckIn: schedule.midCheckIn
        ? offWeekend(addDays(waveStart, Math.floor(length / 2)))
        : null,
      gateReview,
    });
    // The next wave starts once its gate has been reviewed.
    waveStart = gateReview;
  }
  return dates;
}
