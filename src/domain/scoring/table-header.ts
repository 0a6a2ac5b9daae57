/**
 * What a partner table's header row says: which column holds each criterion, which
 * names the partners, and which header cells are broken. Both PARTNER_SCORE and the
 * planner read headers with this one module, so a table means the same to both.
 */

import { isBlankCell, isDate } from '../values/reader';
import {
  CRITERIA,
  type Criterion,
  type CriterionId,
  headerWords,
  isErrorText,
  isNameWords,
  matchHeaderWords,
} from './criteria';
import { readWords, wordKey } from './tiers';

/** Two or more columns that name one criterion equally well: the user must choose. */
export interface HeaderTie {
  criterion: Criterion;
  /** 0-based columns, in sheet order. */
  columns: number[];
}

export interface HeaderReading {
  /** The 0-based column of each criterion the header names without a tie. */
  columns: Partial<Record<CriterionId, number>>;
  ties: HeaderTie[];
  /** The first column headed like a partner name (Partner, Account name, 会社名, …). */
  nameColumn: number | undefined;
  /** Columns whose header cell holds an error value such as #REF!. */
  errorColumns: number[];
  /** Each header cell as typed and trimmed; '' for blanks, numbers, dates, booleans. */
  texts: string[];
  /** Some cell names a criterion: the row is a header row, not a partner. */
  namesCriterion: boolean;
}

/**
 * Reads a header row. For each criterion an exact name beats a key term; two columns
 * left tied (two exact names, or two partial ones and no exact) are a tie, never a
 * silent pick: PARTNER_SCORE reports it, the planner asks. The row is a header row
 * (`namesCriterion`) when any cell, read as text, names a criterion, exactly or by a key
 * term; its other cells (a year, a date, TRUE, an error) do not stop it being one. With
 * `table` (row 0 this header), a column whose cells are mostly dates is no criterion:
 * every criterion is a number, and a tie must not offer a date column to pick.
 */
export function readHeader(
  row: readonly unknown[],
  table?: readonly (readonly unknown[])[],
): HeaderReading {
  const exact = new Map<CriterionId, number[]>();
  const partial = new Map<CriterionId, number[]>();
  const texts: string[] = [];
  const errorColumns: number[] = [];
  let nameColumn: number | undefined;
  let namesCriterion = false;
  row.forEach((cell, column) => {
    texts.push(typeof cell === 'string' ? cell.trim() : '');
    if (typeof cell !== 'string') return;
    if (isErrorText(cell)) errorColumns.push(column);
    // Split once: the name check and the criterion match read the same words.
    const words = headerWords(cell);
    if (nameColumn === undefined && isNameWords(words)) nameColumn = column;
    const match = matchHeaderWords(words, cell);
    if (!match) return;
    namesCriterion = true;
    if (table && isDateColumn(table, column)) return;
    const into = match.exact ? exact : partial;
    const found = into.get(match.criterion.id);
    if (found) found.push(column);
    else into.set(match.criterion.id, [column]);
  });
  const columns: Partial<Record<CriterionId, number>> = {};
  const ties: HeaderTie[] = [];
  for (const criterion of CRITERIA) {
    const found = exact.get(criterion.id) ?? partial.get(criterion.id) ?? [];
    if (found.length === 1) columns[criterion.id] = found[0];
    else if (found.length > 1) ties.push({ criterion, columns: found });
  }
  return { columns, ties, nameColumn, errorColumns, texts, namesCriterion };
}

/**
 * The partner-name column of `table` (row 0 its header): the first column headed like a
 * partner name (readHeader), else the first column with a header of its own that names no
 * criterion and whose cells below are mostly words (a "Kunde" or "販売チャネル" header this
 * reader does not know): the sheet's PARTNER_SCORE and the planner then tell total rows
 * (Total, Moyenne) by the same names. Undefined when no column qualifies.
 */
export function nameColumnOf(
  table: readonly (readonly unknown[])[],
  header: HeaderReading,
): number | undefined {
  if (header.nameColumn !== undefined) return header.nameColumn;
  const taken = new Set<number>([
    ...Object.values(header.columns),
    ...header.ties.flatMap((tie) => tie.columns),
    ...header.errorColumns,
  ]);
  for (let column = 0; column < header.texts.length; column++) {
    if (header.texts[column] === '' || taken.has(column)) continue;
    let words = 0;
    let others = 0;
    for (let row = 1; row < table.length; row++) {
      const cell = table[row][column];
      if (isBlankCell(cell)) continue;
      if (typeof cell === 'string' && HAS_LETTER.test(cell)) words++;
      else others++;
    }
    if (words > others) return column;
  }
  return undefined;
}

const HAS_LETTER = /\p{L}/u;
// A date typed as text: ISO (2026-03-01) or day, month and year (01.03.2026, 3/1/2026).
const DATE_TEXT = /^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[ T].*)?$/;

// Enough filled cells to tell a date column, without reading a 50,000-row table on every call.
const DATE_SAMPLE = 20;

/** True when most of the column's first filled cells below the header are dates, as Dates or text. */
function isDateColumn(table: readonly (readonly unknown[])[], column: number): boolean {
  let dates = 0;
  let others = 0;
  for (let row = 1; row < table.length && dates + others < DATE_SAMPLE; row++) {
    const cell = table[row][column];
    if (typeof cell === 'number') others++;
    else if (isDate(cell) || (typeof cell === 'string' && DATE_TEXT.test(cell))) dates++;
    else if (!isBlankCell(cell)) others++;
  }
  return dates > others;
}

/** True when the column holds something other than blanks below the header row. */
export function columnHasData(table: readonly (readonly unknown[])[], column: number): boolean {
  for (let row = 1; row < table.length; row++) if (!isBlankCell(table[row][column])) return true;
  return false;
}

/**
 * The columns (0-based) of `table` (row 0 its header) with a text header, not in `skip`
 * nor the partner-name column, that hold a plain number anywhere or whose first filled
 * cells are mostly words of one known scale (tiers.ts): where a criterion the header does
 * not name may be (Fähigkeit, a HubSpot "Partner tier" of Gold/Silver/Bronze, tester 2
 * finding 14). PARTNER_SCORE's Score header and the planner's data step name them. The
 * words are a sample, so a long column of names costs no more than TIER_SAMPLE looks.
 */
export function valueColumns(
  table: readonly (readonly unknown[])[],
  header: HeaderReading,
  skip: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  header.texts.forEach((text, column) => {
    if (text === '' || skip.has(column) || column === header.nameColumn) return;
    const words = new Map<string, number>();
    let sampled = 0;
    for (let row = 1; row < table.length; row++) {
      const cell = table[row][column];
      if (typeof cell === 'number') {
        found.push(column);
        return;
      }
      if (sampled < TIER_SAMPLE && typeof cell === 'string' && cell.trim() !== '') {
        const key = wordKey(cell);
        words.set(key, (words.get(key) ?? 0) + 1);
        sampled++;
      }
    }
    if (sampled > 0 && readWords(words, 0, undefined).scale) found.push(column);
  });
  return found;
}

const TIER_SAMPLE = 20;
