/**
 * Spreadsheet over the local workbook (reference: developers.google.com/apps-script/
 * reference/spreadsheet/spreadsheet): its sheets, the active sheet, A1 look-ups across
 * sheets, and Google's messages for a duplicate or empty name and for removing the last
 * sheet.
 */
import { splitSheetName } from '../../a1';
import type { Env } from '../../state';
import type { Workbook } from '../../workbook';
import { unwrap } from '../track';
import type { SpreadsheetObjects } from './objects';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class FakeSpreadsheet
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'setActiveSheet'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getRange'
      | 'toast'
    >
{
  constructor(private readonly objects: SpreadsheetObjects) {}

  private get env(): Env {
    return this.objects.env;
  }

  private get workbook(): Workbook {
    return this.env.state.workbook;
  }

  getId() {
    return 'local-spreadsheet';
  }
  getName() {
    return 'Partner Pilot (local)';
  }
  getUrl() {
    return this.env.state.spreadsheetUrl;
  }
  getSpreadsheetTimeZone() {
    return this.workbook.timeZone;
  }
  getSpreadsheetLocale() {
    return this.workbook.locale;
  }
  getSheets() {
    return this.objects.list(this.workbook.sheets.map((s) => this.objects.sheet(s)));
  }
  getNumSheets() {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string) {
    const sheet = this.workbook.sheet(String(name));
    return sheet ? this.objects.sheet(sheet) : null;
  }
  getSheetById(id: number) {
    const sheet = this.workbook.sheets.find((s) => s.id === id);
    return sheet ? this.objects.sheet(sheet) : null;
  }
  getActiveSheet() {
    const state = this.env.state;
    const sheet =
      this.workbook.sheets.find((s) => s.id === state.activeSheetId) ?? this.workbook.sheets[0];
    return this.objects.sheet(sheet);
  }
  getActiveRange() {
    return this.getActiveSheet().getRange('A1');
  }
  setActiveSheet(sheet: Sheet) {
    this.env.state.activeSheetId = unwrap(sheet).getSheetId();
    return sheet;
  }
  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index); an
   * options object (a template sheet) is ignored.
   */
  insertSheet(nameOrIndex?: unknown, index?: unknown) {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index as number | undefined);
    if (name === undefined) {
      let n = this.workbook.sheets.length + 1;
      while (this.workbook.sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') this.env.fail('Sheet name cannot be empty.');
    if (this.workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this.workbook.addSheet(name, position ?? this.workbook.sheets.length);
    // Sheets makes the new sheet the active one.
    this.env.state.activeSheetId = sheet.id;
    return this.objects.sheet(sheet);
  }
  deleteSheet(sheet: Sheet) {
    if (this.workbook.sheets.length === 1) {
      this.env.fail("You can't remove all the sheets in a document.");
    }
    const state = this.workbook.sheets.find((s) => s.id === unwrap(sheet).getSheetId());
    if (state) this.workbook.removeSheet(state);
  }
  getRange(a1: string) {
    const { sheetName, ref } = splitSheetName(String(a1));
    const sheet =
      (sheetName ? this.getSheetByName(sheetName) : this.getActiveSheet()) ??
      this.env.fail('Range not found');
    return sheet.getRange(ref);
  }
  toast(message: string, title?: string) {
    this.env.state.ui.toasts.push(title ? `${title}: ${message}` : String(message));
  }
}
