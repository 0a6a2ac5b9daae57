/**
 * One criterion column of a partner table read into numbers (table-reader.ts runs it for
 * each column): the plain numbers Sheets has already parsed, taken for every column in one
 * pass over the rows, then each remaining cell through the value reader, and tier words
 * read on their scale (tiers.ts). Cells it cannot read become the column's problems.
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import { ColumnMarks } from '../values/columns';
import { fullAmountWhy, headerScale, timesTenTo } from '../values/header-scale';
import {
  type CellValue,
  INFINITY,
  isBlankCell,
  isMissing,
  MISSING,
  NON_NEGATIVE,
  type ValueReader,
} from '../values/reader';
import type { Problem } from './column-checks';
import type { CriterionId } from './criteria';
import { isErrorText } from './criteria';
import { readWords, wordKey, wordProblem } from './tiers';
import { isTotalName } from './total-names';

/** One column read as a criterion. */
export interface ReadColumn {
  /** The criterion's id, or `extra:<column>` for a team's own criterion. */
  readonly key: string;
  readonly criterion: CriterionId | undefined;
  /** What messages call it: the header as typed, else the criterion's label. */
  readonly name: string;
  /** 0-based column in the table's rows. */
  readonly column: number;
  readonly benefit: boolean;
  /** Relative weight, 0 or more. */
  readonly weight: number;
  /** The user's own word → number map (keys from wordKey), read before any known scale. */
  readonly words?: ReadonlyMap<string, number>;
}

/** Which columns of a table to read, as what, and where its header and names are. */
export interface TableLayout {
  /** Row 0 is a header row and is not read. */
  readonly hasHeader: boolean;
  /** 0-based column of the partner names, or undefined when the table has none. */
  readonly nameColumn: number | undefined;
  readonly columns: readonly ReadColumn[];
  /**
   * Headers of number columns no criterion was read from while some criterion has no
   * column (PARTNER_SCORE without labelled weights): the Score header names them, since a
   * German "Fähigkeit" column left unread would otherwise rank partners on fewer criteria
   * without a sign.
   */
  readonly unread?: readonly string[];
  /** Labels of weights above 0 (labelled weights) naming a criterion the table has no column for. */
  readonly noColumn?: readonly string[];
}

/** Each column's plain numbers, the rows left for the value reader, and what names the rows. */
export interface PlainNumbers {
  values: Float64Array[];
  /** Per column, the rows whose cell is neither a plain number 0 or more nor ''. */
  others: number[][];
  /** Per row, 1 when its name labels a total (Total, Summe, 合計 …). */
  namedTotal: Uint8Array;
  /** Per row, 1 when it has no name (blank name cell, a formula's error, or no name column). */
  unnamed: Uint8Array;
  /** Per row, how many columns hold a plain number: 0 leaves it to the other cells, all is complete. */
  plainCount: Uint16Array;
  /** Per row, zeroed: for the table reader's row kinds. */
  kinds: Uint8Array;
  /** Per row, zeroed: for the table reader's `scorable`. */
  scorable: Uint8Array;
}

/**
 * Most cells are numbers Sheets has already parsed: one pass over the rows from `first`
 * takes them for every column at once, with each row's name (total or blank), since each
 * row's cells are fetched once, not once per column, and leaves the rest to readColumn.
 * `nameColumn` is 0-based, or undefined when the table has none (every row is unnamed).
 */
