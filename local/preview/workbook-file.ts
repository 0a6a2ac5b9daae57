/**
 * The workbook the preview opens: the user's CSV (or the sample) with a live Score column
 * and, for the sample, a small Gates sheet; or what was saved beside the CSV last time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnLetters } from '../runtime/a1';
import { csvCellsAsText, readCsvFile } from '../runtime/csv';
import { type LocalRuntime, type OpenOptions, openSnapshot, openWorkbook } from '../runtime/index';

export const SAMPLE_CSV = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'samples',
  'partners.csv',
);

export interface PreviewWorkbook {
  runtime: LocalRuntime;
  csvPath: string;
  savePath: string;
  /** True when the workbook came from the saved file rather than the CSV. */
  restored: boolean;
}

/** Where the preview saves the workbook of `csvPath`: NAME.workbook.json beside it. */
export function savePathFor(csvPath: string): string {
  return `${csvPath.replace(/\.csv$/i, '')}.workbook.json`;
}

/**
 * The saved workbook beside the CSV unless `fresh` (throws, saying to use --fresh, when it
 * cannot be read), else the CSV with a whole-table PARTNER_SCORE column (and a Gates sheet
 * for the sample). Throws readCsvFile's error for a missing or broken CSV.
 */
export function openPreviewWorkbook(
  csvPath: string,
  options: OpenOptions & { fresh?: boolean; savePath?: string } = {},
): PreviewWorkbook {
  const savePath = options.savePath ?? savePathFor(csvPath);
  if (!options.fresh && existsSync(savePath)) {
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(readFileSync(savePath, 'utf8'));
    } catch (error) {
      throw new Error(
        `${savePath}: cannot read the saved workbook (${(error as Error).message}). Start over from the CSV with: ${freshCommand(csvPath)}`,
      );
    }
    const runtime = openSnapshot(snapshot as Parameters<typeof openSnapshot>[0], options);
    return { runtime, csvPath, savePath, restored: true };
  }
  const { rows, sheetName } = readCsvFile(csvPath);
  const locale = options.locale ?? csvLocale(rows);
  const isSample = csvPath === SAMPLE_CSV;
  const name = isSample ? 'Partners' : sheetName;
  const cells: unknown[][] = csvCellsAsText(rows);
  const width = Math.max(...rows.map((r) => r.length));
  const scoreColumn = columnLetters(width);
  for (const row of cells) while (row.length <= width) row.push('');
  const sheets: Record<string, unknown[][]> = { [name]: cells };
  const now = options.now ?? new Date();
  if (isSample) sheets.Gates = gatesSheet(now);
  const runtime = openWorkbook(sheets, { ...options, locale });
  // Title lines above the header are common in exports: the formula starts at the header
  // row the add-on itself detects (getSourceTable, run through the built Code.js), so its
  // range reads the header, not a title. Row 1 when the add-on finds no table.
  const header = detectedHeaderRow(runtime, name);
  // One whole-table formula whose result spills down the column, as the add-on advises.
  runtime.setCell(
    name,
    `${scoreColumn}${header + 1}`,
    `=PARTNER_SCORE(A${header + 1}:${columnLetters(width - 1)}${rows.length})`,
  );
  runtime.setFrozenRows(name, header + 1);
  runtime.formatRange(name, `A${header + 1}:${scoreColumn}${header + 1}`, {
    fontWeight: 'bold',
    background: '#f1f3f4',
    wrap: true,
  });
  if (rows.length > header + 1) {
    runtime.formatRange(name, `${scoreColumn}${header + 2}:${scoreColumn}${rows.length}`, {
      numberFormat: '0.0',
      fontWeight: 'bold',
    });
  }
  if (isSample) {
    runtime.setFrozenRows('Gates', 1);
    runtime.formatRange('Gates', 'A1:F1', {
      fontWeight: 'bold',
      background: '#f1f3f4',
      wrap: true,
    });
    runtime.formatRange('Gates', 'A7:A8', { fontWeight: 'bold' });
    runtime.formatRange('Gates', 'B2:B8', { numberFormat: '"$"#,##0' });
    runtime.formatRange('Gates', 'C2:C8', { numberFormat: '"$"#,##0' });
  }
  return { runtime, csvPath, savePath, restored: false };
}

