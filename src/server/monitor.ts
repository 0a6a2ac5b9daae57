/**
 * The daily gate monitor: turning it on and off (menu and sidebar), its status for the
 * sidebar, and the time-driven trigger's handler. The rules are in src/domain/monitor;
 * the reading, mailing and logging in src/server/monitor/.
 */

import { monitorText } from '../shared/i18n/monitor';
import type { GateMonitorStatus } from '../shared/monitor-types';
import type { Result } from '../shared/plan-types';
import { spreadsheetLanguage } from './language';
import { monitorOnce } from './monitor/daily-run';
import { monitorLogName } from './monitor/monitor-log-sheet';
import { nextRun, warning } from './monitor/status';
import { readRunRecord, writeRunRecord } from './monitor/store';
import {
  ensureMonitorTrigger,
  monitorTriggers,
  removeFiredTrigger,
  removeMonitorTriggers,
} from './monitor/trigger';
import { documentLock } from './sheets/document-lock';

/**
 * Turns on the daily gate monitor for you in this spreadsheet: one time-driven trigger that checks every current plan's gates each morning (in the spreadsheet's time zone) and emails owners and the escalation path. Turning it on again keeps the one trigger.
 *
 * @param reminderDays Optional: days before each gate review to remind the wave's metric owners (a whole number from 0 to 14; default 2, or the last value chosen).
 */
export function turnOnGateMonitor(reminderDays?: number): Result<GateMonitorStatus> {
  // A menu click passes Apps Script's event object, which is no choice of days.
  const given =
    reminderDays === undefined || reminderDays === null || isEventObject(reminderDays)
      ? undefined
      : reminderDays;
  if (given !== undefined && !(Number.isInteger(given) && given >= 0 && given <= 14))
    return {
      ok: false,
      errors: [
        {
          field: 'reminderDays',
          message: monitorText(spreadsheetLanguage()).reminderDays({
            given: JSON.stringify(given) ?? String(given),
          }),
        },
      ],
      warnings: [],
    };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const lock = documentLock();
  // Two clicks at once must not leave two triggers.
  lock.waitLock(10_000);
  let installed: ReturnType<typeof ensureMonitorTrigger>;
  try {
    installed = ensureMonitorTrigger(ss);
    if (given !== undefined)
      writeRunRecord(props, { ...readRunRecord(props), reminderDays: given });
  } finally {
    lock.releaseLock();
  }
  // Apps Script refused a second trigger it did not list: this user's one is there.
  const status = { ...getGateMonitorStatus(), ...(installed === 'limit' ? { on: true } : {}) };
  const text = monitorText(spreadsheetLanguage());
  if (status.on && !status.nextRun) status.nextRun = nextRun(ss.getSpreadsheetTimeZone(), text);
  ss.toast(text.toastOn({ next: status.nextRun ?? '' }), 'Partner Pilot');
  return { ok: true, value: status, warnings: [] };
}

function isEventObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'authMode' in value;
}

/**
 * Turns off the daily gate monitor for you in this spreadsheet and removes its trigger. What it remembers (last statuses) is kept, so turning it on later reports only what changed since.
 */
export function turnOffGateMonitor(): GateMonitorStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  removeMonitorTriggers(ss);
  ss.toast(monitorText(spreadsheetLanguage()).toastOff, 'Partner Pilot');
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
  const text = monitorText(spreadsheetLanguage());
  const held = run.lastRun?.held ?? 0;
  const undeliverable = run.lastRun?.undeliverable ?? 0;
  const logSheet = monitorLogName(ss, text);
  return {
    on,
    lastRun:
      run.lastRunMs === null
        ? null
        : Utilities.formatDate(new Date(run.lastRunMs), timeZone, 'yyyy-MM-dd HH:mm'),
    lastRunSummary: run.lastRun?.text ?? null,
    nextRun: on ? nextRun(timeZone, text) : null,
    reminderDays: run.reminderDays,
    heldNotifications: held,
    undeliverable,
    warning: warning(held, undeliverable, run.lastRun?.plans ?? [], text, logSheet),
    logSheet,
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
  const lock = documentLock();
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
