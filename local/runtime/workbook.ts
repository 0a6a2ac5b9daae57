/**
 * The workbook: cell contents and computed values live in HyperFormula; what Sheets keeps
 * beside them (number formats, styles, frozen rows, rules, validations, sheet ids and
 * order) lives here. Cell values cross this class in Apps Script's shapes: numbers,
 * strings, booleans, Dates and '' for blanks.
 */
import { type CellValue, DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { type CustomFunctionHost, withCustomFunctionHost } from './custom-functions';
import './sparkline';
import { instantToSerial, serialToInstant } from './dates';
import { DEFAULT_DATE_FORMAT, DEFAULT_DATE_TIME_FORMAT, displayText, isDateFormat } from './format';
import { type FormulaSyntax, separatorsFor } from './formula-syntax';
import { marksOf, parseTyped } from './typed-input';

export const PLAIN_TEXT_FORMAT = '@';

/** A cell rule as the runtime records it; `ranges` are A1 notations on the rule's sheet. */
export interface ConditionalFormatRuleInfo {
  ranges: string[];
  condition: { type: string; values: unknown[] };
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

/** An embedded chart as Sheets keeps it (services/spreadsheet/embedded-chart.ts). */
export interface ChartInfo {
  /** EmbeddedChart.getChartId(): null until the chart is inserted. */
  id: number | null;
  /** The sheet the builder came from (Sheet.newChart). */
  sheetId: number;
  /** A Charts.ChartType name, null until set. */
  type: string | null;
  /** Each range's sheet (by id, so a rename keeps it) and block, 0-based. */
  ranges: { sheetId: number; row: number; col: number; rows: number; cols: number }[];
  /** setOption's values by option name ('title', 'series', 'vAxis.title'). */
  options: Record<string, unknown>;
  /** ContainerInfo: anchor row and column 1-based, offsets in pixels. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** setNumHeaders; -1 when never set (Sheets then guesses). */
  numHeaders: number;
  transpose: boolean;
}

export interface DataValidationInfo {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface SheetState {
  /** Sheets' gid (Sheet.getSheetId). */
  id: number;
  hfId: number;
  name: string;
  formats: Map<string, string>;
  styles: Map<string, Record<string, string>>;
  validations: Map<string, DataValidationInfo>;
  frozenRows: number;
  frozenColumns: number;
  /** The sheet's grid (Sheet.getMaxRows/getMaxColumns); it grows to fit what is written. */
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
  tabColor?: string;
  columnWidths: Record<number, number>;
  conditionalFormatRules: ConditionalFormatRuleInfo[];
  /** Embedded charts in insertion order, each with its id. */
  charts: ChartInfo[];
}

export type AppsValue = number | string | boolean | Date;

const key = (row: number, col: number) => `${row},${col}`;

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

export class Workbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetState[] = [];
  private nextSheetId = 0;
  private changeListeners: (() => void)[] = [];
  host?: CustomFunctionHost;

  constructor(
    readonly timeZone: string,
    readonly locale: string,
    readonly formulaSyntax: FormulaSyntax = 'locale',
  ) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      ...separatorsFor(locale, formulaSyntax),
      // Sheets' own conventions where HyperFormula lets us choose.
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
      smartRounding: true,
      useArrayArithmetic: false,
      maxRows: 100_000,
    });
  }

  /** Runs HyperFormula work with this workbook's custom-function host in scope. */
  engine<T>(work: () => T): T {
    return this.host ? withCustomFunctionHost(this.host, work) : work();
  }

  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A new chart id, unique across the spreadsheet (EmbeddedChart.getChartId). */
  nextChartId(): number {
    const ids = this.sheets.flatMap((s) => s.charts.map((c) => c.id ?? 0));
    return Math.max(0, ...ids) + 1;
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByHfId(hfId: number): SheetState | undefined {
    return this.sheets.find((s) => s.hfId === hfId);
  }

  requireSheet(name: string): SheetState {
    const sheet = this.sheet(name);
    if (!sheet)
      throw new Error(`No sheet named "${name}". Sheets: ${this.sheetNames().join(', ')}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string, index = this.sheets.length, id?: number): SheetState {
    const hfName = this.engine(() => this.hf.addSheet(name));
    const sheet: SheetState = {
      id: id ?? this.nextSheetId,
      hfId: this.hf.getSheetId(hfName) as number,
      name,
      formats: new Map(),
      styles: new Map(),
      validations: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      maxRows: 1000,
      maxColumns: 26,
      hidden: false,
      columnWidths: {},
      conditionalFormatRules: [],
      charts: [],
    };
    this.nextSheetId = Math.max(this.nextSheetId, sheet.id) + 1;
    // HyperFormula itself re-resolves formulas that referred to a missing sheet of this name.
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetState): void {
    this.engine(() => this.hf.removeSheet(sheet.hfId));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.engine(() => this.hf.renameSheet(sheet.hfId, name));
    sheet.name = name;
  }

  /** Rows and columns up to the last cell with content (values, formulas or spills). */
  extent(sheet: SheetState): { rows: number; cols: number } {
    // HyperFormula's dimensions do not shrink when cells are cleared; Sheets' do.
    let { height: rows, width: cols } = this.hf.getSheetDimensions(sheet.hfId);
    const filled = (row: number, col: number, height: number, width: number) => {
      const range = blockRange(sheet, row, col, height, width);
      const values = this.hf.getRangeValues(range);
      const formulas = this.hf.getRangeFormulas(range);
      return values.some((line, i) =>
        line.some((v, j) => v !== null || formulas[i][j] !== undefined),
      );
    };
    while (rows > 0 && cols > 0 && !filled(rows - 1, 0, 1, cols)) rows--;
    while (rows > 0 && cols > 0 && !filled(0, cols - 1, rows, 1)) cols--;
    return rows === 0 || cols === 0 ? { rows: 0, cols: 0 } : { rows, cols };
  }

  format(sheet: SheetState, row: number, col: number): string {
    return sheet.formats.get(key(row, col)) ?? '';
  }

  setFormat(sheet: SheetState, row: number, col: number, format: string): void {
    if (format) sheet.formats.set(key(row, col), format);
    else sheet.formats.delete(key(row, col));
  }

  style(sheet: SheetState, row: number, col: number, property: string): string | undefined {
    return sheet.styles.get(key(row, col))?.[property];
  }

  setStyle(sheet: SheetState, row: number, col: number, property: string, value: string | null) {
    const k = key(row, col);
    const styles = sheet.styles.get(k) ?? {};
    if (value === null || value === '') delete styles[property];
    else styles[property] = value;
    if (Object.keys(styles).length) sheet.styles.set(k, styles);
    else sheet.styles.delete(k);
  }

  validation(sheet: SheetState, row: number, col: number): DataValidationInfo | undefined {
    return sheet.validations.get(key(row, col));
  }

  setValidation(sheet: SheetState, row: number, col: number, rule: DataValidationInfo | null) {
    if (rule) sheet.validations.set(key(row, col), rule);
    else sheet.validations.delete(key(row, col));
  }

  /** Sheet.insertRowsAfter: cells, formats and styles below move down. */
  insertRows(sheet: SheetState, afterRow: number, count: number): void {
    this.engine(() => this.hf.addRows(sheet.hfId, [afterRow, count]));
    shiftKeys(sheet, (r, c) => (r >= afterRow ? [r + count, c] : [r, c]));
    sheet.maxRows += count;
    this.changed();
  }

  /** Sheet.insertColumnsAfter: cells, formats and styles to the right move right. */
  insertColumns(sheet: SheetState, afterCol: number, count: number): void {
    this.engine(() => this.hf.addColumns(sheet.hfId, [afterCol, count]));
    shiftKeys(sheet, (r, c) => (c >= afterCol ? [r, c + count] : [r, c]));
    sheet.maxColumns += count;
    this.changed();
  }

  /** Computed values of a block, as Range.getValues returns them. */
  readValues(
    sheet: SheetState,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ): AppsValue[][] {
    return this.readBlock(sheet, row, col, rows, cols, (value, isDate) =>
      this.toAppsValue(value, isDate),
    );
  }

  /** Texts of a block, as Range.getDisplayValues returns them. */
  readDisplay(sheet: SheetState, row: number, col: number, rows: number, cols: number): string[][] {
    const marks = marksOf(this.locale);
    return this.readBlock(sheet, row, col, rows, cols, (value, isDate, format) => {
      if (value instanceof DetailedCellError) return errorCode(value);
      return displayText(value, format, isDate, marks);
    });
  }

  readFormulas(
    sheet: SheetState,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ): string[][] {
    if (rows <= 0 || cols <= 0) return [];
    const formulas = this.hf.getRangeFormulas(blockRange(sheet, row, col, rows, cols));
    return formulas.map((r) => r.map((f) => f ?? ''));
  }

  /** The message behind an error value (e.g. what a custom function threw), if any. */
  errorMessage(sheet: SheetState, row: number, col: number): string | undefined {
    const value = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
    if (!(value instanceof DetailedCellError) || isSpillShadow(this.hf, sheet, row, col)) return;
    if (value.type === 'SPILL') {
      return 'Array result was not expanded because it would overwrite data in the cells below or to the right.';
    }
    return value.message || undefined;
  }

  private readBlock<T>(
    sheet: SheetState,
    row: number,
    col: number,
    rows: number,
    cols: number,
    convert: (
      value: number | string | boolean | null | DetailedCellError,
      isDate: boolean,
      format: string,
    ) => T,
  ): T[][] {
    if (rows <= 0 || cols <= 0) return [];
    const range = blockRange(sheet, row, col, rows, cols);
    const values = this.hf.getRangeValues(range);
    const formulas = this.hf.getRangeFormulas(range);
    return values.map((line, i) =>
      line.map((raw, j) => {
        const r = row + i;
        const c = col + j;
        let value = raw as number | string | boolean | null | DetailedCellError;
        if (value instanceof DetailedCellError && isSpillShadow(this.hf, sheet, r, c)) value = null;
        const format = this.format(sheet, r, c);
        let isDate = typeof value === 'number' && isDateFormat(format);
        if (!isDate && typeof value === 'number' && formulas[i][j] !== undefined) {
          isDate = DATE_TYPES.has(
            this.hf.getCellValueDetailedType({ sheet: sheet.hfId, row: r, col: c }),
          );
        }
        return convert(
          value,
          isDate,
          isDate && !isDateFormat(format) ? DEFAULT_DATE_FORMAT : format,
        );
      }),
    );
  }

  private toAppsValue(value: CellValue, isDate: boolean): AppsValue {
    if (value === null || value === undefined) return '';
    if (value instanceof DetailedCellError) return errorCode(value);
    if (isDate && typeof value === 'number') return new Date(serialToInstant(value, this.timeZone));
    return value as AppsValue;
  }

  /**
   * Range.setValues / setValue: strings are read as typed (so '=…' is a formula and
   * '12%' a number) unless the cell's format is plain text ('@') or the string starts
   * with an apostrophe; Dates become date serials with a date format.
   */
  writeValues(sheet: SheetState, row: number, col: number, values: unknown[][]): void {
    // Array.from: the script's arrays come from another realm, and HyperFormula checks
    // `instanceof Array`.
    const contents = Array.from(values, (line, i) =>
      Array.from(line, (value, j) => this.contentFor(sheet, row + i, col + j, value)),
    );
    this.writeContents(sheet, row, col, contents);
  }

  /** Range.setFormulas: every non-empty string is a formula (with or without '='). */
  writeFormulas(sheet: SheetState, row: number, col: number, formulas: unknown[][]): void {
    const contents = Array.from(formulas, (line) =>
      Array.from(line, (f) => {
        const text = f === null || f === undefined ? '' : String(f);
        if (text === '') return null;
        return text.startsWith('=') ? text : `=${text}`;
      }),
    );
    this.writeContents(sheet, row, col, contents);
  }

  /** A person typing into one cell. */
  type(sheet: SheetState, row: number, col: number, input: unknown): void {
    this.writeValues(sheet, row, col, [[input]]);
  }

  clearContents(sheet: SheetState, row: number, col: number, rows: number, cols: number): void {
    if (rows <= 0 || cols <= 0) return;
    const empty = Array.from({ length: rows }, () => Array<RawCellContent>(cols).fill(null));
    this.writeContents(sheet, row, col, empty);
  }

  clearFormats(sheet: SheetState, row: number, col: number, rows: number, cols: number): void {
    for (const map of [sheet.formats, sheet.styles, sheet.validations] as Map<string, unknown>[]) {
      for (const k of [...map.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= row && r < row + rows && c >= col && c < col + cols) map.delete(k);
      }
    }
  }

  /**
   * Contents for saving: formulas as '=…', numbers, booleans, text; text that starts
   * with '=' or an apostrophe gets one more apostrophe so it loads back as text.
   */
  serialized(sheet: SheetState): unknown[][] {
    const { rows, cols } = this.extent(sheet);
    if (rows === 0 || cols === 0) return [];
    const range = blockRange(sheet, 0, 0, rows, cols);
    const values = this.hf.getRangeValues(range);
    const formulas = this.hf.getRangeFormulas(range);
    return values.map((line, r) =>
      line.map((value, c) => {
        const formula = formulas[r][c];
        if (formula !== undefined) return formula;
        if (this.hf.isCellPartOfArray({ sheet: sheet.hfId, row: r, col: c })) return '';
        if (value === null || value instanceof DetailedCellError) return '';
        if (typeof value === 'string' && /^['=]/.test(value)) return `'${value}`;
        return value;
      }),
    );
  }

  /** Loads contents saved by serialized(): strings are text unless they start with '='. */
  loadSerialized(sheet: SheetState, cells: unknown[][]): void {
    const contents = cells.map((line) =>
      line.map((v): RawCellContent => {
        if (v === '' || v === null || v === undefined) return null;
        if (typeof v !== 'string') return v as RawCellContent;
        return v.startsWith('=') || v.startsWith("'") ? v : `'${v}`;
      }),
    );
    if (contents.length) this.writeContents(sheet, 0, 0, contents);
  }

  private writeContents(sheet: SheetState, row: number, col: number, contents: RawCellContent[][]) {
    if (!contents.length || !contents[0].length) return;
    sheet.maxRows = Math.max(sheet.maxRows, row + contents.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, col + contents[0].length);
    this.engine(() => this.hf.setCellContents({ sheet: sheet.hfId, row, col }, contents));
    this.changed();
  }

  private contentFor(sheet: SheetState, row: number, col: number, value: unknown): RawCellContent {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
    if (typeof value === 'boolean') return value;
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const date = value as Date;
      if (!isDateFormat(this.format(sheet, row, col))) {
        const wholeDay = Number.isInteger(instantToSerial(date.getTime(), this.timeZone));
        this.setFormat(sheet, row, col, wholeDay ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT);
      }
      return instantToSerial(date.getTime(), this.timeZone);
    }
    const text = String(value);
    // HyperFormula keeps a string that starts with an apostrophe as text, without it.
    if (this.format(sheet, row, col) === PLAIN_TEXT_FORMAT) return `'${text}`;
    const typed = parseTyped(text, this.locale);
    if (typed.formula) return text;
    if (typed.value === null) return null;
    if (typeof typed.value === 'string') return `'${typed.value}`;
    const current = this.format(sheet, row, col);
    if (typed.format && (current === '' || isDateFormat(typed.format) !== isDateFormat(current))) {
      this.setFormat(sheet, row, col, typed.format);
    }
    return typed.value;
  }
}

