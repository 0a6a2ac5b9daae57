/**
 * The workbook the preview opens: the user's CSV (or the sample) with a live Score column
 * and, for the sample, a small Gates sheet; or what was saved beside the CSV last time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
        `${savePath}: cannot read the saved workbook (${(error as Error).message}). Start over from the CSV with: npm start -- --fresh`,
      );
    }
    const runtime = openSnapshot(snapshot as Parameters<typeof openSnapshot>[0], options);
    return { runtime, csvPath, savePath, restored: true };
  }
  const { rows, sheetName } = readCsvFile(csvPath);
  const locale = options.locale ?? csvLocale(rows[0] ?? []);
  const isSample = csvPath === SAMPLE_CSV;
  const name = isSample ? 'Partners' : sheetName;
  const cells: unknown[][] = csvCellsAsText(rows);
  const width = rows[0].length;
  const scoreColumn = columnLetters(width);
  // One whole-table formula whose result spills down the column, as the add-on advises.
  cells[0].push(`=PARTNER_SCORE(A1:${columnLetters(width - 1)}${rows.length})`);
  for (const row of cells.slice(1)) row.push('');
  const sheets: Record<string, unknown[][]> = { [name]: cells };
  const now = options.now ?? new Date();
  if (isSample) sheets.Gates = gatesSheet(now);
  const runtime = openWorkbook(sheets, { ...options, locale });
  runtime.setFrozenRows(name, 1);
  runtime.formatRange(name, `A1:${scoreColumn}1`, {
    fontWeight: 'bold',
    background: '#f1f3f4',
    wrap: true,
  });
  if (rows.length > 1) {
    runtime.formatRange(name, `${scoreColumn}2:${scoreColumn}${rows.length}`, {
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
 * add-on speaks Japanese to it; 'en_US' otherwise. A saved workbook keeps its own locale.
 */
export function csvLocale(header: readonly unknown[]): string {
  return header.some((cell) => /[\u3040-\u30ff\u3400-\u9fff]/.test(String(cell)))
    ? 'ja_JP'
    : 'en_US';
}
