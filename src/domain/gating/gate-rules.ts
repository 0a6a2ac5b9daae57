/**
 * The rules of one gate row, shared by GATE_STATUS (gate-status.ts) and the gate monitor
 * (judge-gate.ts): each metric's actual against its GO and STOP thresholds, and the age
 * of the data behind them. Cells are read by the value reader (src/domain/values).
 */
import { fromDayNumber } from '../calendar';
import { isBlankCell, isFiniteNumber, SIGNED, type ValueReader } from '../values/reader';

/** What a judged gate shows. */
export type GateStatus = 'GO' | 'HOLD' | 'STOP' | 'PENDING' | 'STALE';

export const DEFAULT_MAX_AGE_DAYS = 14;

export type Thresholds =
  | { kind: 'none' }
  | { kind: 'invalid'; problem: string }
  | {
      kind: 'set';
      goAt: number;
      stopAt: number;
      higherIsBetter: boolean;
      /** Both thresholds are fractions of 1 (30 % stored as 0.3), at least one not whole. */
      fractions: boolean;
      /** The currency the thresholds name (ISO 4217, or `kr`), or undefined when neither names one. */
      currency?: string;
    };

/**
 * A row's Data-as-of. `unchecked`: no as_of, or one blank for all rows. `missing`: the
 * row's own as_of is blank, so data it has is of unknown age (rule 9 of issue 16).
 */
export type AsOf =
  | { kind: 'unchecked' }
  | { kind: 'missing' }
  | { kind: 'day'; day: number; iso: string }
  | { kind: 'invalid'; problem: string };

/** The staleness limit of a row, or why its cell cannot be one. */
export type MaxAge = number | { problem: string };

const NOT_JUDGED: Thresholds = { kind: 'none' };
const UNCHECKED: AsOf = { kind: 'unchecked' };
const MISSING_AS_OF: AsOf = { kind: 'missing' };

/** The direction comes from the thresholds themselves: GO above STOP means higher is better. */
export function readThresholds(
  goCell: unknown,
  stopCell: unknown,
  reader: ValueReader,
): Thresholds {
  const goAt = reader.number(goCell, SIGNED);
  const stopAt = reader.number(stopCell, SIGNED);
  if (goAt.kind === 'invalid') return invalidCell('go_at', goCell, goAt.why, reader);
  if (stopAt.kind === 'invalid') return invalidCell('stop_at', stopCell, stopAt.why, reader);
  if (goAt.kind === 'blank' && stopAt.kind === 'blank') return NOT_JUDGED;
  if (goAt.kind === 'blank' || stopAt.kind === 'blank') {
    const blank = goAt.kind === 'blank' ? 'go_at' : 'stop_at';
    return { kind: 'invalid', problem: reader.text.gate.thresholdBlank({ blank }) };
  }
  if (goAt.value === stopAt.value) {
    return {
      kind: 'invalid',
      problem: reader.text.gate.thresholdsEqual({ value: String(goAt.value) }),
    };
  }
  const go = goAt.value;
  const stop = stopAt.value;
  // A GO in EUR and a STOP in USD cannot be compared with one actual.
  if (goAt.currency && stopAt.currency && goAt.currency !== stopAt.currency)
    return {
      kind: 'invalid',
      problem: reader.text.gate.currencies({
        first: `go_at ${reader.quote(goCell)}`,
        second: `stop_at ${reader.quote(stopCell)}`,
      }),
    };
  return {
    kind: 'set',
    goAt: go,
    stopAt: stop,
    higherIsBetter: go > stop,
    fractions: go >= 0 && go <= 1 && stop >= 0 && stop <= 1 && (go % 1 !== 0 || stop % 1 !== 0),
    currency: goAt.currency ?? stopAt.currency ?? undefined,
  };
}

function invalidCell(
  what: string,
  cell: unknown,
  why: string,
  reader: ValueReader,
): { kind: 'invalid'; problem: string } {
  return {
    kind: 'invalid',
    problem: reader.text.namedCell({ name: what, cell: reader.quote(cell), why }),
  };
}

