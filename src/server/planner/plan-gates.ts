/**
 * The plan sheet's gate table and, below it, the direct-revenue inputs the partner share
 * needs. A share row's Actual and Data as of are formulas over the same wave and
 * checkpoint's partner-sourced revenue row and its Direct revenue cell, so the share is
 * judged by the one GATE_STATUS over the table like any metric.
 */
import {
  CHECKPOINT_WORDS,
  type GATE_TABLE_HEADERS,
  gateColumn,
  gateKey,
  gateTableHeaders,
} from '../../domain/plan/gate-table';
import { checkInShare } from '../../domain/plan/gates';
import { BALANCE_WORDS, isShareKind } from '../../shared/balance';
import { planText } from '../../shared/i18n/plan';
import { DIRECT_TABLE_HEADERS } from '../../shared/plan-columns';
import type { Checkpoint, GateRow, PlanPreview } from '../../shared/plan-types';
import { currencyFormat, sheetDate, unitFormat } from '../sheets/formats';
import type { ArgumentSeparator } from '../sheets/formula-syntax';
import { a1, a1Range, type Grid } from '../sheets/grid';

/** An Actual and its Data as of from the version this one supersedes. */
export type CarriedInputs = Map<string, { actual: unknown; asOf: unknown }>;

/**
 * 0-based column of a header id (DIRECT_TABLE_HEADERS, its English header) within the
 * direct-revenue table; a re-plan finds its inputs by the same ids in either language.
 */
export function directColumn(header: (typeof DIRECT_TABLE_HEADERS)[number]): number {
  return DIRECT_TABLE_HEADERS.indexOf(header);
}

export interface GateBlock {
  gateHeaderRow: number;
  firstGateRow: number;
  /** Rows of each (wave, checkpoint)'s gate rows, keyed `${wave}|${checkpoint}`. */
  statusRows: Map<string, number[]>;
  /** A1 of the direct-revenue table with its header, or '' when no share is judged. */
  directTable: string;
  /** A1 of its Direct revenue and Data as of cells, for their validation ('' without). */
  directRange: string;
  directAsOfRange: string;
  /** Per gate row: true when its Actual and Data as of are the plan's formulas. */
  computed: boolean[];
}

const gateTableKey = (g: Pick<GateRow, 'wave' | 'checkpoint'>) => `${g.wave}|${g.checkpoint}`;

/**
 * Lays the gate table (one row per wave, checkpoint and metric) and the direct-revenue
 * inputs into `grid`. Share rows hold formulas written as values (Range.setValue reads a
 * text starting with "=" as a formula, per Google's reference), so they cost no service call;
 * their arguments are separated by `sep` and hold no decimal number (only 0), so they parse
 * in every locale. Carried inputs fill the other rows' Actual and Data as of.
 */
