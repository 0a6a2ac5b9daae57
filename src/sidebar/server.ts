/**
 * The sidebar's one door to the server: google.script.run as promises, typed by the
 * planner module's own exports (src/sidebar/server-functions.ts), so a renamed server function or a
 * changed request type fails to compile here instead of failing in front of a user.
 */
import type { AsyncServer, ServerFunctionName } from './server-functions';

/** The part of HtmlService's client API the sidebar uses. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

interface ScriptGlobal {
  google?: { script?: { run?: ScriptRun } };
}

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = (globalThis as ScriptGlobal).google?.script?.run;
    if (!run) {
      reject(
        new Error(
          'google.script.run is not available: open Partner Pilot from Extensions in Google Sheets or from the local preview (npm start).',
        ),
      );
      return;
    }
    const runner = run.withSuccessHandler(resolve).withFailureHandler((error) => {
      reject(error instanceof Error ? error : new Error(String(error)));
    });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(
        new Error(`The server has no function ${name}; the add-on's script may be out of date.`),
      );
      return;
    }
    fn.apply(runner, args);
  });
}

/** server.previewPlan(request) → Promise<Result<PlanPreview>>, and so on for every entry point. */
export const server = new Proxy({} as AsyncServer, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(String(name), args),
}) as AsyncServer;

export type { ServerFunctionName };
