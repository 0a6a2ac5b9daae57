/**
 * One Apps Script execution: a fresh node:vm context that holds only the faked services,
 * dist/Code.js evaluated in it from the top, then one global function called. Nothing
 * survives to the next execution except what the services store (cells, properties,
 * cache), so state kept in script globals is lost here as it is in Apps Script.
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { installServices } from './services';
import type { Env, ExecutionKind, RuntimeState } from './state';

/** Apps Script's limits: 30 s for custom functions, 6 minutes for the rest. */
const TIME_LIMITS: Record<ExecutionKind, number> = {
  'custom-function': 30_000,
  open: 30_000,
  run: 360_000,
  menu: 360_000,
  trigger: 360_000,
};

interface Prelude {
  importValue(value: unknown): unknown;
  makeError(message: string): Error;
  makeDate(ms: number): Date;
}

// Runs inside the context: a Date whose clock is the runtime's, and realm-local copies.
const PRELUDE = `(function (clockNow) {
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(clockNow()).toString();
    return args.length === 0 ? new RealDate(clockNow()) : new RealDate(...args);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = () => clockNow();
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  globalThis.Date = ClockDate;
  const toString = Object.prototype.toString;
  function importValue(value) {
    if (value === null || typeof value !== 'object') return value;
    if (toString.call(value) === '[object Date]') return new RealDate(value.getTime());
    if (Array.isArray(value)) {
      const out = [];
      for (let i = 0; i < value.length; i++) out.push(importValue(value[i]));
      return out;
    }
    const out = {};
    for (const key of Object.keys(value)) out[key] = importValue(value[key]);
    return out;
  }
  function makeError(message) {
    const error = new Error(message);
    error.name = 'Exception';
    return error;
  }
  return { importValue, makeError, makeDate: (ms) => new RealDate(ms) };
})`;

const preludeScript = new vm.Script(PRELUDE, { filename: 'local-runtime-prelude.js' });
const callScript = new vm.Script('__localRuntimeCall__()', { filename: 'execution.js' });

const codeCache = new Map<string, { mtimeMs: number; script: vm.Script }>();

/** Code.js compiled once per change on disk; every execution still runs it from the top. */
function compiledCode(path: string): vm.Script {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    throw new Error(`${path} not found: run \`npm run build\` first.`);
  }
  const cached = codeCache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.script;
  const script = new vm.Script(readFileSync(path, 'utf8'), { filename: 'Code.js' });
  codeCache.set(path, { mtimeMs, script });
  return script;
}

export interface ExecutionRequest {
  kind: ExecutionKind;
  functionName: string;
  /** For onOpen: 'NONE' refuses every service that needs authorization. Default 'FULL'. */
  authMode?: Env['authMode'];
  /** Plain host values; they are copied into the script's realm. */
  args: unknown[];
}

export class ScriptError extends Error {
  override name = 'ScriptError';
  constructor(
    message: string,
    readonly scriptStack?: string,
  ) {
    super(message);
  }
}

/**
 * Runs one execution and returns what the function returned (still in the script's
 * realm). An error the script or a service throws becomes a ScriptError with its message.
 */
export function execute(state: RuntimeState, request: ExecutionRequest): unknown {
  const calls: Record<string, number> = {};
  const context = vm.createContext({});
  const prelude = (preludeScript.runInContext(context) as (now: () => number) => Prelude)(() =>
    state.clock.nowMs(),
  );
  const env: Env = {
    state,
    kind: request.kind,
    authMode: request.authMode ?? 'FULL',
    calls,
    fail(message: string): never {
      throw prelude.makeError(message);
    },
    toScript: <T>(value: T) => prelude.importValue(value) as T,
    date: (ms: number) => prelude.makeDate(ms),
    context,
  };
  const sandbox = context as Record<string, unknown>;
  installServices(sandbox, env);
  const timeout = TIME_LIMITS[request.kind];
  const releaseLocks = state.locks.enterExecution(env);
  const entry: { kind: string; functionName: string; error?: string } = {
    kind: request.kind,
    functionName: request.functionName,
  };
  state.history.push(entry);
  state.executionDepth++;
  try {
    compiledCode(state.codePath).runInContext(context, { timeout });
    const fn = sandbox[request.functionName];
    if (typeof fn !== 'function') {
      throw prelude.makeError(`Script function not found: ${request.functionName}`);
    }
    const args = request.args.map((a) => prelude.importValue(a));
    sandbox.__localRuntimeCall__ = () => (fn as (...a: unknown[]) => unknown)(...args);
    return callScript.runInContext(context, { timeout });
  } catch (error) {
    const failure = toScriptError(error);
    entry.error = failure.message;
    throw failure;
  } finally {
    state.executionDepth--;
    releaseLocks();
    state.lastCalls = calls;
    // An injected fault lasts for one top-level execution.
    if (state.executionDepth === 0 && request.kind !== 'custom-function') state.fault = undefined;
  }
}

function toScriptError(error: unknown): ScriptError {
  if (error instanceof ScriptError) return error;
  const e = error as { message?: unknown; stack?: unknown; code?: unknown };
  if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
    return new ScriptError('Exceeded maximum execution time');
  }
  if (e && typeof e.message === 'string') {
    return new ScriptError(e.message, typeof e.stack === 'string' ? e.stack : undefined);
  }
  return new ScriptError(String(error));
}
