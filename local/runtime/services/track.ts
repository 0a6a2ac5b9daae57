/**
 * Wraps a service object so that every method call is counted per execution under
 * 'Class.method' (the bench and the batching tests read these counts). Calls a service
 * makes to itself go to the unwrapped object and are not counted.
 */
import type { Env } from '../state';

/** Classes whose writes a custom function may not make (AuthMode.CUSTOM_FUNCTION). */
const READ_ONLY_IN_CUSTOM_FUNCTIONS = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range']);
const READS = /^(get|is|has|flush$|new|copy|toString$)/;

/**
 * What AuthMode.NONE still answers: menus (Google: "add-ons must create their menu before
 * they are authorised"), Logger and Utilities, and Session's locale, whose reference names
 * no authorization scope. Everything else needs authorization.
 */
const FREE_IN_NONE = new Set(['Ui', 'Menu', 'Logger', 'Utilities']);
const FREE_METHODS_IN_NONE = new Set(['SpreadsheetApp.getUi', 'Session.getActiveUserLocale']);

const targets = new WeakMap<object, object>();

/** The service object behind a wrapper a script handed back (so the call is not counted). */
export function unwrap<T>(value: T): T {
  return (typeof value === 'object' && value !== null && (targets.get(value) as T)) || value;
}

/**
 * `target` behind a proxy that counts each method call as 'className.method', applies a
 * fault injected with failOn, and refuses writes from custom functions as Google does.
 */
export function track<T extends object>(target: T, className: string, env: Env): T {
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      if (property === 'constructor') return value;
      return (...args: unknown[]) => {
        const name = `${className}.${property}`;
        env.calls[name] = (env.calls[name] ?? 0) + 1;
        const fault = env.state.fault;
        if (fault && fault.method === name && env.kind !== 'custom-function') {
          fault.seen++;
          if (fault.seen === fault.nth) env.fail('Injected fault');
        }
        if (
          env.authMode === 'NONE' &&
          !FREE_IN_NONE.has(className) &&
          !FREE_METHODS_IN_NONE.has(name)
        ) {
          // The UNVERIFIED wording of Apps Script's refusal; the refusal itself is Google's rule.
          env.fail(`You do not have permission to call ${name}`);
        }
        if (
          env.kind === 'custom-function' &&
          READ_ONLY_IN_CUSTOM_FUNCTIONS.has(className) &&
          !READS.test(property)
        ) {
          // Google's message for a write from a custom function.
          env.fail(`You do not have permission to call ${property}`);
        }
        const result = value.apply(object, args);
        // Chained calls (setValues(...).setFontWeight(...)) stay counted.
        return result === object ? receiver : result;
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** An enum object as Apps Script exposes them (values print as their names). */
export function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<K, K>;
}

/**
 * A fake as the Google type it stands in for. A fake implements only the methods the
 * add-on calls (its `implements Pick<…>` clause lists them and the compiler checks them
 * against @types/google-apps-script), so to the compiler it is never a whole Google
 * object: this is the one place that widens it.
 */
export function asGoogle<G extends object>(fake: object): G {
  return fake as G;
}

/**
 * The fake behind a value a script passed back (a tracked wrapper or the object itself),
 * or undefined when it is not one of `Fake`'s: how a fake reads the state of another
 * fake it was handed as a Google type.
 */
export function fakeBehind<F>(
  value: unknown,
  Fake: abstract new (...args: never[]) => F,
): F | undefined {
  const target = unwrap(value);
  return target instanceof Fake ? target : undefined;
}
