/**
 * Sheet over one sheet of the local workbook (reference: developers.google.com/apps-script/
 * reference/spreadsheet/sheet): ranges by A1 or by position (1-based) with Google's
 * messages for bad coordinates, extent, frozen rows, column widths, tab colour, visibility,
 * clearing and conditional-format rules.
 */
import { columnIndex } from '../../a1';
import type { Env } from '../../state';
import type { SheetState } from '../../workbook';
import { asGoogle } from '../track';
import { conditionalFormatRuleInfo } from './conditional-format-rule';
import { chartInfo } from './embedded-chart';
import { emptyChart } from './embedded-chart-builder';
import type { SpreadsheetObjects } from './objects';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class FakeSheet
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'activate'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'appendRow'
      | 'getRange'
      | 'getDataRange'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'autoResizeColumns'
      | 'autoResizeColumn'
      | 'setTabColor'
      | 'getTabColor'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'getConditionalFormatRules'
      | 'setConditionalFormatRules'
      | 'newChart'
      | 'insertChart'
      | 'updateChart'
      | 'removeChart'
      | 'getCharts'
    >
{
  constructor(
    private readonly objects: SpreadsheetObjects,
    readonly state: SheetState,
  ) {}

  private get env(): Env {
    return this.objects.env;
  }

  private get workbook() {
    return this.env.state.workbook;
  }

  /** `this` as scripts see it, for the methods Google chains. */
  private get self(): Sheet {
    return asGoogle<Sheet>(this);
  }

  getName() {
    return this.state.name;
  }
  setName(name: string) {
    if (this.workbook.sheets.some((s) => s !== this.state && s.name === name)) {
      this.env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.workbook.renameSheet(this.state, String(name));
    return this.self;
  }
  getSheetId() {
    return this.state.id;
  }
  getIndex() {
    return this.workbook.sheets.indexOf(this.state) + 1;
  }
  getParent() {
    return this.objects.spreadsheet();
  }
  activate() {
    this.env.state.activeSheetId = this.state.id;
    return this.self;
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
    return this.self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.workbook.insertColumns(this.state, afterPosition, howMany);
    return this.self;
  }
  appendRow(rowContents: unknown[]) {
    if (!Array.isArray(rowContents)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this.getLastRow();
    this.workbook.writeValues(this.state, row, 0, [rowContents]);
    return this.self;
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
    return this.objects.range(this.state, row, col, rows, cols);
  }
  /** A1, A1:B2, A1:B (to the last row), A:B and 1:2, with or without $. */
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
    return this.objects.range(this.state, 0, 0, Math.max(rows, 1), Math.max(cols, 1));
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
    return this.self;
  }
  setColumnWidths(start: number, count: number, width: number) {
    for (let c = start; c < start + count; c++) this.state.columnWidths[c] = width;
    return this.self;
  }
  getColumnWidth(column: number) {
    return this.state.columnWidths[column] ?? 100;
  }
  /** Sheets measures the text; here 7 px a character plus padding, between 40 and 500. */
  autoResizeColumns(start: number, count: number) {
    const { rows } = this.workbook.extent(this.state);
    const texts = this.workbook.readDisplay(this.state, 0, start - 1, Math.max(rows, 1), count);
    for (let j = 0; j < count; j++) {
      const longest = Math.max(0, ...texts.map((line) => line[j]?.length ?? 0));
      this.state.columnWidths[start + j] = Math.min(Math.max(longest * 7 + 16, 40), 500);
    }
    return this.self;
  }
  autoResizeColumn(column: number) {
    return this.autoResizeColumns(column, 1);
  }
  setTabColor(color: string | null) {
    this.state.tabColor = color ?? undefined;
    return this.self;
  }
  getTabColor() {
    return this.state.tabColor ?? null;
  }
  hideSheet() {
    this.state.hidden = true;
    return this.self;
  }
  showSheet() {
    this.state.hidden = false;
    return this.self;
  }
  isSheetHidden() {
    return this.state.hidden;
  }
  clear() {
    this.clearContents();
    return this.clearFormats();
  }
  clearContents() {
    const { rows, cols } = this.workbook.extent(this.state);
    this.workbook.clearContents(this.state, 0, 0, rows, cols);
    return this.self;
  }
  clearFormats() {
    this.workbook.clearFormats(this.state, 0, 0, this.state.maxRows, this.state.maxColumns);
    return this.self;
  }
  getConditionalFormatRules() {
    return this.objects.list(
      this.state.conditionalFormatRules.map((info) =>
        this.objects.conditionalFormatRule(info, this.state.name),
      ),
    );
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    if (!Array.isArray(rules)) {
      this.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.state.conditionalFormatRules = rules.map(
      (rule) => conditionalFormatRuleInfo(rule) ?? this.env.fail('Invalid argument: rules'),
    );
  }
  /** A builder for a chart on this sheet; nothing is added until insertChart. */
  newChart() {
    return this.objects.chartBuilder(emptyChart(this.state.id));
  }
  /**
   * Adds `chart` with a new id. Google documents no error for inserting the same built
   * chart twice; here it is a second chart, as a second insert of a built chart is in Sheets.
   */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    const info = this.builtChart(chart, 'insertChart');
    info.id = this.workbook.nextChartId();
    info.sheetId = this.state.id;
    this.state.charts.push(info);
    this.workbook.changed();
  }
  /** Replaces the chart with the same id (one from getCharts().modify().build()). */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    const info = this.builtChart(chart, 'updateChart');
    const at = this.state.charts.findIndex((c) => c.id !== null && c.id === info.id);
    // Google documents no message for a chart not on this sheet; this wording is the fake's.
    if (at < 0) this.env.fail('The chart is not on this sheet.');
    this.state.charts[at] = info;
    this.workbook.changed();
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    const info = this.builtChart(chart, 'removeChart');
    this.state.charts = this.state.charts.filter((c) => c.id === null || c.id !== info.id);
    this.workbook.changed();
  }
  getCharts() {
    return this.objects.list(this.state.charts.map((c) => this.objects.chart(structuredClone(c))));
  }
  private builtChart(chart: unknown, method: string) {
    return (
      chartInfo(chart) ??
      this.env.fail(
        `The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      )
    );
  }
}
