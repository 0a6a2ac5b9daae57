/**
 * The preview's page↔server contract: what GET /api/state returns and what each POST
 * route takes and answers (server.ts serves them, page/ calls them), and the messages the
 * sidebar's bridge (bridge/) and the page exchange. Types only: the page's
 * bundle erases this module.
 */
import type { LocalChart } from '../runtime/local-runtime';
import type { MenuEntry } from '../runtime/state';
import type { ConditionalFormatRuleInfo } from '../runtime/workbook';

/** One sheet as the page draws it, clipped to the first rows the preview shows. */
export interface SheetView {
  name: string;
  /** Rows of the data range, shown or not. */
  totalRows: number;
  display: string[][];
  formulas: string[][];
  /** What the formula bar shows for each cell (committing it unchanged keeps the cell). */
  inputs: string[][];
  /** True where the value is a number or a date (drawn right-aligned). */
  numeric: boolean[][];
  /** Messages behind error values, by A1. */
  errors: Record<string, string>;
  backgrounds: string[][];
  fontWeights: string[][];
  fontColors: string[][];
  wraps: boolean[][];
  alignments: string[][];
  /** Per cell: a list rule's options, another rule's help text ('' if none), or null. */
  validations: (string[] | string | null)[][];
  frozenRows: number;
  /** Widths in pixels by 1-based column, where a script set one. */
  columnWidths: Record<number, number>;
  conditionalFormatRules: ConditionalFormatRuleInfo[];
  /** The numbers each SPARKLINE cell draws, by A1. */
  sparklines: Record<string, number[]>;
  /** Embedded charts, each with its ranges' current values (Dates as ISO text). */
  charts: LocalChart[];
}

/** A sent mail as the Outbox lists it; `at` is an ISO 8601 time. */
export interface MailView {
  to: string;
  subject: string;
  body: string;
  at: string;
}

/** GET /api/state[?sheet=NAME]: the workbook with one sheet drawn (NAME, else the active one). */
export interface PreviewState {
  title: string;
  restored: boolean;
  savePath: string;
  /** Why Code.js failed to load, if it did. */
  loadError?: string;
  /** Why the last save of the workbook file failed, if it did (the file keeps the save before). */
  saveError?: string;
  sheets: string[];
  sheetIds: Record<string, number>;
  activeSheet: string;
  sheet: SheetView;
  /** The add-on menu; separators have '' as name and functionName. */
  menu: MenuEntry[];
  /** The sidebar on show; `version` grows each time one is shown. */
  sidebar: { version: number; title: string } | null;
  alerts: string[];
  /** Handler functions of the installed triggers. */
  triggers: string[];
  mail: MailView[];
}

export const STATE_PATH = '/api/state';

/** Every POST answer: ok, or the error's message. */
export interface Outcome {
  ok: boolean;
  error?: string;
}

/** POST /api/run: a google.script.run call; `result` is null for undefined. */
export interface RunOutcome extends Outcome {
  result?: unknown;
}

/** What each POST route takes (a JSON body) and answers. */
export interface PostRoutes {
  /** A person typing into a cell. */
  '/api/cell': { request: { sheet: string; a1: string; value: string }; response: Outcome };
  /** A person clicking a sheet's tab. */
  '/api/activate': { request: { sheet: string }; response: Outcome };
  /** A menu item clicked. */
  '/api/menu': { request: { functionName: string }; response: Outcome };
  '/api/run': { request: { functionName: string; args: unknown[] }; response: RunOutcome };
  /** Fires every installed trigger once. */
  '/api/triggers': { request: Record<string, never>; response: Outcome };
  /** Runs onOpen again (a rebuilt Code.js). */
  '/api/reload': { request: Record<string, never>; response: Outcome };
}

export type PostPath = keyof PostRoutes;

/** What the sidebar's bridge posts to the page. */
export type BridgeRequest =
  | { pp: 'run'; id: number; functionName: string; args: unknown[] }
  | { pp: 'close' };

/** What the page posts back to the bridge for a 'run'. */
export type BridgeReply = { pp: 'result'; id: number } & RunOutcome;
