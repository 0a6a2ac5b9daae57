/**
 * The sidebar's view of the server, as enuchi/React-Google-Apps-Script types it: the
 * planner's and the monitor's functions, taken from the entry-point list (src/server/index.ts)
 * so only what the build makes a global can be called, and a renamed server function or a
 * changed request type is a compile error in the sidebar. Type-only: nothing from the
 * server is bundled into the sidebar.
 */
import type * as EntryPoints from '../server/index';
import type * as Monitor from '../server/monitor';
import type * as Planner from '../server/planner';

/** The trigger handler is Apps Script's to call, not the sidebar's. */
type Callable = keyof typeof Planner | Exclude<keyof typeof Monitor, 'runGateMonitor'>;

/** Every function the sidebar may call with google.script.run, with its signature. */
export type ServerFunctions = Pick<typeof EntryPoints, Callable>;

export type ServerFunctionName = keyof ServerFunctions;

/** The promise-returning form the sidebar's google.script.run wrapper offers. */
export type AsyncServer = {
  [K in ServerFunctionName]: (
    ...args: Parameters<ServerFunctions[K]>
  ) => Promise<ReturnType<ServerFunctions[K]>>;
};
