/**
 * A row's staleness limit ("Stale after (days)", GATE_STATUS's max_age_days), read one way
 * for GATE_STATUS and the gate monitor, so the sheet's Status and the monitor's email agree
 * on every spelling a user types (`30`, `30 days`, `4 weeks`, `30日`, `1 month`, `-3`).
 */
import { DAYS, type ValueReader } from '../values/reader';
import { DEFAULT_MAX_AGE_DAYS, type MaxAge } from './gate-rules';

/**
 * The limit in days (a non-negative number, DEFAULT_MAX_AGE_DAYS for a blank cell), or the
 * `problem` that makes the row Invalid, in `reader`'s language: a negative number, a percent
 * or currency, or a unit that is not days or weeks (`1 month`), or text (`never`).
 */
export function readMaxAge(cell: unknown, reader: ValueReader): MaxAge {
  const value = reader.number(cell, DAYS);
  if (value.kind === 'blank') return DEFAULT_MAX_AGE_DAYS;
  // 14 % or 14 € is no staleness limit: read as 0.14 or 14 days it would judge silently.
  const unit = value.kind === 'number' && (value.percent || value.currency);
  if (value.kind === 'number' && value.value >= 0 && !unit) return value.value;
  const text = reader.text;
  const why =
    value.kind === 'number'
      ? unit
        ? text.value.notDays
        : text.value.negativeShort
      : // `3 months`: the unit is what to fix, not a currency code.
        value.problem === 'unit'
        ? text.value.unitNotDays
        : value.why;
  return {
    problem: text.gate.maxAgeBad({ cell: reader.quote(cell), why, days: DEFAULT_MAX_AGE_DAYS }),
  };
}
