import { describe, expect, it } from 'vitest';
import { carryMemory } from '../../../src/domain/monitor/carry';
import type { MonitorMemory } from '../../../src/domain/monitor/types';

describe('the monitor’s memory after a re-plan', () => {
  const memory: MonitorMemory = {
    gates: {
      'Pilot plan B0373 v1|w1|gate review|cac': { status: 'STOP', escalated: 1 },
      'Pilot plan B0373 v1|w2|gate review|cac': { status: 'GO', escalated: 0 },
      'Pilot plan B0373 v2|w2|gate review|cac': { status: 'HOLD', escalated: 0 },
      'Pilot plan B0400 v1|w1|gate review|cac': { status: 'STOP', escalated: 0 },
    },
    reminded: ['Pilot plan B0373 v1|w1|2027-01-11'],
    held: [],
  } as MonitorMemory;
  const carried = carryMemory(memory, new Map([['Pilot plan B0373 v1', 'Pilot plan B0373 v2']]));

  it('gives the live version the statuses and reminders of the one it superseded', () => {
    expect(carried.gates['Pilot plan B0373 v2|w1|gate review|cac']).toEqual({
      status: 'STOP',
      escalated: 1,
    });
    expect(carried.reminded).toContain('Pilot plan B0373 v2|w1|2027-01-11');
  });

  it('keeps what the live version already has, and leaves other plans and the input alone', () => {
    expect(carried.gates['Pilot plan B0373 v2|w2|gate review|cac'].status).toBe('HOLD');
    expect(carried.gates['Pilot plan B0400 v1|w1|gate review|cac'].status).toBe('STOP');
    expect(Object.keys(carried.gates)).not.toContain('Pilot plan B0400 v2|w1|gate review|cac');
    expect(Object.keys(memory.gates)).toHaveLength(4);
    expect(carryMemory(memory, new Map())).toBe(memory);
  });

  it('rekeys a Japanese default metric name kept before keys named it in English', () => {
    const kept = {
      gates: {
        'パイロット計画 B0373 v1|w1|gate review|顧客獲得コスト（cac）': {
          status: 'STOP',
          escalated: 0,
        },
      },
      reminded: [],
      held: [
        {
          kind: 'stop',
          key: 'パイロット計画 B0373 v1|w1|gate review|パートナー経由売上',
          recipient: 'a@example.com',
          planSheet: 'パイロット計画 B0373 v1',
          from: '',
          to: 'STOP',
          detail: '',
        },
      ],
    } as unknown as MonitorMemory;
    const now = carryMemory(kept, new Map());
    expect(Object.keys(now.gates)).toEqual(['パイロット計画 B0373 v1|w1|gate review|cac']);
    expect(now.held[0].key).toBe('パイロット計画 B0373 v1|w1|gate review|partner-sourced revenue');
  });
});
