/**
 * EmbeddedChartBuilder (reference: developers.google.com/apps-script/reference/spreadsheet/
 * embedded-chart-builder) and the per-type builders its as…Chart() methods return (Embedded
 * ColumnChartBuilder, EmbeddedComboChartBuilder, …: one object here, as each of Google's
 * carries the common methods too). A builder edits a copy: nothing reaches the sheet until
 * Sheet.insertChart or Sheet.updateChart is given what build() returned.
 *
 * Where it cannot be faithful: the per-type setters modelled are those that are plain
 * chart options in Google Charts' configuration (setTitle → 'title', setColors → 'colors',
 * setStacked → 'isStacked', setXAxisTitle → 'hAxis.title', setYAxisTitle → 'vAxis.title');
 * the ones taking Charts enums or TextStyle objects are not. Google documents no error for
 * build() without ranges or without a type, so none is thrown; the type stays null until
 * set. Option values are kept as given (copied), and Sheets may normalise them.
 */
import type { ChartInfo } from '../../workbook';
import { asGoogle, fakeBehind } from '../track';
import type { SpreadsheetObjects } from './objects';
import { FakeRange } from './range';

type Column = GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;

/** Charts.ChartType names, as Apps Script's enum prints them. */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

/** A chart nobody has set anything on: no ranges, no type, at A1 of its sheet. */
export function emptyChart(sheetId: number): ChartInfo {
  return {
    id: null,
    sheetId,
    type: null,
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
  };
}

export class FakeEmbeddedChartBuilder
  implements
    Pick<
      Column,
      | 'addRange'
      | 'clearRanges'
      | 'removeRange'
      | 'getRanges'
      | 'getChartType'
      | 'getContainer'
      | 'setNumHeaders'
      | 'setOption'
      | 'setPosition'
      | 'setTransposeRowsAndColumns'
      | 'setTitle'
      | 'setColors'
      | 'setStacked'
      | 'setXAxisTitle'
      | 'setYAxisTitle'
      | 'build'
    >
{
  private readonly info: ChartInfo;

  constructor(
    private readonly objects: SpreadsheetObjects,
    from: ChartInfo,
  ) {
    this.info = structuredClone(from);
  }

  private get self(): Column {
    return asGoogle<Column>(this);
  }
  private typed(type: (typeof CHART_TYPES)[number]) {
    this.info.type = type;
    return this.self;
  }
  asAreaChart() {
    return this.typed('AREA');
  }
  asBarChart() {
    return this.typed('BAR');
  }
  asColumnChart() {
    return this.typed('COLUMN');
  }
  asComboChart() {
    return this.typed('COMBO');
  }
  asLineChart() {
    return this.typed('LINE');
  }
  asPieChart() {
    return this.typed('PIE');
  }
  asScatterChart() {
    return this.typed('SCATTER');
  }
  asTableChart() {
    return this.typed('TABLE');
  }
  /** Not checked against the typings: Charts.ChartType is an enum of names here. */
  setChartType(type: string) {
    if (!CHART_TYPES.includes(type as (typeof CHART_TYPES)[number]))
      this.objects.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
      );
    return this.typed(type as (typeof CHART_TYPES)[number]);
  }
  /** Not checked against the typings: an enum of names here (null until set). */
  getChartType() {
    return this.info.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range) {
    const fake = fakeBehind(range, FakeRange);
    if (!fake)
      this.objects.env.fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
      );
    this.info.ranges.push({
      sheetId: fake.sheet.id,
      row: fake.row,
      col: fake.col,
      rows: fake.rows,
      cols: fake.cols,
    });
    return this.self;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range) {
    const fake = fakeBehind(range, FakeRange);
    this.info.ranges = this.info.ranges.filter(
      (r) =>
        !fake ||
        r.sheetId !== fake.sheet.id ||
        r.row !== fake.row ||
        r.col !== fake.col ||
        r.rows !== fake.rows ||
        r.cols !== fake.cols,
    );
    return this.self;
  }
  clearRanges() {
    this.info.ranges = [];
    return this.self;
  }
  getRanges() {
    return this.objects.list(this.info.ranges.map((r) => this.objects.chartRange(r)));
  }
  getContainer() {
    return this.objects.containerInfo(this.info.position);
  }
  setNumHeaders(headers: number) {
    this.info.numHeaders = Number(headers);
    return this.self;
  }
  setOption(option: string, value: unknown) {
    this.info.options[String(option)] = structuredClone(value);
    return this.self;
  }
  /** Rows and columns are 1-based, offsets in pixels (ContainerInfo's reference). */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.info.position = {
      row: Number(anchorRowPos),
      column: Number(anchorColPos),
      offsetX: Number(offsetX),
      offsetY: Number(offsetY),
    };
    return this.self;
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    this.info.transpose = Boolean(transpose);
    return this.self;
  }
  setTitle(chartTitle: string) {
    return this.optionOf('title', String(chartTitle));
  }
  setColors(cssValues: string[]) {
    return this.optionOf('colors', [...cssValues].map(String));
  }
  setStacked() {
    return this.optionOf('isStacked', true);
  }
  setXAxisTitle(title: string) {
    return this.optionOf('hAxis.title', String(title));
  }
  setYAxisTitle(title: string) {
    return this.optionOf('vAxis.title', String(title));
  }
  private optionOf(option: string, value: unknown) {
    this.info.options[option] = value;
    return this.self;
  }
  build() {
    return this.objects.chart(structuredClone(this.info));
  }
}
