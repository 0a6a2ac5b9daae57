/**
 * PARTNER_SCORE's reading of the partner rows: every criterion cell through the value
 * reader (src/domain/values), then the checks over whole columns, into one typed array
 * per criterion that the scoring methods work on.
 */

import { ColumnMarks, checkColumn } from '../values/columns';
import {
  type CellValue,
  isFiniteNumber,
  MISSING,
  NON_NEGATIVE,
  type ValueReader,
} from '../values/reader';
import type { CriterionId } from './criteria';
import type { CriterionColumn } from './criterion-columns';

// Row kinds, kept in a typed array: a large range should not cost an object per row.
export const HEADER = 0;
export const BLANK = 1;
export const INVALID = 2;
export const SCORABLE = 3;

export interface InvalidCell {
  criterion: CriterionId;
  cell: unknown;
  message: string;
}

export interface RowKinds {
  kinds: Uint8Array;
  /** 1 for rows with a value in some criterion and no invalid cell. */
  scorable: Uint8Array;
  invalid: Map<number, InvalidCell>;
}

export interface TableReading {
  table: readonly (readonly unknown[])[];
  /** The criteria in sheet order, so the Invalid note names the first bad cell a person sees. */
  reading: readonly CriterionColumn[];
  readFrom: readonly number[];
  names: readonly string[];
  reader: ValueReader;
  /** Per reading column, what its text cells said (currency, %), once one did. */
  marks?: (ColumnMarks | undefined)[];
}

/**
 * Fills each criterion's values and each row's kind; returns the number of scorable
 * rows. Like every loop over all rows, it touches no global (see values/reader.ts).
 */
export function readRows(
  read: TableReading,
  firstRow: number,
  { kinds, scorable, invalid }: RowKinds,
) {
  const { table, reading, readFrom, names, reader } = read;
  let scorableRows = 0;
  for (let row = firstRow; row < table.length; row++) {
    const cells = table[row];
    let hasValue = false;
    let bad: InvalidCell | undefined;
    for (let c = 0; c < reading.length; c++) {
      const cell = cells[readFrom[c]];
      // Most cells are plain numbers Sheets has already parsed; skip the general rules.
      if (typeof cell === 'number' && cell >= 0 && isFiniteNumber(cell)) {
        reading[c].values[row] = cell + 0;
        hasValue = true;
        continue;
      }
      const value = reader.number(cell, NON_NEGATIVE);
      if (value.kind === 'number') {
        reading[c].values[row] = value.value;
        hasValue = true;
        if (value.currency || value.percent) {
          read.marks ??= [];
          const marks = read.marks[c] ?? new ColumnMarks(table.length);
          read.marks[c] = marks;
          marks.note(row, value);
        }
      } else if (value.kind === 'invalid') {
        bad = invalidCell(reading[c].id, names[c], cell, reader.quote(cell), value);
        break;
      }
    }
    if (bad) {
      kinds[row] = INVALID;
      invalid.set(row, bad);
      // An invalid row takes no part in anyone's normalisation.
      for (const column of reading) column.values[row] = MISSING;
    } else if (hasValue) {
      scorable[row] = 1;
      scorableRows++;
    } else kinds[row] = BLANK;
  }
  return scorableRows;
}

/**
 * The checks over whole columns (mixed currencies, fractions beside points in a %-column:
 * values/columns.ts) after every cell is read. Refuses the rows they name, rescales a
 * %-column of points, and returns how many scorable rows it refused.
 */
export function checkColumns(read: TableReading, { kinds, scorable, invalid }: RowKinds): number {
  let refused = 0;
  read.reading.forEach((column, c) => {
    const verdict = checkColumn(read.names[c], column.values, read.marks?.[c], read.reader);
    for (const [row, why] of verdict.invalid) {
      if (!scorable[row]) continue;
      const cell = read.table[row][read.readFrom[c]];
      kinds[row] = INVALID;
      scorable[row] = 0;
      refused++;
      invalid.set(row, {
        criterion: column.id,
        cell,
        message: `Invalid ${read.names[c]}: ${read.reader.quote(cell)} ${why}`,
      });
      for (const other of read.reading) other.values[row] = MISSING;
    }
    if (verdict.scale !== 1)
      for (let row = 0; row < column.values.length; row++) column.values[row] *= verdict.scale;
  });
  return refused;
}

function invalidCell(
  criterion: CriterionId,
  name: string,
  cell: unknown,
  quoted: string,
  value: Extract<CellValue, { kind: 'invalid' }>,
): InvalidCell {
  // "abc" plainly is not a number; say why only where the quoted value looks like one.
  const why = value.problem === 'text' ? '' : ` ${value.why}`;
  return { criterion, cell, message: `Invalid ${name}: ${quoted}${why}` };
}