// A metric's outcome as its severity in the row, or the problem that makes the row invalid.
export const NOT_JUDGED_CODE = 0;
export const GO = 1;
export const PENDING = 2;
export const HOLD = 3;
export const STOP = 4;
export const METRIC_STATUS = ['NOT_JUDGED', 'GO', 'PENDING', 'HOLD', 'STOP'] as const;
const ROW_STATUS = ['', 'GO', 'PENDING', 'HOLD', 'STOP'] as const;

export type MetricOutcome = number | { problem: string };

/**
 * One metric's outcome: its severity code (GO < PENDING < HOLD < STOP) or the problem that
 * makes the row Invalid. A blank actual is PENDING; without thresholds it is not judged.
 */
export function judgeMetric(
  t: Thresholds,
  actualCell: unknown,
  reader: ValueReader,
): MetricOutcome {
  if (t.kind === 'invalid') return t;
  // Without thresholds the metric is not judged, whatever its actual holds.
  if (t.kind === 'none') return NOT_JUDGED_CODE;
  // Most actuals are plain numbers Sheets has already parsed; skip the general rules.
  if (typeof actualCell === 'number' && isFiniteNumber(actualCell))
    return t.fractions && isPoints(t, actualCell)
      ? unitMismatch(t, actualCell, reader)
      : position(t, actualCell);
  const value = reader.number(actualCell, SIGNED);
  if (value.kind === 'invalid') return invalidCell('actual', actualCell, value.why, reader);
  if (value.kind === 'blank') return PENDING;
  // USD 95,000 against GO 90.000 € would be judged as if the currencies were one.
  if (value.currency && t.currency && value.currency !== t.currency)
    return {
      problem: reader.text.gate.currencies({
        first: `actual ${reader.quote(actualCell)}`,
        second: `go_at and stop_at (${t.currency})`,
      }),
    };
  if (value.percent && value.value !== 0 && arePoints(t))
    return {
      problem: reader.text.gate.percentAgainstPoints({
        actual: reader.quote(actualCell),
        points: String(Number((value.value * 100).toPrecision(12))),
        goAt: String(t.goAt),
        stopAt: String(t.stopAt),
      }),
    };
  return t.fractions && isPoints(t, value.value)
    ? unitMismatch(t, value.value, reader)
    : position(t, value.value);
}

/**
 * Thresholds that look like percentage points (GO 30, STOP 15): the larger above 1 and at
 * most 100, neither below 0. Against them an actual typed with `%` (32 % is 0.32) would be
 * judged 100 times too small, a silent STOP. A plain 0.32 is judged as it stands: a custom
 * function cannot see a cell's percent format, and a payback of 0.5 months against 3 and 6
 * is a real value.
 */
function arePoints(t: { goAt: number; stopAt: number }): boolean {
  const larger = Math.max(t.goAt, t.stopAt);
  return larger > 1 && larger <= 100 && Math.min(t.goAt, t.stopAt) >= 0;
}

/**
 * Against thresholds that are fractions (30 % is 0.3), an actual up to 100 that is a whole
 * number from 2, or more than POINTS_FACTOR times the larger threshold (7.5, 33.3), is
 * most likely a percentage typed as points: judged as it stands, 12 against 30 % would be
 * 40 times the GO level, a silent GO. An actual just above 1 stays a ratio (a coverage of
 * 1.2 against GO 0.8, an attainment of 110 % against 90 %).
 */
function isPoints(t: { goAt: number; stopAt: number }, actual: number): boolean {
  if (actual <= 1 || actual > 100) return false;
  if (actual % 1 === 0) return actual >= 2;
  return actual > POINTS_FACTOR * Math.max(t.goAt, t.stopAt);
}

/** No GO level of a ratio is set so low that four times it is still a plausible actual. */
const POINTS_FACTOR = 4;

