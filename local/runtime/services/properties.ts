/**
 * PropertiesService: document, user and script stores kept by the runtime (they survive
 * executions and are saved with the workbook). Limits from Google's quotas page: 9 KB per
 * value, 500 KB per store.
 */
import type { Env } from '../state';
import { asGoogle, track } from './track';

type Properties = GoogleAppsScript.Properties.Properties;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function properties(env: Env, store: Map<string, string>) {
  const size = () => {
    let total = 0;
    for (const [k, v] of store) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    return total;
  };
  const put = (key: unknown, value: unknown) => {
    const k = String(key);
    const v = String(value);
    // Apps Script's message when one value is over 9 KB.
    if (Buffer.byteLength(v) > VALUE_LIMIT) env.fail('Argument too large: value');
    const previous = store.get(k);
    store.set(k, v);
    if (size() > STORE_LIMIT) {
      if (previous === undefined) store.delete(k);
      else store.set(k, previous);
      env.fail(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  };
  const api = {
    getProperty: (key: string) => store.get(String(key)) ?? null,
    setProperty(key: string, value: string): Properties {
      put(key, value);
      return asGoogle(api);
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers = false): Properties {
      if (deleteAllOthers) store.clear();
      for (const [k, v] of Object.entries(values)) put(k, v);
      return asGoogle(api);
    },
    getProperties: () => env.toScript(Object.fromEntries(store)),
    getKeys: () => env.toScript([...store.keys()]),
    deleteProperty(key: string): Properties {
      store.delete(String(key));
      return asGoogle(api);
    },
    deleteAllProperties(): Properties {
      store.clear();
      return asGoogle(api);
    },
  } satisfies Properties;
  return asGoogle<Properties>(track(api, 'Properties', env));
}

/** The PropertiesService global of one execution. */
export function propertiesService(env: Env) {
  const { state } = env;
  return track(
    {
      getDocumentProperties: () => properties(env, state.documentProperties),
      getUserProperties: () => properties(env, state.userProperties),
      getScriptProperties: () => properties(env, state.scriptProperties),
    } satisfies GoogleAppsScript.Properties.PropertiesService,
    'PropertiesService',
    env,
  );
}
