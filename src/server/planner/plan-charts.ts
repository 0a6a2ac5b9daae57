/**
 * The plan sheet's native charts and the cells they draw: gate statuses per wave and
 * partner scores coloured by wave with each wave's cut-off. Every data cell is a formula
 * over the plan's own cells (the summary's wave names, the gate table's Wave and Status
 * columns, the ranked partners' Score and Wave columns), so a chart follows an edit of
 * the plan. Formulas hold no number literal, so the decimal mark never matters, and take
 * the spreadsheet's argument separator (sheets/formula-syntax.ts). The data sits to the
 * right of the charts, which sit to the right of the plan's own blocks.
 */

import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1, a1Range, columnLetter } from '../sheets/grid';
import { STATUS_COLOURS } from '../sheets/status-colours';

/** The words the charts and their data add to the plan sheet. */
export const CHART_WORDS = {
  statusTitle: 'Gate statuses per wave (live from the Status column)',
  scoresTitle: 'Partner scores by wave, with each wave’s cut-off (lowest score in it)',
  wave: 'Wave',
  partner: 'Partner',
  outside: 'Not in a wave',
  cutOff: 'cut-off',
  lowest: 'Lowest score in wave',
  scoreAxis: 'Score (0–100)',
  countAxis: 'Gates',
} as const;

/** One colour per wave (then grey for partners in none), from Sheets' default palette. */
const WAVE_COLOURS = ['#4285f4', '#34a853', '#fbbc04', '#ea4335', '#46bdc6', '#ab47bc'];
const OUTSIDE_COLOUR = '#b7b7b7';

/** A block of formulas written with one setFormulas. */
export interface ChartDataBlock {
  row: number;
  column: number;
  formulas: string[][];
}

/** One chart: its type, its one data range (first row headers) and Google Charts options. */
export interface ChartSpec {
  type: 'COLUMN' | 'COMBO';
  range: string;
  options: Record<string, unknown>;
  /** Anchor cell, 1-based. */
  row: number;
  column: number;
}

export interface PlanCharts {
  /** Columns the sheet needs (a new sheet has 26). */
  columns: number;
  blocks: ChartDataBlock[];
  charts: ChartSpec[];
}

export interface ChartSources {
  /** Rows of the summary, one per wave: wave number in column A, its name in column B. */
  summaryRow: number;
  waves: number;
  /** First gate row (under the header) and count; Wave in column A. */
  gateRow: number;
  gates: number;
  statusColumn: number;
  /** First ranked-partner row (under the header) and count, and its Score and Wave columns. */
  partnerRow: number;
  partners: number;
  scoreColumn: number;
  waveColumn: number;
  /** The first column right of everything the plan writes. */
  freeColumn: number;
  separator: ArgumentSeparator;
}

/** Rows a chart of the default 600 × 371 pixels covers at Sheets' 21-pixel rows. */
const CHART_ROWS = 20;
/** Columns a chart covers at the plan's column widths. */
const CHART_COLUMNS = 6;

const text = (words: string) => `="${words.replace(/"/g, '""')}"`;

/**
 * The charts and their data for a plan laid out as `s` says. Pure: writes nothing. The
 * number of blocks and charts depends on the waves only; the score block has one row per
 * ranked partner and the status block one per wave.
 */
