/**
 * The monitor's one time-driven trigger. An add-on may hold one trigger of each type
 * per user per document, so turning the monitor on reuses an existing trigger and
 * turning it off removes every one that calls the handler.
 */

export const MONITOR_HANDLER = 'runGateMonitor';
/** Hour of the day (script time zone) the daily run starts; Apps Script picks a minute in it. */
export const MONITOR_HOUR = 7;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * The current user's triggers in `ss` that call runGateMonitor (ScriptApp.getUserTriggers(ss):
 * this user's triggers in this document for this script or add-on only; ScriptApp reference).
 * Needs the script.scriptapp scope; throws what ScriptApp throws.
 */
export function monitorTriggers(ss: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === MONITOR_HANDLER);
}

/** Installs the daily trigger unless one is there; returns whether one was created. */
export function ensureMonitorTrigger(ss: Spreadsheet): boolean {
  if (monitorTriggers(ss).length > 0) return false;
  ScriptApp.newTrigger(MONITOR_HANDLER).timeBased().everyDays(1).atHour(MONITOR_HOUR).create();
  return true;
}

/**
 * Deletes every trigger of the current user in `ss` that calls runGateMonitor and returns how
 * many (0 when the monitor was off). Throws what ScriptApp.deleteTrigger throws.
 */
export function removeMonitorTriggers(ss: Spreadsheet): number {
  const found = monitorTriggers(ss);
  for (const t of found) ScriptApp.deleteTrigger(t);
  return found.length;
}

/**
 * Removes the trigger that fired, found by its id among the project's triggers: used
 * when the handler cannot reach its spreadsheet, so getUserTriggers(ss) is no option.
 */
export function removeFiredTrigger(triggerUid: string | undefined): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() !== MONITOR_HANDLER) continue;
    if (!triggerUid || t.getUniqueId() === triggerUid) ScriptApp.deleteTrigger(t);
  }
}