export function readPlainNumbers(
  table: readonly (readonly unknown[])[],
  first: number,
  columns: readonly ReadColumn[],
  nameColumn: number | undefined,
): PlainNumbers {
  const width = columns.length;
  const rows = table.length;
  const columnAt = new Int32Array(width);
  for (let c = 0; c < width; c++) columnAt[c] = columns[c].column;
  const { all, values, namedTotal, unnamed, plainCount, kinds, scorable } = rowArrays(rows, width);
  const others: number[][] = columns.map(() => []);
  for (let row = 0; row < first; row++) for (const column of values) column[row] = MISSING;
  for (let row = first; row < rows; row++) {
    const cells = table[row];
    if (nameColumn === undefined) unnamed[row] = 1;
    else {
      const name = cells[nameColumn];
      if (isTotalName(name)) namedTotal[row] = 1;
      else if (isBlankCell(name)) unnamed[row] = 1;
      // `#N/A` from a filled-down lookup names no partner: IFERROR(…,0) zeros under it are filler.
      else if (typeof name === 'string' && mayBeErrorText(name) && isErrorText(name))
        unnamed[row] = 1;
    }
    let count = 0;
    // Into `all`, column after column, rather than through `values[c]`: one array to
    // index, not a second load per cell.
    for (let c = 0, at = row; c < width; c++, at += rows) {
      const cell = cells[columnAt[c]];
      if (typeof cell === 'number' && cell >= 0 && cell !== INFINITY) {
        all[at] = cell + 0;
        count++;
      } else {
        all[at] = MISSING;
        if (cell !== '') others[c].push(row);
      }
    }
    plainCount[row] = count;
  }
  return { values, others, namedTotal, unnamed, plainCount, kinds, scorable };
}

/**
 * The per-row arrays of one reading, zeroed, as views of one ArrayBuffer. Each typed array
 * of its own is an allocation outside the JavaScript heap, about a microsecond apiece,
 * and a 1,000-row formula call would pay for six. The doubles come first, so each view
 * starts at a multiple of its element size.
 */
function rowArrays(rows: number, width: number) {
  const buffer = new ArrayBuffer(rows * (8 * width + 2 + 4));
  // Every column's values, column after column: `values` are views of it.
  const all = new Float64Array(buffer, 0, rows * width);
  const values: Float64Array[] = [];
  for (let c = 0; c < width; c++) values.push(all.subarray(rows * c, rows * (c + 1)));
  let offset = 8 * rows * width;
  const plainCount = new Uint16Array(buffer, offset, rows);
  offset += 2 * rows;
  const bytes = () => {
    const array = new Uint8Array(buffer, offset, rows);
    offset += rows;
    return array;
  };
  return {
    all,
    values,
    plainCount,
    namedTotal: bytes(),
    unnamed: bytes(),
    kinds: bytes(),
    scorable: bytes(),
  };
}

export interface ColumnReading {
  table: readonly (readonly unknown[])[];
  column: ReadColumn;
  namedTotal: Uint8Array;
  problems: Map<number, Problem>;
  reader: ValueReader;
}

/**
 * Column `c` of the layout as numbers (NaN for blanks): its plain numbers from `plain`,
 * every other cell read by the value reader (a currency or % noted in `marks[c]` for the
 * checks over whole columns), and its tier words on the scale most of the column uses.
 * A cell it cannot read becomes a problem of its row in `problems`. Never throws.
 */
