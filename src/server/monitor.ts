/**
 * The daily gate monitor: turning it on and off (menu and sidebar), its status for the
 * sidebar, and the time-driven trigger's handler. The rules are in src/domain/monitor;
 * the reading, mailing and logging in src/server/monitor/.
 */

import type { GateMonitorStatus } from '../shared/monitor-types';
import { monitorOnce } from './monitor/daily-run';
import { MONITOR_LOG_SHEET } from './monitor/monitor-log-sheet';
import { nextRun, warning } from './monitor/status';
import { readRunRecord, writeRunRecord } from './monitor/store';
import {
  ensureMonitorTrigger,
  monitorTriggers,
  removeFiredTrigger,
  removeMonitorTriggers,
} from './monitor/trigger';

/**
 * Turns on the daily gate monitor for you in this spreadsheet: one time-driven trigger that checks every current plan's gates each morning and emails owners and the escalation path. Turning it on again keeps the one trigger.
 *
 * @param reminderDays Optional: days before each gate review to remind the wave's metric owners (0 to 14; default 2, or the last value chosen).
 */
export function turnOnGateMonitor(reminderDays?: number): GateMonitorStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const lock = LockService.getDocumentLock();
  // Two clicks at once must not leave two triggers.
  lock.waitLock(10_000);
  try {
    ensureMonitorTrigger(ss);
    const run = readRunRecord(props);
    if (Number.isInteger(reminderDays) && Number(reminderDays) >= 0 && Number(reminderDays) <= 14) {
      writeRunRecord(props, { ...run, reminderDays: Number(reminderDays) });
    }
  } finally {
    lock.releaseLock();
  }
  const status = getGateMonitorStatus();
  ss.toast(`Daily gate monitor on. Next run ${status.nextRun}.`, 'Partner Pilot');
  return status;
}

/**
 * Turns off the daily gate monitor for you in this spreadsheet and removes its trigger. What it remembers (last statuses) is kept, so turning it on later reports only what changed since.
 */
export function turnOffGateMonitor(): GateMonitorStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  removeMonitorTriggers(ss);
  ss.toast('Daily gate monitor off.', 'Partner Pilot');
  return getGateMonitorStatus();
}

/**
 * Returns the gate monitor's status for the sidebar: on or off, last and next run, and any mail that could not be sent.
 */
export function getGateMonitorStatus(): GateMonitorStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const on = monitorTriggers(ss).length > 0;
  const run = readRunRecord(PropertiesService.getDocumentProperties());
  const timeZone = ss.getSpreadsheetTimeZone();
  const held = run.lastRun?.held ?? 0;
  const undeliverable = run.lastRun?.undeliverable ?? 0;
  return {
    on,
    lastRun:
      run.lastRunMs === null
        ? null
        : Utilities.formatDate(new Date(run.lastRunMs), timeZone, 'yyyy-MM-dd HH:mm'),
    lastRunSummary: run.lastRun?.text ?? null,
    nextRun: on ? nextRun() : null,
    reminderDays: run.reminderDays,
    heldNotifications: held,
    undeliverable,
    warning: warning(held, undeliverable),
    logSheet: MONITOR_LOG_SHEET,
  };
}

/**
 * The daily trigger's handler: judges every current plan's gates, emails one digest per person about what changed, and appends the run to the 'Gate monitor log' sheet. Removes its own trigger when the add-on can no longer run here.
 *
 * @param e The time-driven event Apps Script passes.
 */
export function runGateMonitor(e?: GoogleAppsScript.Events.TimeDriven): void {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Uninstalled, access revoked or the file out of reach: a trigger left behind would
  // fail every day, and add-on triggers send no failure emails, so it removes itself.
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED || !ss) {
    console.warn(
      `Gate monitor: ${ss ? 'authorization is required again' : 'no spreadsheet in reach'}; removing its trigger.`,
    );
    removeFiredTrigger(e?.triggerUid);
    return;
  }
  const lock = LockService.getDocumentLock();
  // A plan being written is read after it is complete, never half-way.
  if (!lock.tryLock(60_000)) {
    console.warn('Gate monitor: the document stayed locked; this run is skipped.');
    return;
  }
  try {
    monitorOnce(ss);
  } finally {
    lock.releaseLock();
  }
}
