/**
 * Reads a CSV file the way a person expects Sheets' import to: UTF-8 (a byte-order mark
 * is dropped), comma or semicolon delimited, RFC 4180 quoting (commas, quotes and line
 * breaks inside double quotes). Whatever it cannot read fails with the file and line.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';

export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Rows read from a CSV as cell contents: a CSV holds data, so a cell that starts with '='
 * is kept as text (behind an apostrophe), never run as a formula.
 */
export function csvCellsAsText(rows: string[][]): string[][] {
  return rows.map((row) => row.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell)));
}

/**
 * The file's rows (every cell a string, as written) and a sheet name from the file's name.
 * Throws CsvError naming the file (and line) when it is missing, a folder, empty, not UTF-8,
 * badly quoted, or has a row with more values than the header (see parseCsv).
 */
export function readCsvFile(path: string): { rows: string[][]; sheetName: string } {
  if (!existsSync(path)) {
    throw new CsvError(
      `${path}: file not found. Check the path, or run without a path to use the sample.`,
    );
  }
  if (statSync(path).isDirectory()) {
    throw new CsvError(`${path}: is a folder; give the path of a .csv file.`);
  }
  const text = decodeUtf8(readFileSync(path), path);
  const rows = parseCsv(text, path);
  return { rows, sheetName: basename(path, extname(path)) || 'Sheet1' };
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new CsvError(
      `${path}:${line}: this line is not UTF-8 text. Save the file as "CSV UTF-8" (in Excel: Save As > CSV UTF-8) and open it again.`,
    );
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** Picks ';' when the header line has semicolons and no commas outside quotes. */
function detectDelimiter(text: string): string {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

/**
 * Parses CSV text into rows of strings. Rows shorter than the header are padded with
 * blanks (spreadsheet exports drop trailing empty cells); a row with more non-empty
 * cells than the header, an unclosed quote or no header at all is an error.
 */
export function parseCsv(input: string, path = 'CSV'): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new CsvError(
      `${path}:1: the file is empty. Put a header row (Partner, Capability, ...) and one row per partner in it.`,
    );
  }
  const delimiter = detectDelimiter(text);
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) {
    throw new CsvError(
      `${path}:${quoteLine}: a quoted value is never closed. Add the closing double quote (") or remove the opening one.`,
    );
  }
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  // Blank lines before the header and at the end are dropped; blank rows inside stay,
  // as Sheets keeps them.
  const isBlank = (r: { fields: string[] }) => r.fields.every((f) => f.trim() === '');
  const first = records.findIndex((r) => !isBlank(r));
  let last = records.length - 1;
  while (last > first && isBlank(records[last])) last--;
  const nonBlank = records.slice(first, last + 1);
  const header = nonBlank[0];
  const width = header.fields.length;
  for (const record of nonBlank) {
    if (record.fields.length <= width) continue;
    const extra = record.fields.slice(width).filter((f) => f.trim() !== '');
    if (extra.length > 0) {
      throw new CsvError(
        `${path}:${record.line}: this row has ${record.fields.length} values but the header has ${width}. If a value contains the delimiter "${delimiter}", put it in double quotes.`,
      );
    }
  }
  return nonBlank.map((r) => {
    const row = r.fields.slice(0, width);
    while (row.length < width) row.push('');
    return row;
  });
}
