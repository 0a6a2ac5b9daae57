/**
 * DataValidation as the builder and Range.getDataValidation(s) return it (reference:
 * developers.google.com/apps-script/reference/spreadsheet/data-validation): criteria, their
 * values, whether invalid input is allowed, help text. The rule itself is recorded per
 * cell as a DataValidationInfo.
 */
import type { DataValidationInfo } from '../../workbook';
import { fakeBehind } from '../track';

export class FakeDataValidation
  implements
    Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid'>
{
  constructor(private readonly info: DataValidationInfo) {}
  /** What a cell records (a copy). */
  toInfo(): DataValidationInfo {
    return structuredClone(this.info);
  }
  /**
   * The criteria's name. Not checked against the typings: Apps Script's enums are objects
   * whose values print as their names (as enumOf makes them), the typings' are numeric.
   */
  getCriteriaType() {
    return this.info.criteria;
  }
  getCriteriaValues() {
    return [...this.info.values];
  }
  getAllowInvalid() {
    return this.info.allowInvalid;
  }
  /**
   * Not checked against the typings: they say string, but Apps Script returns null for a
   * rule without help text, as this does.
   */
  getHelpText() {
    return this.info.helpText ?? null;
  }
}

/** What a rule a script passed back records, or undefined when it is not a rule built here. */
export function dataValidationInfo(rule: unknown): DataValidationInfo | undefined {
  return fakeBehind(rule, FakeDataValidation)?.toInfo();
}
