/** Logger and console: lines go to the runtime's log (LocalRuntime.logs()), not to stdout. */
import { format } from 'node:util';
import type { Env } from '../state';
import { track } from './track';

export function loggerService(env: Env) {
  const lines: string[] = [];
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      const text =
        typeof data === 'string' && values.length ? format(data, ...values) : format(data);
      lines.push(text);
      env.state.logs.push(text);
      return logger;
    },
    getLog: () => lines.join('\n'),
    clear: () => {
      lines.length = 0;
    },
  };
  return track(logger, 'Logger', env);
}

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
    },
    'console',
    env,
  );
}
