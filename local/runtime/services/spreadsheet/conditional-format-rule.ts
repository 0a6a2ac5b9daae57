/**
 * ConditionalFormatRule as Sheet.getConditionalFormatRules and the builder return it
 * (reference: developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule):
 * the ranges it covers and copy() back into a builder. The rule itself is recorded on
 * the sheet as a ConditionalFormatRuleInfo.
 */
import { qualifiedA1 } from '../../a1';
import type { ConditionalFormatRuleInfo } from '../../workbook';
import { fakeBehind, unwrap } from '../track';
import type { SpreadsheetObjects } from './objects';

export class FakeConditionalFormatRule
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges' | 'copy'>
{
  constructor(
    private readonly objects: SpreadsheetObjects,
    private readonly info: ConditionalFormatRuleInfo,
    /** The sheet the rule's A1 ranges are on. */
    private readonly sheetName: string | undefined,
  ) {}
  /** What the sheet records (a copy). */
  toInfo(): ConditionalFormatRuleInfo {
    return structuredClone(this.info);
  }
  getRanges() {
    // An uncounted Spreadsheet: the script called getRanges, not getRange.
    const spreadsheet = unwrap(this.objects.spreadsheet());
    return this.objects.list(
      this.info.ranges.map((a1) =>
        spreadsheet.getRange(this.sheetName ? qualifiedA1(this.sheetName, a1) : a1),
      ),
    );
  }
  copy() {
    return this.objects.conditionalFormatRuleBuilder(this.toInfo(), this.sheetName);
  }
}

/**
 * What a rule a script passed back records, or undefined when the value is not a rule
 * built here (Sheet.setConditionalFormatRules then fails as Sheets does).
 */
export function conditionalFormatRuleInfo(rule: unknown): ConditionalFormatRuleInfo | undefined {
  return fakeBehind(rule, FakeConditionalFormatRule)?.toInfo();
}
