/**
 * The pilot plan sheet, top to bottom: title, wave table, gate table (with live
 * GATE_STATUS formulas), owners and escalation, stop conditions, review calendar, and
 * the ranked partners last, so every block above sits at the same rows whatever the
 * number of partners.
 */

import { GATE_TABLE_HEADERS, gateColumn } from '../../domain/plan/gate-table';
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import type { PlanPreview } from '../../shared/plan-types';
import {
  currencyFormat,
  DATE_FORMAT,
  SCORE_FORMAT,
  sheetDate,
  unitFormat,
  WHOLE_FORMAT,
} from '../sheets/formats';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1Range, Grid } from '../sheets/grid';

export const WAVE_HEADERS = [
  'Wave',
  'Name',
  'Start',
  'Mid-wave check-in',
  'Gate review',
  'Partners',
  'Co-marketing budget',
  'Enablement load (hrs)',
  'Expected revenue',
];

export const PARTNER_HEADERS = [
  'Rank',
  'Partner',
  'Owner',
  'Score',
  'Wave',
  'Wave name',
  'Status',
  'Helps most',
  'Hurts most',
  'Reason',
  'What would admit it',
  'Source row',
];

const WIDTH = GATE_TABLE_HEADERS.length;

export interface PlanLayout {
  grid: Grid;
  /** A1 of the gate table with its header row. */
  gateTable: string;
  /**
   * The Status column's cells (no header): one GATE_STATUS over the whole gate table in
   * the first, spilling a status per row into the blank cells below it.
   */
  statusColumn: { row: number; column: number; formulas: string[][] };
  actualRange: string;
  /** The unit of each gate row's Actual, top to bottom, for its input validation. */
  actualUnits: PlanPreview['gates'][number]['unit'][];
  asOfRange: string;
  statusRange: string;
  /** Rows of section headings and table headers, for the frozen title and widths. */
  frozenRows: number;
  /** A1 of the labelled weights range for PARTNER_SCORE, or '' when the plan has none. */
  weightsRange: string;
}

export interface PlanSheetFacts {
  preview: PlanPreview;
  /** Between formula arguments, as this spreadsheet takes them (sheets/formula-syntax.ts). */
  separator: ArgumentSeparator;
  planSheetName: string;
  recordSheetName: string;
  locale: string;
  writtenOn: string;
}

const label = (id: CriterionId | null) =>
  id ? (CRITERIA.find((c) => c.id === id)?.label ?? id) : '';

