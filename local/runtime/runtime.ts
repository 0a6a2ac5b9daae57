/**
 * The LocalRuntime behind openWorkbook/openCsv: a Workbook, the state the services keep,
 * and executions of dist/Code.js over them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellA1, parseCellA1 } from './a1';
import { writeFileAtomic } from './atomic-file';
import type { CustomFunctionHost } from './custom-functions';
import { instantToSerial, serialToInstant } from './dates';
import { execute, ScriptError } from './execution';
import { isDateFormat } from './format';
import type {
  CellStyle,
  LocalChart,
  LocalClock,
  LocalRuntime,
  OpenOptions,
  SavedSheet,
  SheetMeta,
  WorkbookSnapshot,
} from './local-runtime';
import { manifestBeside } from './manifest';
import { clearSentMail, type SentMail, sentMail, setRemainingMailQuota } from './services/mail-app';
import {
  installedTriggers,
  setAuthorizationRequired,
  type TriggerInfo,
  triggerEvent,
  triggerFor,
} from './services/script-app';
import { sparklineData } from './sparkline';
import { Clock, type ExecutionKind, Locks, type RuntimeState } from './state';
import { carryArguments, carryResult } from './transport';
import { parseTyped } from './typed-input';
import { type DataValidationInfo, type SheetState, Workbook } from './workbook';
import { workbookToXlsx } from './xlsx';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The manifest's time zone; a missing or unreadable manifest leaves Apps Script's default. */
function scriptTimeZone(codePath: string): string {
  try {
    return manifestBeside(codePath)?.timeZone ?? 'Etc/UTC';
  } catch {
    return 'Etc/UTC';
  }
}

export class LocalWorkbookRuntime implements LocalRuntime {
  private readonly state: RuntimeState;
  readonly clock: LocalClock;

  private constructor(options: OpenOptions) {
    const codePath = options.codePath ?? join(repoRoot, 'dist', 'Code.js');
    const workbook = new Workbook(
      options.timeZone ?? 'Etc/UTC',
      options.locale ?? 'en_US',
      options.formulaSyntax,
    );
    const clock = new Clock(options.now);
    this.state = {
      workbook,
      codePath,
      sidebarPath: options.sidebarPath ?? join(dirname(codePath), 'Sidebar.html'),
      scriptTimeZone: scriptTimeZone(codePath),
      userEmail: options.userEmail ?? 'user@example.com',
      userLocale: options.userLocale,
      spreadsheetUrl:
        options.url ?? 'https://docs.google.com/spreadsheets/d/local-spreadsheet/edit',
      clock,
      documentProperties: new Map(),
      userProperties: new Map(),
      scriptProperties: new Map(),
      caches: { document: new Map(), user: new Map(), script: new Map() },
      locks: new Locks(),
      ui: { menu: undefined, menuWithSeparators: [], alerts: [], toasts: [], sidebarVersion: 0 },
      logs: [],
      activeSheetId: undefined,
      lastCalls: {},
      executionDepth: 0,
      fault: undefined,
      history: [],
    };
    workbook.host = this.customFunctionHost();
    this.clock = {
      now: () => new Date(clock.nowMs()),
      set: (date: Date) => clock.set(date),
      advanceDays: (n: number) => clock.advanceMs(n * 86_400_000),
      advanceMs: (ms: number) => clock.advanceMs(ms),
    };
  }

