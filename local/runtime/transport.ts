/**
 * google.script.run's rules for what crosses between the page and the server: null,
 * booleans, numbers, strings, and arrays and plain objects of them. A Date, a function or
 * any other object anywhere makes the call fail; undefined array entries become null and
 * undefined object fields are dropped (guides/html/communication).
 */
export class TransportError extends Error {
  override name = 'TransportError';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  // Objects made in another vm context have that context's Object.prototype.
  return Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object';
}

/**
 * Copies a value across the boundary (into this realm), throwing as Apps Script does
 * for values it cannot carry. `what` names the side for the message.
 */
export function carry(value: unknown, what: string, path = '0', seen = new Set<object>()): unknown {
  if (value === null || value === undefined) return value === undefined ? undefined : null;
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || type === 'number') return value;
  const illegal = (reason: string): never => {
    throw new TransportError(
      `Failed due to illegal value in property: ${path} (${what}: ${reason})`,
    );
  };
  if (type !== 'object') return illegal(`a ${type} cannot be sent`);
  const object = value as object;
  if (Object.prototype.toString.call(object) === '[object Date]') {
    return illegal('a Date cannot be sent; send it as text such as 2026-01-31');
  }
  if (seen.has(object)) return illegal('the value refers to itself');
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      return object.map((item, i) => {
        const copied = carry(item, what, `${path}.${i}`, seen);
        return copied === undefined ? null : copied;
      });
    }
    if (!isPlainObject(object)) return illegal('only plain objects and arrays can be sent');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(object)) {
      const copied = carry(v, what, `${path}.${k}`, seen);
      if (copied !== undefined) out[k] = copied;
    }
    return out;
  } finally {
    seen.delete(object);
  }
}

/** Checks a google.script.run call's arguments; returns host copies. */
export function carryArguments(args: unknown[]): unknown[] {
  return args.map((arg, i) => carry(arg, 'argument', String(i)));
}

/** Checks what a server function returned to google.script.run. */
export function carryResult(result: unknown): unknown {
  // Apps Script itself hands the page null when the result holds a Date; failing loudly
  // here catches the bug locally instead of showing an empty result.
  return carry(result, 'return value', 'result');
}
