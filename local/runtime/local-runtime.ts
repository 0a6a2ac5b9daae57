/**
 * The local runtime's contract: what openWorkbook, openCsv and openSnapshot take and the
 * LocalRuntime they return (implemented by runtime.ts, re-exported by index.ts).
 */
import type { FormulaSyntax } from './formula-syntax';
import type { SentMail } from './services/mail-app';
import type { TriggerInfo } from './services/script-app';
import type { ChartInfo, ConditionalFormatRuleInfo, DataValidationInfo } from './workbook';

export interface OpenOptions {
  /** The spreadsheet's time zone (an IANA name). Default 'Etc/UTC'. */
  timeZone?: string;
  /** The spreadsheet's locale. Default 'en_US'. */
  locale?: string;
  /**
   * How formulas are parsed: 'locale' (default) in the locale's syntax, `;` between
   * arguments in comma-decimal locales such as de_DE; 'comma': always en_US syntax.
   * Sheets' behaviour for formulas set by scripts is unverified; tests run both.
   */
  formulaSyntax?: FormulaSyntax;
  /** The built script. Default dist/Code.js at the repository root. */
  codePath?: string;
  /** The page createHtmlOutputFromFile('Sidebar') reads. Default dist/Sidebar.html. */
  sidebarPath?: string;
  /** Starting time of the local clock. Default: the real time. */
  now?: Date;
  /** The address Session.getActiveUser().getEmail() reports. Default 'user@example.com'. */
  userEmail?: string;
  /**
   * What Session.getActiveUserLocale() reports (the user's language, e.g. 'en' or 'ja').
   * Default: the language of the spreadsheet's locale.
   */
  userLocale?: string;
  /** What Spreadsheet.getUrl() returns. Default a docs.google.com-style address. */
  url?: string;
}

export interface SheetMeta {
  frozenRows: number;
  frozenColumns: number;
  tabColor?: string;
  conditionalFormatRules: ConditionalFormatRuleInfo[];
  /** Same shape as the sheet's data range; null where a cell has no rule. */
  dataValidations: (DataValidationInfo | null)[][];
  /** Same shape as the data range; '' is Sheets' automatic format. */
  numberFormats: string[][];
  backgrounds: string[][];
  fontWeights: string[][];
  fontColors: string[][];
  /** True where Range.setWrap(true) was applied. */
  wraps: boolean[][];
  /** Range.setHorizontalAlignment values ('' where none). */
  horizontalAlignments: string[][];
  columnWidths: Record<number, number>;
}

/** An embedded chart as a test or the preview reads it. */
export interface LocalChart {
  id: number;
  /** A Charts.ChartType name ('COLUMN', 'COMBO'…), null when never set. */
  type: string | null;
  /** Each range as `'Sheet name'!A1:B2`. */
  ranges: string[];
  /** Each range's values as getValues returns them. */
  data: unknown[][][];
  options: Record<string, unknown>;
  /** Anchor row and column (1-based) and offsets in pixels. */
  position: ChartInfo['position'];
  numHeaders: number;
}

export interface LocalClock {
  now(): Date;
  set(date: Date): void;
  advanceDays(n: number): void;
  advanceMs(ms: number): void;
}

