/** The authorization checks services make before acting on the user's behalf. */
import { manifestBeside } from '../manifest';
import type { Env } from '../state';

/**
 * Fails as Apps Script does (`You do not have permission to call CALL. Required
 * permissions: SCOPE`) in a custom function or onOpen (no authorization there), and in
 * any execution when the manifest lists oauthScopes without `scope`.
 */
export function requireScope(env: Env, call: string, scope: string): void {
  const kind: string = env.kind;
  const declared = manifestBeside(env.state.codePath)?.oauthScopes;
  if (kind === 'custom-function' || kind === 'open' || (declared && !declared.includes(scope))) {
    env.fail(`You do not have permission to call ${call}. Required permissions: ${scope}`);
  }
}
