/**
 * CacheService with Google's documented limits: keys up to 250 characters, values up to
 * 100 KB, expiry 600 s by default and at most 21,600 s, read against the local clock.
 */
import type { CacheEntry, Env } from '../state';
import { track } from './track';

const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21_600;

function cache(env: Env, store: Map<string, CacheEntry>) {
  const now = () => env.state.clock.nowMs();
  const read = (key: string): string | null => {
    const entry = store.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= now()) {
      store.delete(key);
      return null;
    }
    return entry.value;
  };
  const write = (key: unknown, value: unknown, ttl?: number) => {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) env.fail('Argument too large: key');
    if (Buffer.byteLength(v) > 100 * 1024) env.fail('Argument too large: value');
    const seconds = Math.min(ttl ?? DEFAULT_TTL_S, MAX_TTL_S);
    store.set(k, { value: v, expiresAtMs: now() + seconds * 1000 });
  };
  return track(
    {
      get: (key: string) => read(String(key)),
      getAll(keys: string[]) {
        const out: Record<string, string> = {};
        for (const k of keys) {
          const v = read(String(k));
          if (v !== null) out[k] = v;
        }
        return env.toScript(out);
      },
      put: (key: string, value: string, ttl?: number) => write(key, value, ttl),
      putAll(values: Record<string, string>, ttl?: number) {
        for (const [k, v] of Object.entries(values)) write(k, v, ttl);
      },
      remove: (key: string) => void store.delete(String(key)),
      removeAll: (keys: string[]) => {
        for (const k of keys) store.delete(String(k));
      },
    } satisfies GoogleAppsScript.Cache.Cache,
    'Cache',
    env,
  );
}

/** The CacheService global of one execution. */
export function cacheService(env: Env) {
  const { caches } = env.state;
  return track(
    {
      getDocumentCache: () => cache(env, caches.document),
      getUserCache: () => cache(env, caches.user),
      getScriptCache: () => cache(env, caches.script),
    } satisfies GoogleAppsScript.Cache.CacheService,
    'CacheService',
    env,
  );
}
