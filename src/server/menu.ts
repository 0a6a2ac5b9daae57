/**
 * The add-on shell. onOpen may run in AuthMode.NONE (installed but not yet enabled
 * in this file), where only menus are allowed, so it builds the menu and nothing else.
 */

/**
 * Adds the Partner Pilot menu under Extensions when a spreadsheet opens. The event is
 * accepted for Apps Script's sake; the menu is the same in every auth mode.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open planner', 'showPlanner')
    .addItem('About / formula help', 'showFormulaHelp')
    .addSeparator()
    .addItem('Turn on daily gate monitor', 'turnOnGateMonitor')
    .addItem('Turn off daily gate monitor', 'turnOffGateMonitor')
    .addToUi();
}

/**
 * Runs when a user installs the add-on: builds the menu at once, as Google's pattern does.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the pilot planner sidebar. */
export function showPlanner(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Partner Pilot');
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Shows a short help dialog on the two formulas. */
export function showFormulaHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Partner Pilot formulas', formulaHelp(), ui.ButtonSet.OK);
}

function formulaHelp(): string {
  return [
    'PARTNER_SCORE(partners, [weights], [method])',
    'Scores each partner 0–100 against the others passed in the same call. Pass the whole table with its header row, e.g. =PARTNER_SCORE(A1:I41). Method: "minmax" (default) or "topsis".',
    '',
    'GATE_STATUS(actuals, go_at, stop_at, [as_of], [max_age_days], [today])',
    'Judges each gate row: GO, HOLD, STOP, PENDING or STALE (data older than max_age_days, default 14), e.g. =GATE_STATUS(B2:D4, B6:D6, B7:D7, E2:E4).',
  ].join('\n');
}
