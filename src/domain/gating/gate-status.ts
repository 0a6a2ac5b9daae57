/**
 * Phase gates: each metric's actual against its GO and STOP thresholds, and the age of
 * the data behind them. One set of rules serves GATE_STATUS and the daily gate monitor.
 */
import { dayNumber } from '../calendar';
import { asTable, shapeOf, widthOf } from '../ranges';
import {
  describeProblem,
  isBlankCell,
  isDate,
  isFiniteNumber,
  quoteCell,
  readCell,
  SIGNED,
} from '../scoring/values';

/** What a judged gate shows. */
export type GateStatus = 'GO' | 'HOLD' | 'STOP' | 'PENDING' | 'STALE';

/** One metric's own outcome; NOT_JUDGED when both thresholds are blank. */
export type MetricStatus = 'GO' | 'HOLD' | 'STOP' | 'PENDING' | 'NOT_JUDGED' | 'INVALID';

export interface GateMetric {
  /** What messages call the metric, e.g. "CAC". */
  name: string;
  actual: unknown;
  goAt: unknown;
  stopAt: unknown;
}

export interface MetricVerdict {
  name: string;
  status: MetricStatus;
  /** From the thresholds: true when go_at is above stop_at; null when they do not say. */
  higherIsBetter: boolean | null;
  /** Why the metric is INVALID, e.g. 'go_at and stop_at are both 5; …'. */
  problem?: string;
}

export interface GateVerdict {
  /** INVALID when a cell is unusable; '' when no metric is judged and the data is fresh. */
  status: GateStatus | 'INVALID' | '';
  /** What GATE_STATUS shows: the status, '' or the `Invalid …` note. */
  text: string;
  metrics: MetricVerdict[];
  /** Calendar days from as_of to today (negative when as_of is ahead); null without a usable as_of. */
  ageDays: number | null;
}

export const DEFAULT_MAX_AGE_DAYS = 14;

/** The calendar day of a Date in the spreadsheet's time zone, 'YYYY-MM-DD'. */
export type DayOf = (date: Date) => string;

/**
 * Judges one gate. `todayIso` is 'YYYY-MM-DD' in the spreadsheet's time zone; as_of is
 * a Date, a 'YYYY-MM-DD' text or blank (not checked), as in GATE_STATUS.
 */
export function judgeGate(
  metrics: readonly GateMetric[],
  asOf: unknown,
  maxAgeDays: number,
  todayIso: string,
  dayOf: DayOf,
): GateVerdict {
  const today = dayNumber(todayIso);
  if (today === undefined)
    throw new Error(`judgeGate: today must be 'YYYY-MM-DD', not "${todayIso}"`);
  const thresholds = metrics.map((m) => readThresholds(m.goAt, m.stopAt, dayOf));
  const actuals = metrics.map((m) => m.actual);
  const names = metrics.map((m) => m.name);
  const dataAsOf = readAsOf(asOf, dayOf);
  const text = judgeRow(thresholds, actuals, names, dataAsOf, maxAgeDays, () => today, dayOf);
  return {
    status: text.startsWith('Invalid') ? 'INVALID' : (text as GateStatus | ''),
    text,
    metrics: metrics.map((m, c) => metricVerdict(m.name, thresholds[c], m.actual, dayOf)),
    ageDays: dataAsOf.kind === 'day' ? today - dataAsOf.day : null,
  };
}

function metricVerdict(name: string, t: Thresholds, actual: unknown, dayOf: DayOf): MetricVerdict {
  const higherIsBetter = t.kind === 'set' ? t.higherIsBetter : null;
  const outcome = judgeMetric(t, actual, dayOf);
  if (typeof outcome === 'number') return { name, status: METRIC_STATUS[outcome], higherIsBetter };
  return { name, status: 'INVALID', higherIsBetter, problem: outcome.problem };
}

// ---------------------------------------------------------------------------
// The rules, shared by judgeGate and GATE_STATUS
// ---------------------------------------------------------------------------

