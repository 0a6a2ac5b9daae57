/**
 * Range over a block of one sheet (reference: developers.google.com/apps-script/reference/
 * spreadsheet/range): values, display values and formulas, number formats, the text styles
 * the add-on sets, notes and data validation. 2-D arguments are checked against the
 * range's shape with Google's messages. Positions are 0-based inside, 1-based at the API.
 */
import { cellA1 } from '../../a1';
import type { Env } from '../../state';
import type { SheetState } from '../../workbook';
import { asGoogle } from '../track';
import { dataValidationInfo } from './data-validation';
import type { SpreadsheetObjects } from './objects';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * getFontWeight(s) are left out of the checked methods (see getFontWeight); the
 * others have the typings' signatures.
 */
export class FakeRange
  implements
    Pick<
      Range,
      | 'getSheet'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'offset'
      | 'activate'
      | 'isBlank'
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setValues'
      | 'setValue'
      | 'setFormulas'
      | 'setFormula'
      | 'clear'
      | 'clearContent'
      | 'clearFormat'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setFontColor'
      | 'setFontColors'
      | 'getFontColor'
      | 'setFontStyle'
      | 'setFontSize'
      | 'setWrap'
      | 'setHorizontalAlignment'
      | 'setVerticalAlignment'
      | 'setNote'
      | 'getNote'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
    >
{
  constructor(
    private readonly objects: SpreadsheetObjects,
    readonly sheet: SheetState,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private get env(): Env {
    return this.objects.env;
  }

  private get workbook() {
    return this.env.state.workbook;
  }

  /** `this` as scripts see it, for the methods Google chains. */
  private get self(): Range {
    return asGoogle<Range>(this);
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
    return this.objects.sheet(this.sheet);
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
    const start = cellA1(this.row, this.col);
    if (this.rows === 1 && this.cols === 1) return start;
    return `${start}:${cellA1(this.row + this.rows - 1, this.col + this.cols - 1)}`;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    const row = this.row + rowOffset;
    const col = this.col + columnOffset;
    if (row < 0 || col < 0)
      this.env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    return this.objects.range(this.sheet, row, col, numRows ?? this.rows, numColumns ?? this.cols);
  }
  activate() {
    this.env.state.activeSheetId = this.sheet.id;
    return this.self;
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
    return this.self;
  }
  setValue(value: unknown) {
    return this.setValues(this.grid(() => value));
  }
  setFormulas(formulas: string[][]) {
    const grid = this.checkShape(formulas, 'setFormulas');
    this.workbook.writeFormulas(this.sheet, this.row, this.col, grid);
    return this.self;
  }
  setFormula(formula: string) {
    return this.setFormulas(this.grid(() => formula));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this.self;
  }
  clearContent() {
    this.workbook.clearContents(this.sheet, this.row, this.col, this.rows, this.cols);
    return this.self;
  }
  clearFormat() {
    this.workbook.clearFormats(this.sheet, this.row, this.col, this.rows, this.cols);
    return this.self;
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
    return this.self;
  }
  setNumberFormats(formats: string[][]) {
    const grid = this.checkShape(formats, 'setNumberFormats');
    this.eachCell((r, c, i, j) => this.workbook.setFormat(this.sheet, r, c, String(grid[i][j])));
    this.workbook.changed();
    return this.self;
  }

  /** One style value for every cell; null removes it. */
  private setStyle(property: string, value: unknown) {
    return this.setStyleEach(property, () => value);
  }
  /** A style value per cell, shaped as the range; null removes it. */
  private setStyles(property: string, method: string, values: unknown[][]) {
    const grid = this.checkShape(values, method);
    return this.setStyleEach(property, (i, j) => grid[i][j]);
  }
  private setStyleEach(property: string, valueAt: (i: number, j: number) => unknown) {
    this.eachCell((r, c, i, j) => {
      const value = valueAt(i, j);
      this.workbook.setStyle(this.sheet, r, c, property, value === null ? null : String(value));
    });
    this.workbook.changed();
    return this.self;
  }
  private style(property: string, fallback: string) {
    return this.workbook.style(this.sheet, this.row, this.col, property) ?? fallback;
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
    return this.style('background', '#ffffff');
  }
  getBackgrounds() {
    return this.styles('background', '#ffffff');
  }
  setFontWeight(weight: string | null) {
    return this.setStyle('fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]) {
    return this.setStyles('fontWeight', 'setFontWeights', weights);
  }
  /**
   * Not checked against the typings, which narrow a weight to 'bold' | 'normal': a cell
   * keeps the weight it was given (formatRange takes any CSS weight).
   */
  getFontWeight() {
    return this.style('fontWeight', 'normal');
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
    return this.style('fontColor', '#000000');
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
    return this.style('note', '');
  }

  setDataValidation(rule: DataValidation | null) {
    const info = rule ? this.validationInfo(rule, 'setDataValidation') : null;
    this.eachCell((r, c) => this.workbook.setValidation(this.sheet, r, c, info));
    return this.self;
  }
  setDataValidations(rules: (DataValidation | null)[][]) {
    const grid = this.checkShape(rules, 'setDataValidations') as (DataValidation | null)[][];
    this.eachCell((r, c, i, j) => {
      const rule = grid[i][j];
      const info = rule ? this.validationInfo(rule, 'setDataValidations') : null;
      this.workbook.setValidation(this.sheet, r, c, info);
    });
    return this.self;
  }
  private validationInfo(rule: DataValidation, method: string) {
    return (
      dataValidationInfo(rule) ??
      this.env.fail(
        `The parameters (Object) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      )
    );
  }
  private validationAt(row: number, col: number) {
    const info = this.workbook.validation(this.sheet, row, col);
    return info ? this.objects.dataValidation(info) : null;
  }
  getDataValidation() {
    return this.validationAt(this.row, this.col);
  }
  getDataValidations() {
    return this.objects.list(this.grid((r, c) => this.validationAt(r, c)));
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
}
