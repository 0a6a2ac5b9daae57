/**
 * EmbeddedChart, its ContainerInfo and its Charts.ChartOptions (references:
 * developers.google.com/apps-script/reference/spreadsheet/embedded-chart, …/container-info,
 * …/charts/chart-options). A chart is a value: what build() returned keeps its settings,
 * and only Sheet.insertChart / updateChart copy them into the sheet. getChartId() is null
 * until the chart is in a spreadsheet, as Google documents.
 *
 * Where it cannot be faithful: no image (getAs, getBlob), no data-source charts; ranges do
 * not move when rows or columns are inserted above or left of them (Sheets moves them);
 * merge and hidden-dimension strategies are not kept. ChartOptions.get gives null for an
 * option never set, where Sheets may answer its own default.
 */
import type { ChartInfo } from '../../workbook';
import { fakeBehind } from '../track';
import type { SpreadsheetObjects } from './objects';

export class FakeEmbeddedChart
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      | 'getChartId'
      | 'getContainerInfo'
      | 'getNumHeaders'
      | 'getOptions'
      | 'getRanges'
      | 'getTransposeRowsAndColumns'
      | 'modify'
    >
{
  constructor(
    private readonly objects: SpreadsheetObjects,
    private readonly info: ChartInfo,
  ) {}
  /** What the sheet records (a copy). */
  toInfo(): ChartInfo {
    return structuredClone(this.info);
  }
  getChartId() {
    return this.info.id;
  }
  getContainerInfo() {
    return this.objects.containerInfo(this.info.position);
  }
  getNumHeaders() {
    return this.info.numHeaders;
  }
  getOptions() {
    return this.objects.chartOptions(this.info.options);
  }
  getRanges() {
    return this.objects.list(this.info.ranges.map((r) => this.objects.chartRange(r)));
  }
  getTransposeRowsAndColumns() {
    return this.info.transpose;
  }
  modify() {
    return this.objects.chartBuilder(this.info);
  }
}

/** What a chart a script passed back records, or undefined when it is not one built here. */
export function chartInfo(chart: unknown): ChartInfo | undefined {
  return fakeBehind(chart, FakeEmbeddedChart)?.toInfo();
}

export class FakeContainerInfo
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ContainerInfo,
      'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'
    >
{
  constructor(private readonly position: ChartInfo['position']) {}
  getAnchorColumn() {
    return this.position.column;
  }
  getAnchorRow() {
    return this.position.row;
  }
  getOffsetX() {
    return this.position.offsetX;
  }
  getOffsetY() {
    return this.position.offsetY;
  }
}

export class FakeChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string) {
    const value = this.options[String(option)];
    return value === undefined ? null : structuredClone(value);
  }
}
