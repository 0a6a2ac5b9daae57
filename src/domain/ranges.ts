/**
 * How Sheets hands a formula its arguments: a single cell as its value, a range as a
 * two-dimensional array of rows.
 */

// Bound once: in Apps Script (and node:vm) each lookup of a global such as `Array` costs
// far more than in a plain script, and these run once per row of a range.
const isArray = Array.isArray;

/** A single value is a 1×1 range and a flat list one row, so callers need not care. */
export function asTable(raw: unknown): unknown[][] {
  if (!isArray(raw)) return [[raw]];
  for (let r = 0; r < raw.length; r++) if (!isArray(raw[r])) return [raw];
  return raw as unknown[][];
}

/** The number of columns: the longest row's length. */
export function widthOf(table: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (let r = 0; r < table.length; r++) if (table[r].length > width) width = table[r].length;
  return width;
}

/** "rows×columns", as messages show a shape. */
export function shapeOf(table: readonly (readonly unknown[])[]): string {
  return `${table.length}×${widthOf(table)}`;
}
