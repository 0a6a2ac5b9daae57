/**
 * How the SpreadsheetApp fakes hand each other out. A Sheet returns Ranges, a Range its
 * Sheet, a rule its builder and back: the fakes reach one another through this interface,
 * built once per execution by spreadsheet-app.ts, so no fake's module imports another
 * fake's module in a circle. Every object it returns is tracked (service calls counted) and
 * typed as the Google object it stands in for.
 */
import type { Env } from '../../state';
import type {
  ChartInfo,
  ConditionalFormatRuleInfo,
  DataValidationInfo,
  SheetState,
} from '../../workbook';

export interface SpreadsheetObjects {
  readonly env: Env;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(state: SheetState): GoogleAppsScript.Spreadsheet.Sheet;
  /** A block of `sheet`; row and col are 0-based, rows and cols at least 1. */
  range(
    sheet: SheetState,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ): GoogleAppsScript.Spreadsheet.Range;
  /** A rule whose A1 ranges are on the sheet named `sheetName`. */
  conditionalFormatRule(
    info: ConditionalFormatRuleInfo,
    sheetName: string | undefined,
  ): GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  /** A builder, empty or (for ConditionalFormatRule.copy) starting from a rule. */
  conditionalFormatRuleBuilder(
    from?: ConditionalFormatRuleInfo,
    sheetName?: string,
  ): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  dataValidation(info: DataValidationInfo): GoogleAppsScript.Spreadsheet.DataValidation;
  dataValidationBuilder(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  /** A chart as build() returns it, or as getCharts() lists it. */
  chart(info: ChartInfo): GoogleAppsScript.Spreadsheet.EmbeddedChart;
  /** A builder editing a copy of `from` (Sheet.newChart, EmbeddedChart.modify). */
  chartBuilder(from: ChartInfo): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  /** One of a chart's ranges as a Range. */
  chartRange(range: ChartInfo['ranges'][number]): GoogleAppsScript.Spreadsheet.Range;
  containerInfo(position: ChartInfo['position']): GoogleAppsScript.Spreadsheet.ContainerInfo;
  chartOptions(options: Record<string, unknown>): GoogleAppsScript.Charts.ChartOptions;
  /** An array made in the script's realm holding service objects (which are not copied). */
  list<T>(items: T[]): T[];
}
