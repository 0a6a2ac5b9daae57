/**
 * SpreadsheetApp over the local workbook: the subset the add-on uses, with Google's
 * messages where scripts can hit them (reference: developers.google.com/apps-script/
 * reference/spreadsheet). Positions are 1-based at this API and 0-based in Workbook.
 */
import type { Env } from '../execution';
import type { ConditionalFormatRuleInfo, DataValidationInfo } from '../index';
import { columnLetters, type SheetState, type Workbook } from '../workbook';
import { enumOf, track, unwrap } from './track';
import { makeUi } from './ui';

const DataValidationCriteria = enumOf(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

export function spreadsheetApp(env: Env) {
  const spreadsheet = () => track(new Spreadsheet(env), 'Spreadsheet', env);
  const app = {
    DataValidationCriteria,
    BooleanCriteria: enumOf(
      'CELL_EMPTY',
      'CELL_NOT_EMPTY',
      'TEXT_CONTAINS',
      'TEXT_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_LESS_THAN',
      'NUMBER_BETWEEN',
      'CUSTOM_FORMULA',
    ),
    WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
    getActive: spreadsheet,
    getActiveSpreadsheet: spreadsheet,
    getActiveSheet: () => spreadsheet().getActiveSheet(),
    getActiveRange: () => spreadsheet().getActiveRange(),
    getUi: () => {
      if (env.kind === 'custom-function')
        env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
      return makeUi(env);
    },
    flush: () => undefined,
    newConditionalFormatRule: () =>
      track(new ConditionalFormatRuleBuilder(env), 'ConditionalFormatRuleBuilder', env),
    newDataValidation: () => track(new DataValidationBuilder(env), 'DataValidationBuilder', env),
  };
  return track(app, 'SpreadsheetApp', env);
}

/** An array made in the script's realm holding service objects (which are not copied). */
function scriptList<T>(env: Env, items: T[]): T[] {
  const list = env.toScript([] as T[]);
  list.push(...items);
  return list;
}

function wrapSheet(env: Env, sheet: SheetState) {
  return track(new Sheet(env, sheet), 'Sheet', env);
}

function wrapRange(
  env: Env,
  sheet: SheetState,
  row: number,
  col: number,
  rows: number,
  cols: number,
) {
  return track(new Range(env, sheet, row, col, rows, cols), 'Range', env);
}

export class Spreadsheet {
  constructor(private readonly env: Env) {}

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
    return scriptList(
      this.env,
      this.workbook.sheets.map((s) => wrapSheet(this.env, s)),
    );
  }
  getNumSheets() {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string) {
    const sheet = this.workbook.sheet(String(name));
    return sheet ? wrapSheet(this.env, sheet) : null;
  }
  getSheetById(id: number) {
    const sheet = this.workbook.sheets.find((s) => s.id === id);
    return sheet ? wrapSheet(this.env, sheet) : null;
  }
  getActiveSheet() {
    const state = this.env.state;
    const sheet =
      this.workbook.sheets.find((s) => s.id === state.activeSheetId) ?? this.workbook.sheets[0];
    return wrapSheet(this.env, sheet);
  }
  getActiveRange() {
    return this.getActiveSheet().getRange('A1');
  }
  setActiveSheet(sheet: Sheet) {
    this.env.state.activeSheetId = unwrap(sheet).getSheetId();
    return sheet;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). */
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
    return wrapSheet(this.env, sheet);
  }
  deleteSheet(sheet: Sheet) {
    if (this.workbook.sheets.length === 1) {
      this.env.fail("You can't remove all the sheets in a document.");
    }
    const state = this.workbook.sheets.find((s) => s.id === unwrap(sheet).getSheetId());
    if (state) this.workbook.removeSheet(state);
  }
  getRange(a1: string) {
    const { sheetName, ref } = splitSheet(String(a1));
    const sheet = sheetName ? this.getSheetByName(sheetName) : this.getActiveSheet();
    if (!sheet) this.env.fail(`Range not found`);
    return sheet.getRange(ref);
  }
  toast(message: string, title?: string) {
    this.env.state.ui.toasts.push(title ? `${title}: ${message}` : String(message));
  }
}

