import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../src/sidebar/server';

type Handler = (value: unknown) => void;
const scope = globalThis as { google?: unknown };

/** google.script.run as HtmlService shapes it, answering each call with `answer`. */
function fakeRun(functions: Record<string, (...args: unknown[]) => unknown>) {
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => ({
    withSuccessHandler: (h: Handler) => runner(h, failure),
    withFailureHandler: (h: Handler) => runner(success, h),
    ...Object.fromEntries(
      Object.entries(functions).map(([name, fn]) => [
        name,
        (...args: unknown[]) =>
          setTimeout(() => {
            try {
              success(fn(...args));
            } catch (error) {
              failure(error);
            }
          }),
      ]),
    ),
  });
  scope.google = {
    script: {
      run: runner(
        () => {},
        () => {},
      ),
    },
  };
}

afterEach(() => {
  delete scope.google;
});

describe('the promise wrapper over google.script.run', () => {
  it('resolves with what the server function returns, passing the arguments through', async () => {
    fakeRun({ getSourceTable: (sheet, row) => ({ ok: true, sheet, row }) });
    await expect(server.getSourceTable('Partners', 2)).resolves.toEqual({
      ok: true,
      sheet: 'Partners',
      row: 2,
    });
  });

  it('rejects with the server error', async () => {
    fakeRun({
      getPlannerContext: () => {
        throw new Error('Exceeded maximum execution time');
      },
    });
    await expect(server.getPlannerContext()).rejects.toThrow('Exceeded maximum execution time');
  });

  it('fails fast, saying why, outside Apps Script or when a function is missing', async () => {
    await expect(server.getPlannerContext()).rejects.toThrow(
      /google\.script\.run is not available/,
    );
    fakeRun({});
    await expect(server.writePlan({} as never)).rejects.toThrow(
      /The server has no function writePlan/,
    );
  });
});
