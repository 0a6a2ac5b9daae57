/**
 * SpreadsheetApp over the local workbook: the subset the add-on uses, with Google's
 * messages where scripts can hit them (reference: developers.google.com/apps-script/
 * reference/spreadsheet/spreadsheet-app). Also where the Spreadsheet fakes are made: one
 * SpreadsheetObjects per execution, which the fakes use to hand out one another.
 */
import type { Env } from '../../state';
import { asGoogle, enumOf, track } from '../track';
import { makeUi } from '../ui';
import { FakeConditionalFormatRule } from './conditional-format-rule';
import { FakeConditionalFormatRuleBuilder } from './conditional-format-rule-builder';
import { FakeDataValidation } from './data-validation';
import { FakeDataValidationBuilder } from './data-validation-builder';
import { FakeChartOptions, FakeContainerInfo, FakeEmbeddedChart } from './embedded-chart';
import { FakeEmbeddedChartBuilder } from './embedded-chart-builder';
import type { SpreadsheetObjects } from './objects';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';

/** Every object tracked under its Apps Script class name and typed as the Google object. */
function spreadsheetObjects(env: Env): SpreadsheetObjects {
  const give = <G extends object>(fake: object, className: string) =>
    asGoogle<G>(track(fake, className, env));
  const objects: SpreadsheetObjects = {
    env,
    spreadsheet: () => give(new FakeSpreadsheet(objects), 'Spreadsheet'),
    sheet: (state) => give(new FakeSheet(objects, state), 'Sheet'),
    range: (sheet, row, col, rows, cols) =>
      give(new FakeRange(objects, sheet, row, col, rows, cols), 'Range'),
    conditionalFormatRule: (info, sheetName) =>
      give(new FakeConditionalFormatRule(objects, info, sheetName), 'ConditionalFormatRule'),
    conditionalFormatRuleBuilder: (from, sheetName) =>
      give(
        new FakeConditionalFormatRuleBuilder(objects, from, sheetName),
        'ConditionalFormatRuleBuilder',
      ),
    dataValidation: (info) => give(new FakeDataValidation(info), 'DataValidation'),
    dataValidationBuilder: () =>
      give(new FakeDataValidationBuilder(objects), 'DataValidationBuilder'),
    chart: (info) => give(new FakeEmbeddedChart(objects, info), 'EmbeddedChart'),
    chartBuilder: (from) =>
      give(new FakeEmbeddedChartBuilder(objects, from), 'EmbeddedChartBuilder'),
    chartRange: (r) => {
      const sheet =
        env.state.workbook.sheetById(r.sheetId) ?? env.fail("The chart's sheet was deleted.");
      return objects.range(sheet, r.row, r.col, r.rows, r.cols);
    },
    containerInfo: (position) => give(new FakeContainerInfo({ ...position }), 'ContainerInfo'),
    chartOptions: (options) => give(new FakeChartOptions(options), 'ChartOptions'),
    list: <T>(items: T[]) => {
      const list = env.toScript([] as T[]);
      list.push(...items);
      return list;
    },
  };
  return objects;
}

/**
 * The enums are not checked against the typings: Apps Script's are objects whose values
 * print as their names (enumOf), the typings declare numeric TypeScript enums.
 */
class FakeSpreadsheetApp
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'getUi'
      | 'flush'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
    >
{
  readonly DataValidationCriteria = enumOf(
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
  readonly BooleanCriteria = enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'TEXT_CONTAINS',
    'TEXT_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_LESS_THAN',
    'NUMBER_BETWEEN',
    'CUSTOM_FORMULA',
  );
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');

  private readonly objects: SpreadsheetObjects;

  constructor(private readonly env: Env) {
    this.objects = spreadsheetObjects(env);
  }

  getActive() {
    return this.objects.spreadsheet();
  }
  getActiveSpreadsheet() {
    return this.objects.spreadsheet();
  }
  getActiveSheet() {
    return this.objects.spreadsheet().getActiveSheet();
  }
  getActiveRange() {
    // Spreadsheet's typing allows null; the local one always answers A1 of the active sheet.
    return this.objects.spreadsheet().getActiveRange() ?? this.env.fail('No active range.');
  }
  getUi() {
    if (this.env.kind === 'custom-function')
      this.env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return makeUi(this.env);
  }
  flush() {}
  newConditionalFormatRule() {
    return this.objects.conditionalFormatRuleBuilder();
  }
  newDataValidation() {
    return this.objects.dataValidationBuilder();
  }
}

/** The SpreadsheetApp global of one execution. */
export function spreadsheetApp(env: Env) {
  return track(new FakeSpreadsheetApp(env), 'SpreadsheetApp', env);
}
