/**
 * The plan sheet's native charts and the cells they draw: gate statuses per wave, partner
 * scores coloured by wave with each wave's cut-off, and each criterion's stability
 * interval. Every data cell is a formula over the plan's own cells (the summary's wave
 * names, the gate table's Wave and Status columns, the ranked partners' Score and Wave
 * columns, the sensitivity table's Holds from and Holds to), so a chart follows an edit of
 * the plan. Formulas hold no number literal but whole numbers, so the decimal mark never
 * matters, and take the spreadsheet's argument separator (sheets/formula-syntax.ts). The
 * data sits to the right of the charts, which sit to the right of the plan's own blocks.
 * Their words are the plan's language's (planText(language).charts).
 */

import type { PlanText } from '../../shared/i18n/plan';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1, a1Range, columnLetter } from '../sheets/grid';
import { STATUS_COLOURS } from '../sheets/status-colours';

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
  type: 'COLUMN' | 'COMBO' | 'BAR';
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
  /**
   * The sensitivity table's header row and its number of rows under it (0: the plan has no
   * table, no chart). Columns as plan-scoring.ts writes them: A criterion, C Holds from (×),
   * D Holds to (×), blank where no increase changes the Pilot; both blank on its one
   * "not stated" row when the plan states no interval (its bar then is empty).
   */
  stabilityRow: number;
  criteria: number;
  /** The first column right of everything the plan writes. */
  freeColumn: number;
  separator: ArgumentSeparator;
  words: PlanText['charts'];
}

/** Rows a chart of the default 600 × 371 pixels covers at Sheets' 21-pixel rows. */
const CHART_ROWS = 20;
/** Columns a chart covers at the plan's column widths. */
const CHART_COLUMNS = 6;

/** `words` as a formula's string literal, quotes doubled. */
const quoted = (words: string) => `"${words.replace(/"/g, '""')}"`;
const text = (words: string) => `=${quoted(words)}`;

/**
 * The charts and their data for a plan laid out as `s` says. Pure: writes nothing. The
 * number of blocks and charts depends on the waves only; the score block has one row per
 * ranked partner and the status block one per wave.
 */
export function planCharts(s: ChartSources): PlanCharts {
  const sep = s.separator;
  const words = s.words;
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
      [text(words.wave), ...STATUS_COLOURS.map(([word]) => text(word)), text(words.lowest)],
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
        title: words.statusTitle,
        isStacked: true,
        colors: STATUS_COLOURS.map(([, , , chart]) => chart),
        'vAxis.title': words.countAxis,
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
          text(words.partner),
          ...waves.map((i) => waveName(i)),
          text(words.outside),
          ...waves.map((i) => `=$B$${s.summaryRow + i}&${quoted(words.cutOff)}`),
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
        title: words.scoresTitle,
        seriesType: 'bars',
        isStacked: true,
        colors: [...waves.map(colour), OUTSIDE_COLOUR, ...waves.map(colour)],
        series: Object.fromEntries(
          waves.map((i) => [s.waves + 1 + i, { type: 'line', lineDashStyle: [4, 4] }]),
        ),
        'vAxis.title': words.scoreAxis,
        'legend.position': 'bottom',
      },
      row: 1 + CHART_ROWS * charts.length,
      column: chartColumn,
    });
  }
  if (s.criteria) {
    const stability = stabilityChart(s, dataColumn, 1 + CHART_ROWS * charts.length, chartColumn);
    blocks.push(stability.block);
    charts.push(stability.chart);
    width = Math.max(width, stability.block.formulas[0].length);
  }
  return { columns: dataColumn + width - 1, blocks, charts };
}

/** The sensitivity table's columns the stability chart reads (plan-scoring.ts). */
const SENSITIVITY = { criterion: 'A', from: 'C', to: 'D' } as const;
const STABLE_COLOUR = '#34a853';

/**
 * Each criterion's stability interval as a floating bar: a stacked bar chart whose first
 * series (Holds from) is drawn transparent and left out of the legend, and whose second is
 * the interval's width (Holds to − Holds from), so the visible bar spans from…to. Google
 * Charts' bar chart options: isStacked, colors, series.visibleInLegend, hAxis.title,
 * hAxis.viewWindow.min (developers.google.com/chart/interactive/docs/gallery/barchart);
 * EmbeddedChartBuilder passes them on with setOption. An interval with no upper end
 * (blank Holds to) is drawn to one whole multiplier past the largest stated end, at least
 * 2×: that end is a cell of its own, and the legend says so while any interval is open
 * (a row with a Holds from and no Holds to).
 */
function stabilityChart(s: ChartSources, column: number, row: number, chartColumn: number) {
  const sep = s.separator;
  const header = s.stabilityRow;
  const first = header + 1;
  const cell = (col: string, r: number) => `$${col}$${r}`;
  const starts = `${cell(SENSITIVITY.from, first)}:${cell(SENSITIVITY.from, header + s.criteria)}`;
  const ends = `${cell(SENSITIVITY.to, first)}:${cell(SENSITIVITY.to, header + s.criteria)}`;
  const openEnd = cell(columnLetter(column + 3), first);
  // The legend's words around the open end's cell: "…"&$X$n&"…".
  const [before, after] = s.words.holdsOpen({ at: '\u0000' }).split('\u0000');
  const legend = `${quoted(before)}&${openEnd}&${quoted(after)}`;
  const rows = Array.from({ length: s.criteria }, (_, i) => {
    const from = cell(SENSITIVITY.from, first + i);
    const to = cell(SENSITIVITY.to, first + i);
    return [
      `=${cell(SENSITIVITY.criterion, first + i)}`,
      `=IF(ISNUMBER(${from})${sep}${from}${sep}"")`,
      `=IF(ISNUMBER(${from})${sep}IF(ISNUMBER(${to})${sep}${to}${sep}${openEnd})-${from}${sep}"")`,
      i === 0 ? `=MAX(2${sep}ROUNDUP(MAX(${ends})${sep}0)+1)` : text(''),
    ];
  });
  const block: ChartDataBlock = {
    row: header,
    column,
    formulas: [
      [
        text(s.words.criterion),
        text(s.words.holdsFrom),
        `=IF(COUNT(${ends})<COUNT(${starts})${sep}${legend}${sep}${quoted(s.words.holds)})`,
        text(s.words.openEnd),
      ],
      ...rows,
    ],
  };
  const chart: ChartSpec = {
    type: 'BAR',
    range: a1Range(header, column, s.criteria + 1, 3),
    options: {
      title: s.words.stabilityTitle,
      isStacked: true,
      colors: ['transparent', STABLE_COLOUR],
      series: { 0: { visibleInLegend: false } },
      'hAxis.title': s.words.multiplierAxis,
      'hAxis.viewWindow.min': 0,
      'legend.position': 'bottom',
    },
    row,
    column: chartColumn,
  };
  return { block, chart };
}
