/**
 * A mid-wave check-in already held is no longer watched for staleness: its Actual records
 * the check-in and ages past the limit by design, so a STALE notice after its date (asking
 * for fresh data "before the gate review") was noise about a meeting already held. The wave's
 * gate review row, watched as ever, is what matters then. Daily runs over several weeks,
 * each run fed the memory the last one left: every notice is sent once, and none needed is
 * lost. Check-in Mon 21 Dec 2026, gate review Mon 11 Jan 2027.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar';
import { emptyMemory } from '../../../src/domain/monitor/rules';
import { monitorRun, type RunOutcome } from '../../../src/domain/monitor/run';
import type {
  MonitoredGate,
  MonitoredPlan,
  MonitorMemory,
} from '../../../src/domain/monitor/types';
import type { Language } from '../../../src/shared/i18n/language';

const CHECK_IN = '2026-12-21';
const REVIEW = '2027-01-11';

type Day = { checkIn: string; review: string; staleness?: MonitoredGate['staleness'] };

function pilot(day: Day): MonitoredPlan {
  const row = (metric: string, date: string, status: string, more = {}): MonitoredGate => ({
    key: `Pilot plan B0373 v1|w1|${metric}`,
    wave: 1,
    waveName: 'Pilot',
    metric,
    owner: 'raj@example.com',
    reviewDate: date,
    status,
    ...(status === 'STALE' ? { staleness: day.staleness ?? 'old' } : {}),
    ...more,
  });
  return {
    label: 'B0373 v1',
    planSheet: 'Pilot plan B0373 v1',
    url: 'https://docs.example/#gid=7',
    escalation: ['vp.sales@example.com'],
    gates: [
      row('CAC (mid-wave check-in)', CHECK_IN, day.checkIn, { checkIn: { gateReview: REVIEW } }),
      row('CAC', REVIEW, day.review),
    ],
  };
}

/**
 * One run a day from `from` to `to`, the statuses of each day from `statuses`, each run fed
 * the memory the last left (and a second run on a day when `twice`). `quota` gives each
 * day's mail quota. Returns every sent notice as `day kind metric` and each day's outcome.
 */
function runDays(
  from: string,
  to: string,
  statuses: (day: string) => Day,
  options: { quota?: (day: string) => number; twice?: boolean; language?: Language } = {},
) {
  let memory: MonitorMemory = emptyMemory();
  const sent: string[] = [];
  const outcomes = new Map<string, RunOutcome>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (let run = 0; run < (options.twice ? 2 : 1); run++) {
      const out = monitorRun(
        {
          plans: [pilot(statuses(day))],
          memory,
          today: day,
          remainingQuota: options.quota?.(day) ?? 100,
          documentName: 'Partners Q1',
          language: options.language,
        },
        () => null,
      );
      for (const d of out.send)
        for (const n of d.notifications) sent.push(`${day} ${n.kind} ${n.metric}`);
      if (run === 0) outcomes.set(day, out);
      memory = out.memory;
    }
  }
  return { sent, outcomes };
}

describe('a mid-wave check-in past its date', () => {
  // The check-in's data is fresh at the check-in and ages from the next day on; the gate
  // review's Actual is typed on 4 Jan, ages on 8 Jan and is refreshed on the 11th.
  const ageing = (day: string): Day => ({
    checkIn: day <= CHECK_IN ? 'GO' : 'STALE',
    review: day < '2027-01-04' ? 'PENDING' : day < '2027-01-08' || day >= REVIEW ? 'GO' : 'STALE',
  });

  it('emails no STALE for the check-in, and the gate review’s STALE once', () => {
    const { sent } = runDays('2026-12-17', '2027-01-20', ageing, { twice: true });
    expect(sent).toEqual(['2026-12-19 reminder ', '2027-01-08 stale CAC', '2027-01-09 reminder ']);
  });

  it('logs the check-in’s turn into STALE with why nobody was told, in both languages', () => {
    const en = runDays('2026-12-21', '2026-12-22', ageing).outcomes.get('2026-12-22');
    expect(en?.log.filter((r) => r.to === 'STALE')).toEqual([
      {
        plan: 'B0373 v1',
        gate: expect.stringContaining('CAC (mid-wave check-in)'),
        from: 'GO',
        to: 'STALE',
        told: '',
        note: 'No email: a past check-in; its gate review is watched.',
      },
    ]);
    const ja = runDays('2026-12-21', '2026-12-22', ageing, { language: 'ja' }).outcomes.get(
      '2026-12-22',
    );
    expect(ja?.log.find((r) => r.to === 'STALE')?.note).toBe(
      'メールなし：チェックイン後はゲートレビューを監視します。',
    );
  });

  it('still emails a check-in STALE seen up to its date, once, and a STOP after it', () => {
    // Stale data three days before the check-in, still stale after it; a late Actual
    // then crosses STOP on 28 Dec, which the gate review must hear about.
    const { sent } = runDays('2026-12-17', '2027-01-01', (day) => ({
      checkIn: day < '2026-12-18' ? 'GO' : day < '2026-12-28' ? 'STALE' : 'STOP',
      review: 'PENDING',
    }));
    expect(sent).toEqual([
      '2026-12-18 stale CAC (mid-wave check-in)',
      '2026-12-19 reminder ',
      '2026-12-28 stop CAC (mid-wave check-in)',
      '2026-12-29 escalation CAC (mid-wave check-in)',
    ]);
  });

  it('emails a STALE first seen on the check-in day itself', () => {
    const { sent } = runDays(CHECK_IN, '2026-12-24', (day) => ({
      checkIn: 'STALE',
      review: 'PENDING',
      staleness: day === CHECK_IN ? 'missing' : 'old',
    }));
    expect(sent).toEqual([`${CHECK_IN} stale CAC (mid-wave check-in)`]);
  });

  it('watches no staleness of a passed check-in, whatever its cause', () => {
    for (const staleness of ['old', 'missing', 'future'] as const) {
      const { sent } = runDays(CHECK_IN, '2026-12-27', (day) => ({
        checkIn: day < '2026-12-23' ? 'GO' : 'STALE',
        review: 'PENDING',
        staleness,
      }));
      expect(sent, staleness).toEqual([]);
    }
  });

  it('drops a check-in STALE the quota held past the check-in, and sends the rest held', () => {
    // Quota 0 on the check-in day: both notices are held. The next day the check-in has
    // passed, so its STALE asks for data for a meeting already held; the gate's goes out.
    const { sent, outcomes } = runDays(
      CHECK_IN,
      '2026-12-23',
      () => ({ checkIn: 'STALE', review: 'STALE' }),
      { quota: (day) => (day === CHECK_IN ? 0 : 100) },
    );
    expect(outcomes.get(CHECK_IN)?.summary.held).toBe(2);
    expect(
      outcomes
        .get(CHECK_IN)
        ?.memory.held.map((n) => `${n.kind} ${n.key}`)
        .sort(),
    ).toEqual([
      'stale Pilot plan B0373 v1|w1|CAC',
      'stale Pilot plan B0373 v1|w1|CAC (mid-wave check-in)',
    ]);
    expect(sent).toEqual(['2026-12-22 stale CAC']);
  });
});
