/**
 * The checks over a whole criterion column that no single cell shows (rules 4 and 8 of
 * issue 16, judged in values/columns.ts): amounts in two currencies, and fractions beside
 * percentage points in a %-headed column. The table reader runs them between reading the
 * cells and classifying the rows, for PARTNER_SCORE and the planner alike.
 */

import { type ColumnMarks, checkColumn, isPercentHeader } from '../values/columns';
import { MISSING, type ValueReader } from '../values/reader';
import type { CriterionId } from './criteria';

/** A refused cell as the sheet holds it, and the message its row's note will carry. */
export interface Problem {
  cell: unknown;
  message: string;
}

/** What the checks need of a column read as a criterion (table-reader.ts's ReadColumn). */
interface CheckedColumn {
  /** The header as typed: a %-header makes the column a percentage. */
  readonly name: string;
  /** Coverage gap is a share whatever its header says. */
  readonly criterion: CriterionId | undefined;
  /** 0-based column in the table's rows. */
  readonly column: number;
}

interface ColumnChecks {
  table: readonly (readonly unknown[])[];
  columns: readonly CheckedColumn[];
  values: Float64Array[];
  marks: readonly (ColumnMarks | undefined)[];
  namedTotal: Uint8Array;
  problems: Map<number, Problem>[];
  reader: ValueReader;
}

/**
 * Rules 4 and 8 of issue 16 over each column (values/columns.ts), in sheet order: the
 * rows they refuse become problems of that column. Returns what each column's values
 * are divided by in the plan's units: 100 for a %-headed column of percentage points
 * (40 is 0.4; the coverage gap column is a share whatever its header), else 1. Only rows that can still be partners count: a named total row or a row
 * already refused for another cell says nothing about the column.
 */
export function checkColumns({
  table,
  columns,
  values,
  marks,
  namedTotal,
  problems,
  reader,
}: ColumnChecks): number[] {
  const divisors = columns.map(() => 1);
  const percent = columns.map(
    (column) => isPercentHeader(column.name) || column.criterion === 'coverageGap',
  );
  const checked: number[] = [];
  for (let c = 0; c < columns.length; c++) {
    const mark = marks[c];
    const units = mark ? mark.currencies.size + (mark.hourRows.length > 0 ? 1 : 0) : 0;
    if (units > 1 || percent[c]) checked.push(c);
  }
  if (checked.length === 0) return divisors;
  checked.sort((a, b) => columns[a].column - columns[b].column);
  // From the problems' own rows, not a lookup in every column's map for every row; and
  // copied only when some row is refused, since most tables have none.
  let refused = namedTotal;
  let anyRefused = namedTotal.indexOf(1) >= 0 || problems.some((column) => column.size > 0);
  const refuse = (row: number) => {
    if (refused === namedTotal) refused = namedTotal.slice();
    refused[row] = 1;
    anyRefused = true;
  };
  for (const columnProblems of problems) for (const row of columnProblems.keys()) refuse(row);
  for (const c of checked) {
    const column = columns[c];
    // The checks only read: a column with no refused row is judged as it stands.
    const live = anyRefused ? values[c].slice() : values[c];
    if (anyRefused)
      for (let row = 0; row < live.length; row++) if (refused[row]) live[row] = MISSING;
    const verdict = checkColumn(column.name, live, marks[c], reader, percent[c]);
    for (const [row, why] of verdict.invalid) {
      const cell = table[row][column.column];
      const text = reader.text;
      problems[c].set(row, {
        cell,
        message: text.invalid({
          what: column.name,
          problem: text.cellWhy({ cell: reader.quote(cell), why }),
        }),
      });
      refuse(row);
    }
    // Divided, not multiplied by 0.01: 57 / 100 is 0.57, 57 × 0.01 is 0.5700000000000001.
    if (verdict.scale !== 1) divisors[c] = 1 / verdict.scale;
  }
  return divisors;
}
