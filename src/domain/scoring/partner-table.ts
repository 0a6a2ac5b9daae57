/**
 * Where the criteria are in a partner table: a header row naming them in any order
 * (other columns ignored), or exactly six headerless columns in canonical order.
 */

import { widthOf } from '../ranges';
import { isBlankCell, SIGNED, type ValueReader } from '../values/reader';
import { CRITERIA, type CriterionId, criterionForHeader, listCriteria } from './criteria';

export interface CriteriaColumns {
  hasHeader: boolean;
  /** The column index of each criterion the table has. */
  columns: Partial<Record<CriterionId, number>>;
  /** What messages call each present criterion: its header as typed, else its label. */
  names: Partial<Record<CriterionId, string>>;
}

export function isEmptyTable(table: readonly (readonly unknown[])[]): boolean {
  return table.every((row) => row.every(isBlankCell));
}

/**
 * A header row is one in which every non-blank cell is text that is not a number, and
 * at least one of them names a criterion. A numeric text such as "-5" or "1.234,5" (in
 * the spreadsheet's locale, as `reader` reads it) is data.
 */
export function isHeaderRow(row: readonly unknown[], reader: ValueReader): boolean {
  let namesCriterion = false;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (typeof cell !== 'string' || reader.number(cell, SIGNED).kind === 'number') return false;
    if (criterionForHeader(cell)) namesCriterion = true;
  }
  return namesCriterion;
}

/** Finds the criteria columns, or throws the whole-call error that says how to fix the table. */
export function locateCriteria(
  table: readonly (readonly unknown[])[],
  fn: string,
  reader: ValueReader,
): CriteriaColumns {
  const first = table[0] ?? [];
  if (isHeaderRow(first, reader)) return criteriaFromHeader(first, fn);
  const width = widthOf(table);
  if (width !== CRITERIA.length) {
    throw new Error(
      `${fn}: the range has ${width} column${width === 1 ? '' : 's'} and no header row naming a criterion. ` +
        `Either include a header row whose names include any of ${listCriteria()} ` +
        `(other columns such as the partner name are ignored), or pass exactly six columns in this order: ${listCriteria()}.`,
    );
  }
  const columns: Partial<Record<CriterionId, number>> = {};
  const names: Partial<Record<CriterionId, string>> = {};
  CRITERIA.forEach((criterion, index) => {
    columns[criterion.id] = index;
    names[criterion.id] = criterion.label;
  });
  return { hasHeader: false, columns, names };
}

function criteriaFromHeader(header: readonly unknown[], fn: string): CriteriaColumns {
  const columns: Partial<Record<CriterionId, number>> = {};
  const names: Partial<Record<CriterionId, string>> = {};
  header.forEach((cell, index) => {
    const criterion = criterionForHeader(cell);
    if (!criterion) return;
    const typed = String(cell).trim();
    const earlier = columns[criterion.id];
    if (earlier !== undefined) {
      throw new Error(
        `${fn}: two columns name ${criterion.label}: "${names[criterion.id]}" (column ${earlier + 1} of the range) ` +
          `and "${typed}" (column ${index + 1}). Rename or remove one of them.`,
      );
    }
    columns[criterion.id] = index;
    names[criterion.id] = typed;
  });
  return { hasHeader: true, columns, names };
}