export function readColumn(
  { table, column, namedTotal, problems, reader }: ColumnReading,
  plain: PlainNumbers,
  marks: (ColumnMarks | undefined)[],
  c: number,
): Float64Array {
  const values = plain.values[c];
  const at = column.column;
  const words = new Map<string, number[]>();
  const others = plain.others[c];
  if (others.length === 0) return values;
  // Asked only of a column with other cells: whether a partner row (not a named total)
  // holds a plain number, before the other cells are read into `values`.
  let hasNumbers = false;
  for (let row = 0; row < values.length && !hasNumbers; row++)
    if (!isMissing(values[row]) && !namedTotal[row]) hasNumbers = true;
  const invalid = (row: number, problem: (text: FormulaText) => string) => {
    const cell = table[row][at];
    const text = reader.text;
    problems.set(row, {
      cell,
      message: text.invalid({
        what: column.name,
        problem: text.cellWhy({ cell: reader.quote(cell), why: problem(text) }),
      }),
    });
  };
  // The power of ten the header names (`Revenue ($M)`), asked on the first cell with its own.
  let power: number | undefined;
  for (const row of others) {
    const cell = table[row][at];
    const value = reader.number(cell, NON_NEGATIVE);
    if (value.kind === 'blank') {
      // A "no value" word the user mapped (a weights row "Capability: none" | 0) is theirs.
      const key = column.words && typeof cell === 'string' ? wordKey(cell) : '';
      if (key !== '' && column.words?.has(key)) words.set(key, [...(words.get(key) ?? []), row]);
    } else if (value.kind === 'number') {
      values[row] = value.value;
      // `2.75M` under `Revenue ($M)` is 2.75 in the column's unit, as its plain numbers are.
      // `€12,500` under `Revenue (k€)`, an amount with its own currency and no magnitude,
      // is most likely the full amount, yet may be in the header's unit: asked, not guessed.
      if (value.scaled || (value.currency && value.value !== 0)) {
        power ??= headerScale(column.name, reader.locale);
        if (power && value.scaled) values[row] = timesTenTo(value.value, -power);
        else if (power) {
          const inHeader = power;
          invalid(row, (text) => fullAmountWhy(value.value, inHeader, reader.locale.decimal, text));
        }
      }
      if (!namedTotal[row]) hasNumbers = true;
      // The currency, hours or % a text named, for the checks over the whole column.
      if (value.currency || value.percent || value.hours) {
        marks[c] ??= new ColumnMarks(table.length);
        (marks[c] as ColumnMarks).note(row, value);
      }
    } else if (value.kind === 'invalid') {
      // Text that is no number in any spelling may be a tier word; a number typed the
      // other locale's way (1.234,56 in en_US) or an ambiguous amount is not a word.
      if (value.problem === 'text' && typeof cell === 'string' && !isErrorText(cell)) {
        const key = wordKey(cell);
        words.set(key, [...(words.get(key) ?? []), row]);
      } else problems.set(row, { cell, message: invalidMessage(column, cell, value, reader) });
    }
  }
  if (words.size === 0) return values;
  // A total row's own words ("n/a", "–") say nothing about the partners' scale.
  const partnerWords = new Map<string, number>();
  for (const [key, rows] of words) {
    const count = rows.filter((r) => !namedTotal[r]).length;
    if (count > 0) partnerWords.set(key, count);
  }
  const numberRows = hasNumbers ? partnerNumberRows(values, words, namedTotal) : [];
  const read = readWords(partnerWords, numberRows.length, column.words);
  for (const [key, rows] of words) {
    const value = read.values.get(key);
    for (const row of rows) {
      if (value !== undefined) values[row] = value;
      else
        invalid(row, (text) =>
          wordProblem(
            column.name,
            String(table[row][at]),
            hasNumbers,
            text,
            read.scale,
            reader.locale.decimal,
          ),
        );
    }
  }
  // Most of the column reads on a scale: a number among its words is on no known scale.
  const scale = read.scale;
  if (scale)
    for (const row of numberRows)
      invalid(row, (text) => text.value.numberInWords({ scale: scale.name }));
  return values;
}

/** The partner rows of a column that hold a number (not a word, not a named total). */
function partnerNumberRows(
  values: Float64Array,
  words: ReadonlyMap<string, number[]>,
  namedTotal: Uint8Array,
): number[] {
  const wordRows = new Set<number>();
  for (const rows of words.values()) for (const row of rows) wordRows.add(row);
  const rows: number[] = [];
  for (let row = 0; row < values.length; row++)
    if (!isMissing(values[row]) && !namedTotal[row] && !wordRows.has(row)) rows.push(row);
  return rows;
}

function invalidMessage(
  column: ReadColumn,
  cell: unknown,
  value: Extract<CellValue, { kind: 'invalid' }>,
  reader: ValueReader,
): string {
  // "abc" plainly is not a number; say why only where the quoted value looks like one.
  const text = reader.text;
  const quoted = reader.quote(cell);
  const problem =
    value.problem === 'text' ? quoted : text.cellWhy({ cell: quoted, why: value.why });
  return text.invalid({ what: column.name, problem });
}

/** A first look, once per row: an error text starts with `#` (or a space before it). */
function mayBeErrorText(name: string): boolean {
  const first = name.charCodeAt(0);
  return first === 35 || first <= 32 || first === 0xa0;
}