/**
 * The 0-based header row the built add-on finds on `sheet`; 0 when it finds none, or when
 * Code.js cannot run (the page then reports why, as it does for every load error).
 */
function detectedHeaderRow(runtime: LocalRuntime, sheet: string): number {
  try {
    const found = runtime.run<{ ok: boolean; value?: { headerRow: number } }>(
      'getSourceTable',
      sheet,
    );
    return found.ok && found.value ? found.value.headerRow - 1 : 0;
  } catch {
    return 0;
  }
}

/** The command that opens `csvPath` afresh, naming the user's own file (the sample needs none). */
export function freshCommand(csvPath: string): string {
  if (csvPath === SAMPLE_CSV) return 'npm start -- --fresh';
  const shown = relative(process.cwd(), csvPath) || csvPath;
  return `npm start -- ${/\s/.test(shown) ? `"${shown}"` : shown} --fresh`;
}

/** Three pilot gates measured against GO/STOP thresholds; one has stale data. */
function gatesSheet(now: Date): unknown[][] {
  const daysAgo = (n: number) =>
    new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
  return [
    [
      'Gate',
      'Partner-sourced revenue ($)',
      'CAC ($)',
      'Partners activated',
      'Data as of',
      'Status',
    ],
    ['Wave 1 review', 412000, 4100, 5, daysAgo(3), '=GATE_STATUS(B2:D4, B7:D7, B8:D8, E2:E4)'],
    ['Wave 2 review', 180000, 7600, 2, daysAgo(5), ''],
    ['Scale decision', 350000, 5200, 4, daysAgo(30), ''],
    [],
    ['Thresholds'],
    ['GO at', 300000, 5000, 4],
    ['STOP at', 150000, 8000, 1],
  ];
}

/**
 * The spreadsheet locale a CSV opens in when none is given: 'ja_JP' when its header row has
 * Japanese (kana or kanji), as a table exported from a Japanese spreadsheet does, so the
 * add-on speaks Japanese to it. Otherwise the way its numbers are written decides: more
 * cells written the comma-decimal way (`1.200`, `1.234,56`, `7,5`) than the point-decimal
 * way (`1,200`, `1,234.56`, `7.5`) open in de_DE, or in fr_FR when they group with spaces
 * (`1 234,56`); else en_IN when amounts name ₹ or group the Indian way (`2,00,000`,
 * `1,61,53,846`), which en_US would refuse; else en_US. A CSV says nothing of its locale,
 * so the preview prints the one it picked; a saved workbook keeps its own.
 */
export function csvLocale(rows: readonly (readonly unknown[])[]): string {
  const header = rows[0] ?? [];
  if (header.some((cell) => /[\u3040-\u30ff\u3400-\u9fff]/.test(String(cell)))) return 'ja_JP';
  let comma = 0;
  let point = 0;
  let spaced = 0;
  let indian = 0;
  for (const row of rows.slice(1))
    for (const cell of row) {
      const raw = String(cell);
      const text = raw.replace(/[^\d.,\s\u00a0\u202f]/g, '').trim();
      if (SPACE_GROUPED.test(text)) spaced++;
      else if (COMMA_DECIMAL.test(text)) comma++;
      else if (LAKH_GROUPED.test(text) || (raw.includes('₹') && text !== '')) indian++;
      else if (POINT_DECIMAL.test(text)) point++;
    }
  if (spaced > 0 && spaced + comma > point + indian) return 'fr_FR';
  if (comma > point + indian) return 'de_DE';
  return indian > 0 ? 'en_IN' : 'en_US';
}

const COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d{1,2}$/;
const POINT_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{1,2}$/;
const LAKH_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
