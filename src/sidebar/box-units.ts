/**
 * What each sidebar number box holds, and which of a typed text's units fit it: a box
 * reads text as a cell does (numbers.ts), then refuses a unit that is not its own, so
 * `90 %` in a money box or `27 €` in a percent box is never read as a bare 90 or 27.
 */

/**
 * A box's kind: `money` in the plan's currency, `percent` (shown in points, 27 for 27 %),
 * `hours`, `days`, `count` (a plain number: a row, weeks, partners, a custom metric or a
 * word's number) or `weight` (a plain number, relative to the others).
 */
export type BoxKind = 'money' | 'percent' | 'hours' | 'days' | 'count' | 'weight';

/** The units the value reader found in a text (number-text.ts's NumberText). */
export interface TypedUnits {
  /** ISO 4217 code (or `kr`) of a currency mark, else null. */
  currency: string | null;
  percent: boolean;
  hours: boolean;
  /** Typed with a magnitude of its own (`12k`, `1,5 Mio`, `3万`). */
  scaled?: boolean;
}

/** A unit typed that the box does not take: what was found, to name it in the refusal. */
export type Misfit =
  | { found: 'percent' | 'hours' | 'magnitude' }
  | { found: 'currency'; code: string };

/**
 * The typed unit `kind` does not take, or null when every unit fits. `currency` is the
 * plan's ISO code (the table's, else the locale's; null when unknown, and then any
 * currency is taken). A plain number takes the box's unit, as GATE_STATUS gives a plain
 * actual its thresholds' currency. A percentage takes no magnitude: `27k %` means nothing.
 */
export function misfit(units: TypedUnits, kind: BoxKind, currency: string | null): Misfit | null {
  if (units.percent && kind !== 'percent') return { found: 'percent' };
  if (units.currency !== null && (kind !== 'money' || (currency && units.currency !== currency)))
    return { found: 'currency', code: units.currency };
  if (units.hours && kind !== 'hours') return { found: 'hours' };
  if (units.scaled && kind === 'percent') return { found: 'magnitude' };
  return null;
}

/**
 * A percent box's number in points (27 for 27 %), read as the sheet reads a percent
 * cell: typed with `%` it is points as typed (`0,5 %` is 0.5 %); a plain number below 1
 * is a fraction (0.27 is 27 %), as Sheets stores a typed 27 % and as PARTNER_SCORE's
 * %-columns, GATE_STATUS and the plan's Actual cells read it; 2 and above are points (27
 * is 27 %), as PARTNER_SCORE reads a column of points and GATE_STATUS names an actual of
 * 2 to 100 beside fractions. From 1 to below 2 the readers disagree (1 is 1 % among
 * points and 100 % among fractions; GATE_STATUS reads 1.2 as 120 %, a column 1.2 %), so
 * `undefined`: the box asks for a `%`. Negatives (a gate's -5 %) follow their size.
 */
export function percentPoints(value: number, typedPercent: boolean): number | undefined {
  if (typedPercent) return value;
  const size = Math.abs(value);
  if (size < 1) return Number((value * 100).toPrecision(15));
  return size < 2 ? undefined : value;
}
