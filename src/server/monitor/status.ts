/**
 * What the sidebar shows of the monitor: when it runs next and what went wrong last time,
 * in the spreadsheet's language.
 */
import { addDays } from '../../domain/calendar';
import type { MonitorText } from '../../shared/i18n/monitor';
import { MONITOR_HOUR } from './trigger';

/**
 * When the trigger runs next: once a day within the hour after MONITOR_HOUR in the
 * spreadsheet's time zone `zone` (the trigger is created with inTimezone(zone)), e.g.
 * '2026-03-03 between 07:00 and 08:00 (Europe/Berlin)'.
 */
export function nextRun(zone: string, text: MonitorText): string {
  const [day, hour] = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH').split(' ');
  const date = Number(hour) < MONITOR_HOUR ? day : addDays(day, 1);
  const from = `${String(MONITOR_HOUR).padStart(2, '0')}:00`;
  const to = `${String(MONITOR_HOUR + 1).padStart(2, '0')}:00`;
  return text.nextRun({ date, from, to, zone });
}

/**
 * Sentences for the sidebar about held or undeliverable mail and the last run's notes on plans
 * (`plans`: not monitored, or followed without a decision-log row), pointing to `logSheet` (the
 * log sheet's name as written), or null when all went out and every plan was read.
 */
export function warning(
  held: number,
  undeliverable: number,
  plans: readonly string[],
  text: MonitorText,
  logSheet: string,
): string | null {
  return held || undeliverable || plans.length
    ? text.warning({ held, undeliverable, plans: [...plans], logSheet })
    : null;
}
