/** Logger and console: lines go to the runtime's log (LocalRuntime.logs()), not to stdout. */
import { format } from 'node:util';
import type { Env } from '../state';
import { asGoogle, track } from './track';

/** The Logger global of one execution: getLog() holds this execution's lines only. */
export function loggerService(env: Env) {
  const lines: string[] = [];
  const logger = {
    /** log(data) | log(format, ...values), with %s-style placeholders as util.format. */
    log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      const text =
        typeof data === 'string' && values.length ? format(data, ...values) : format(data);
      lines.push(text);
      env.state.logs.push(text);
      return asGoogle(logger);
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines.length = 0;
    },
  } satisfies GoogleAppsScript.Base.Logger;
  return track(logger, 'Logger', env);
}

/** The console global of one execution: lines go to the runtime's log, levels other than log tagged. */
export function consoleService(env: Env) {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      env.state.logs.push(`${level === 'log' ? '' : `[${level}] `}${format(...args)}`);
    };
  return track(
    {
      log: write('log'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      time: () => undefined,
      timeEnd: () => undefined,
    } satisfies Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>,
    'console',
    env,
  );
}
