/**
 * google.script.run and google.script.host for the add-on's sidebar in the local preview
 * (server.ts bundles this and puts it first in the sidebar's <head>). As in Sheets, the
 * sidebar runs on another origin than the page; calls are posted to the page, which runs
 * them on the local server and posts the outcome back.
 */
import type { BridgeReply, BridgeRequest } from '../api';

/** The server functions google.script.run offers; server.ts writes the list in. */
declare const __SERVER_FUNCTIONS__: string[];

type SuccessHandler = (value: unknown, userObject: unknown) => void;
type FailureHandler = (error: Error, userObject: unknown) => void;

interface PendingCall {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject: unknown;
}

const pending = new Map<number, PendingCall>();
let nextId = 1;

function toPage(message: BridgeRequest) {
  window.parent.postMessage(message, '*');
}

window.addEventListener('message', (event: MessageEvent<BridgeReply | undefined>) => {
  if (event.source !== window.parent) return;
  const message = event.data;
  if (message?.pp !== 'result') return;
  const call = pending.get(message.id);
  if (!call) return;
  pending.delete(message.id);
  if (message.ok) {
    call.success?.(message.result, call.userObject);
    return;
  }
  const error = new Error(message.error);
  error.name = 'ScriptError';
  if (call.failure) call.failure(error, call.userObject);
  else console.error(error);
});

/**
 * A copy of `value` by Apps Script's rules for what google.script.run can carry
 * (guides/html/communication): primitives, arrays and plain objects; undefined array items
 * become null and undefined properties are dropped. Throws `Failed due to illegal value in
 * property: PATH` for a Date, function, class instance or cycle.
 */
function carry(value: unknown, path: string, seen: object[]): unknown {
  if (value === null || value === undefined) return value === undefined ? undefined : null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  const illegal = () => {
    throw new Error(`Failed due to illegal value in property: ${path}`);
  };
  if (typeof value !== 'object' || value instanceof Date || seen.includes(value)) return illegal();
  const proto = Object.getPrototypeOf(value);
  const nested = seen.concat([value]);
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const copied = carry(item, `${path}.${i}`, nested);
      return copied === undefined ? null : copied;
    });
  }
  if (proto !== Object.prototype && proto !== null) illegal();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const copied = carry(item, `${path}.${key}`, nested);
    if (copied !== undefined) out[key] = copied;
  }
  return out;
}

type Runner = Record<string, unknown>;

function runner(success?: SuccessHandler, failure?: FailureHandler, userObject?: unknown): Runner {
  const run: Runner = {
    withSuccessHandler: (handler: SuccessHandler) => runner(handler, failure, userObject),
    withFailureHandler: (handler: FailureHandler) => runner(success, handler, userObject),
    withUserObject: (object: unknown) => runner(success, failure, object),
  };
  for (const name of __SERVER_FUNCTIONS__) {
    run[name] = (...args: unknown[]) => {
      const copied = args.map((arg, i) => carry(arg, String(i), []));
      const id = nextId++;
      pending.set(id, { success, failure, userObject });
      toPage({ pp: 'run', id, functionName: name, args: copied });
    };
  }
  return run;
}

const host = window as unknown as { google?: Record<string, unknown> };
host.google = host.google || {};
host.google.script = {
  run: runner(),
  host: {
    origin: window.location.origin,
    close: () => toPage({ pp: 'close' }),
    setHeight: () => undefined,
    setWidth: () => undefined,
    editor: { focus: () => undefined },
  },
  url: {
    getLocation: (callback: (location: object) => void) =>
      callback({ hash: '', parameter: {}, parameters: {} }),
  },
};