  static fromSheets(
    sheets: Record<string, unknown[][]>,
    options: OpenOptions,
  ): LocalWorkbookRuntime {
    const runtime = new LocalWorkbookRuntime(options);
    const { workbook } = runtime.state;
    const entries = Object.entries(sheets);
    if (entries.length === 0) entries.push(['Sheet1', []]);
    for (const [name] of entries) workbook.addSheet(name);
    for (const [name, rows] of entries) {
      if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
        throw new Error(`Sheet "${name}": give its rows as an array of arrays.`);
      }
      const width = Math.max(0, ...rows.map((r) => r.length));
      const grid = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
      if (width > 0) workbook.writeValues(workbook.requireSheet(name), 0, 0, grid);
    }
    return runtime;
  }

  static fromSnapshot(snapshot: WorkbookSnapshot, options: OpenOptions): LocalWorkbookRuntime {
    if (snapshot?.version !== 1 || !Array.isArray(snapshot.sheets)) {
      throw new Error('Not a saved Partner Pilot workbook (expected "version": 1 and "sheets").');
    }
    const runtime = new LocalWorkbookRuntime({
      ...options,
      timeZone: options.timeZone ?? snapshot.timeZone,
      locale: options.locale ?? snapshot.locale,
    });
    const { workbook } = runtime.state;
    for (const saved of snapshot.sheets) {
      const sheet = workbook.addSheet(saved.name, workbook.sheets.length, saved.id);
      Object.assign(sheet, {
        frozenRows: saved.frozenRows ?? 0,
        frozenColumns: saved.frozenColumns ?? 0,
        maxRows: saved.maxRows ?? 1000,
        maxColumns: saved.maxColumns ?? 26,
        tabColor: saved.tabColor,
        columnWidths: saved.columnWidths ?? {},
        conditionalFormatRules: saved.conditionalFormatRules ?? [],
        charts: saved.charts ?? [],
        formats: new Map(Object.entries(saved.numberFormats ?? {})),
        styles: new Map(Object.entries(saved.styles ?? {})),
        validations: new Map(Object.entries(saved.dataValidations ?? {})),
      });
    }
    // Contents after every sheet exists, so cross-sheet formulas resolve.
    for (const saved of snapshot.sheets) {
      workbook.loadSerialized(workbook.requireSheet(saved.name), saved.cells ?? []);
    }
    for (const [k, v] of Object.entries(snapshot.documentProperties ?? {})) {
      runtime.state.documentProperties.set(k, v);
    }
    for (const [k, v] of Object.entries(snapshot.userProperties ?? {})) {
      runtime.state.userProperties.set(k, v);
    }
    return runtime;
  }

  private customFunctionHost(): CustomFunctionHost {
    const { workbook } = this.state;
    return {
      call: (name, args) =>
        execute(this.state, { kind: 'custom-function', functionName: name, args }),
      isDateCell: (hfSheet, row, col) => {
        const sheet = workbook.sheetByHfId(hfSheet);
        return sheet !== undefined && isDateFormat(workbook.format(sheet, row, col));
      },
      serialToDate: (serial) => new Date(serialToInstant(serial, workbook.timeZone)),
      dateToSerial: (date) => instantToSerial(date.getTime(), workbook.timeZone),
    };
  }

  private execution(
    kind: ExecutionKind,
    fn: string,
    args: unknown[],
    authMode?: 'NONE' | 'LIMITED',
  ): unknown {
    try {
      return execute(this.state, { kind, functionName: fn, args, authMode });
    } catch (error) {
      if (error instanceof ScriptError) {
        const rethrown = new Error(error.message);
        if (error.scriptStack) rethrown.stack = error.scriptStack;
        throw rethrown;
      }
      throw error;
    }
  }

  run<T = unknown>(fn: string, ...args: unknown[]): T {
    if (fn.endsWith('_')) {
      throw new Error(
        `${fn}: functions whose names end in _ are private and cannot be called from google.script.run.`,
      );
    }
    const carried = carryArguments(args);
    return carryResult(this.execution('run', fn, carried)) as T;
  }

  runMenuItem(fn: string): void {
    this.execution('menu', fn, []);
  }

  /**
   * Runs onOpen as Sheets does when the file opens: in AuthMode.LIMITED (the add-on is used
   * in this file), or NONE (installed, not yet used here), where only menus, Session's
   * locale, Logger and Utilities answer.
   */
  open(authMode: 'NONE' | 'LIMITED' = 'LIMITED'): { name: string; functionName: string }[] {
    this.execution('open', 'onOpen', [{ authMode, source: null, user: null }], authMode);
    return this.menu();
  }

  menu(): { name: string; functionName: string }[] {
    if (this.state.ui.menu === undefined) this.open();
    return (this.state.ui.menu ?? []).map((item) => ({ ...item }));
  }

  /** The menu with separators (name '' and functionName ''), as the preview draws it. */
  menuWithSeparators(): { name: string; functionName: string }[] {
    if (this.state.ui.menu === undefined) this.open();
    return this.state.ui.menuWithSeparators.map((item) => ({ ...item }));
  }

  sheetNames(): string[] {
    return this.state.workbook.sheetNames();
  }

  activeSheet(): string {
    const { workbook, activeSheetId } = this.state;
    return (workbook.sheets.find((s) => s.id === activeSheetId) ?? workbook.sheets[0]).name;
  }

  sheetIds(): Record<string, number> {
    return Object.fromEntries(this.state.workbook.sheets.map((s) => [s.name, s.id]));
  }

  setSpreadsheetUrl(url: string): void {
    this.state.spreadsheetUrl = url;
  }

  activateSheet(name: string): void {
    this.state.activeSheetId = this.state.workbook.requireSheet(name).id;
  }

  private sheetAndExtent(name: string): { sheet: SheetState; rows: number; cols: number } {
    const sheet = this.state.workbook.requireSheet(name);
    return { sheet, ...this.state.workbook.extent(sheet) };
  }

  values(name: string): unknown[][] {
    const { sheet, rows, cols } = this.sheetAndExtent(name);
    return this.state.workbook.readValues(sheet, 0, 0, rows, cols);
  }

  displayValues(name: string): string[][] {
    const { sheet, rows, cols } = this.sheetAndExtent(name);
    return this.state.workbook.readDisplay(sheet, 0, 0, rows, cols);
  }

  formulas(name: string): string[][] {
    const { sheet, rows, cols } = this.sheetAndExtent(name);
    return this.state.workbook.readFormulas(sheet, 0, 0, rows, cols);
  }

  sparklines(name: string): Record<string, number[]> {
    const sheet = this.state.workbook.requireSheet(name);
    const out: Record<string, number[]> = {};
    for (const [key, numbers] of sparklineData(this.state.workbook.hf)) {
      const [hfSheet, row, col] = key.split(',').map(Number);
      if (hfSheet === sheet.hfId) out[cellA1(row, col)] = [...numbers];
    }
    return out;
  }

  cellErrors(name: string): Record<string, string> {
    const { sheet, rows, cols } = this.sheetAndExtent(name);
    const out: Record<string, string> = {};
    const display = this.state.workbook.readDisplay(sheet, 0, 0, rows, cols);
    for (let r = 0; r < display.length; r++) {
      for (let c = 0; c < display[r].length; c++) {
        if (!display[r][c].startsWith('#')) continue;
        const message = this.state.workbook.errorMessage(sheet, r, c);
        if (message) out[cellA1(r, c)] = message;
      }
    }
    return out;
  }

  setCell(name: string, a1: string, value: unknown): void {
    const sheet = this.state.workbook.requireSheet(name);
    const { row, col } = parseCellA1(a1);
    const rule = this.state.workbook.validation(sheet, row, col);
    if (rule && !rule.allowInvalid && !passesValidation(rule, value, this.state.workbook.locale)) {
      throw new Error(
        rule.helpText || `The value "${String(value)}" breaks this cell's data validation rule.`,
      );
    }
    sheet.maxRows = Math.max(sheet.maxRows, row + 1);
    sheet.maxColumns = Math.max(sheet.maxColumns, col + 1);
    this.state.workbook.type(sheet, row, col, value);
  }

  executions(): { kind: string; functionName: string; error?: string }[] {
    return this.state.history.map((entry) => ({ ...entry }));
  }

  lastServiceCalls(): Record<string, number> {
    return { ...this.state.lastCalls };
  }

  documentProperties(): Record<string, string> {
    return Object.fromEntries(this.state.documentProperties);
  }

  userProperties(): Record<string, string> {
    return Object.fromEntries(this.state.userProperties);
  }

  sidebarHtml(): string | undefined {
    return this.state.ui.sidebar?.html;
  }

  sidebarTitle(): string | undefined {
    return this.state.ui.sidebar?.title;
  }

  /** Increments each time a sidebar is shown (the preview reloads its panel then). */
  sidebarVersion(): number {
    return this.state.ui.sidebarVersion;
  }

  alerts(): string[] {
    return [...this.state.ui.alerts];
  }

  logs(): string[] {
    return [...this.state.logs];
  }

  sheetMeta(name: string): SheetMeta {
    const { sheet, rows, cols } = this.sheetAndExtent(name);
    const { workbook } = this.state;
    const grid = <T>(read: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(r, c)));
    return {
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      tabColor: sheet.tabColor,
      conditionalFormatRules: structuredClone(sheet.conditionalFormatRules),
      dataValidations: grid((r, c) => workbook.validation(sheet, r, c) ?? null),
      numberFormats: grid((r, c) => workbook.format(sheet, r, c)),
      backgrounds: grid((r, c) => workbook.style(sheet, r, c, 'background') ?? ''),
      fontWeights: grid((r, c) => workbook.style(sheet, r, c, 'fontWeight') ?? ''),
      fontColors: grid((r, c) => workbook.style(sheet, r, c, 'fontColor') ?? ''),
      wraps: grid((r, c) => workbook.style(sheet, r, c, 'wrap') === 'true'),
      horizontalAlignments: grid(
        (r, c) => workbook.style(sheet, r, c, 'horizontalAlignment') ?? '',
      ),
      columnWidths: { ...sheet.columnWidths },
    };
  }

  charts(name: string): LocalChart[] {
    const { workbook } = this.state;
    const sheet = workbook.requireSheet(name);
    return sheet.charts.map((chart) => {
      const ranges = chart.ranges.flatMap((r) => {
        const on = workbook.sheetById(r.sheetId);
        return on ? [{ on, r }] : [];
      });
      return {
        id: chart.id ?? 0,
        type: chart.type,
        ranges: ranges.map(
          ({ on, r }) =>
            `'${on.name.replace(/'/g, "''")}'!${cellA1(r.row, r.col)}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`,
        ),
        data: ranges.map(({ on, r }) => workbook.readValues(on, r.row, r.col, r.rows, r.cols)),
        options: structuredClone(chart.options),
        position: { ...chart.position },
        numHeaders: chart.numHeaders,
      };
    });
  }

  holdDocumentLock(options: { forMs?: number } = {}): () => void {
    const lock = this.state.locks.document;
    if (lock.holder !== undefined) throw new Error('The document lock is already held.');
    lock.holder = 'outside';
    lock.releaseAtMs =
      options.forMs === undefined ? undefined : this.state.clock.nowMs() + options.forMs;
    return () => {
      if (lock.holder === 'outside') lock.holder = undefined;
      lock.releaseAtMs = undefined;
    };
  }

  formatRange(name: string, a1: string, style: CellStyle): void {
    const sheet = this.state.workbook.requireSheet(name);
    const [first, last = first] = a1.split(':');
    const start = parseCellA1(first);
    const end = parseCellA1(last);
    const { workbook } = this.state;
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        if (style.numberFormat !== undefined) workbook.setFormat(sheet, r, c, style.numberFormat);
        for (const property of ['fontWeight', 'background', 'fontColor'] as const) {
          if (style[property] !== undefined)
            workbook.setStyle(sheet, r, c, property, style[property]);
        }
        if (style.wrap !== undefined)
          workbook.setStyle(sheet, r, c, 'wrap', style.wrap ? 'true' : null);
      }
    }
    workbook.changed();
  }

  setFrozenRows(name: string, rows: number): void {
    this.state.workbook.requireSheet(name).frozenRows = rows;
    this.state.workbook.changed();
  }

  failOn(method: string, nth = 1): void {
    this.state.fault = { method, nth, seen: 0 };
  }

  serverFunctions(): string[] {
    return listGlobalFunctions(this.state.codePath);
  }

  mail(): SentMail[] {
    return sentMail(this.state);
  }

  clearMail(): void {
    clearSentMail(this.state);
  }

  setMailQuota(remaining: number): void {
    setRemainingMailQuota(this.state, remaining);
  }

  triggers(): TriggerInfo[] {
    return installedTriggers(this.state);
  }

  runTrigger(handler: string): unknown {
    const trigger = triggerFor(this.state, handler);
    if (!trigger) throw new Error(`No trigger installed for ${handler}`);
    return this.execution('trigger', handler, [triggerEvent(trigger, this.state.clock.nowMs())]);
  }

  setAuthorizationRequired(required: boolean): void {
    setAuthorizationRequired(this.state, required);
  }

  snapshot(): WorkbookSnapshot {
    const { workbook } = this.state;
    const sheets: SavedSheet[] = workbook.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      cells: workbook.serialized(sheet),
      numberFormats: Object.fromEntries(sheet.formats),
      styles: Object.fromEntries(sheet.styles),
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      tabColor: sheet.tabColor,
      columnWidths: { ...sheet.columnWidths },
      conditionalFormatRules: structuredClone(sheet.conditionalFormatRules),
      dataValidations: Object.fromEntries(sheet.validations),
      charts: structuredClone(sheet.charts),
    }));
    return {
      version: 1,
      timeZone: workbook.timeZone,
      locale: workbook.locale,
      sheets,
      documentProperties: this.documentProperties(),
      userProperties: this.userProperties(),
    };
  }

  xlsx(): Buffer {
    return workbookToXlsx(this.state.workbook);
  }

  saveTo(path: string): void {
    writeFileAtomic(path, `${JSON.stringify(this.snapshot())}\n`);
  }

  onChange(listener: () => void): void {
    this.state.workbook.onChange(listener);
  }
}