function unitMismatch(
  t: { goAt: number; stopAt: number },
  actual: number,
  reader: ValueReader,
): { problem: string } {
  const percent = (fraction: number) => String(Number((fraction * 100).toPrecision(12)));
  return {
    problem: reader.text.gate.pointsAgainstFractions({
      actual: String(actual),
      goAt: String(t.goAt),
      stopAt: String(t.stopAt),
      goPercent: percent(t.goAt),
      stopPercent: percent(t.stopAt),
      asFraction: String(actual / 100),
    }),
  };
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

/**
 * Reads an as_of cell. `ownRow`: the cell is this row's own (a column of as_of, or the
 * monitor's Data-as-of cell), so a blank means `missing`; otherwise it is shared by every
 * row and a blank means `unchecked`.
 */
export function readAsOf(cell: unknown, ownRow: boolean, reader: ValueReader): AsOf {
  if (isBlankCell(cell)) return ownRow ? MISSING_AS_OF : UNCHECKED;
  const date = reader.date(cell);
  if (date.kind === 'day') return date;
  if (date.kind === 'invalid')
    return {
      kind: 'invalid',
      problem: reader.text.cellWhy({ cell: reader.quote(cell), why: date.why }),
    };
  return UNCHECKED;
}

/** How old a row's data is, as far as staleness goes. */
export type DataAge = 'unchecked' | 'fresh' | 'old' | 'missing' | 'future' | 'invalid';

/** The age of the data behind a row with (`hasActual`) or without an actual. */
export function dataAge(asOf: AsOf, maxAge: MaxAge, today: number, hasActual: boolean): DataAge {
  if (asOf.kind === 'invalid' || typeof maxAge !== 'number') return 'invalid';
  if (asOf.kind === 'missing') return hasActual ? 'missing' : 'unchecked';
  if (asOf.kind === 'unchecked') return 'unchecked';
  if (asOf.day > today) return 'future';
  // 14 days old is fresh with the default limit; 15 is stale.
  return today - asOf.day > maxAge ? 'old' : 'fresh';
}

/** Added to a row's worst outcome code when some actual was judged (see judgeMetrics). */
export const HAS_ACTUAL = 8;

/**
 * A row's metrics judged: the worst outcome code (NOT_JUDGED_CODE…STOP), plus HAS_ACTUAL
 * when any actual was judged; or the Invalid text. One number rather than an object:
 * GATE_STATUS judges every row of its range, and an object per row was a tenth of its time
 * in garbage collection.
 */
export function judgeMetrics(
  thresholds: readonly Thresholds[],
  actuals: readonly unknown[],
  nameOf: (column: number) => string,
  reader: ValueReader,
): number | string {
  let worst = NOT_JUDGED_CODE;
  let hasActual = 0;
  for (let c = 0; c < thresholds.length; c++) {
    const outcome = judgeMetric(thresholds[c], actuals[c], reader);
    if (typeof outcome !== 'number')
      return reader.text.invalid({ what: nameOf(c), problem: outcome.problem });
    if (outcome !== NOT_JUDGED_CODE && outcome !== PENDING) hasActual = HAS_ACTUAL;
    if (outcome > worst) worst = outcome;
  }
  return worst + hasActual;
}

/**
 * The row's text: an Invalid note (a metric, then as_of, max_age_days, an as_of after
 * today), else STOP > STALE > HOLD > PENDING > GO > ''. STALE: data older than the limit,
 * or data with a blank as_of of its own.
 */
export function judgeRow(
  thresholds: readonly Thresholds[],
  actuals: readonly unknown[],
  nameOf: (column: number) => string,
  asOf: AsOf,
  maxAge: MaxAge,
  today: () => number,
  reader: ValueReader,
): string {
  const metrics = judgeMetrics(thresholds, actuals, nameOf, reader);
  if (typeof metrics === 'string') return metrics;
  const worst = metrics & (HAS_ACTUAL - 1);
  if (asOf.kind === 'invalid') return reader.text.invalid({ what: 'as_of', problem: asOf.problem });
  if (typeof maxAge !== 'number')
    return reader.text.invalid({ what: 'max_age_days', problem: maxAge.problem });
  if (asOf.kind === 'unchecked') return ROW_STATUS[worst];
  const age = dataAge(asOf, maxAge, today(), metrics >= HAS_ACTUAL);
  if (age === 'future' && asOf.kind === 'day') {
    const problem = reader.text.gate.asOfFuture({ asOf: asOf.iso, today: fromDayNumber(today()) });
    return reader.text.invalid({ what: 'as_of', problem });
  }
  if (worst === STOP) return 'STOP';
  if (age === 'old' || age === 'missing') return 'STALE';
  return ROW_STATUS[worst];
}
