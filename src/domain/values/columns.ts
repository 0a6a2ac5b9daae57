/**
 * Checks over a whole criterion column of read cells (rules 4 and 8 of issue 16): amounts
 * in two currencies (or in hours beside money), and a %-headed column mixing fractions
 * (0.4, 40%) with percentage points (40). Each is invisible cell by cell and reorders
 * partners silently.
 */

import { shown } from './number-text';
import { type CellValue, isMissing, type ValueReader } from './reader';

/**
 * What a column's text cells said beyond their numbers; plain numbers say nothing. Kept
 * as rows per currency and a flag per row, so a 50,000-row column of `$12,500` costs an
 * array push per cell, not a map entry.
 */
export class ColumnMarks {
  /** Rows by the currency their text named, in sheet order. */
  readonly currencies = new Map<string, number[]>();
  /** 1 for a row typed with `%`; allocated on the first. */
  percentRows: Uint8Array | undefined;
  /** Rows typed with hours (`60h`), in sheet order. */
  readonly hourRows: number[] = [];
  private lastCode = '';
  private lastRows: number[] = [];

  constructor(private readonly rowCount: number) {}

  /** Keeps the currency and `%` of one read cell, if it had any. */
  note(row: number, value: CellValue): void {
    if (value.kind !== 'number') return;
    const code = value.currency;
    if (code) {
      // Columns are mostly one currency: skip the map lookup while it stays the same.
      if (code !== this.lastCode) {
        let rows = this.currencies.get(code);
        if (!rows) {
          rows = [];
          this.currencies.set(code, rows);
        }
        this.lastCode = code;
        this.lastRows = rows;
      }
      this.lastRows.push(row);
    }
    if (value.hours) this.hourRows.push(row);
    if (value.percent) {
      this.percentRows ??= new Uint8Array(this.rowCount);
      this.percentRows[row] = 1;
    }
  }
}

export interface ColumnVerdict {
  /** Row → the end of a sentence starting with the quoted cell, for rows to refuse. */
  invalid: Map<number, string>;
  /** What to multiply the column by: 0.01 for a %-headed column of percentage points, else 1. */
  scale: number;
}

const PERCENT_HEADER = /%|\bper ?cent|\bpct\b|\brates?\b/i;

/** True when a header names a percentage: `Coverage gap (%)`, `Win rate`, `pct filled`. */
export function isPercentHeader(header: string): boolean {
  return PERCENT_HEADER.test(header);
}

/**
 * Judges one column. `values` holds each row's number (NaN where blank or already
 * refused), `marks` what its text cells said, `percent` whether it holds a percentage
 * (by default, when its header says so); `reader` gives the messages and the decimal
 * mark they use. Rows are refused, never rescaled one by one: which of two readings a
 * person meant is theirs to say.
 */
export function checkColumn(
  header: string,
  values: Float64Array,
  marks: ColumnMarks | undefined,
  reader: ValueReader,
  percent = isPercentHeader(header),
): ColumnVerdict {
  const invalid = new Map<number, string>();
  if (marks) mixedUnits(marks, values, reader, invalid);
  const scale = percent ? percentScale(values, marks?.percentRows, reader, invalid) : 1;
  return { invalid, scale };
}

/**
 * Amounts in two currencies, or hours beside money, are no one scale: the rows of the
 * fewer kind are refused (hours or money first, then each currency but the most common).
 * On a tie neither is the column's: every row of the tied kinds is refused, naming them,
 * since the locale's own currency says nothing of what a pasted column was kept in.
 */