export function layGates(
  grid: Grid,
  preview: PlanPreview,
  locale: string,
  date: string,
  sep: ArgumentSeparator,
  carried?: CarriedInputs,
): GateBlock {
  const { request } = preview;
  const t = planText(request.language);
  const gateHeaderRow = grid.line([...gateTableHeaders(request.language)], [], true);
  const firstGateRow = gateHeaderRow + 1;
  const statusRows = new Map<string, number[]>();
  const col = (h: (typeof GATE_TABLE_HEADERS)[number]) => gateColumn(h) + 1;
  const shares = preview.gates.filter((g) => isShareKind(g.kind));
  // The direct table's rows: one per (wave, checkpoint) with a share row, in gate order.
  const directRows = [...new Map(shares.map((g) => [gateTableKey(g), g])).values()];
  const directFirst = firstGateRow + preview.gates.length + 3;
  const directRow = new Map(directRows.map((g, i) => [gateTableKey(g), directFirst + i]));
  const revenueRow = new Map<string, number>();
  preview.gates.forEach((g, i) => {
    if (g.kind === 'sourcedRevenue') revenueRow.set(gateTableKey(g), firstGateRow + i);
  });
  const direct = (h: (typeof DIRECT_TABLE_HEADERS)[number]) => directColumn(h) + 1;
  const computed = preview.gates.map((g) => isShareKind(g.kind));
  for (const g of preview.gates) {
    const row = grid.nextRow;
    const unit = unitFormat(g.unit, locale, preview.currency);
    // Carried inputs are keyed by the language-neutral checkpoint words.
    const kept = carried?.get(gateKey(g.wave, CHECKPOINT_WORDS[g.checkpoint], g.metric));
    const cells: unknown[] = [];
    cells[gateColumn('Wave')] = g.wave;
    cells[gateColumn('Wave name')] = g.waveName;
    cells[gateColumn('Checkpoint')] = t.checkpoint[g.checkpoint];
    cells[gateColumn('Metric')] = g.metric;
    cells[gateColumn('Better')] = t.better[g.direction];
    cells[gateColumn('Owner')] = g.owner;
    cells[gateColumn('Review date')] = sheetDate(g.reviewDate);
    cells[gateColumn('Actual covers')] = g.covers;
    cells[gateColumn('Baseline')] = g.baseline ?? '';
    cells[gateColumn('GO at')] = g.goAt;
    cells[gateColumn('STOP at')] = g.stopAt;
    if (isShareKind(g.kind)) {
      const key = gateTableKey(g);
      const p = a1(revenueRow.get(key) ?? 0, col('Actual'));
      const pAsOf = a1(revenueRow.get(key) ?? 0, col('Data as of'));
      const d = a1(directRow.get(key) ?? 0, direct('Direct revenue'));
      const dAsOf = a1(directRow.get(key) ?? 0, direct('Data as of'));
      cells[gateColumn('Actual')] = shareFormula(p, d, sep);
      cells[gateColumn('Data as of')] = shareAsOfFormula(p, d, pAsOf, dAsOf, sep);
    } else {
      cells[gateColumn('Actual')] = kept?.actual ?? '';
      cells[gateColumn('Data as of')] = kept?.asOf ?? '';
    }
    cells[gateColumn('Stale after (days)')] = request.gateSettings.staleAfterDays;
    const formats: (string | undefined)[] = [];
    formats[gateColumn('Wave')] = '0';
    formats[gateColumn('Review date')] = date;
    for (const h of ['Baseline', 'GO at', 'STOP at', 'Actual'] as const)
      formats[gateColumn(h)] = unit;
    formats[gateColumn('Data as of')] = date;
    formats[gateColumn('Stale after (days)')] = '0';
    formats[gateColumn('Status')] = '';
    grid.line(cells, formats);
    const key = gateTableKey(g);
    statusRows.set(key, [...(statusRows.get(key) ?? []), row]);
  }
  grid.blank();
  if (!directRows.length)
    return {
      gateHeaderRow,
      firstGateRow,
      statusRows,
      directTable: '',
      directRange: '',
      directAsOfRange: '',
      computed,
    };
  grid.line([t.directTitle], [], true);
  const directHeader = grid.line([...t.directHeaders], [], true);
  const money = currencyFormat(locale, preview.currency);
  // The direct revenue covers the same period as the partner-sourced revenue it is added to.
  const share = checkInShare(request.schedule.waveWeeks);
  const covers = {
    checkIn: t.coversToDate(share),
    gateReview: t.coversWave({ days: share.of }),
  };
  for (const g of directRows) {
    const kept = carried?.get(
      gateKey(g.wave, CHECKPOINT_WORDS[g.checkpoint], BALANCE_WORDS.directRevenue),
    );
    grid.line(
      [
        g.wave,
        g.waveName,
        t.checkpoint[g.checkpoint],
        covers[g.checkpoint],
        kept?.actual ?? '',
        kept?.asOf ?? '',
      ],
      ['0', undefined, undefined, undefined, money, date],
    );
  }
  grid.blank();
  return {
    gateHeaderRow,
    firstGateRow,
    statusRows,
    directTable: a1Range(directHeader, 1, directRows.length + 1, DIRECT_TABLE_HEADERS.length),
    directRange: a1Range(directFirst, direct('Direct revenue'), directRows.length, 1),
    directAsOfRange: a1Range(directFirst, direct('Data as of'), directRows.length, 1),
    computed,
  };
}

/**
 * The partner share of new revenue: partner-sourced ÷ (partner-sourced + direct), blank
 * (PENDING) until both are typed or while both are 0. `p` and `d` are A1 cells.
 */
export function shareFormula(p: string, d: string, sep: ArgumentSeparator): string {
  return `=IF(OR(ISBLANK(${p})${sep}ISBLANK(${d}))${sep}""${sep}IF(${p}+${d}>0${sep}${p}/(${p}+${d})${sep}""))`;
}

/**
 * The share's Data as of: the older of its two inputs' dates, blank when either is
 * missing, so a share with an undated input is STALE (GATE_STATUS: an Actual without a
 * Data as of is of unknown age).
 */
export function shareAsOfFormula(
  p: string,
  d: string,
  pAsOf: string,
  dAsOf: string,
  sep: ArgumentSeparator,
): string {
  const blank = [p, d, pAsOf, dAsOf].map((c) => `ISBLANK(${c})`).join(sep);
  return `=IF(OR(${blank})${sep}""${sep}MIN(${pAsOf}${sep}${dAsOf}))`;
}

/** The A1 range of a (wave, checkpoint)'s Status cells, or null when it has none. */
export function statusRangeOf(
  block: GateBlock,
  statusColumn: number,
): (wave: number, checkpoint: Checkpoint) => string | null {
  return (wave, checkpoint) => {
    const rows = block.statusRows.get(`${wave}|${checkpoint}`);
    return rows ? a1Range(rows[0], statusColumn, rows.length, 1) : null;
  };
}
