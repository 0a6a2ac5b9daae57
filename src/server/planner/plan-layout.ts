/**
 * The pilot plan sheet, top to bottom: title, the summary (each wave's verdict, live),
 * wave table, gate table (with live GATE_STATUS formulas), the weights of a PARTNER_SCORE
 * formula that gives the plan's scores and the weight sensitivity table (plan-scoring.ts), notes, owners and escalation,
 * stop conditions, review calendar, then the partners (plan-partners.ts) last, so every block above sits at the same rows whatever the number of
 * partners. Words are the reader's: no internal ids or method codes.
 */
import { GATE_TABLE_HEADERS, gateColumn } from '../../domain/plan/gate-table';
import { type PlanText, planText } from '../../shared/i18n/plan';
import { recordText } from '../../shared/i18n/record';
import type { PlanPreview } from '../../shared/plan-types';
import {
  amountStyleOf,
  currencyFormat,
  dateFormat,
  sheetDate,
  WHOLE_FORMAT,
} from '../sheets/formats';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1Range, Grid } from '../sheets/grid';
import { type CarriedInputs, layGates, statusRangeOf } from './plan-gates';
import { partnerBlocks } from './plan-partners';
import { scoringBlocks } from './plan-scoring';
import { SUMMARY_FORMULA_COLUMN, summaryFormulas } from './plan-summary';

const WIDTH = GATE_TABLE_HEADERS.length;

/** A block of formulas written with one setFormulas. */
export interface FormulaBlock {
  row: number;
  column: number;
  formulas: string[][];
}

export interface PlanLayout {
  grid: Grid;
  /** A1 of the gate table with its header row. */
  gateTable: string;
  /**
   * The Status column's cells (no header): one GATE_STATUS over the whole gate table in
   * the first, spilling a status per row into the blank cells below it.
   */
  statusColumn: FormulaBlock;
  /** The summary's Next review and verdict cells, one row per wave. */
  summary: FormulaBlock;
  actualRange: string;
  /** The unit of each gate row's Actual, top to bottom, for its input validation. */
  actualUnits: PlanPreview['gates'][number]['unit'][];
  asOfRange: string;
  /** Per gate row: true when its Actual and Data as of are formulas (no input validation). */
  computed: boolean[];
  /** A1 of the direct-revenue table with its header, and of its inputs ('' without one). */
  directTable: string;
  directRange: string;
  directAsOfRange: string;
  statusRange: string;
  /** Where the summary's verdicts are, coloured like the Status column. */
  verdictRange: string;
  /** The input cells' validation help texts, in the plan's language. */
  help: PlanText['help'];
  /** Rows of long text (notes, stop conditions): merged across and wrapped. */
  textRows: { row: number; rows: number }[];
  /** Rows of section headings and table headers, for the frozen title and widths. */
  frozenRows: number;
  /** A1 of the labelled weights range for PARTNER_SCORE, or '' when the plan has none. */
  weightsRange: string;
  /**
   * A1 of the weight sensitivity table with its header row (plan-scoring.ts:
   * SENSITIVITY_HEADERS, one row per weighted criterion), or '' when the plan has none.
   */
  sensitivityTable: string;
  /** The ranked partners: first row under their header, and how many. */
  partners: { row: number; rows: number };
}

export type { CarriedInputs } from './plan-gates';

export interface PlanSheetFacts {
  preview: PlanPreview;
  /** Between formula arguments, as this spreadsheet takes them (sheets/formula-syntax.ts). */
  separator: ArgumentSeparator;
  planSheetName: string;
  recordSheetName: string;
  locale: string;
  writtenOn: string;
  /** Keyed by gateKey; empty for a first version. */
  carried?: CarriedInputs;
  /** Lines saying what re-planning carried over and what it could not. */
  carriedNotes?: string[];
}

/**
 * The plan sheet as an in-memory Grid (rows × columns of values, number formats and weights,
 * as wide as the gate table) plus where its live parts sit: the gate table's A1 with header,
 * one `=GATE_STATUS(…)` formula per gate row for the Status column, and the A1 ranges of the
 * Actual, Data as of and Status cells. Dates become Sheets day serials (sheetDate) with a date
 * format; money takes the locale's currency format; coverage stays a 0–1 fraction under a
 * percent format. User text is written as text, never as a formula. Writes nothing.
 */