function mixedUnits(
  marks: ColumnMarks,
  values: Float64Array,
  reader: ValueReader,
  invalid: Map<number, string>,
) {
  const live = (rows: number[]) => rows.filter((row) => !isMissing(values[row]));
  const byCode = [...marks.currencies].map(([code, rows]) => [code, live(rows)] as const);
  const hourRows = live(marks.hourRows);
  const money = byCode.reduce((sum, [, rows]) => sum + rows.length, 0);
  const text = reader.text.value;
  if (hourRows.length > 0 && money > 0) {
    const code = byCode.reduce((a, b) => (b[1].length > a[1].length ? b : a))[0];
    if (hourRows.length <= money)
      for (const row of hourRows) invalid.set(row, text.hoursAndMoney({ hours: true, code }));
    if (money <= hourRows.length) {
      for (const [code, rows] of byCode)
        for (const row of rows) invalid.set(row, text.hoursAndMoney({ hours: false, code }));
      return;
    }
  }
  const most = Math.max(0, ...byCode.map(([, rows]) => rows.length));
  const tied = byCode.filter(([, rows]) => rows.length === most).map(([code]) => code);
  for (const [code, rows] of byCode) {
    if (tied.length === 1 && code === tied[0]) continue;
    const why =
      tied.length === 1
        ? text.otherCurrency({ code, main: tied[0] })
        : text.currencyTie({ code, codes: tied });
    for (const row of rows) invalid.set(row, why);
  }
}

/**
 * Rule 8: fractions (≤ 1, or typed with %) and points (> 1) must not share a %-headed
 * column. The minority is refused (points, on a tie: Sheets stores a typed 40% as 0.4).
 * Zero reads the same either way and counts as neither; so does a plain 1, which is 100 %
 * among fractions and 1 % among points: refusing it would tell the person who typed 1 to
 * type 1. It is read on the column's scale like every other cell.
 */
function percentScale(
  values: Float64Array,
  percentRows: Uint8Array | undefined,
  reader: ValueReader,
  invalid: Map<number, string>,
): number {
  let fractions = 0;
  let points = 0;
  // Most columns have no refused row yet: skip the map lookup for each of their rows.
  const anyInvalid = invalid.size > 0;
  const eitherKind = (v: number, row: number) =>
    isMissing(v) ||
    v === 0 ||
    (v === 1 && percentRows?.[row] !== 1) ||
    (anyInvalid && invalid.has(row));
  if (percentRows === undefined && !anyInvalid)
    // Most columns: no cell typed with % and none refused. NaN fails both tests.
    for (let row = 0; row < values.length; row++) {
      const v = values[row];
      if (v > 1) points++;
      else if (v < 1 && v !== 0) fractions++;
    }
  else
    for (let row = 0; row < values.length; row++) {
      const v = values[row];
      if (eitherKind(v, row)) continue;
      if (v <= 1 || percentRows?.[row] === 1) fractions++;
      else points++;
    }
  if (fractions === 0) return points > 0 ? 0.01 : 1;
  if (points === 0) return 1;
  const refusePoints = points <= fractions;
  for (let row = 0; row < values.length; row++) {
    const v = values[row];
    if (eitherKind(v, row)) continue;
    const isFraction = v <= 1 || percentRows?.[row] === 1;
    // Keep the majority kind: fractions when points are refused, else points.
    if (isFraction === refusePoints) continue;
    const percent = shown(refusePoints ? v : round(v * 100), reader.locale.decimal);
    const text = reader.text.value;
    invalid.set(
      row,
      refusePoints ? text.pointsAmongFractions({ percent }) : text.fractionAmongPoints({ percent }),
    );
  }
  return refusePoints ? 1 : 0.01;
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * The currency a column's amounts are in: the one its text cells named on the most rows
 * still read (`values` not NaN, so refused rows do not count); undefined when no read row
 * named one, and on a tie. What the plan labels the column's amounts with.
 */
export function columnCurrency(
  marks: ColumnMarks | undefined,
  values: Float64Array,
): string | undefined {
  let currency: string | undefined;
  let most = 0;
  let tied = false;
  for (const [code, rows] of marks?.currencies ?? []) {
    let live = 0;
    for (const row of rows) if (!isMissing(values[row])) live++;
    if (live > most) [currency, most, tied] = [code, live, false];
    else if (live === most && live > 0) tied = true;
  }
  return tied ? undefined : currency;
}
