/**
 * GATE_STATUS: ranges in, one text per actuals row out. The rules of a row live in
 * gate-rules.ts, shared with the gate monitor (judge-gate.ts).
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import { dayNumber } from '../calendar';
import { asTable, shapeOf, widthOf } from '../ranges';
import { isBlankCell, type SheetSettings, ValueReader } from '../values/reader';
import { type AsOf, judgeRow, type MaxAge, readAsOf, readThresholds } from './gate-rules';
import { readMaxAge } from './max-age';

/** The formula's arguments as Sheets passes them: single values or 2-D ranges. */
export interface GateInputs {
  actuals: unknown;
  goAt: unknown;
  stopAt: unknown;
  asOf?: unknown;
  maxAgeDays?: unknown;
  today?: unknown;
}

/** The spreadsheet as GATE_STATUS sees it: locale, time zone, and today. */
export interface Calendar extends SheetSettings {
  /**
   * 'YYYY-MM-DD': now, in the spreadsheet's time zone. Read only when a row has an
   * as_of to age, so an adapter may compute it lazily (finding the zone costs a call).
   */
  readonly today: string;
}

const FN = 'GATE_STATUS';

/** An Error starting `GATE_STATUS: ` with `message` written in `reader`'s language. */
function gateError(reader: ValueReader, message: (t: FormulaText) => string): Error {
  const text = reader.text;
  return new Error(text.error({ fn: FN, message: message(text) }));
}

/**
 * One text per actuals row; whole-call problems throw an Error starting `GATE_STATUS: `.
 * Cells are read in the spreadsheet's locale (`calendar.locale`, looked up only when a
 * text needs it) and dates in its time zone.
 */
export function gateStatus(inputs: GateInputs, calendar: Calendar): string[][] {
  const reader = new ValueReader(calendar);
  const actuals = asTable(inputs.actuals);
  const rows = actuals.length;
  const cols = widthOf(actuals);
  if (rows === 0 || cols === 0) throw gateError(reader, (t) => t.gate.actualsEmpty);
  const goAt = thresholdRange('go_at', inputs.goAt, rows, cols, reader);
  const stopAt = thresholdRange('stop_at', inputs.stopAt, rows, cols, reader);
  const asOf = asOfRange(inputs.asOf, rows, reader);
  const maxAge = maxAgeRange(inputs.maxAgeDays, rows, reader);
  const today = readToday(inputs.today, calendar, reader);
  // Thresholds shared by every row are read once, not once per row.
  const shared = !goAt.perRow && !stopAt.perRow;
  const sharedThresholds = shared
    ? Array.from({ length: cols }, (_, c) => readThresholds(goAt.at(0, c), stopAt.at(0, c), reader))
    : [];
  // Named only in an Invalid note, so the catalogue is looked up only then.
  const nameOf = (c: number) => reader.text.gate.metric({ n: c + 1 });

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
      : Array.from({ length: cols }, (_, c) =>
          readThresholds(goAt.at(r, c), stopAt.at(r, c), reader),
        );
    result.push([judgeRow(thresholds, cells, nameOf, asOf(r), maxAge(r), today, reader)]);
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

function thresholdRange(
  name: string,
  raw: unknown,
  rows: number,
  cols: number,
  reader: ValueReader,
): ThresholdRange {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === `${rows}×${cols}`) return { perRow: true, at: (r, c) => grid[r][c] };
  if (shape === `1×${cols}`) return { perRow: false, at: (_, c) => grid[0][c] };
  if (shape === '1×1') return { perRow: false, at: () => grid[0][0] };
  throw gateError(reader, (t) => t.gate.thresholdShape({ name, shape, rows, cols }));
}

/**
 * as_of left out: not checked. One cell for several rows: shared, and blank means not
 * checked. A column as tall as actuals (for one row, its one cell): each row's own, and a
 * row with an actual but a blank as_of is STALE.
 */
function asOfRange(raw: unknown, rows: number, reader: ValueReader): (row: number) => AsOf {
  if (raw === undefined || raw === null) {
    const unchecked = readAsOf(undefined, false, reader);
    return () => unchecked;
  }
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === `${rows}×1`) return (r) => readAsOf(grid[r][0], true, reader);
  if (shape === '1×1' || shape === '0×0') {
    const single = readAsOf(grid[0]?.[0], false, reader);
    return () => single;
  }
  throw gateError(reader, (t) => t.gate.asOfShape({ shape, rows }));
}

/**
 * max_age_days: one value for every row (a bad one is an error on the call), or a column
 * with one per row, as a written plan's gate table has (a bad cell makes its row Invalid).
 */
function maxAgeRange(raw: unknown, rows: number, reader: ValueReader): (row: number) => MaxAge {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (rows > 1 && shape === `${rows}×1`) return (r) => readMaxAge(grid[r][0], reader);
  if (shape !== '1×1' && shape !== '0×0')
    throw gateError(reader, (t) => t.gate.maxAgeShape({ shape, rows }));
  const cell = grid[0]?.[0];
  const single = readMaxAge(cell, reader);
  if (typeof single !== 'number')
    throw gateError(reader, (t) => t.gate.maxAgeValue({ problem: single.problem }));
  return () => single;
}

function singleCell(name: string, raw: unknown, reader: ValueReader): unknown {
  const grid = asTable(raw);
  const shape = shapeOf(grid);
  if (shape === '1×1') return grid[0][0];
  if (shape === '0×0') return undefined;
  throw gateError(reader, (t) => t.gate.singleValue({ name, shape }));
}

/** Today's day number, checked now but, when it defaults, looked up on first use. */
function readToday(raw: unknown, calendar: Calendar, reader: ValueReader): () => number {
  const cell = singleCell('today', raw, reader);
  if (isBlankCell(cell)) {
    let day: number | undefined;
    return () => {
      day ??= dayNumber(calendar.today) as number;
      return day;
    };
  }
  const date = reader.date(cell);
  if (date.kind === 'day') {
    const day = date.day;
    return () => day;
  }
  throw gateError(reader, (t) => t.gate.todayNotDate({ cell: reader.quote(cell) }));
}