export function planCharts(s: ChartSources): PlanCharts {
  const sep = s.separator;
  const chartColumn = s.freeColumn + 1;
  const dataColumn = chartColumn + CHART_COLUMNS + 1;
  const waveCell = (i: number) => `$A$${s.summaryRow + i}`;
  const waveName = (i: number) => `=$B$${s.summaryRow + i}`;
  const waves = Array.from({ length: s.waves }, (_, i) => i);
  const blocks: ChartDataBlock[] = [];
  const charts: ChartSpec[] = [];
  let width = 0;

  // Gate statuses: one row per wave, one column per status, then the wave's lowest score.
  const statusHeader = s.summaryRow - 1;
  const scores = `$${columnLetter(s.scoreColumn)}$${s.partnerRow}:$${columnLetter(s.scoreColumn)}$${s.partnerRow + Math.max(s.partners, 1) - 1}`;
  const wavesOf = `$${columnLetter(s.waveColumn)}$${s.partnerRow}:$${columnLetter(s.waveColumn)}$${s.partnerRow + Math.max(s.partners, 1) - 1}`;
  const lowestColumn = dataColumn + 1 + STATUS_COLOURS.length;
  // From the header row: HyperFormula (the local runtime) reads a range exactly the size of
  // GATE_STATUS's spill as that array, and threw 'Unknown array' on it in the bench. The
  // header's words never match a wave number or a status, so the counts are the same.
  const gateEnd = s.gateRow + Math.max(s.gates, 1) - 1;
  const gateWaves = `$A$${s.gateRow - 1}:$A$${gateEnd}`;
  const status = columnLetter(s.statusColumn);
  const gateStatus = `$${status}$${s.gateRow - 1}:$${status}$${gateEnd}`;
  blocks.push({
    row: statusHeader,
    column: dataColumn,
    formulas: [
      [
        text(CHART_WORDS.wave),
        ...STATUS_COLOURS.map(([word]) => text(word)),
        text(CHART_WORDS.lowest),
      ],
      ...waves.map((i) => [
        waveName(i),
        ...STATUS_COLOURS.map((_, k) =>
          s.gates
            ? `=COUNTIFS(${gateWaves}${sep}${waveCell(i)}${sep}${gateStatus}${sep}${a1(statusHeader, dataColumn + 1 + k)})`
            : text(''),
        ),
        s.partners ? `=MINIFS(${scores}${sep}${wavesOf}${sep}${waveCell(i)})` : text(''),
      ]),
    ],
  });
  width = Math.max(width, lowestColumn - dataColumn + 1);
  if (s.gates)
    charts.push({
      type: 'COLUMN',
      range: a1Range(statusHeader, dataColumn, s.waves + 1, 1 + STATUS_COLOURS.length),
      options: {
        title: CHART_WORDS.statusTitle,
        isStacked: true,
        colors: STATUS_COLOURS.map(([, , , chart]) => chart),
        'vAxis.title': CHART_WORDS.countAxis,
        'legend.position': 'bottom',
      },
      row: 1,
      column: chartColumn,
    });

  // Partner scores: one row per ranked partner, a column per wave holding the score of
  // the partners in it, one for partners in none, then each wave's cut-off as a line.
  if (s.partners) {
    const header = s.partnerRow - 1;
    const score = (r: number) => `$${columnLetter(s.scoreColumn)}${r}`;
    const wave = (r: number) => `$${columnLetter(s.waveColumn)}${r}`;
    const rows = Array.from({ length: s.partners }, (_, j) => {
      const r = s.partnerRow + j;
      return [
        `=$B${r}`,
        ...waves.map((i) => `=IF(${wave(r)}=${waveCell(i)}${sep}${score(r)}${sep}"")`),
        `=IF(AND(${wave(r)}=""${sep}ISNUMBER(${score(r)}))${sep}${score(r)}${sep}"")`,
        ...waves.map((i) => `=${columnLetter(lowestColumn)}$${s.summaryRow + i}`),
      ];
    });
    blocks.push({
      row: header,
      column: dataColumn,
      formulas: [
        [
          text(CHART_WORDS.partner),
          ...waves.map((i) => waveName(i)),
          text(CHART_WORDS.outside),
          ...waves.map((i) => `=$B$${s.summaryRow + i}&" ${CHART_WORDS.cutOff}"`),
        ],
        ...rows,
      ],
    });
    const columns = 2 + 2 * s.waves;
    width = Math.max(width, columns);
    const colour = (i: number) => WAVE_COLOURS[i % WAVE_COLOURS.length];
    charts.push({
      type: 'COMBO',
      range: a1Range(header, dataColumn, s.partners + 1, columns),
      options: {
        title: CHART_WORDS.scoresTitle,
        seriesType: 'bars',
        isStacked: true,
        colors: [...waves.map(colour), OUTSIDE_COLOUR, ...waves.map(colour)],
        series: Object.fromEntries(
          waves.map((i) => [s.waves + 1 + i, { type: 'line', lineDashStyle: [4, 4] }]),
        ),
        'vAxis.title': CHART_WORDS.scoreAxis,
        'legend.position': 'bottom',
      },
      row: 1 + CHART_ROWS * charts.length,
      column: chartColumn,
    });
  }
  return { columns: dataColumn + width - 1, blocks, charts };
}
