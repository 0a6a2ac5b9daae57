/**
 * A1 notation as Sheets writes it: column letters (A … Z, AA …), cells such as B12 and
 * sheet-qualified references such as 'Q1 plan'!A1. Pure functions with no Node imports, so
 * the preview page bundles this module too. Positions are 0-based here.
 */

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. `col` is a 0-based column index (0 or more). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'A' → 0, 'aa' → 26: the 0-based index of column letters (either case; no check). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → 'B12'. */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * 'B12' (or '$B$12', any case, surrounding blanks ignored) → 0-based row and column.
 * Throws an Error naming the text when it is not one cell.
 */
export function parseCellA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`"${a1}" is not a cell reference such as B12.`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * Splits "'Q1 plan'!A1:B2" into the sheet's name (quotes removed, '' unescaped) and the
 * reference; `sheetName` is undefined when the text names no sheet.
 */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let sheetName = a1.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, ref: a1.slice(bang + 1) };
}

/** 'Q1 plan', 'A1:B2' → "'Q1 plan'!A1:B2": the inverse of splitSheetName. */
export function qualifiedA1(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}
