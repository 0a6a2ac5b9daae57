/**
 * The add-on shell. onOpen may run in AuthMode.NONE (installed but not yet enabled
 * in this file), where only menus are allowed, so it builds the menu and nothing else.
 * Its texts come from the menu catalogue in the spreadsheet's language.
 */
import { menuText } from '../shared/i18n/menu';
import { openLanguage, spreadsheetLanguage } from './language';

/**
 * Adds the Partner Pilot menu under Extensions when a spreadsheet opens: the same items
 * in every auth mode, in the spreadsheet's language, or the user's where the spreadsheet
 * may not be read (AuthMode.NONE; see openLanguage).
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const text = menuText(openLanguage(e?.authMode));
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.openPlanner, 'showPlanner')
    .addItem(text.formulaHelp, 'showFormulaHelp')
    .addSeparator()
    .addItem(text.monitorOn, 'turnOnGateMonitor')
    .addItem(text.monitorOff, 'turnOffGateMonitor')
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

/** Shows a short help dialog on the two formulas, in the spreadsheet's language. */
export function showFormulaHelp(): void {
  const ui = SpreadsheetApp.getUi();
  const text = menuText(spreadsheetLanguage());
  const help = [
    'PARTNER_SCORE(partners, [weights], [method])',
    text.helpScore,
    '',
    'GATE_STATUS(actuals, go_at, stop_at, [as_of], [max_age_days], [today])',
    text.helpGate,
  ].join('\n');
  ui.alert(text.helpTitle, help, ui.ButtonSet.OK);
}