function splitSheet(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let sheetName = a1.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, ref: a1.slice(bang + 1) };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export class Sheet {
  constructor(
    private readonly env: Env,
    readonly state: SheetState,
  ) {}

  private get workbook() {
    return this.env.state.workbook;
  }

  getName() {
    return this.state.name;
  }
  setName(name: string) {
    if (this.workbook.sheets.some((s) => s !== this.state && s.name === name)) {
      this.env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.workbook.renameSheet(this.state, String(name));
    return this;
  }
  getSheetId() {
    return this.state.id;
  }
  getIndex() {
    return this.workbook.sheets.indexOf(this.state) + 1;
  }
  getParent() {
    return track(new Spreadsheet(this.env), 'Spreadsheet', this.env);
  }
  activate() {
    this.env.state.activeSheetId = this.state.id;
    return this;
  }
  getLastRow() {
    return this.workbook.extent(this.state).rows;
  }
  getLastColumn() {
    return this.workbook.extent(this.state).cols;
  }
  getMaxRows() {
    return this.state.maxRows;
  }
  getMaxColumns() {
    return this.state.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.workbook.insertRows(this.state, afterPosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.workbook.insertColumns(this.state, afterPosition, howMany);
    return this;
  }
  appendRow(rowContents: unknown[]) {
    if (!Array.isArray(rowContents)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.getLastRow();
    this.workbook.writeValues(this.state, row, 0, [rowContents]);
    return this;
  }
  /**
   * getRange(a1), getRange(row, column), getRange(row, column, numRows),
   * getRange(row, column, numRows, numColumns); rows and columns start at 1.
   */
  getRange(a: unknown, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a === 'string') return this.rangeFromA1(a);
    const row = Number(a);
    const col = Number(column);
    const rows = numRows === undefined ? 1 : Number(numRows);
    const cols = numColumns === undefined ? 1 : Number(numColumns);
    if (!Number.isInteger(row) || !Number.isInteger(col)) {
      this.env.fail(
        "The parameters (number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    if (row < 1) this.env.fail('The starting row of the range is too small.');
    if (col < 1) this.env.fail('The starting column of the range is too small.');
    if (rows < 1) this.env.fail('The number of rows in the range must be at least 1.');
    if (cols < 1) this.env.fail('The number of columns in the range must be at least 1.');
    return this.checkedRange(row - 1, col - 1, rows, cols);
  }
  private checkedRange(row: number, col: number, rows: number, cols: number) {
    if (row + rows > this.state.maxRows || col + cols > this.state.maxColumns) {
      this.env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return wrapRange(this.env, this.state, row, col, rows, cols);
  }
  private rangeFromA1(a1: string) {
    const ref = a1.replace(/\$/g, '').trim().toUpperCase();
    let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+)?)?$/.exec(ref);
    if (m) {
      const r1 = Number(m[2]) - 1;
      const c1 = columnIndex(m[1]);
      const c2 = m[3] ? columnIndex(m[3]) : c1;
      const r2 = m[3] ? (m[4] ? Number(m[4]) - 1 : this.state.maxRows - 1) : r1;
      return this.checkedRange(
        Math.min(r1, r2),
        Math.min(c1, c2),
        Math.abs(r2 - r1) + 1,
        Math.abs(c2 - c1) + 1,
      );
    }
    m = /^([A-Z]+):([A-Z]+)$/.exec(ref);
    if (m) {
      const [c1, c2] = [columnIndex(m[1]), columnIndex(m[2])].sort((x, y) => x - y);
      return this.checkedRange(0, c1, this.state.maxRows, c2 - c1 + 1);
    }
    m = /^(\d+):(\d+)$/.exec(ref);
    if (m) {
      const [r1, r2] = [Number(m[1]) - 1, Number(m[2]) - 1].sort((x, y) => x - y);
      return this.checkedRange(r1, 0, r2 - r1 + 1, this.state.maxColumns);
    }
    return this.env.fail('Range not found');
  }
  getDataRange() {
    const { rows, cols } = this.workbook.extent(this.state);
    return wrapRange(this.env, this.state, 0, 0, Math.max(rows, 1), Math.max(cols, 1));
  }
  setFrozenRows(rows: number) {
    this.state.frozenRows = rows;
  }
  getFrozenRows() {
    return this.state.frozenRows;
  }
  setFrozenColumns(columns: number) {
    this.state.frozenColumns = columns;
  }
  getFrozenColumns() {
    return this.state.frozenColumns;
  }
  setColumnWidth(column: number, width: number) {
    this.state.columnWidths[column] = width;
    return this;
  }
  setColumnWidths(start: number, count: number, width: number) {
    for (let c = start; c < start + count; c++) this.state.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(column: number) {
    return this.state.columnWidths[column] ?? 100;
  }
  autoResizeColumns(start: number, count: number) {
    const { rows } = this.workbook.extent(this.state);
    const texts = this.workbook.readDisplay(this.state, 0, start - 1, Math.max(rows, 1), count);
    for (let j = 0; j < count; j++) {
      const longest = Math.max(0, ...texts.map((line) => line[j]?.length ?? 0));
      this.state.columnWidths[start + j] = Math.min(Math.max(longest * 7 + 16, 40), 500);
    }
    return this;
  }
  autoResizeColumn(column: number) {
    return this.autoResizeColumns(column, 1);
  }
  setTabColor(color: string | null) {
    this.state.tabColor = color ?? undefined;
    return this;
  }
  getTabColor() {
    return this.state.tabColor ?? null;
  }
  hideSheet() {
    this.state.hidden = true;
    return this;
  }
  showSheet() {
    this.state.hidden = false;
    return this;
  }
  isSheetHidden() {
    return this.state.hidden;
  }
  clear() {
    const { rows, cols } = this.workbook.extent(this.state);
    this.workbook.clearContents(this.state, 0, 0, rows, cols);
    this.workbook.clearFormats(this.state, 0, 0, this.state.maxRows, this.state.maxColumns);
    return this;
  }
  clearContents() {
    const { rows, cols } = this.workbook.extent(this.state);
    this.workbook.clearContents(this.state, 0, 0, rows, cols);
    return this;
  }
  clearFormats() {
    this.workbook.clearFormats(this.state, 0, 0, this.state.maxRows, this.state.maxColumns);
    return this;
  }
  getConditionalFormatRules() {
    return scriptList(
      this.env,
      this.state.conditionalFormatRules.map((info) =>
        track(
          new ConditionalFormatRule(this.env, info, this.state.name),
          'ConditionalFormatRule',
          this.env,
        ),
      ),
    );
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]) {
    if (!Array.isArray(rules)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.state.conditionalFormatRules = rules.map((rule) => {
      if (!rule || typeof unwrap(rule).toInfo !== 'function') {
        this.env.fail('Invalid argument: rules');
      }
      return unwrap(rule).toInfo();
    });
  }
}

export class Range {
  constructor(
    private readonly env: Env,
    readonly sheet: SheetState,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private get workbook() {
    return this.env.state.workbook;
  }

  private eachCell(apply: (row: number, col: number, i: number, j: number) => void) {
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) apply(this.row + i, this.col + j, i, j);
    }
  }

  private grid<T>(read: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.cols; j++) line.push(read(this.row + i, this.col + j));
      out.push(line);
    }
    return out;
  }

  /** Checks a 2-D argument's shape against the range, with Sheets' messages. */
  private checkShape(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
      const type = Array.isArray(values)
        ? 'number[]'
        : typeof values === 'string'
          ? 'String'
          : 'Object';
      this.env.fail(
        `The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const grid = values as unknown[][];
    if (grid.length !== this.rows) {
      this.env.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`,
      );
    }
    for (const line of grid) {
      if (line.length !== this.cols) {
        this.env.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.cols}.`,
        );
      }
    }
    return grid;
  }

  getSheet() {
    return wrapSheet(this.env, this.sheet);
  }
  getRow() {
    return this.row + 1;
  }
  getColumn() {
    return this.col + 1;
  }
  getLastRow() {
    return this.row + this.rows;
  }
  getLastColumn() {
    return this.col + this.cols;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getA1Notation() {
    const start = `${columnLetters(this.col)}${this.row + 1}`;
    if (this.rows === 1 && this.cols === 1) return start;
    return `${start}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows}`;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    const row = this.row + rowOffset;
    const col = this.col + columnOffset;
    if (row < 0 || col < 0)
      this.env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    return wrapRange(this.env, this.sheet, row, col, numRows ?? this.rows, numColumns ?? this.cols);
  }
  activate() {
    this.env.state.activeSheetId = this.sheet.id;
    return this;
  }
  isBlank() {
    const values = this.valuesGrid();
    return this.workbook
      .readFormulas(this.sheet, this.row, this.col, this.rows, this.cols)
      .every((line, i) => line.every((f, j) => f === '' && values[i][j] === ''));
  }
  private valuesGrid() {
    return this.workbook.readValues(this.sheet, this.row, this.col, this.rows, this.cols);
  }

  getValues() {
    return this.env.toScript(this.valuesGrid());
  }
  getValue() {
    return this.env.toScript(this.workbook.readValues(this.sheet, this.row, this.col, 1, 1)[0][0]);
  }
  getDisplayValues() {
    return this.env.toScript(
      this.workbook.readDisplay(this.sheet, this.row, this.col, this.rows, this.cols),
    );
  }
  getDisplayValue() {
    return this.workbook.readDisplay(this.sheet, this.row, this.col, 1, 1)[0][0];
  }
  getFormulas() {
    return this.env.toScript(
      this.workbook.readFormulas(this.sheet, this.row, this.col, this.rows, this.cols),
    );
  }
  getFormula() {
    return this.workbook.readFormulas(this.sheet, this.row, this.col, 1, 1)[0][0];
  }
  setValues(values: unknown[][]) {
    const grid = this.checkShape(values, 'setValues');
    this.workbook.writeValues(this.sheet, this.row, this.col, grid);
    return this;
  }
  setValue(value: unknown) {
    this.workbook.writeValues(
      this.sheet,
      this.row,
      this.col,
      this.grid(() => value),
    );
    return this;
  }
  setFormulas(formulas: string[][]) {
    const grid = this.checkShape(formulas, 'setFormulas');
    this.workbook.writeFormulas(this.sheet, this.row, this.col, grid);
    return this;
  }
  setFormula(formula: string) {
    this.workbook.writeFormulas(
      this.sheet,
      this.row,
      this.col,
      this.grid(() => formula),
    );
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }
  clearContent() {
    this.workbook.clearContents(this.sheet, this.row, this.col, this.rows, this.cols);
    return this;
  }
  clearFormat() {
    this.workbook.clearFormats(this.sheet, this.row, this.col, this.rows, this.cols);
    return this;
  }

  getNumberFormats() {
    return this.env.toScript(
      this.grid((r, c) => this.workbook.format(this.sheet, r, c) || 'General'),
    );
  }
  getNumberFormat() {
    return this.workbook.format(this.sheet, this.row, this.col) || 'General';
  }
  setNumberFormat(format: string) {
    this.eachCell((r, c) => this.workbook.setFormat(this.sheet, r, c, String(format)));
    this.workbook.changed();
    return this;
  }
  setNumberFormats(formats: string[][]) {
    const grid = this.checkShape(formats, 'setNumberFormats');
    this.eachCell((r, c, i, j) => this.workbook.setFormat(this.sheet, r, c, String(grid[i][j])));
    this.workbook.changed();
    return this;
  }

  private setStyle(property: string, value: unknown) {
    this.eachCell((r, c) =>
      this.workbook.setStyle(this.sheet, r, c, property, value === null ? null : String(value)),
    );
    this.workbook.changed();
    return this;
  }
  private setStyles(property: string, method: string, values: unknown[][]) {
    const grid = this.checkShape(values, method);
    this.eachCell((r, c, i, j) =>
      this.workbook.setStyle(
        this.sheet,
        r,
        c,
        property,
        grid[i][j] === null ? null : String(grid[i][j]),
      ),
    );
    this.workbook.changed();
    return this;
  }
  private styles(property: string, fallback: string) {
    return this.env.toScript(
      this.grid((r, c) => this.workbook.style(this.sheet, r, c, property) ?? fallback),
    );
  }

  setBackground(color: string | null) {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: string[][]) {
    return this.setStyles('background', 'setBackgrounds', colors);
  }
  getBackground() {
    return this.workbook.style(this.sheet, this.row, this.col, 'background') ?? '#ffffff';
  }
  getBackgrounds() {
    return this.styles('background', '#ffffff');
  }
  setFontWeight(weight: string | null) {
    return this.setStyle('fontWeight', weight);
  }
  setFontWeights(weights: string[][]) {
    return this.setStyles('fontWeight', 'setFontWeights', weights);
  }
  getFontWeight() {
    return this.workbook.style(this.sheet, this.row, this.col, 'fontWeight') ?? 'normal';
  }
  getFontWeights() {
    return this.styles('fontWeight', 'normal');
  }
  setFontColor(color: string | null) {
    return this.setStyle('fontColor', color);
  }
  setFontColors(colors: string[][]) {
    return this.setStyles('fontColor', 'setFontColors', colors);
  }
  getFontColor() {
    return this.workbook.style(this.sheet, this.row, this.col, 'fontColor') ?? '#000000';
  }
  setFontStyle(style: string | null) {
    return this.setStyle('fontStyle', style);
  }
  setFontSize(size: number) {
    return this.setStyle('fontSize', size);
  }
  setWrap(wrap: boolean) {
    return this.setStyle('wrap', wrap ? 'true' : null);
  }
  /**
   * Merges each row of the range across its columns. As in Sheets, a merged block keeps
   * only its top-left value; the fake records the span as the 'mergedAcross' style of
   * the row's first cell and does not model merges further (no getMergedRanges).
   */
  mergeAcross() {
    if (this.cols > 1)
      for (let i = 0; i < this.rows; i++) {
        this.workbook.clearContents(this.sheet, this.row + i, this.col + 1, 1, this.cols - 1);
        this.workbook.setStyle(
          this.sheet,
          this.row + i,
          this.col,
          'mergedAcross',
          String(this.cols),
        );
      }
    this.workbook.changed();
    return this;
  }
  /** 'underline', 'line-through' or 'none' (null resets), as Range.setFontLine. */
  setFontLine(line: string | null) {
    return this.setStyle('fontLine', line);
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.setStyle('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null) {
    return this.setStyle('verticalAlignment', alignment);
  }
  setNote(note: string | null) {
    return this.setStyle('note', note);
  }
  getNote() {
    return this.workbook.style(this.sheet, this.row, this.col, 'note') ?? '';
  }

  setDataValidation(rule: DataValidation | null) {
    const info = rule ? unwrap(rule).toInfo() : null;
    this.eachCell((r, c) => this.workbook.setValidation(this.sheet, r, c, info));
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]) {
    const grid = this.checkShape(rules, 'setDataValidations') as (DataValidation | null)[][];
    this.eachCell((r, c, i, j) =>
      this.workbook.setValidation(
        this.sheet,
        r,
        c,
        grid[i][j] ? unwrap(grid[i][j] as DataValidation).toInfo() : null,
      ),
    );
    return this;
  }
  getDataValidation() {
    const info = this.workbook.validation(this.sheet, this.row, this.col);
    return info ? track(new DataValidation(info), 'DataValidation', this.env) : null;
  }
  getDataValidations() {
    return scriptList(
      this.env,
      this.grid((r, c) => {
        const info = this.workbook.validation(this.sheet, r, c);
        return info ? track(new DataValidation(info), 'DataValidation', this.env) : null;
      }),
    );
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly env: Env,
    private readonly info: ConditionalFormatRuleInfo,
    /** The sheet the rule's A1 ranges are on. */
    private readonly sheetName: string | undefined,
  ) {}
  toInfo(): ConditionalFormatRuleInfo {
    return structuredClone(this.info);
  }
  getRanges() {
    const spreadsheet = new Spreadsheet(this.env);
    return scriptList(
      this.env,
      this.info.ranges.map((a1) =>
        spreadsheet.getRange(this.sheetName ? `'${this.sheetName.replace(/'/g, "''")}'!${a1}` : a1),
      ),
    );
  }
  copy() {
    const builder = new ConditionalFormatRuleBuilder(this.env);
    builder.load(this.toInfo(), this.sheetName);
    return track(builder, 'ConditionalFormatRuleBuilder', this.env);
  }
}

