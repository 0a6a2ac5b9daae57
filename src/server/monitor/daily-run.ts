/**
 * One run of the daily gate monitor over an open spreadsheet.
 *
 * Exactly-once delivery: every service call may fail (a quota, a timeout, a sheet being
 * edited), and the next run starts again from what the last one committed. The order:
 *
 * 1. Read: properties, plans, quota. A failure here changes nothing.
 * 2. Commit, in one setProperties: the new memory as it stands once every digest of this
 *    run has gone out (statuses, reminders, escalation steps; held notices). A failure
 *    here changes nothing either: the next run decides and sends the same again.
 * 3. Send. Nothing between the commit and the last send can throw: each sendEmail is
 *    caught. So after a commit every digest is tried, and the next run does not send any
 *    of them again.
 * 4. Only if a digest failed: commit again with the failed ones held (transient errors)
 *    or reported as undeliverable (an address MailApp refused: "Invalid email: …", which
 *    retrying cannot fix). With one fault per run the failed send was it, so this write
 *    succeeds.
 * 5. Append the log (with rows an earlier run could not append). If that fails, its rows
 *    are kept in a property for the next run; a log sheet created here is removed again.
 * 6. Remove memory values no longer used (harmless if it fails: never read again).
 * 7. Write today's row per gate to the gate history (a second run the same day replaces
 *    them), which the plans' trend and status-since cells read.
 *
 * Beyond the one-fault model the trade-off is deliberate: a run killed between step 2 and
 * the last send (the 6-minute limit) loses the unsent digests of that run rather than
 * ever sending one twice.
 */
import { carryMemory } from '../../domain/monitor/carry';
import { finishRun, type MonitorLogRow, planRun, type SendFailure } from '../../domain/monitor/run';
import type { Digest } from '../../domain/monitor/types';
import { languageOfLocale } from '../../shared/i18n/language';
import { monitorText } from '../../shared/i18n/monitor';
import { appendGateHistory } from '../sheets/gate-history-sheet';
import { appendMonitorLog } from './monitor-log-sheet';
import { readMonitoredPlans } from './plans';
import {
  dropUnusedMemory,
  keepPendingLog,
  type PendingLogRow,
  type RunRecord,
  readStore,
  storeValues,
  writeStore,
} from './store';

/** MailApp's message for an address it will never accept, e.g. "Invalid email: dana;ops@example.com". */
const REFUSED_ADDRESS = /^Invalid email/i;

/**
 * Judges every current plan's gates in `ss`, emails one digest per person about what
 * changed and appends the run to the monitor log, all in the spreadsheet locale's language. Throws what the services throw (after
 * keeping what is needed to finish on the next run); the caller holds the document lock.
 */
export function monitorOnce(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const timeZone = ss.getSpreadsheetTimeZone();
  const language = languageOfLocale(ss.getSpreadsheetLocale());
  const text = monitorText(language);
  const now = new Date();
  const today = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const stored = readStore(all, text);
  const reading = readMonitoredPlans(ss, all, timeZone, today, text);
  const planned = planRun({
    plans: reading.plans,
    memory: carryMemory(stored.memory, reading.successors),
    today,
    remainingQuota: MailApp.getRemainingDailyQuota(),
    documentName: ss.getName(),
    settings: { reminderDays: stored.run.reminderDays, escalateEveryDays: 7 },
    language,
  });
  const plans = reading.problems.map((p) => p.note);
  const record = (text: string, held: number, undeliverable: number): RunRecord => ({
    ...stored.run,
    lastRunMs: now.getTime(),
    lastRun: { text, held, undeliverable, plans },
  });
  const expected = finishRun(planned);
  let used = writeStore(
    props,
    planned.memory,
    record(expected.log[0].note, expected.summary.held, expected.summary.undeliverable),
  );

  const failures = new Map<Digest, SendFailure>();
  for (const digest of planned.delivery.send) {
    const failure = send(digest, text.sender);
    if (failure) failures.set(digest, failure);
  }
  const outcome = failures.size ? finishRun(planned, failures) : expected;
  if (failures.size) {
    const values = storeValues(
      outcome.memory,
      record(outcome.log[0].note, outcome.summary.held, outcome.summary.undeliverable),
    );
    props.setProperties(values);
    used = Object.keys(values).length - 1;
  }

  const problems: MonitorLogRow[] = [...stored.problems, ...reading.problems].map((p) => ({
    plan: p.plan,
    gate: '',
    from: '',
    to: '',
    told: '',
    note: p.note,
  }));
  const rows: PendingLogRow[] = [
    ...stored.pendingLog,
    ...[...outcome.log.slice(0, 1), ...problems, ...outcome.log.slice(1)].map((r) => ({
      ...r,
      timeMs: now.getTime(),
    })),
  ];
  try {
    appendMonitorLog(ss, rows, text);
  } catch (error) {
    keepPendingLog(props, rows);
    throw error;
  }
  dropUnusedMemory(props, stored.memoryKeys, used);
  // Last: the run's mail and log are done whatever happens here; a failure loses this
  // day's history rows only, and the next run writes its own.
  appendGateHistory(ss, reading.history, today, text, (date) =>
    Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'),
  );
}

function send(digest: Digest, sender: string): SendFailure | null {
  try {
    MailApp.sendEmail({
      to: digest.recipient,
      subject: digest.subject,
      body: digest.body,
      name: sender,
    });
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message, permanent: REFUSED_ADDRESS.test(message) };
  }
}
