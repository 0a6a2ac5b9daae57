/**
 * What the sidebar shows of the monitor: when it runs next and what went wrong last time.
 */
import { addDays } from '../../domain/calendar';
import { MONITOR_LOG_SHEET } from './monitor-log-sheet';
import { MONITOR_HOUR } from './trigger';

/**
 * When the trigger runs next: once a day within the hour after MONITOR_HOUR in the
 * spreadsheet's time zone `zone` (the trigger is created with inTimezone(zone)), e.g.
 * '2026-03-03 between 07:00 and 08:00 (Europe/Berlin)'.
 */
export function nextRun(zone: string): string {
  const [day, hour] = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH').split(' ');
  const date = Number(hour) < MONITOR_HOUR ? day : addDays(day, 1);
  const from = `${String(MONITOR_HOUR).padStart(2, '0')}:00`;
  const to = `${String(MONITOR_HOUR + 1).padStart(2, '0')}:00`;
  return `${date} between ${from} and ${to} (${zone})`;
}

/** A sentence for the sidebar about held or undeliverable mail, or null when all went out. */
export function warning(held: number, undeliverable: number): string | null {
  const parts: string[] = [];
  if (held)
    parts.push(
      `${held} notification(s) could not be emailed on the last run (mail quota or a sending error); they go out with the next run.`,
    );
  if (undeliverable)
    parts.push(
      `${undeliverable} notification(s) could not be sent to anyone: the plan names no email address (e.g. an owner given as a role) or one MailApp refused. Put valid email addresses in the plan's Owner cells and escalation path.`,
    );
  return parts.length ? `${parts.join(' ')} See the '${MONITOR_LOG_SHEET}' sheet.` : null;
}
