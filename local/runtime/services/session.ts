/** Session: the script's time zone (from the manifest) and the local user. */
import type { Env } from '../state';
import { track } from './track';

export function sessionService(env: Env) {
  const user = () => track({ getEmail: () => env.state.userEmail }, 'User', env);
  return track(
    {
      getScriptTimeZone: () => env.state.scriptTimeZone,
      getActiveUserLocale: () => env.state.workbook.locale.split('_')[0],
      getActiveUser: user,
      getEffectiveUser: user,
      getTemporaryActiveUserKey: () =>
        `local-${Buffer.from(env.state.userEmail).toString('hex').slice(0, 16)}`,
    },
    'Session',
    env,
  );
}