type Thresholds =
  | { kind: 'none' }
  | { kind: 'invalid'; problem: string }
  | { kind: 'set'; goAt: number; stopAt: number; higherIsBetter: boolean };

type AsOf = { kind: 'blank' } | { kind: 'day'; day: number } | { kind: 'invalid'; problem: string };

const NOT_JUDGED: Thresholds = { kind: 'none' };
const BLANK_AS_OF: AsOf = { kind: 'blank' };

/** The direction comes from the thresholds themselves: GO above STOP means higher is better. */
function readThresholds(goCell: unknown, stopCell: unknown, dayOf: DayOf): Thresholds {
  const goAt = readCell(goCell, SIGNED);
  const stopAt = readCell(stopCell, SIGNED);
  if (goAt.kind === 'invalid') return invalidCell('go_at', goCell, goAt.problem, dayOf);
  if (stopAt.kind === 'invalid') return invalidCell('stop_at', stopCell, stopAt.problem, dayOf);
  if (goAt.kind === 'blank' && stopAt.kind === 'blank') return NOT_JUDGED;
  if (goAt.kind === 'blank' || stopAt.kind === 'blank') {
    const blank = goAt.kind === 'blank' ? 'go_at' : 'stop_at';
    return {
      kind: 'invalid',
      problem: `${blank} is blank; give both go_at and stop_at, or neither`,
    };
  }
  if (goAt.value === stopAt.value) {
    return {
      kind: 'invalid',
      problem:
        `go_at and stop_at are both ${goAt.value}; set go_at above stop_at when higher is better, ` +
        'below it when lower is better',
    };
  }
  return {
    kind: 'set',
    goAt: goAt.value,
    stopAt: stopAt.value,
    higherIsBetter: goAt.value > stopAt.value,
  };
}

function invalidCell(
  what: string,
  cell: unknown,
  problem: Parameters<typeof describeProblem>[0],
  dayOf: DayOf,
): { kind: 'invalid'; problem: string } {
  return {
    kind: 'invalid',
    problem: `${what} ${quoteCell(cell, dayOf)} ${describeProblem(problem)}`,
  };
}

// A metric's outcome as its severity in the row, or the problem that makes the row invalid.
const NOT_JUDGED_CODE = 0;
const GO = 1;
const PENDING = 2;
const HOLD = 3;
const STOP = 4;
const METRIC_STATUS = ['NOT_JUDGED', 'GO', 'PENDING', 'HOLD', 'STOP'] as const;
const ROW_STATUS = ['', 'GO', 'PENDING', 'HOLD', 'STOP'] as const;

type MetricOutcome = number | { problem: string };

function judgeMetric(t: Thresholds, actualCell: unknown, dayOf: DayOf): MetricOutcome {
  if (t.kind === 'invalid') return t;
  // Without thresholds the metric is not judged, whatever its actual holds.
  if (t.kind === 'none') return NOT_JUDGED_CODE;
  // Most actuals are plain numbers Sheets has already parsed; skip the general rules.
  if (typeof actualCell === 'number' && isFiniteNumber(actualCell)) return position(t, actualCell);
  const value = readCell(actualCell, SIGNED);
  if (value.kind === 'invalid') return invalidCell('actual', actualCell, value.problem, dayOf);
  return value.kind === 'blank' ? PENDING : position(t, value.value);
}

/**
 * Relative tolerance of a threshold comparison: a GO of `=0.1+0.2` (0.30000000000000004)
 * reached by an actual of 0.3 is reached. 1e-9 is far above double rounding noise
 * (~1e-16) and far below any difference a sheet displays.
 */
const TOLERANCE = 1e-9;

/**
 * a ≥ b, or equal within TOLERANCE of the larger magnitude. Plain arithmetic, no `Math`:
 * in Apps Script (and node:vm) a global lookup per comparison made GATE_STATUS 20 times
 * slower over 10,000 rows.
 */
