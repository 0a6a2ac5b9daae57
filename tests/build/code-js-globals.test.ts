import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { calendarServices, readCode } from '../support/code-js';

/**
 * A context whose global built-ins (Map, Float64Array, Math, …) are getters on the sandbox
 * that count their reads while `counting` is on: each read is a global name lookup, which a
 * node:vm context (and possibly Apps Script's global) answers through an interceptor.
 */
function countingContext() {
  const counts: Record<string, number> = {};
  const state = { counting: false };
  const sandbox: Record<string, unknown> = { ...calendarServices('Etc/UTC') };
  const context = vm.createContext(sandbox);
  const realm = vm.runInContext('globalThis', context) as Record<string, unknown>;
  for (const name of vm.runInContext('Object.getOwnPropertyNames(globalThis)', context)) {
    if (!/^[A-Z]/.test(name) || name in sandbox || realm[name] === undefined) continue;
    const value = realm[name];
    Object.defineProperty(sandbox, name, {
      get() {
        if (state.counting) counts[name] = (counts[name] ?? 0) + 1;
        return value;
      },
    });
  }
  vm.runInContext(readCode(), context, { filename: 'Code.js' });
  const during = (call: () => unknown) => {
    for (const name of Object.keys(counts)) delete counts[name];
    state.counting = true;
    try {
      call();
    } finally {
      state.counting = false;
    }
    return { ...counts };
  };
  return { context, during };
}

describe('dist/Code.js global lookups', () => {
  it('a formula call looks up no built-in by its global name: they are bound once at load', () => {
    const { context, during } = countingContext();
    const table = [
      ['Partner', 'Capability', 'Co-marketing budget', 'CAC', 'Coverage gap'],
      ['A', 8, 20_000, 4_000, 0.4],
      ['B', 6, '€12,000', 5_000, 0.3],
      ['C', 'Gold', 15_000, 'n/a', 0.2],
    ];
    expect(during(() => context.PARTNER_SCORE(table))).toEqual({});
    // Date is left to the call: the local runtime replaces it before Code.js loads.
    const gates = during(() =>
      context.GATE_STATUS([[95_000], [40_000]], 90_000, 50_000, '2026-11-20', '', '2026-11-27'),
    );
    expect(Object.keys(gates).filter((name) => name !== 'Date')).toEqual([]);
  });
});
