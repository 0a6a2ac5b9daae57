/** Utilities: formatDate (Java SimpleDateFormat), sleep (moves the local clock), UUIDs, base64. */
import { randomUUID } from 'node:crypto';
import { formatJavaDate } from '../format';
import type { Env } from '../state';
import { track } from './track';

/**
 * The Utilities global of one execution. base64Encode is not checked against the typings:
 * it encodes a string as UTF-8 and takes neither bytes nor a charset.
 */
export function utilitiesService(env: Env) {
  return track(
    {
      formatDate(date: Date, timeZone: string, format: string) {
        if (Object.prototype.toString.call(date) !== '[object Date]') {
          env.fail(
            "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
          );
        }
        try {
          return formatJavaDate(date.getTime(), String(timeZone), String(format));
        } catch (error) {
          return env.fail((error as Error).message);
        }
      },
      sleep(milliseconds: number) {
        if (milliseconds > 300_000) env.fail('Argument too large: milliseconds');
        env.state.clock.advanceMs(Math.max(0, Number(milliseconds) || 0));
      },
      getUuid: () => randomUUID(),
      base64Encode: (data: string) => Buffer.from(String(data), 'utf8').toString('base64'),
      base64Decode: (encoded: string) => env.toScript([...Buffer.from(String(encoded), 'base64')]),
    } satisfies Pick<
      GoogleAppsScript.Utilities.Utilities,
      'formatDate' | 'sleep' | 'getUuid' | 'base64Decode'
    > & { base64Encode(data: string): string },
    'Utilities',
    env,
  );
}