function atLeast(a: number, b: number): boolean {
  if (a >= b) return true;
  const size = a < 0 ? (b < 0 ? -a : b > -a ? b : -a) : b;
  return b - a <= TOLERANCE * size;
}

function position(t: { goAt: number; stopAt: number; higherIsBetter: boolean }, actual: number) {
  if (t.higherIsBetter) {
    if (atLeast(actual, t.goAt)) return GO;
    return atLeast(t.stopAt, actual) ? STOP : HOLD;
  }
  if (atLeast(t.goAt, actual)) return GO;
  return atLeast(actual, t.stopAt) ? STOP : HOLD;
}

function readAsOf(cell: unknown, dayOf: DayOf): AsOf {
  if (isBlankCell(cell)) return BLANK_AS_OF;
  let day: number | undefined;
  if (isDate(cell)) day = Number.isNaN(cell.getTime()) ? undefined : dayNumber(dayOf(cell));
  else if (typeof cell === 'string') day = dayNumber(cell.trim());
  if (day !== undefined) return { kind: 'day', day };
  return {
    kind: 'invalid',
    problem: `${quoteCell(cell, dayOf)} is not a date; use a date or a YYYY-MM-DD text, or leave it blank`,
  };
}

/** The row's text: an Invalid note, else STOP > STALE > HOLD > PENDING > GO > ''. */
function judgeRow(
  thresholds: readonly Thresholds[],
  actuals: readonly unknown[],
  names: readonly string[],
  asOf: AsOf,
  maxAgeDays: number,
  today: () => number,
  dayOf: DayOf,
): string {
  let worst = NOT_JUDGED_CODE;
  for (let c = 0; c < thresholds.length; c++) {
    const outcome = judgeMetric(thresholds[c], actuals[c], dayOf);
    if (typeof outcome !== 'number') return `Invalid ${names[c]}: ${outcome.problem}`;
    if (outcome > worst) worst = outcome;
  }
  if (asOf.kind === 'invalid') return `Invalid as_of: ${asOf.problem}`;
  if (worst === STOP) return 'STOP';
  // 14 days old is fresh with the default limit; 15 is stale.
  if (asOf.kind === 'day' && today() - asOf.day > maxAgeDays) return 'STALE';
  return ROW_STATUS[worst];
}

// ---------------------------------------------------------------------------
// GATE_STATUS: ranges in, one text per row out
// ---------------------------------------------------------------------------

/** The formula's arguments as Sheets passes them: single values or 2-D ranges. */
export interface GateInputs {
  actuals: unknown;
  goAt: unknown;
  stopAt: unknown;
  asOf?: unknown;
  maxAgeDays?: unknown;
  today?: unknown;
}

export interface Calendar {
  /**
   * 'YYYY-MM-DD': now, in the spreadsheet's time zone. Read only when a row has an
   * as_of to age, so an adapter may compute it lazily (finding the zone costs a call).
   */
  readonly today: string;
  dayOf: DayOf;
}

const FN = 'GATE_STATUS';

/** One text per actuals row; whole-call problems throw an Error starting `GATE_STATUS: `. */
export function gateStatus(inputs: GateInputs, calendar: Calendar): string[][] {
  const actuals = asTable(inputs.actuals);
  const rows = actuals.length;
  const cols = widthOf(actuals);
  if (rows === 0 || cols === 0) {
    throw new Error(
      `${FN}: actuals is empty. Pass the measured values: one row per gate, one column per metric.`,
    );
  }
  const goAt = thresholdRange('go_at', inputs.goAt, rows, cols);
  const stopAt = thresholdRange('stop_at', inputs.stopAt, rows, cols);
  const asOf = asOfRange(inputs.asOf, rows, calendar.dayOf);
  const maxAgeDays = readMaxAgeDays(inputs.maxAgeDays);
  const today = readToday(inputs.today, calendar);
  // Thresholds shared by every row are read once, not once per row.
  const shared = !goAt.perRow && !stopAt.perRow;
  const sharedThresholds = shared
    ? Array.from({ length: cols }, (_, c) =>
        readThresholds(goAt.at(0, c), stopAt.at(0, c), calendar.dayOf),
      )
    : [];
  const names = Array.from({ length: cols }, (_, c) => `metric ${c + 1}`);

  const result: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = actuals[r];
    // Open ranges (B2:D) run past the last gate; rows without actuals stay clean.
    if (shared && everyBlank(cells, cols)) {
      result.push(['']);
      continue;
    }
    const thresholds = shared
      ? sharedThresholds
      : names.map((_, c) => readThresholds(goAt.at(r, c), stopAt.at(r, c), calendar.dayOf));
    result.push([judgeRow(thresholds, cells, names, asOf(r), maxAgeDays, today, calendar.dayOf)]);
  }
  return result;
}

