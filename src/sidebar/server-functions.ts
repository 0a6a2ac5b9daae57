/**
 * The sidebar's view of the server: the planner's and the monitor's own export types,
 * so a renamed server function or a changed request type is a compile error in the
 * sidebar. Type-only: nothing from the server is bundled into the sidebar.
 */
import type * as Monitor from '../server/monitor';
import type * as Planner from '../server/planner';

/** The trigger handler is Apps Script's to call, not the sidebar's. */
export type ServerFunctions = typeof Planner & Omit<typeof Monitor, 'runGateMonitor'>;

export type ServerFunctionName = keyof ServerFunctions;

/** The promise-returning form the sidebar's google.script.run wrapper offers. */
export type AsyncServer = {
  [K in ServerFunctionName]: (
    ...args: Parameters<ServerFunctions[K]>
  ) => Promise<ReturnType<ServerFunctions[K]>>;
};
