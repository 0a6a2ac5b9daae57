/**
 * Every notice names the meeting it is about, with that meeting's date (tester finding 6): a
 * check-in row's own check-in while it is ahead, its wave's gate review once it has passed.
 * The tester's case: check-in Mon 21 Dec 2026, gate review Mon 11 Jan 2027.
 */
import { describe, expect, it } from 'vitest';
import { decide, emptyMemory } from '../../../src/domain/monitor/rules';
import type { MonitoredGate, MonitoredPlan } from '../../../src/domain/monitor/types';
import type { Language } from '../../../src/shared/i18n/language';

const CHECK_IN = '2026-12-21';
const REVIEW = '2027-01-11';

function pilot(checkIn: string, review: string): MonitoredPlan {
  const row = (metric: string, date: string, status: string, more = {}): MonitoredGate => ({
    key: `Pilot plan B0373 v1|w1|${metric}`,
    wave: 1,
    waveName: 'Pilot',
    metric,
    owner: 'raj@example.com',
    reviewDate: date,
    status,
    ...more,
  });
  return {
    label: 'B0373 v1',
    planSheet: 'Pilot plan B0373 v1',
    url: 'https://docs.example/#gid=7',
    escalation: ['vp.sales@example.com'],
    gates: [
      row('CAC (mid-wave check-in)', CHECK_IN, checkIn, { checkIn: { gateReview: REVIEW } }),
      row('CAC', REVIEW, review),
    ],
  };
}

/** The details sent on `day` after a run on `before` saw `was`, keyed by kind and metric. */
function details(
  was: [string, string],
  now: [string, string],
  before: string,
  day: string,
  language: Language = 'en',
): Record<string, string> {
  const first = decide([pilot(...was)], emptyMemory(), before, undefined, language);
  const { notifications } = decide([pilot(...now)], first.memory, day, undefined, language);
  return Object.fromEntries(notifications.map((n) => [`${n.kind} ${n.metric}`, n.detail]));
}

describe('the meeting a monitor notice names', () => {
  it('sends a check-in STOP after the check-in to the gate review, with its date', () => {
    const d = details(['GO', 'PENDING'], ['STOP', 'PENDING'], '2026-12-18', '2026-12-22');
    expect(d['stop CAC (mid-wave check-in)']).toBe(
      'crossed its STOP threshold; bring it to the gate review on Mon 11 Jan 2027.',
    );
    const ja = details(['GO', 'PENDING'], ['STOP', 'PENDING'], '2026-12-18', '2026-12-22', 'ja');
    expect(ja['stop CAC (mid-wave check-in)']).toBe(
      'STOP のしきい値を超えました。2027年1月11日 (月) のゲートレビューで取り上げてください。',
    );
  });

  it('sends a check-in STOP before or on the check-in to the check-in', () => {
    for (const day of ['2026-12-18', CHECK_IN]) {
      const d = details(['GO', 'PENDING'], ['STOP', 'PENDING'], '2026-12-17', day);
      expect(d['stop CAC (mid-wave check-in)']).toBe(
        'crossed its STOP threshold; bring it to the mid-wave check-in on Mon 21 Dec 2026.',
      );
    }
    const ja = details(['GO', 'PENDING'], ['STOP', 'PENDING'], '2026-12-17', '2026-12-18', 'ja');
    expect(ja['stop CAC (mid-wave check-in)']).toBe(
      'STOP のしきい値を超えました。2026年12月21日 (月) のウェーブ中間のチェックインで取り上げてください。',
    );
  });

  it('asks for fresh data before the next meeting, not one already held', () => {
    // A check-in already held is not watched for staleness (check-in-staleness.test.ts):
    // only the gate review's row asks, for its own date.
    const d = details(['GO', 'PENDING'], ['STALE', 'STALE'], '2026-12-18', '2026-12-22');
    expect(d['stale CAC (mid-wave check-in)']).toBeUndefined();
    expect(d['stale CAC']).toMatch(/before the gate review on Mon 11 Jan 2027\.$/);
    const ahead = details(['GO', 'PENDING'], ['STALE', 'GO'], '2026-12-17', '2026-12-18', 'ja');
    expect(ahead['stale CAC (mid-wave check-in)']).toMatch(
      /2026年12月21日 \(月\) のウェーブ中間のチェックインまでに実績値と「データ基準日」を更新してください。$/,
    );
  });

  it('says a check-in row is still PENDING at its check-in, and a gate at its gate review', () => {
    const d = details(['PENDING', 'PENDING'], ['PENDING', 'PENDING'], '2026-12-18', CHECK_IN);
    expect(d['pending-at-review CAC (mid-wave check-in)']).toBe(
      'still PENDING at the mid-wave check-in on Mon 21 Dec 2026: no actual has been entered.',
    );
    const atReview = details(['GO', 'PENDING'], ['GO', 'PENDING'], '2026-12-22', REVIEW);
    expect(atReview['pending-at-review CAC']).toBe(
      'still PENDING at the gate review on Mon 11 Jan 2027: no actual has been entered.',
    );
    const ja = details(
      ['PENDING', 'PENDING'],
      ['PENDING', 'PENDING'],
      '2026-12-18',
      CHECK_IN,
      'ja',
    );
    expect(ja['pending-at-review CAC (mid-wave check-in)']).toBe(
      '2026年12月21日 (月) のウェーブ中間のチェックインの時点で PENDING のままです。実績値が入力されていません。',
    );
  });

  it('escalates a check-in STOP counting from the check-in it outlived', () => {
    const d = details(['STOP', 'PENDING'], ['STOP', 'PENDING'], '2026-12-21', '2026-12-22');
    expect(d['escalation CAC (mid-wave check-in)']).toBe(
      'still STOP 1 day after the mid-wave check-in on Mon 21 Dec 2026; raj@example.com has been told. You are next on the escalation path.',
    );
    const ja = details(['STOP', 'PENDING'], ['STOP', 'PENDING'], '2026-12-21', '2026-12-22', 'ja');
    expect(ja['escalation CAC (mid-wave check-in)']).toMatch(
      /^2026年12月21日 \(月\) のウェーブ中間のチェックインから 1 日経っても STOP のままです。/,
    );
  });

  it('reminds of the check-in before it and of the gate review before that', () => {
    const early = details(['GO', 'PENDING'], ['GO', 'PENDING'], '2026-12-18', '2026-12-19');
    expect(early['reminder ']).toBe(
      'the mid-wave check-in on Mon 21 Dec 2026. Current statuses: CAC (mid-wave check-in): GO.',
    );
    const late = details(['GO', 'PENDING'], ['GO', 'PENDING'], '2027-01-08', '2027-01-09');
    expect(late['reminder ']).toBe(
      'the gate review on Mon 11 Jan 2027. Current statuses: CAC: PENDING.',
    );
    const ja = details(['GO', 'PENDING'], ['GO', 'PENDING'], '2027-01-08', '2027-01-09', 'ja');
    expect(ja['reminder ']).toBe(
      '2027年1月11日 (月) のゲートレビューがあります。現在の状況：CAC: PENDING。',
    );
  });
});
