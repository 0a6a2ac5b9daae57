/**
 * How Sheets hands a formula its arguments: a single cell as its value, a range as a
 * two-dimensional array of rows.
 */

/** A single value is a 1×1 range and a flat list one row, so callers need not care. */
export function asTable(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length > 0 && !raw.every(Array.isArray)) return [raw];
  return raw as unknown[][];
}

/** The number of columns: the longest row's length. */
export function widthOf(table: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of table) if (row.length > width) width = row.length;
  return width;
}

/** "rows×columns", as messages show a shape. */
export function shapeOf(table: readonly (readonly unknown[])[]): string {
  return `${table.length}×${widthOf(table)}`;
}