function everyBlank(cells: readonly unknown[], cols: number): boolean {
  for (let c = 0; c < cols; c++) if (!isBlankCell(cells[c])) return false;
  return true;
}

interface ThresholdRange {
  /** True when every row has thresholds of its own (the same R×C shape as actuals). */
  perRow: boolean;
  at(row: number, col: number): unknown;
}

function thresholdRange(name: string, raw: unknown, rows: number, cols: number): ThresholdRange {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === `${rows}×${cols}`) return { perRow: true, at: (r, c) => grid[r][c] };
  if (shape === `1×${cols}`) return { perRow: false, at: (_, c) => grid[0][c] };
  if (shape === '1×1') return { perRow: false, at: () => grid[0][0] };
  throw new Error(
    `${FN}: ${name} is ${shape} but actuals are ${rows}×${cols}. Give ${name} the same shape as actuals ` +
      `(thresholds per row), one row of ${cols} (shared by every row), or a single value.`,
  );
}

function asOfRange(raw: unknown, rows: number, dayOf: DayOf): (row: number) => AsOf {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === '1×1' || shape === '0×0') {
    const single = readAsOf(grid[0]?.[0], dayOf);
    return () => single;
  }
  if (shape === `${rows}×1`) return (r) => readAsOf(grid[r][0], dayOf);
  throw new Error(
    `${FN}: as_of is ${shape} but actuals have ${rows} row${rows === 1 ? '' : 's'}. ` +
      `Give as_of one date per row (a column of ${rows}) or a single date for every row.`,
  );
}

function singleCell(name: string, raw: unknown): unknown {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === '1×1') return grid[0][0];
  if (shape === '0×0') return undefined;
  throw new Error(
    `${FN}: ${name} must be a single value, not a ${shape} range. Pass one cell, or type the value.`,
  );
}

function readMaxAgeDays(raw: unknown): number {
  const cell = singleCell('max_age_days', raw);
  const value = readCell(cell, SIGNED);
  if (value.kind === 'blank') return DEFAULT_MAX_AGE_DAYS;
  if (value.kind === 'number' && value.value >= 0) return value.value;
  const problem = value.kind === 'number' ? 'is negative' : describeProblem(value.problem);
  throw new Error(
    `${FN}: max_age_days ${quoteCell(cell)} ${problem}. Give the number of days after which data is stale ` +
      `(0 or more), or leave it blank for ${DEFAULT_MAX_AGE_DAYS}.`,
  );
}

/** Today's day number, checked now but, when it defaults, looked up on first use. */
function readToday(raw: unknown, calendar: Calendar): () => number {
  const cell = singleCell('today', raw);
  if (isBlankCell(cell)) {
    let day: number | undefined;
    return () => {
      day ??= dayNumber(calendar.today) as number;
      return day;
    };
  }
  const asOf = readAsOf(cell, calendar.dayOf);
  if (asOf.kind === 'day') {
    const day = asOf.day;
    return () => day;
  }
  throw new Error(
    `${FN}: today ${quoteCell(cell, calendar.dayOf)} is not a date. Pass a date or a YYYY-MM-DD text, ` +
      "or leave it blank for today's date.",
  );
}