function shiftKeys(sheet: SheetState, move: (row: number, col: number) => [number, number]) {
  for (const map of [sheet.formats, sheet.styles, sheet.validations] as Map<string, unknown>[]) {
    const entries = [...map.entries()];
    map.clear();
    for (const [k, v] of entries) {
      const [r, c] = k.split(',').map(Number);
      const [nr, nc] = move(r, c);
      map.set(key(nr, nc), v);
    }
  }
}

function blockRange(sheet: SheetState, row: number, col: number, rows: number, cols: number) {
  return {
    start: { sheet: sheet.hfId, row, col },
    end: { sheet: sheet.hfId, row: row + rows - 1, col: col + cols - 1 },
  };
}

/** Sheets calls a blocked spill #REF!; HyperFormula calls it #SPILL!. */
function errorCode(error: DetailedCellError): string {
  return error.type === 'SPILL' ? '#REF!' : error.value;
}

/**
 * HyperFormula copies an array formula's error into every cell the array would cover;
 * Sheets shows it only in the formula's cell and leaves the rest blank.
 */
function isSpillShadow(hf: HyperFormula, sheet: SheetState, row: number, col: number): boolean {
  const address = { sheet: sheet.hfId, row, col };
  return hf.isCellPartOfArray(address) && !hf.doesCellHaveFormula(address);
}
