import { describe, expect, it } from 'vitest';
import { decide, emptyMemory } from '../../../src/domain/monitor/rules';
import { plan } from './fixtures';

const who = (d: ReturnType<typeof decide>) =>
  d.notifications.map((n) => `${n.kind}:${n.recipient}:${n.metric}`).sort();

describe('decide', () => {
  it('tells the owner of a gate that turns STOP or STALE, once', () => {
    const day1 = decide([plan({ revenue: 'GO', cac: 'HOLD' })], emptyMemory(), '2026-02-10');
    expect(day1.notifications).toEqual([]);
    const day2 = decide([plan({ revenue: 'STALE', cac: 'STOP' })], day1.memory, '2026-02-11');
    expect(who(day2)).toEqual([
      'stale:ana@example.com:Partner-sourced revenue',
      'stop:raj@example.com:CAC',
    ]);
    expect(day2.notifications.find((n) => n.kind === 'stop')).toMatchObject({
      from: 'HOLD',
      to: 'STOP',
    });
    const day3 = decide([plan({ revenue: 'STALE', cac: 'STOP' })], day2.memory, '2026-02-12');
    expect(day3.notifications).toEqual([]);
    expect(day3.transitions).toEqual([]);
  });

  it('does not email changes that are not into STOP or STALE, but reports them', () => {
    const day1 = decide([plan({ revenue: 'STOP', cac: 'GO' })], emptyMemory(), '2026-02-10');
    const day2 = decide([plan({ revenue: 'HOLD', cac: 'PENDING' })], day1.memory, '2026-02-11');
    expect(day2.notifications).toEqual([]);
    expect(day2.transitions.map((t) => `${t.from}>${t.to}`)).toEqual(['STOP>HOLD', 'GO>PENDING']);
  });

  it('tells a STOP seen on the first run: the owner has not heard of it yet', () => {
    const d = decide([plan({ revenue: 'GO', cac: 'STOP' })], emptyMemory(), '2026-02-10');
    expect(who(d)).toEqual(['stop:raj@example.com:CAC']);
    expect(d.notifications[0].from).toBe('');
  });

  it('tells the owner when the review date arrives with the gate still PENDING, once per date', () => {
    const before = decide([plan({ revenue: 'PENDING', cac: 'GO' })], emptyMemory(), '2026-02-20');
    expect(before.notifications).toEqual([]);
    const onDay = decide([plan({ revenue: 'PENDING', cac: 'GO' })], before.memory, '2026-03-02');
    expect(who(onDay)).toEqual(['pending-at-review:ana@example.com:Partner-sourced revenue']);
    const after = decide([plan({ revenue: 'PENDING', cac: 'GO' })], onDay.memory, '2026-03-03');
    expect(after.notifications).toEqual([]);
  });

  it('escalates a STOP that outlives its review date one step up the path per week', () => {
    const p = () => plan({ revenue: 'GO', cac: 'STOP' });
    let memory = decide([p()], emptyMemory(), '2026-02-25').memory;
    expect(who(decide([p()], memory, '2026-03-02'))).toEqual([]);
    const day1 = decide([p()], memory, '2026-03-03');
    expect(who(day1)).toEqual(['escalation:vp.sales@example.com:CAC']);
    memory = day1.memory;
    for (const day of ['2026-03-04', '2026-03-09']) {
      const d = decide([p()], memory, day);
      expect(d.notifications).toEqual([]);
      memory = d.memory;
    }
    const week2 = decide([p()], memory, '2026-03-10');
    expect(who(week2)).toEqual(['escalation:cro@example.com:CAC']);
    // The path is exhausted: nobody further to tell.
    expect(decide([p()], week2.memory, '2026-03-30').notifications).toEqual([]);
  });

  it('waits for a STOP to stay before escalating, and starts over after it clears', () => {
    const late = decide([plan({ revenue: 'GO', cac: 'STOP' })], emptyMemory(), '2026-03-05');
    expect(who(late)).toEqual(['stop:raj@example.com:CAC']);
    const next = decide([plan({ revenue: 'GO', cac: 'STOP' })], late.memory, '2026-03-06');
    expect(who(next)).toEqual(['escalation:vp.sales@example.com:CAC']);
    const cleared = decide([plan({ revenue: 'GO', cac: 'HOLD' })], next.memory, '2026-03-07');
    const again = decide([plan({ revenue: 'GO', cac: 'STOP' })], cleared.memory, '2026-03-08');
    const still = decide([plan({ revenue: 'GO', cac: 'STOP' })], again.memory, '2026-03-09');
    expect(who(still)).toEqual(['escalation:vp.sales@example.com:CAC']);
  });

  it('tells every address in an owner cell and an escalation step, and skips any owner on the path', () => {
    const p = () => {
      const out = plan(
        { revenue: 'GO', cac: 'STOP' },
        {
          escalation: ['Raj <raj@example.com>, vp@example.com; cfo@example.com', 'cro@example.com'],
        },
      );
      out.gates[1].owner = '"Rao, Raj" <raj@example.com>, dana@example.com';
      return out;
    };
    const first = decide([p()], emptyMemory(), '2026-02-25');
    expect(who(first)).toEqual(['stop:dana@example.com:CAC', 'stop:raj@example.com:CAC']);
    const late = decide([p()], first.memory, '2026-03-03');
    expect(who(late)).toEqual(['escalation:cfo@example.com:CAC', 'escalation:vp@example.com:CAC']);
    expect(decide([p()], late.memory, '2026-03-04').notifications).toEqual([]);
  });

  it('skips the owner on the escalation path', () => {
    const p = () =>
      plan({ revenue: 'GO', cac: 'STOP' }, { escalation: ['RAJ@example.com ', 'cro@example.com'] });
    const first = decide([p()], emptyMemory(), '2026-03-02');
    expect(who(decide([p()], first.memory, '2026-03-03'))).toEqual([
      'escalation:cro@example.com:CAC',
    ]);
  });

  it('reminds each owner of the wave N days before its review, once, with the current statuses', () => {
    const p = () => plan({ revenue: 'HOLD', cac: 'GO' });
    const early = decide([p()], emptyMemory(), '2026-02-27');
    expect(early.notifications).toEqual([]);
    const due = decide([p()], early.memory, '2026-02-28');
    expect(who(due)).toEqual(['reminder:ana@example.com:', 'reminder:raj@example.com:']);
    expect(due.notifications[0].detail).toContain('Partner-sourced revenue: HOLD; CAC: GO');
    expect(decide([p()], due.memory, '2026-03-01').notifications).toEqual([]);
  });

  it('honours another reminder lead time and still reminds after a missed day', () => {
    const settings = { reminderDays: 5, escalateEveryDays: 7 };
    const d = decide([plan({ revenue: 'GO', cac: 'GO' })], emptyMemory(), '2026-02-26', settings);
    expect(d.notifications.map((n) => n.kind)).toEqual(['reminder', 'reminder']);
    const none = decide(
      [plan({ revenue: 'GO', cac: 'GO' })],
      emptyMemory(),
      '2026-02-24',
      settings,
    );
    expect(none.notifications).toEqual([]);
  });

  it('forgets gates of plans that are no longer monitored', () => {
    const old = decide([plan({ revenue: 'GO', cac: 'GO' })], emptyMemory(), '2026-02-10');
    const v2 = plan({ revenue: 'GO', cac: 'GO' }, { sheet: 'Pilot plan B0373 v2' });
    const d = decide([v2], old.memory, '2026-02-11');
    expect(Object.keys(d.memory.gates).every((k) => k.startsWith('Pilot plan B0373 v2'))).toBe(
      true,
    );
  });
});
