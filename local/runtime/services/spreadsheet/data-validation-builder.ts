/**
 * DataValidationBuilder (reference: developers.google.com/apps-script/reference/spreadsheet/
 * data-validation-builder): the number, date, list, checkbox and e-mail criteria the
 * add-on uses, allowInvalid and help text. build() without criteria fails as Sheets does.
 */
import type { DataValidationInfo } from '../../workbook';
import { asGoogle } from '../track';
import type { SpreadsheetObjects } from './objects';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class FakeDataValidationBuilder
  implements
    Pick<
      Builder,
      | 'requireNumberBetween'
      | 'requireNumberNotBetween'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireDate'
      | 'requireValueInList'
      | 'requireCheckbox'
      | 'requireTextIsEmail'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
    >
{
  private readonly info: DataValidationInfo = { criteria: '', values: [], allowInvalid: true };
  constructor(private readonly objects: SpreadsheetObjects) {}

  private require(criteria: string, ...values: unknown[]): Builder {
    this.info.criteria = criteria;
    this.info.values = values;
    return asGoogle<Builder>(this);
  }
  requireNumberBetween(a: number, b: number) {
    return this.require('NUMBER_BETWEEN', a, b);
  }
  requireNumberNotBetween(a: number, b: number) {
    return this.require('NUMBER_NOT_BETWEEN', a, b);
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
  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values)) {
      this.objects.env.fail(
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
    return asGoogle<Builder>(this);
  }
  setHelpText(text: string) {
    this.info.helpText = String(text);
    return asGoogle<Builder>(this);
  }
  build() {
    if (!this.info.criteria)
      this.objects.env.fail('A criteria is required for a data validation rule.');
    return this.objects.dataValidation(structuredClone(this.info));
  }
}