/** Top-level function declarations of Code.js, as google.script.run exposes them. */
function listGlobalFunctions(codePath: string): string[] {
  if (!existsSync(codePath)) return [];
  const source = readFileSync(codePath, 'utf8');
  const names = [...source.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
  return [...new Set(names)].filter((name) => !name.endsWith('_'));
}

/** Sheets' check of typed input against a rule whose invalid values are rejected. */
function passesValidation(rule: DataValidationInfo, input: unknown, locale: string): boolean {
  const parsed = typeof input === 'string' ? parseTyped(input, locale) : undefined;
  const typed = parsed ? parsed.value : input;
  if (typed === null || typed === '' || typed === undefined) return true;
  const [a, b] = rule.values as number[];
  const n = typeof typed === 'number' ? typed : Number.NaN;
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      // Bounds included, as in Sheets; text is no number, so it fails (NaN compares false).
      return n < Math.min(a, b) || n > Math.max(a, b);
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'VALUE_IN_LIST':
      return (rule.values[0] as string[]).includes(String(input));
    case 'CHECKBOX':
      return typeof typed === 'boolean';
    case 'DATE_IS_VALID_DATE':
      // A date as the locale reads typing (20.12.2026 in de_DE, 2026/12/20 in ja_JP).
      return input instanceof Date || (parsed?.format !== undefined && isDateFormat(parsed.format));
    default:
      return true;
  }
}
