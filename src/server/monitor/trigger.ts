/**
 * The monitor's one time-driven trigger. An add-on may hold one trigger of each type per
 * user per document, so turning the monitor on reuses an existing trigger and turning
 * it off removes every one that calls the handler. The trigger is found two ways: among
 * getUserTriggers(ss) ("triggers owned by this user in the given spreadsheet, for this
 * script or add-on only") and by the unique id kept in user properties when it was
 * created, among getProjectTriggers(): whichever Apps Script lists, it is found.
 */

export const MONITOR_HANDLER = 'runGateMonitor';
/** Hour of the day, in the spreadsheet's time zone, the daily run starts; Apps Script picks a minute in it. */
export const MONITOR_HOUR = 7;
/**
 * Apps Script's message past one time-driven trigger per user per document (reported in
 * ljay79/jira-tools#53): the monitor is then already on for this user here.
 */
const TOO_MANY = /too many time-based triggers/i;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** User properties are per user and per add-on, not per document: the key names the document. */
const idKey = (ss: Spreadsheet) => `gateMonitor.trigger:${ss.getId()}`;

/** This user's monitor triggers in `ss`: those getUserTriggers lists, plus the one with the stored id. */
export function monitorTriggers(ss: Spreadsheet): Trigger[] {
  const id = PropertiesService.getUserProperties().getProperty(idKey(ss));
  const found = ScriptApp.getUserTriggers(ss).filter(
    (t) => t.getHandlerFunction() === MONITOR_HANDLER,
  );
  if (id && !found.some((t) => t.getUniqueId() === id))
    found.push(...ScriptApp.getProjectTriggers().filter((t) => t.getUniqueId() === id));
  return found;
}

/**
 * Installs the daily trigger at MONITOR_HOUR in `ss`'s time zone (atHour alone would use
 * the script's, the manifest's UTC) unless one is there. 'limit' when Apps Script says
 * this user already has this document's one time-driven trigger, which it did not list.
 */
export function ensureMonitorTrigger(ss: Spreadsheet): 'created' | 'existing' | 'limit' {
  if (monitorTriggers(ss).length > 0) return 'existing';
  try {
    const trigger = ScriptApp.newTrigger(MONITOR_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(MONITOR_HOUR)
      .inTimezone(ss.getSpreadsheetTimeZone())
      .create();
    PropertiesService.getUserProperties().setProperty(idKey(ss), trigger.getUniqueId());
    return 'created';
  } catch (error) {
    if (error instanceof Error && TOO_MANY.test(error.message)) return 'limit';
    throw error;
  }
}

/** Deletes this user's monitor triggers in `ss` and forgets the stored id; returns how many. */
export function removeMonitorTriggers(ss: Spreadsheet): number {
  const found = monitorTriggers(ss);
  for (const t of found) ScriptApp.deleteTrigger(t);
  PropertiesService.getUserProperties().deleteProperty(idKey(ss));
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
