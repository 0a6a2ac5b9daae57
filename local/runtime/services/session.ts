/** Session: the script's time zone (from the manifest) and the local user. */
import type { Env } from '../state';
import { asGoogle, track } from './track';

/** The Session global of one execution. */
export function sessionService(env: Env) {
  const user = () =>
    asGoogle<GoogleAppsScript.Base.User>(
      track(
        { getEmail: () => env.state.userEmail } satisfies Pick<
          GoogleAppsScript.Base.User,
          'getEmail'
        >,
        'User',
        env,
      ),
    );
  return track(
    {
      getScriptTimeZone: () => env.state.scriptTimeZone,
      getActiveUserLocale: () => env.state.userLocale ?? env.state.workbook.locale.split('_')[0],
      getActiveUser: user,
      getEffectiveUser: user,
      getTemporaryActiveUserKey: () =>
        `local-${Buffer.from(env.state.userEmail).toString('hex').slice(0, 16)}`,
    } satisfies Pick<
      GoogleAppsScript.Base.Session,
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getTemporaryActiveUserKey'
    >,
    'Session',
    env,
  );
}
