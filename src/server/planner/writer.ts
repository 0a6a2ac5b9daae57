/**
 * Writes a laid-out Grid to a new sheet in a fixed number of service calls, and adds
 * the plan's live parts: status colours, input validation, frozen title rows.
 */
import type { MetricUnit } from '../../shared/plan-types';
import type { Grid } from '../sheets/grid';
import { STATUS_COLOURS } from '../sheets/status-colours';
import type { PlanLayout } from './plan-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Formats first, so text cells are plain text before any string lands in them. */
export function writeGrid(sheet: Sheet, grid: Grid): void {
  const rows = grid.values.length;
  // A new sheet has 1,000 rows; always adding the grid's height keeps the number of
  // calls the same for 10 and 5,000 partners.
  sheet.insertRowsAfter(1, rows);
  const range = sheet.getRange(1, 1, rows, grid.width);
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
}

/** Money Actuals strictly between 0 and 1 are refused: bounds just inside, as Sheets includes its bounds. */
const MONEY_FLOOR = 1e-9;

/** Columns a long-text row (a note, a stop condition) is merged across and wrapped in. */
const TEXT_SPAN = 9;

/**
 * Adds the plan sheet's live parts in a fixed number of service calls, whatever the number of
 * gates or partners: the GATE_STATUS formulas and the summary's formulas in one setFormulas each, long-text rows merged
 * across and wrapped (one call per block), frozen title rows, column
 * widths in pixels, status colours as conditional format rules (GO green, HOLD amber, STOP red,
 * STALE purple, PENDING grey), also on the summary's verdicts, and data validation that rejects a non-number Actual or a non-date
 * Data as of, its help in the plan's language. Throws what SpreadsheetApp throws; write() then takes the version back.
 */
export function finishPlanSheet(sheet: Sheet, layout: PlanLayout): void {
  const { statusColumn, summary } = layout;
  const gates = statusColumn.formulas.length;
  if (gates)
    sheet
      .getRange(statusColumn.row, statusColumn.column, gates, 1)
      .setFormulas(statusColumn.formulas);
  sheet
    .getRange(summary.row, summary.column, summary.formulas.length, summary.formulas[0].length)
    .setFormulas(summary.formulas);
  for (const block of layout.textRows)
    sheet.getRange(block.row, 2, block.rows, TEXT_SPAN).mergeAcross().setWrap(true);
  sheet.setFrozenRows(layout.frozenRows);
  // Columns A–C hold the labels, names and metrics of every block; F the owners. A
  // fixed set of widths keeps the call count constant (autoResize would size column A
  // to the title row).
  sheet.setColumnWidths(1, 3, 190);
  sheet.setColumnWidths(4, 2, 120);
  sheet.setColumnWidth(6, 180);
  sheet.setColumnWidths(7, layout.grid.width - 6, 115);
  const verdicts = sheet.getRange(layout.verdictRange);
  const coloured = gates ? [sheet.getRange(layout.statusRange), verdicts] : [verdicts];
  sheet.setConditionalFormatRules(
    STATUS_COLOURS.map(([text, background, font]) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(background)
        .setFontColor(font)
        .setRanges(coloured)
        .build(),
    ),
  );
  if (!gates) return;
  // One rule per Actual cell, set in one call: a percent metric takes 0–100 % only, so a
  // typed 12 (1,200 %) is refused with how to type it, as PARTNER_SCORE's %-columns are.
  const anyNumber = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(-1e15, 1e15)
    .setAllowInvalid(false)
    .setHelpText(layout.help.actual)
    .build();
  // A money amount between 0 and 1 is a percentage typed into a money cell (12% is 0.12),
  // which would read as a STOP and email the owner: refused with how to type the amount.
  const money = SpreadsheetApp.newDataValidation()
    .requireNumberNotBetween(MONEY_FLOOR, 1 - MONEY_FLOOR)
    .setAllowInvalid(false)
    .setHelpText(layout.help.money)
    .build();
  const percent = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 1)
    .setAllowInvalid(false)
    .setHelpText(layout.help.percent)
    .build();
  const rules: Partial<Record<MetricUnit, typeof anyNumber>> = { percent, currency: money };
  // The partner share's rows hold formulas: no input rule, so nothing flags them.
  sheet
    .getRange(layout.actualRange)
    .setDataValidations(
      layout.actualUnits.map((unit, i) =>
        layout.computed[i] ? [null] : [rules[unit] ?? anyNumber],
      ),
    );
  const asOf = SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(false)
    .setHelpText(layout.help.asOf)
    .build();
  sheet
    .getRange(layout.asOfRange)
    .setDataValidations(layout.computed.map((c) => [c ? null : asOf]));
  if (!layout.directRange) return;
  sheet
    .getRange(layout.directRange)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(0, 1e15)
        .setAllowInvalid(false)
        .setHelpText(layout.help.direct)
        .build(),
    );
  sheet.getRange(layout.directAsOfRange).setDataValidation(asOf);
}

/**
 * Makes the record sheet readable: two frozen title rows, column widths of 200 and 760
 * pixels, and wrapped text in column B over the grid's rows. Throws what SpreadsheetApp throws.
 */
export function finishRecordSheet(sheet: Sheet, grid: Grid): void {
  sheet.setFrozenRows(2);
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(2, 760);
  sheet.getRange(1, 2, grid.values.length, 1).setWrap(true);
}