export function planLayout(facts: PlanSheetFacts): PlanLayout {
  const { preview } = facts;
  const { request } = preview;
  // The plan's language (the sidebar's switch), not the spreadsheet's: the gate table's
  // readers know both (gate-table.ts gateTableLanguage).
  const t = planText(request.language);
  const money = currencyFormat(facts.locale, preview.currency);
  const date = dateFormat(facts.locale);
  const grid = new Grid(WIDTH);
  const textRows: PlanLayout['textRows'] = [];
  const textBlock = (lines: string[]) => {
    if (!lines.length) return;
    const first = grid.nextRow;
    for (const line of lines) grid.line(['', line]);
    textRows.push({ row: first, rows: lines.length });
  };
  grid.line([t.title({ sheet: facts.planSheetName, title: request.record.title })], [], true);
  grid.line([
    t.about({
      record: facts.recordSheetName,
      // MADR's word in the plan's language, as the record and the log write it.
      status:
        recordText(request.language).statusWords[request.record.status] ?? request.record.status,
      source: request.record.source,
      method: t.methods[request.scoring.method],
    }),
  ]);
  grid.line([t.written, sheetDate(facts.writtenOn)], [undefined, date]);
  grid.blank();

  grid.line([t.summary], [], true);
  grid.line(t.summaryHeaders, [], true);
  const summaryRow = grid.nextRow;
  for (const w of preview.waves)
    grid.line(
      [
        w.wave,
        w.name,
        '',
        '',
        '',
        w.partners,
        sheetDate(w.start),
        w.midCheckIn ? sheetDate(w.midCheckIn) : '',
        sheetDate(w.gateReview),
        request.people.decisionMaker,
      ],
      ['0', undefined, '', '', date, '0', date, date, date],
    );
  grid.blank();

  grid.line([t.waves], [], true);
  grid.line(t.waveHeaders, [], true);
  for (const w of preview.waves) {
    grid.line(
      [
        w.wave,
        w.name,
        sheetDate(w.start),
        w.midCheckIn ? sheetDate(w.midCheckIn) : '',
        sheetDate(w.gateReview),
        w.partners,
        // An unknown sum is a word, never 0; a partial one's note is among the plan's notes.
        w.comarketingBudget.value ?? t.unknown,
        w.enablementLoad.value ?? t.unknown,
        w.expectedRevenue.value ?? t.unknown,
      ],
      ['0', undefined, date, date, date, '0', money, WHOLE_FORMAT, money],
    );
  }
  grid.blank();

  grid.line([t.gates], [], true);
  const gateBlock = layGates(grid, preview, facts.locale, date, facts.separator, facts.carried);
  const { gateHeaderRow, firstGateRow } = gateBlock;
  const col = (h: (typeof GATE_TABLE_HEADERS)[number]) => gateColumn(h) + 1;
  const gateRows = preview.gates.length;
  // One call judges every gate (Google advises one custom-function call over a range, not
  // one per row), with each row's own Data-as-of and staleness limit as columns, so an
  // Actual with a blank Data-as-of is STALE.
  const column = (h: (typeof GATE_TABLE_HEADERS)[number]) =>
    a1Range(firstGateRow, col(h), gateRows, 1);
  const formulas: string[][] = preview.gates.map((_, i) =>
    i === 0
      ? [
          `=GATE_STATUS(${[column('Actual'), column('GO at'), column('STOP at'), column('Data as of'), column('Stale after (days)')].join(facts.separator)})`,
        ]
      : [''],
  );
  const statusCol = col('Status');
  // build.ts lays out each wave's check-in rows, then its gate-review rows, so each
  // (wave, checkpoint) is one run of rows.
  const statusRange = statusRangeOf(gateBlock, statusCol);

  // Before the notes, whose length a re-plan's carry-over changes: previewPlan lays the
  // sheet out without it to place the weights the PARTNER_SCORE formula names.
  const { weightsRange, sensitivityTable } = scoringBlocks(
    grid,
    preview,
    textBlock,
    t.weights,
    amountStyleOf(facts.locale).decimal,
  );

  const notes = [...preview.notes, ...(facts.carriedNotes ?? [])];
  grid.line([t.notes], [], true);
  textBlock(notes.length ? notes : [t.none]);
  grid.blank();

  grid.line([t.owners], [], true);
  grid.line(t.ownerHeaders, [], true);
  const people = request.people;
  grid.line([t.inputOwner.capability, people.inputOwners.capability]);
  grid.line([t.inputOwner.comarketingBudget, people.inputOwners.comarketingBudget]);
  grid.line([t.inputOwner.enablementLoad, people.inputOwners.enablementLoad]);
  for (const m of request.metrics) grid.line([t.metricOwner({ metric: m.name }), m.owner]);
  grid.line([t.decisionMaker, people.decisionMaker]);
  people.escalation.forEach((who, i) => {
    grid.line([t.escalation({ n: i + 1 }), who]);
  });
  grid.line([t.consulted, t.list({ items: people.consulted })]);
  grid.line([t.informed, t.list({ items: people.informed })]);
  grid.blank();

  grid.line([t.stopConditions], [], true);
  textBlock(preview.stopConditions);
  grid.blank();

  grid.line([t.calendar], [], true);
  grid.line(t.calendarHeaders, [], true);
  for (const c of preview.calendar) {
    grid.line([sheetDate(c.date), request.waves.names[c.wave - 1], c.event, c.who], [date]);
  }
  grid.blank();

  const partners = partnerBlocks(grid, preview, t);

  return {
    grid,
    gateTable: a1Range(gateHeaderRow, 1, gateRows + 1, WIDTH),
    statusColumn: { row: firstGateRow, column: statusCol, formulas },
    summary: {
      row: summaryRow,
      column: SUMMARY_FORMULA_COLUMN,
      formulas: summaryFormulas(preview, summaryRow, statusRange, facts.separator, t.done),
    },
    actualRange: a1Range(firstGateRow, col('Actual'), gateRows, 1),
    actualUnits: preview.gates.map((g) => g.unit),
    asOfRange: a1Range(firstGateRow, col('Data as of'), gateRows, 1),
    computed: gateBlock.computed,
    directTable: gateBlock.directTable,
    directRange: gateBlock.directRange,
    directAsOfRange: gateBlock.directAsOfRange,
    statusRange: a1Range(firstGateRow, statusCol, gateRows, 1),
    verdictRange: a1Range(summaryRow, SUMMARY_FORMULA_COLUMN, preview.waves.length, 2),
    help: t.help,
    textRows,
    frozenRows: 2,
    weightsRange,
    sensitivityTable,
    partners,
  };
}