export interface LocalRuntime {
  /**
   * One execution as from google.script.run: a fresh vm context loads Code.js, then the
   * global function runs. Arguments and the result must pass google.script.run's rules
   * (a Date or function anywhere throws); an Error thrown by the script is rethrown with
   * its message.
   */
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  /** One execution as a menu click (no argument rules, no result). */
  runMenuItem(fn: string): void;
  /**
   * Runs onOpen as Sheets does when the file opens, in AuthMode.LIMITED (default) or NONE
   * (installed, not yet used in this file: the spreadsheet cannot be read); returns the menu.
   */
  open(authMode?: 'NONE' | 'LIMITED'): { name: string; functionName: string }[];
  sheetNames(): string[];
  /** Computed values as Range.getValues would return them for the sheet's data range. */
  values(sheet: string): unknown[][];
  displayValues(sheet: string): string[][];
  /** Formulas of the data range, '' where a cell holds no formula. */
  formulas(sheet: string): string[][];
  /** As a person typing into the cell: '=...' is a formula, "'..." is text; recalculates. */
  setCell(sheet: string, a1: string, value: unknown): void;
  /**
   * Every execution so far, oldest first: kind ('run', 'menu', 'open', 'trigger',
   * 'custom-function'), the function, and the error message if it failed.
   */
  executions(): { kind: string; functionName: string; error?: string }[];
  /** Service calls of the last execution, by 'Class.method', e.g. 'Range.setValues': 3. */
  lastServiceCalls(): Record<string, number>;
  clock: LocalClock;
  documentProperties(): Record<string, string>;
  userProperties(): Record<string, string>;
  /** The add-on menu built by the last onOpen (open() runs it). */
  menu(): { name: string; functionName: string }[];
  /** The last HtmlOutput shown with Ui.showSidebar, if any. */
  sidebarHtml(): string | undefined;
  sidebarTitle(): string | undefined;
  /** Texts passed to Ui.alert, oldest first ("title\nprompt" when a title was given). */
  alerts(): string[];
  /** Console and Logger lines of every execution, oldest first. */
  logs(): string[];
  sheetMeta(sheet: string): SheetMeta;
  /** The numbers each SPARKLINE cell of the sheet draws, by A1 (cells whose data is an error are absent). */
  sparklines(sheet: string): Record<string, number[]>;
  /** The sheet's embedded charts, in insertion order, with each range's A1 and values. */
  charts(sheet: string): LocalChart[];
  /**
   * Holds the document lock as another execution would, so that tryLock fails and
   * waitLock times out. With `forMs` the holder releases it that much later on the
   * local clock (waitLock can then succeed by waiting). Returns the release function.
   */
  holdDocumentLock(options?: { forMs?: number }): () => void;
  /** The sheet Sheets would show: the one the last execution activated, else the first. */
  activeSheet(): string;
  /** A person clicking a sheet's tab: getActiveSheet() returns it from then on. */
  activateSheet(sheet: string): void;
  /** Sheet.getSheetId() of every sheet, by name. */
  sheetIds(): Record<string, number>;
  /** Changes what Spreadsheet.getUrl() returns (the preview sets its own address). */
  setSpreadsheetUrl(url: string): void;
  /** Messages behind error values (what a custom function threw), keyed by A1. */
  cellErrors(sheet: string): Record<string, string>;
  /**
   * Fault injection: in the next execution (not custom-function recalculations), the nth
   * call to `method` (e.g. 'Range.setValues') throws Error('Injected fault'); the calls
   * before it take effect as they would in Sheets.
   */
  failOn(method: string, nth?: number): void;
  /** Names of the global functions Code.js defines (what google.script.run can call). */
  serverFunctions(): string[];
  /** Mail sent with MailApp, oldest first. */
  mail(): SentMail[];
  clearMail(): void;
  /** MailApp's remaining daily quota (default 100 recipients, as on consumer accounts). */
  setMailQuota(remaining: number): void;
  /** Installable triggers created with ScriptApp. */
  triggers(): TriggerInfo[];
  /** Fires the installed trigger for a handler as a time-driven event; throws if none. */
  runTrigger(handler: string): unknown;
  /** Makes ScriptApp.getAuthorizationInfo report REQUIRED (as after a user revokes access). */
  setAuthorizationRequired(required: boolean): void;
  /** The add-on menu with separators (entries whose name and functionName are ''). */
  menuWithSeparators(): { name: string; functionName: string }[];
  /** Increments each time a sidebar is shown. */
  sidebarVersion(): number;
  /** Formats a block as a person would from the Format menu (A1 such as 'K2:K41'). */
  formatRange(sheet: string, a1: string, style: CellStyle): void;
  setFrozenRows(sheet: string, rows: number): void;
  /** The workbook as .xlsx (values, formulas, formats, frozen rows), to import into Sheets. */
  xlsx(): Buffer;
  /**
   * Writes the workbook (cells, formats, properties) as JSON, atomically (atomic-file.ts):
   * a failed or killed save leaves the previous file as it was. Throws the file system's error.
   */
  saveTo(path: string): void;
  /** Everything saveTo writes, as an object. */
  snapshot(): WorkbookSnapshot;
  /** Called after every change to cells (an execution that wrote, or setCell). */
  onChange(listener: () => void): void;
}

export interface CellStyle {
  numberFormat?: string;
  fontWeight?: string;
  background?: string;
  fontColor?: string;
  wrap?: boolean;
}

/** The saved form of a workbook (see saveTo / openSnapshot). */
export interface WorkbookSnapshot {
  version: 1;
  timeZone: string;
  locale: string;
  sheets: SavedSheet[];
  documentProperties: Record<string, string>;
  userProperties: Record<string, string>;
}

export interface SavedSheet {
  name: string;
  id: number;
  /**
   * Cell contents: numbers (dates as serials), booleans, formulas ('=…') and text. Every
   * string loads back as text; text starting with '=' or an apostrophe is saved behind
   * one more apostrophe. Spilled cells are saved empty (their formula fills them).
   */
  cells: unknown[][];
  /** Sparse, keyed 'row,column' (0-based). */
  numberFormats: Record<string, string>;
  styles: Record<string, Record<string, string>>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor?: string;
  columnWidths: Record<number, number>;
  conditionalFormatRules: ConditionalFormatRuleInfo[];
  dataValidations: Record<string, DataValidationInfo>;
  /** Embedded charts (absent in workbooks saved before charts were modelled). */
  charts?: ChartInfo[];
}
