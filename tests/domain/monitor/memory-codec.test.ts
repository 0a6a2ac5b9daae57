/**
 * The monitor's compact memory keeps every notification kind it may hold for mail quota:
 * a kind the codec does not list would be dropped without a word on the next run.
 */
import { describe, expect, it } from 'vitest';
import { decodeMemory, encodeMemory } from '../../../src/domain/monitor/memory-codec';
import type { MonitorMemory } from '../../../src/domain/monitor/types';
import { NOTIFICATION_KINDS } from '../../../src/shared/schema/monitor';

describe('memory codec', () => {
  it('gives back a held notification of every kind, an Invalid one included', () => {
    const memory: MonitorMemory = {
      gates: { 'Pilot plan B0373 v1|w1|revenue': { status: 'Invalid as_of: "x"', escalated: 0 } },
      reminded: [],
      held: NOTIFICATION_KINDS.map((kind, i) => ({
        kind,
        key: `Pilot plan B0373 v1|w1|m${i}`,
        recipient: 'owner@example.com',
        planSheet: 'Pilot plan B0373 v1',
        from: 'GO',
        to: kind === 'invalid' ? 'Invalid Actual: "abc"' : 'STOP',
        detail: `detail ${i}`,
      })),
    };
    expect(decodeMemory(encodeMemory(memory))).toEqual(memory);
  });

  it('reads memory written before Invalid notices existed as it was', () => {
    // A held STALE notice (kind index 1) as the previous release wrote it.
    const old = JSON.stringify({
      g: {},
      r: [],
      h: [[1, 'P|w1|cac', 'a@example.com', 'GO', 'STALE', 'Data as of 2026-11-01']],
    });
    expect(decodeMemory(old)?.held).toEqual([
      {
        kind: 'stale',
        key: 'P|w1|cac',
        recipient: 'a@example.com',
        planSheet: 'P',
        from: 'GO',
        to: 'STALE',
        detail: 'Data as of 2026-11-01',
      },
    ]);
  });
});
