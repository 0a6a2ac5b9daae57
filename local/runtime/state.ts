/**
 * Everything that outlives one execution (the workbook, the property stores and caches,
 * the locks, what the UI has shown, the clock and the logs), and what each execution
 * hands the services it installs (Env). Both live here because a lock's holder is an
 * execution's Env and an Env reaches the state: one module keeps the types acyclic.
 */
import type vm from 'node:vm';
import type { Workbook } from './workbook';

export type ExecutionKind = 'run' | 'menu' | 'open' | 'trigger' | 'custom-function';

/** What every service sees of the execution it serves (execution.ts makes one per execution). */
export interface Env {
  state: RuntimeState;
  kind: ExecutionKind;
  /** onOpen's authorization mode; the other kinds run as FULL or CUSTOM_FUNCTION. */
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  calls: Record<string, number>;
  /** Throws an Error made in the script's realm, as Apps Script's services throw. */
  fail(message: string): never;
  /** Copies plain data (arrays, objects, Dates) into the script's realm. */
  toScript<T>(value: T): T;
  /** A Date in the script's realm. */
  date(ms: number): Date;
  /** The execution's global scope (template scriptlets run in it). */
  context: vm.Context;
}

export class Clock {
  private offsetMs = 0;
  private fixedMs: number | undefined;

  constructor(start?: Date) {
    if (start) this.fixedMs = start.getTime();
  }

  /** With a start date the clock stands still unless moved; without one it follows real time. */
  nowMs(): number {
    return this.fixedMs !== undefined ? this.fixedMs + this.offsetMs : Date.now() + this.offsetMs;
  }

  set(date: Date): void {
    this.fixedMs = date.getTime();
    this.offsetMs = 0;
  }

  advanceMs(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface MenuEntry {
  name: string;
  functionName: string;
}

export interface UiState {
  menu: MenuEntry[] | undefined;
  /** Menu with separators ('' names), as the preview draws it. */
  menuWithSeparators: MenuEntry[];
  sidebar?: { html: string; title: string };
  dialog?: { html: string; title: string };
  alerts: string[];
  toasts: string[];
  /** Incremented whenever a sidebar is shown, so a page can tell a new one from the old. */
  sidebarVersion: number;
}

/** One lock (document, script or user) shared by every execution of this runtime. */
export class LockState {
  holder: Env | 'outside' | undefined;
  /** For a lock held from outside: when (local clock) it is released, if ever. */
  releaseAtMs: number | undefined;
}

export class Locks {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();

  /** Apps Script releases an execution's locks when it ends. */
  enterExecution(env: Env): () => void {
    return () => {
      for (const lock of [this.document, this.script, this.user]) {
        if (lock.holder === env) lock.holder = undefined;
      }
    };
  }
}

export interface CacheEntry {
  value: string;
  expiresAtMs: number;
}

export interface RuntimeState {
  workbook: Workbook;
  codePath: string;
  sidebarPath: string;
  scriptTimeZone: string;
  userEmail: string;
  /** Session.getActiveUserLocale(); undefined: the spreadsheet locale's language. */
  userLocale?: string;
  spreadsheetUrl: string;
  clock: Clock;
  documentProperties: Map<string, string>;
  userProperties: Map<string, string>;
  scriptProperties: Map<string, string>;
  caches: {
    document: Map<string, CacheEntry>;
    user: Map<string, CacheEntry>;
    script: Map<string, CacheEntry>;
  };
  locks: Locks;
  ui: UiState;
  logs: string[];
  activeSheetId: number | undefined;
  lastCalls: Record<string, number>;
  executionDepth: number;
  /** Every execution so far, oldest first (LocalRuntime.executions). */
  history: { kind: string; functionName: string; error?: string }[];
  /** A fault to inject into the next top-level execution (LocalRuntime.failOn). */
  fault: { method: string; nth: number; seen: number } | undefined;
}
