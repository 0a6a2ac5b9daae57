/**
 * Writes the plan sheet's live visuals after its grid: the Trend and Status since columns
 * beside the gate table (plan-trend.ts) and the native charts with the cells they draw
 * (plan-charts.ts), built with SpreadsheetApp's EmbeddedChartBuilder. Service calls depend
 * on the number of waves, never on partners or gates.
 */
import type { Language } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { dateFormat } from '../sheets/formats';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { planCharts } from './plan-charts';
import type { PlanLayout } from './plan-layout';
import { trendFormulas } from './plan-trend';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface VisualFacts {
  /** The gate history sheet's name, or null when the plan has no gates. */
  historySheet: string | null;
  recordId: string;
  separator: ArgumentSeparator;
  locale: string;
  /** The plan's language, for the trend columns' headers and the charts' words. */
  language: Language;
}

/**
 * The sensitivity table's header row and rows under it, from its A1 ('A61:F67': 61 and 6);
 * none when the plan has no analysis (''). A table that states no interval has one row,
 * "not stated", and gets its chart too, empty, so a write's calls do not depend on the data.
 */
function stabilityRows(table: string): { stabilityRow: number; criteria: number } {
  const [, first, last] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(table) ?? [];
  return first
    ? { stabilityRow: Number(first), criteria: Number(last) - Number(first) }
    : { stabilityRow: 0, criteria: 0 };
}

/**
 * Adds the trend columns (when the plan has gates) and the charts to a plan sheet just
 * written from `layout`. A new sheet has no charts, so a re-plan (a new version in a new
 * sheet) never duplicates them. Throws what SpreadsheetApp throws; write() then takes the
 * version back.
 */
export function addPlanVisuals(sheet: Sheet, layout: PlanLayout, facts: VisualFacts): void {
  const width = layout.grid.width;
  const gates = layout.statusColumn.formulas.length;
  const headerRow = layout.statusColumn.row - 1;
  if (gates && facts.historySheet) {
    sheet.getRange(headerRow, width + 1, gates + 1, 2).setFormulas(
      trendFormulas({
        historySheet: facts.historySheet,
        recordId: facts.recordId,
        headerRow,
        gates,
        separator: facts.separator,
        headers: planText(facts.language).trend,
      }),
    );
    sheet.getRange(headerRow, width + 1, 1, 2).setFontWeight('bold');
    sheet.getRange(headerRow + 1, width + 2, gates, 1).setNumberFormat(dateFormat(facts.locale));
  }
  const plan = planCharts({
    summaryRow: layout.summary.row,
    waves: layout.summary.formulas.length,
    gateRow: layout.statusColumn.row,
    gates,
    statusColumn: layout.statusColumn.column,
    partnerRow: layout.partners.row,
    partners: layout.partners.rows,
    // The ranked partners' columns in every language: Rank, Partner, Owner, Score, Wave.
    scoreColumn: 4,
    waveColumn: 5,
    ...stabilityRows(layout.sensitivityTable),
    freeColumn: width + 3,
    separator: facts.separator,
    words: planText(facts.language).charts,
  });
  const columns = sheet.getMaxColumns();
  if (plan.columns > columns) sheet.insertColumnsAfter(columns, plan.columns - columns);
  for (const block of plan.blocks)
    sheet
      .getRange(block.row, block.column, block.formulas.length, block.formulas[0].length)
      .setFormulas(block.formulas);
  for (const chart of plan.charts) {
    const builder = sheet.newChart();
    const typed =
      chart.type === 'COMBO'
        ? builder.asComboChart()
        : chart.type === 'BAR'
          ? builder.asBarChart()
          : builder.asColumnChart();
    let next = typed.addRange(sheet.getRange(chart.range)).setNumHeaders(1);
    for (const [option, value] of Object.entries(chart.options))
      next = next.setOption(option, value);
    sheet.insertChart(next.setPosition(chart.row, chart.column, 0, 0).build());
  }
}
