/**
 * A sheet's content built in memory, then written with one setNumberFormats, one
 * setValues, one setFontWeights and one setFormulas per formula column, however many
 * partners there are: service calls must not grow with rows.
 */

/** Sheets' plain-text format: a string written into it stays text, even '=…'. */
export const TEXT = '@';

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
      row.push(value);
      format.push(formats[c] ?? (typeof value === 'string' ? TEXT : ''));
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

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function a1Range(row: number, column: number, rows: number, columns: number): string {
  return `${a1(row, column)}:${a1(row + rows - 1, column + columns - 1)}`;
}