const STATUS_WORDS: Record<string, string> = {
  wave: 'In a wave',
  unassigned: 'Not in a wave',
  insufficient: 'INSUFFICIENT DATA',
  invalid: 'Invalid',
};

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
  const money = currencyFormat(facts.locale);
  const grid = new Grid(WIDTH);
  grid.line([`${facts.planSheetName}: ${request.record.title}`], [], true);
  grid.line([
    `Decision record: '${facts.recordSheetName}' · Status ${request.record.status} · Written ${facts.writtenOn} · Source: ${request.record.source} · Scoring ${request.scoring.method}`,
  ]);
  grid.blank();

  grid.line(['Waves'], [], true);
  grid.line(WAVE_HEADERS, [], true);
  for (const w of preview.waves) {
    grid.line(
      [
        w.wave,
        w.name,
        sheetDate(w.start),
        w.midCheckIn ? sheetDate(w.midCheckIn) : '',
        sheetDate(w.gateReview),
        w.partners,
        w.comarketingBudget,
        w.enablementLoad,
        w.expectedRevenue,
      ],
      ['0', undefined, DATE_FORMAT, DATE_FORMAT, DATE_FORMAT, '0', money, WHOLE_FORMAT, money],
    );
  }
  grid.blank();

  grid.line(
    ['Gates: type each Actual and its Data as of date; Status judges them live with GATE_STATUS.'],
    [],
    true,
  );
  const gateHeaderRow = grid.line([...GATE_TABLE_HEADERS], [], true);
  const firstGateRow = gateHeaderRow + 1;
  const col = (h: (typeof GATE_TABLE_HEADERS)[number]) => gateColumn(h) + 1;
  for (const g of preview.gates) {
    const unit = unitFormat(g.unit, facts.locale);
    const cells: unknown[] = [];
    cells[gateColumn('Wave')] = g.wave;
    cells[gateColumn('Wave name')] = g.waveName;
    cells[gateColumn('Metric')] = g.metric;
    cells[gateColumn('Metric ID')] = g.metricId;
    cells[gateColumn('Better')] = g.direction === 'higher' ? '↑ higher' : '↓ lower';
    cells[gateColumn('Owner')] = g.owner;
    cells[gateColumn('Review date')] = sheetDate(g.reviewDate);
    cells[gateColumn('Baseline')] = g.baseline ?? '';
    cells[gateColumn('GO at')] = g.goAt;
    cells[gateColumn('STOP at')] = g.stopAt;
    cells[gateColumn('Stale after (days)')] = request.gateSettings.staleAfterDays;
    const formats: (string | undefined)[] = [];
    formats[gateColumn('Wave')] = '0';
    formats[gateColumn('Review date')] = DATE_FORMAT;
    for (const h of ['Baseline', 'GO at', 'STOP at', 'Actual'] as const)
      formats[gateColumn(h)] = unit;
    formats[gateColumn('Data as of')] = DATE_FORMAT;
    formats[gateColumn('Stale after (days)')] = '0';
    formats[gateColumn('Status')] = '';
    grid.line(cells, formats);
  }
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
  grid.blank();

  grid.line(['Owners and escalation'], [], true);
  grid.line(['Role', 'Who'], [], true);
  const people = request.people;
  grid.line(['Owner: partner capability', people.inputOwners.capability]);
  grid.line(['Owner: co-marketing budget', people.inputOwners.comarketingBudget]);
  grid.line(['Owner: enablement load', people.inputOwners.enablementLoad]);
  for (const m of request.metrics) grid.line([`Owner: ${m.name}`, m.owner]);
  grid.line(['Decision maker', people.decisionMaker]);
  people.escalation.forEach((who, i) => {
    grid.line([`Escalation ${i + 1}`, who]);
  });
  grid.line(['Consulted', people.consulted.join(', ')]);
  grid.line(['Informed', people.informed.join(', ')]);
  grid.blank();

  grid.line(['Stop conditions'], [], true);
  grid.line(['#', 'Condition'], [], true);
  preview.stopConditions.forEach((s, i) => {
    grid.line([i + 1, s], ['0']);
  });
  grid.blank();

  grid.line(['Review calendar'], [], true);
  grid.line(['Date', 'Wave', 'Event', 'Who'], [], true);
  for (const c of preview.calendar) {
    grid.line([sheetDate(c.date), request.waves.names[c.wave - 1], c.event, c.who], [DATE_FORMAT]);
  }
  grid.blank();

  let weightsRange = '';
  const formula = preview.scoreFormula;
  if (formula) {
    grid.line(
      [
        'PARTNER_SCORE weights: the formula below, pasted beside the partner table, gives these scores',
      ],
      [],
      true,
    );
    const first = grid.nextRow;
    for (const [label, value] of formula.weights)
      grid.line([label, value], [undefined, typeof value === 'number' ? '0.##' : undefined]);
    weightsRange = a1Range(first, 1, formula.weights.length, 2);
    if (formula.formula) grid.line([formula.formula]);
    grid.blank();
  }

  grid.line(['Partners, ranked by score'], [], true);
  grid.line(PARTNER_HEADERS, [], true);
  for (const p of preview.partners) {
    grid.line(
      [
        p.rank ?? '',
        p.name,
        p.owner,
        p.score ?? '',
        p.wave ?? '',
        p.wave ? request.waves.names[p.wave - 1] : '',
        p.duplicateName ? `${STATUS_WORDS[p.status]} (duplicate name)` : STATUS_WORDS[p.status],
        label(p.helps),
        label(p.hurts),
        p.reason,
        p.admitWhen,
        p.sheetRow,
      ],
      [
        '0',
        undefined,
        undefined,
        SCORE_FORMAT,
        '0',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        '0',
      ],
    );
  }

  const statusCol = col('Status');
  return {
    grid,
    gateTable: a1Range(gateHeaderRow, 1, gateRows + 1, WIDTH),
    statusColumn: { row: firstGateRow, column: statusCol, formulas },
    actualRange: a1Range(firstGateRow, col('Actual'), gateRows, 1),
    actualUnits: preview.gates.map((g) => g.unit),
    asOfRange: a1Range(firstGateRow, col('Data as of'), gateRows, 1),
    statusRange: a1Range(firstGateRow, statusCol, gateRows, 1),
    frozenRows: 2,
    weightsRange,
  };
}
