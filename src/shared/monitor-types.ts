/**
 * What the gate monitor's server functions send the sidebar. JSON-safe: times travel
 * as texts already formatted in the spreadsheet's time zone.
 */

export interface GateMonitorStatus {
  /** A daily trigger for the monitor is installed for this user in this document. */
  on: boolean;
  /** When the last run finished, 'YYYY-MM-DD HH:mm' in the spreadsheet's time zone; null before the first. */
  lastRun: string | null;
  /** What the last run did, in a sentence; null before the first. */
  lastRunSummary: string | null;
  /** When the next run is due, e.g. '2026-03-03 between 07:00 and 08:00 (Etc/UTC)'; null when off. */
  nextRun: string | null;
  /** Reminders go out this many days before each gate review. */
  reminderDays: number;
  /** Notifications waiting for mail quota; they go out with the next run. */
  heldNotifications: number;
  /** Notifications the last run could not send to anybody (e.g. an owner with no email address). */
  undeliverable: number;
  /** What the user should know about unsent mail, or null when everything went out. */
  warning: string | null;
  /** The sheet where every run and notification is written. */
  logSheet: string;
}
