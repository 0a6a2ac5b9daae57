/**
 * One run of the daily gate monitor over an open spreadsheet: read every monitored plan
 * and the monitor's memory in one batch, let src/domain/monitor decide who to tell,
 * send, then log the run and keep the new memory.
 */
import { type MonitorLogRow, monitorRun } from '../../domain/monitor/run';
import { appendMonitorLog } from './monitor-log-sheet';
import { readMonitoredPlans } from './plans';
import { type RunRecord, readStore, writeStore } from './store';

/**
 * Judges every current plan's gates in `ss`, emails one digest per person about what
 * changed and appends the run to the monitor log. Throws what the services throw; the
 * caller holds the document lock.
 */
export function monitorOnce(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const today = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const stored = readStore(all);
  const reading = readMonitoredPlans(ss, all, timeZone, today);
  const outcome = monitorRun(
    {
      plans: reading.plans,
      memory: stored.memory,
      today,
      remainingQuota: MailApp.getRemainingDailyQuota(),
      documentName: ss.getName(),
      settings: { reminderDays: stored.run.reminderDays, escalateEveryDays: 7 },
    },
    (digest) => {
      try {
        MailApp.sendEmail({
          to: digest.recipient,
          subject: digest.subject,
          body: digest.body,
          name: 'Partner Pilot gate monitor',
        });
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
  );
  const problems: MonitorLogRow[] = [...stored.problems, ...reading.problems].map((p) => ({
    plan: p.plan,
    gate: '',
    from: '',
    to: '',
    told: '',
    note: p.note,
  }));
  const rows = [...outcome.log.slice(0, 1), ...problems, ...outcome.log.slice(1)];
  appendMonitorLog(ss, now, rows);
  const run: RunRecord = {
    ...stored.run,
    lastRunMs: Date.now(),
    lastRun: {
      text: rows[0].note,
      held: outcome.summary.held,
      undeliverable: outcome.summary.undeliverable,
    },
  };
  writeStore(props, outcome.memory, run, stored.planKeys);
}
