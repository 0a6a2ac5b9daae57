/**
 * A sheet's content built in memory, then written with one setNumberFormats, one
 * setValues, one setFontWeights and one setFormulas per formula column, however many
 * partners there are: service calls must not grow with rows.
 */

/** Sheets' plain-text format: keeps "12%" or "1/2" as typed instead of a number or date. */
export const TEXT = '@';

// Sheets reads a written string that starts with one of these as a formula (CWE-1236).
const FORMULA_LEAD = /^[=+\-@]/;

/**
 * User text as Sheets will keep it: a leading = + - @ goes behind an apostrophe, Sheets'
 * quote prefix, which setValues honours whatever the cell's format.
 */
export function asText(value: string): string {
  return FORMULA_LEAD.test(value) ? `'${value}` : value;
}

/** The format for a text cell: plain text, but automatic under a quote prefix, which a
 * plain-text cell would show as a literal apostrophe. */
export function textFormat(value: string): string {
  return FORMULA_LEAD.test(value) ? '' : TEXT;
}

export class Grid {
  readonly values: unknown[][] = [];
  readonly formats: string[][] = [];
  readonly weights: ('bold' | 'normal')[][] = [];

  constructor(readonly width: number) {}

  /** The 1-based row the next line goes to. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /**
   * Adds a row. Strings are formatted as plain text unless a format is given, so user
   * text beginning with = + - @ is never read as a formula; numbers take their format.
   */
  line(cells: unknown[], formats: (string | undefined)[] = [], bold = false): number {
    const row: unknown[] = [];
    const format: string[] = [];
    for (let c = 0; c < this.width; c++) {
      const value = cells[c] ?? '';
      const text = typeof value === 'string' && formats[c] === undefined;
      row.push(text ? asText(value) : value);
      format.push(text ? textFormat(value) : (formats[c] ?? ''));
    }
    this.values.push(row);
    this.formats.push(format);
    this.weights.push(Array.from({ length: this.width }, () => (bold ? 'bold' : 'normal')));
    return this.values.length;
  }

  blank(): void {
    this.line([]);
  }
}

/** 'A', 'B', … 'Z', 'AA'. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation of one cell from a 1-based row and column, e.g. a1(3, 28) = 'AB3'. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * A1 notation of a block from its 1-based top-left cell and its size in rows × columns, e.g.
 * a1Range(2, 1, 3, 2) = 'A2:B4'. `rows` and `columns` must be 1 or more.
 */
export function a1Range(row: number, column: number, rows: number, columns: number): string {
  return `${a1(row, column)}:${a1(row + rows - 1, column + columns - 1)}`;
}
