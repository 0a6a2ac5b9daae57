import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  isIsoDate,
  longDate,
  nextMonday,
  offWeekend,
  weekday,
} from '../../src/domain/calendar';
import { waveDates } from '../../src/domain/plan/schedule';

describe('calendar days', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-03-02')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2/3/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(20260302)).toBe(false);
  });

  it('counts weekdays as Date does', () => {
    expect(weekday('2026-03-02')).toBe(1); // a Monday
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-10-25', 7)).toBe('2026-11-01');
  });

  it('moves Saturday and Sunday to the next Monday, leaves weekdays alone', () => {
    expect(offWeekend('2026-03-07')).toBe('2026-03-09');
    expect(offWeekend('2026-03-08')).toBe('2026-03-09');
    expect(offWeekend('2026-03-06')).toBe('2026-03-06');
  });

  it('finds the next Monday strictly after today', () => {
    expect(nextMonday('2026-11-27')).toBe('2026-11-30'); // Friday
    expect(nextMonday('2026-11-30')).toBe('2026-12-07'); // Monday itself
    expect(nextMonday('2026-11-29')).toBe('2026-11-30'); // Sunday
  });

  it('writes dates people cannot misread', () => {
    expect(longDate('2026-03-02')).toBe('Mon 2 Mar 2026');
  });
});

describe('wave dates', () => {
  it('chains waves: each gate review is the next wave start, all on business days', () => {
    const dates = waveDates({ startDate: '2026-03-02', waveWeeks: 6, midCheckIn: true }, 3);
    expect(dates).toEqual([
      { start: '2026-03-02', midCheckIn: '2026-03-23', gateReview: '2026-04-13' },
      { start: '2026-04-13', midCheckIn: '2026-05-04', gateReview: '2026-05-25' },
      { start: '2026-05-25', midCheckIn: '2026-06-15', gateReview: '2026-07-06' },
    ]);
  });

  it('moves weekend start, check-ins and reviews to Monday', () => {
    // Starting on a Saturday: the pilot starts Monday.
    const [first] = waveDates({ startDate: '2026-03-07', waveWeeks: 1, midCheckIn: true }, 1);
    expect(first.start).toBe('2026-03-09');
    // A Wednesday start with a 1-week wave: check-in Wed+3 = Saturday → Monday.
    const [wed] = waveDates({ startDate: '2026-03-04', waveWeeks: 1, midCheckIn: true }, 1);
    expect(wed.midCheckIn).toBe('2026-03-09');
    expect(wed.gateReview).toBe('2026-03-11');
    for (const d of waveDates({ startDate: '2026-03-05', waveWeeks: 3, midCheckIn: true }, 5)) {
      for (const day of [d.start, d.midCheckIn, d.gateReview])
        expect([0, 6]).not.toContain(weekday(day as string));
    }
  });

  it('leaves the check-in out when not asked for', () => {
    expect(
      waveDates({ startDate: '2026-03-02', waveWeeks: 2, midCheckIn: false }, 1)[0].midCheckIn,
    ).toBeNull();
  });
});