export class ConditionalFormatRuleBuilder {
  private info: ConditionalFormatRuleInfo = { ranges: [], condition: { type: '', values: [] } };
  constructor(private readonly env: Env) {}
  private sheetName: string | undefined;
  load(info: ConditionalFormatRuleInfo, sheetName: string | undefined) {
    this.info = info;
    this.sheetName = sheetName;
  }
  private when(type: string, ...values: unknown[]) {
    this.info.condition = { type, values };
    return this;
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextStartsWith(text: string) {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberGreaterThan(n: number) {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number) {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberBetween(a: number, b: number) {
    return this.when('NUMBER_BETWEEN', a, b);
  }
  whenNumberEqualTo(n: number) {
    return this.when('NUMBER_EQUAL_TO', n);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY');
  }
  setBackground(color: string | null) {
    this.info.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null) {
    this.info.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean) {
    this.info.bold = bold;
    return this;
  }
  setRanges(ranges: Range[]) {
    if (!Array.isArray(ranges)) {
      this.env.fail(
        "The parameters (SpreadsheetApp.Range) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    this.info.ranges = ranges.map((r) => unwrap(r).getA1Notation());
    this.sheetName = ranges.length ? unwrap(ranges[0]).sheet.name : undefined;
    return this;
  }
  build() {
    if (!this.info.condition.type)
      this.env.fail('A condition is required for a conditional format rule.');
    return track(
      new ConditionalFormatRule(this.env, structuredClone(this.info), this.sheetName),
      'ConditionalFormatRule',
      this.env,
    );
  }
}

export class DataValidation {
  constructor(private readonly info: DataValidationInfo) {}
  toInfo(): DataValidationInfo {
    return structuredClone(this.info);
  }
  getCriteriaType() {
    return this.info.criteria;
  }
  getCriteriaValues() {
    return [...this.info.values];
  }
  getAllowInvalid() {
    return this.info.allowInvalid;
  }
  getHelpText() {
    return this.info.helpText ?? null;
  }
}

export class DataValidationBuilder {
  private info: DataValidationInfo = { criteria: '', values: [], allowInvalid: true };
  constructor(private readonly env: Env) {}
  private require(criteria: string, ...values: unknown[]) {
    this.info.criteria = criteria;
    this.info.values = values;
    return this;
  }
  requireNumberBetween(a: number, b: number) {
    return this.require('NUMBER_BETWEEN', a, b);
  }
  requireNumberGreaterThan(n: number) {
    return this.require('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number) {
    return this.require('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireDate() {
    return this.require('DATE_IS_VALID_DATE');
  }
  requireValueInList(values: unknown[], showDropdown = true) {
    if (!Array.isArray(values)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    return this.require('VALUE_IN_LIST', [...values].map(String), showDropdown);
  }
  requireCheckbox() {
    return this.require('CHECKBOX');
  }
  requireTextIsEmail() {
    return this.require('TEXT_IS_VALID_EMAIL');
  }
  setAllowInvalid(allow: boolean) {
    this.info.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string) {
    this.info.helpText = String(text);
    return this;
  }
  build() {
    if (!this.info.criteria) this.env.fail('A criteria is required for a data validation rule.');
    return track(new DataValidation(structuredClone(this.info)), 'DataValidation', this.env);
  }
}
