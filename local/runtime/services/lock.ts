/**
 * LockService over locks shared by every execution of one runtime. Executions here run
 * one at a time, so a lock is contended when a test holds it from outside
 * (LocalRuntime.holdDocumentLock) or when an execution that holds it triggers another
 * (a write that recalculates a custom function). Waiting moves the local clock, as
 * Utilities.sleep does, instead of blocking.
 */
import type { Env, LockState } from '../state';
import { track } from './track';

function lock(env: Env, state: LockState) {
  const { clock } = env.state;
  const acquire = (timeoutMs: number): boolean => {
    if (state.holder === undefined || state.holder === env) {
      state.holder = env;
      return true;
    }
    const releaseAt = state.holder === 'outside' ? state.releaseAtMs : undefined;
    if (releaseAt !== undefined && releaseAt - clock.nowMs() <= timeoutMs) {
      clock.advanceMs(Math.max(0, releaseAt - clock.nowMs()));
      state.holder = env;
      state.releaseAtMs = undefined;
      return true;
    }
    clock.advanceMs(Math.max(0, timeoutMs));
    return false;
  };
  return track(
    {
      tryLock: (timeoutInMillis: number) => acquire(Number(timeoutInMillis) || 0),
      waitLock(timeoutInMillis: number) {
        if (!acquire(Number(timeoutInMillis) || 0)) {
          env.fail('Lock timeout: another process was holding the lock for too long.');
        }
      },
      releaseLock() {
        if (state.holder === env) state.holder = undefined;
      },
      hasLock: () => state.holder === env,
    } satisfies GoogleAppsScript.Lock.Lock,
    'Lock',
    env,
  );
}

/** The LockService global of one execution. */
export function lockService(env: Env) {
  const { locks } = env.state;
  return track(
    {
      getDocumentLock: () => lock(env, locks.document),
      getScriptLock: () => lock(env, locks.script),
      getUserLock: () => lock(env, locks.user),
    } satisfies GoogleAppsScript.Lock.LockService,
    'LockService',
    env,
  );
}
