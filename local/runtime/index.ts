/**
 * Public API of the local runtime: a workbook held in HyperFormula with Apps Script's
 * services faked over it, and dist/Code.js run as Apps Script would run it. Tests,
 * the preview server and the bench code against this file only.
 */
import { csvCellsAsText, readCsvFile } from './csv';
import type { LocalRuntime, OpenOptions, WorkbookSnapshot } from './local-runtime';
import { LocalWorkbookRuntime } from './runtime';

export { columnLetters, parseCellA1 } from './a1';
export type {
  CellStyle,
  LocalChart,
  LocalClock,
  LocalRuntime,
  OpenOptions,
  SavedSheet,
  SheetMeta,
  WorkbookSnapshot,
} from './local-runtime';
export type { SentMail } from './services/mail-app';
export type { TriggerInfo } from './services/script-app';
export type { ConditionalFormatRuleInfo, DataValidationInfo } from './workbook';

/**
 * Opens a workbook from arrays: numbers, booleans and Dates are stored as such, strings
 * starting with '=' are formulas and other strings are parsed as Sheets parses typing
 * ('12%', '$1,200', '2026-01-15').
 */
export function openWorkbook(
  sheets: Record<string, unknown[][]>,
  options: OpenOptions = {},
): LocalRuntime {
  return LocalWorkbookRuntime.fromSheets(sheets, options);
}

/**
 * Opens a CSV file as a one-sheet workbook (named after the file unless sheetName is
 * given). Cells are read as Sheets reads typing ('32%' → 0.32, '$12,500' → 12500), except
 * that a cell starting with '=' stays text. Throws an Error naming the file and line
 * for a file it cannot read.
 */
export function openCsv(
  path: string,
  options: OpenOptions & { sheetName?: string } = {},
): LocalRuntime {
  const { rows, sheetName } = readCsvFile(path);
  return LocalWorkbookRuntime.fromSheets(
    { [options.sheetName ?? sheetName]: csvCellsAsText(rows) },
    options,
  );
}

/** Reopens a workbook written by saveTo. */
export function openSnapshot(snapshot: WorkbookSnapshot, options: OpenOptions = {}): LocalRuntime {
  return LocalWorkbookRuntime.fromSnapshot(snapshot, options);
}
