/**
 * Reads the tables of a written sheet by their header rows, so the browser tests check
 * contents by column name rather than by a layout they would have to copy.
 */

export type Row = Record<string, unknown>;

/**
 * The rows under the first row that holds every one of `headers` (in any columns),
 * up to the first blank row, keyed by header text.
 */
export function tableUnder(values: unknown[][], headers: string[]): Row[] {
  const start = values.findIndex((row) => headers.every((h) => row.includes(h)));
  if (start < 0) throw new Error(`No row holds the headers ${headers.join(', ')}`);
  const header = values[start].map(String);
  const rows: Row[] = [];
  for (const row of values.slice(start + 1)) {
    if (row.every((cell) => cell === '' || cell === null)) break;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row[i]]).filter(([h]) => h !== '')));
  }
  return rows;
}

/** A date cell as the 'YYYY-MM-DD' day it stands for (the test workbooks run in UTC). */
export function isoDay(cell: unknown): string {
  if (!(cell instanceof Date)) throw new Error(`Expected a date, got ${JSON.stringify(cell)}`);
  return cell.toISOString().slice(0, 10);
}

/** Every leaf path where `after` differs from `before`; added or removed array items as one path. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after))
    return Object.is(before, after) ? [] : [path];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in before) || !(key in after)) return [at];
    return changedPaths(before[key], after[key], at);
  });
}
