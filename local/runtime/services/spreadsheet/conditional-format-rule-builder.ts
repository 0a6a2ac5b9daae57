/**
 * ConditionalFormatRuleBuilder (reference: developers.google.com/apps-script/reference/
 * spreadsheet/conditional-format-rule-builder): the text, number, formula and emptiness
 * conditions, background, font colour and bold, and the ranges (all on one sheet). build()
 * without a condition fails as Sheets does.
 */
import type { ConditionalFormatRuleInfo } from '../../workbook';
import { asGoogle, fakeBehind } from '../track';
import type { SpreadsheetObjects } from './objects';
import { FakeRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      Builder,
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenTextStartsWith'
      | 'whenFormulaSatisfied'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberBetween'
      | 'whenNumberEqualTo'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setRanges'
      | 'build'
    >
{
  constructor(
    private readonly objects: SpreadsheetObjects,
    private readonly info: ConditionalFormatRuleInfo = {
      ranges: [],
      condition: { type: '', values: [] },
    },
    /** The sheet of the ranges set, once there are some. */
    private sheetName?: string,
  ) {}

  private when(type: string, ...values: unknown[]): Builder {
    this.info.condition = { type, values };
    return asGoogle<Builder>(this);
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
    return asGoogle<Builder>(this);
  }
  setFontColor(color: string | null) {
    this.info.fontColor = color ?? undefined;
    return asGoogle<Builder>(this);
  }
  setBold(bold: boolean) {
    this.info.bold = bold;
    return asGoogle<Builder>(this);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    const fail = () =>
      this.objects.env.fail(
        "The parameters (SpreadsheetApp.Range) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    if (!Array.isArray(ranges)) fail();
    const fakes = ranges.map((r) => fakeBehind(r, FakeRange) ?? fail());
    this.info.ranges = fakes.map((r) => r.getA1Notation());
    this.sheetName = fakes.length ? fakes[0].sheet.name : undefined;
    return asGoogle<Builder>(this);
  }
  build() {
    if (!this.info.condition.type)
      this.objects.env.fail('A condition is required for a conditional format rule.');
    return this.objects.conditionalFormatRule(structuredClone(this.info), this.sheetName);
  }
}
