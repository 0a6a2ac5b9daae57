/**
 * One gate judged for the daily gate monitor: the same rules as a GATE_STATUS row with
 * its own as_of (gate-rules.ts), plus what each metric says and how old the data is.
 */
import { invalidNoteProblem } from '../../shared/i18n/formulas';
import { dayNumber } from '../calendar';
import type { SheetSettings } from '../values/reader';
import { ValueReader } from '../values/reader';
import {
  type DataAge,
  dataAge,
  type GateStatus,
  HAS_ACTUAL,
  judgeMetric,
  judgeMetrics,
  judgeRow,
  METRIC_STATUS,
  readAsOf,
  readThresholds,
  type Thresholds,
} from './gate-rules';
import { readMaxAge } from './max-age';

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
  /**
   * How old the data is: `missing` (an actual with a blank Data-as-of) and `future` (a
   * Data-as-of after today) are what the monitor reports like STALE.
   */
  dataAge: DataAge;
}

/**
 * Judges one gate. `todayIso` is 'YYYY-MM-DD' in the spreadsheet's time zone; as_of is
 * the gate's own Data-as-of cell, so a blank one with an actual is STALE, as in a
 * GATE_STATUS as_of column. `staleAfter` is the row's "Stale after (days)" cell as typed
 * (14, '30 days', blank), read by GATE_STATUS's own rule (max-age.ts): a cell GATE_STATUS
 * shows as Invalid is Invalid here too. Throws only for a malformed `todayIso`.
 */
export function judgeGate(
  metrics: readonly GateMetric[],
  asOf: unknown,
  staleAfter: unknown,
  todayIso: string,
  sheet: SheetSettings,
): GateVerdict {
  const today = dayNumber(todayIso);
  if (today === undefined)
    throw new Error(`judgeGate: today must be 'YYYY-MM-DD', not "${todayIso}"`);
  const reader = new ValueReader(sheet);
  const thresholds = metrics.map((m) => readThresholds(m.goAt, m.stopAt, reader));
  const actuals = metrics.map((m) => m.actual);
  const nameOf = (c: number) => metrics[c].name;
  const dataAsOf = readAsOf(asOf, true, reader);
  const maxAgeDays = readMaxAge(staleAfter, reader);
  const text = judgeRow(thresholds, actuals, nameOf, dataAsOf, maxAgeDays, () => today, reader);
  const judged = judgeMetrics(thresholds, actuals, nameOf, reader);
  return {
    status: invalidNoteProblem(text) !== undefined ? 'INVALID' : (text as GateStatus | ''),
    text,
    metrics: metrics.map((m, c) => metricVerdict(m.name, thresholds[c], m.actual, reader)),
    ageDays: dataAsOf.kind === 'day' ? today - dataAsOf.day : null,
    dataAge:
      typeof judged === 'string'
        ? 'invalid'
        : dataAge(dataAsOf, maxAgeDays, today, judged >= HAS_ACTUAL),
  };
}

function metricVerdict(
  name: string,
  t: Thresholds,
  actual: unknown,
  reader: ValueReader,
): MetricVerdict {
  const higherIsBetter = t.kind === 'set' ? t.higherIsBetter : null;
  const outcome = judgeMetric(t, actual, reader);
  if (typeof outcome === 'number') return { name, status: METRIC_STATUS[outcome], higherIsBetter };
  return { name, status: 'INVALID', higherIsBetter, problem: outcome.problem };
}
