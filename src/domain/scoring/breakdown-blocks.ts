/**
 * Breakdown blocks under a partner table (tester 2, finding 2): after a blank row, a
 * "Summary by region" title and rows EMEA, APAC, NA whose amounts add up to the
 * partners'. Scored as partners they would set the scales and move every real partner's
 * score, so they take part in nothing and say why, as total rows do (row-kinds.ts).
 *
 * The rule: a block of two or more rows with values, after a row with none, whose column
 * sums equal the sums over the partner rows above it (isSum, within rounding) in two or
 * more columns, none of them summing to 0. Averages in its other columns are allowed: a
 * breakdown averages costs and rates. Real partners match two exact sums only by chance,
 * and then their cells say they were excluded, so none is excluded silently. The named
 * rows without values between the blank row and the block are its title.
 */

import { isBlankCell } from '../values/reader';
import { addRow, type ColumnTotals, columnTotals, isSum } from './total-rows';

/** Row kinds as row-kinds.ts numbers them (imported there; kept here to avoid a cycle). */
export interface BreakdownKinds {
  readonly blank: number;
  readonly total: number;
  readonly scorable: number;
}

/**
 * Marks every row of each breakdown block (and its title rows) `kinds.total`, calls
 * `exclude(row)` for each, and returns how many SCORABLE rows it took. `values` are the
 * layout columns as read (invalid rows' numbers still in them: a SUM over the sheet has
 * them); rows from `first` down, in one pass over the table.
 */
export function excludeBreakdowns(
  table: readonly (readonly unknown[])[],
  nameColumn: number | undefined,
  values: readonly Float64Array[],
  first: number,
  kinds: Uint8Array,
  rowKind: BreakdownKinds,
  exclude: (row: number) => void,
): number {
  const width = values.length;
  if (width < 2 || !blockAfterGap(kinds, first, rowKind)) return 0;
  const partners = columnTotals(width);
  let block = columnTotals(width);
  let start = -1;
  // Rows after the last row with values and before this block: its gap and title.
  let gapStart = first;
  let afterGap = false;
  let taken = 0;
  const close = (end: number) => {
    if (start < 0) return;
    if (afterGap && block.rows >= 2 && partners.rows >= 2 && summedColumns(block, partners) >= 2)
      taken += markBlock(gapStart, end);
    else merge(partners, block);
    gapStart = end;
    start = -1;
    block = columnTotals(width);
  };
  const markBlock = (from: number, end: number) => {
    let scorable = 0;
    for (let row = from; row < end; row++) {
      const kind = kinds[row];
      if (kind === rowKind.blank && !named(table, nameColumn, row)) continue;
      if (kind === rowKind.scorable) scorable++;
      kinds[row] = rowKind.total;
      exclude(row);
    }
    return scorable;
  };
  for (let row = first; row < kinds.length; row++) {
    const kind = kinds[row];
    if (kind === rowKind.blank) {
      close(row);
      afterGap = true;
      continue;
    }
    if (kind === rowKind.total) continue;
    if (start < 0) start = row;
    addRow(values, row, block);
    block.rows++;
  }
  close(kinds.length);
  return taken;
}

/**
 * Whether a row with values follows a row without any, below a row with values: one byte
 * a row, so a table with no block under it (blank rows at the end of an open range
 * included) is spared the sums.
 */
function blockAfterGap(kinds: Uint8Array, first: number, rowKind: BreakdownKinds): boolean {
  let seen = 0;
  for (let row = first; row < kinds.length; row++) {
    const kind = kinds[row];
    if (kind === rowKind.total) continue;
    if (kind === rowKind.blank) {
      if (seen === 1) seen = 2;
    } else if (seen === 2) return true;
    else seen = 1;
  }
  return false;
}

/** How many columns have the same non-zero sum in `block` as in `partners`. */
function summedColumns(block: ColumnTotals, partners: ColumnTotals): number {
  let summed = 0;
  for (let c = 0; c < block.sums.length; c++) {
    const sum = partners.sums[c];
    if (block.counts[c] > 0 && partners.counts[c] > 0 && sum !== 0 && isSum(block.sums[c], sum))
      summed++;
  }
  return summed;
}

function merge(into: ColumnTotals, from: ColumnTotals): void {
  for (let c = 0; c < into.sums.length; c++) {
    into.sums[c] += from.sums[c];
    into.counts[c] += from.counts[c];
  }
  into.rows += from.rows;
}

function named(
  table: readonly (readonly unknown[])[],
  nameColumn: number | undefined,
  row: number,
): boolean {
  return nameColumn !== undefined && !isBlankCell(table[row][nameColumn]);
}
