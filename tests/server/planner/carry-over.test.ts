/**
 * A re-plan carries v1's Actuals only into the wave they measure (tester 2, finding 4): a
 * wave renamed or reordered, given other partners, or starting after the Actual was
 * measured gets none, and the plan's notes say which Actual stayed behind and why, in the
 * plan's language. Runs the built dist/Code.js.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanRequestInput } from '../../../src/shared/plan-types';
import { defaultsOf, sampleRuntime, written } from './planner-support';

const V1 = 'Pilot plan B0373 v1';
const BEGUN = '2026-11-02';

/** v1 begun on 2026-11-02 (NOW, 11-27, is in its Pilot), with the Pilot's CAC typed. */
function v1WithCac(asOf = '2026-11-27'): { rt: LocalRuntime; request: PlanRequestInput } {
  const rt = sampleRuntime();
  const request = { ...defaultsOf(rt), schedule: { startDate: BEGUN } };
  written(rt, request);
  const row = cacRow(rt.values(V1));
  rt.setCell(V1, `${columnLetters(gateColumn('Actual'))}${row}`, 5000);
  rt.setCell(V1, `${columnLetters(gateColumn('Data as of'))}${row}`, asOf);
  return { rt, request };
}

/** The 1-based row of wave 1's gate-review CAC. */
const cacRow = (values: unknown[][]) =>
  values.findIndex(
    (r) =>
      r[0] === 1 &&
      /Gate review|ゲートレビュー/.test(String(r[gateColumn('Checkpoint')])) &&
      /CAC/.test(String(r[gateColumn('Metric')])),
  ) + 1;

/** Writes v2 of B0373 with `change`, and returns what it carried and its CAC Actual. */
function v2(rt: LocalRuntime, request: PlanRequestInput) {
  const result = written(rt, { ...request, record: { id: 'B0373' } });
  const values = rt.values(result.plan.name);
  return { carried: result.carried, actual: values[cacRow(values) - 1][gateColumn('Actual')] };
}

const NOT_CARRIED =
  'Not carried from B0373 v1: wave 1 gate review CAC (Actual $5,000, Data as of 11/27/2026): ';

describe('a re-plan’s carry-over of Actuals', () => {
  it('carries the running Pilot’s Actual into the same Pilot', () => {
    const { rt, request } = v1WithCac();
    expect(v2(rt, request)).toEqual({ carried: { rows: 1, notCarried: [] }, actual: 5000 });
  });

  it('keeps an Actual out of a wave that starts after it was measured', () => {
    const { rt, request } = v1WithCac();
    // The default schedule starts the next Monday: v2's Pilot has not begun.
    const later = v2(rt, { ...request, schedule: undefined });
    expect(later.actual).toBe('');
    expect(later.carried).toEqual({
      rows: 0,
      notCarried: [
        `${NOT_CARRIED}this version's wave 1 starts on Mon 30 Nov 2026, after it was measured.`,
      ],
    });
  });

  it('keeps an Actual dated before its wave began out, though the wave is running', () => {
    const { rt, request } = v1WithCac('2026-10-30');
    expect(v2(rt, request).carried.notCarried[0]).toMatch(
      /Data as of 10\/30\/2026\): this version's wave 1 starts on Mon 2 Nov 2026, after it was measured\./,
    );
  });

  it('keeps an Actual out of a renamed or reordered wave', () => {
    const { rt, request } = v1WithCac();
    const reordered = v2(rt, { ...request, waves: { count: 2, names: ['Scale', 'Pilot'] } });
    expect(reordered.actual).toBe('');
    expect(reordered.carried.notCarried).toEqual([
      `${NOT_CARRIED}this version's wave 1 is Scale, another wave.`,
    ]);
  });

  it('keeps an Actual out of a wave whose partners changed', () => {
    const { rt, request } = v1WithCac();
    const scoring = { weights: { sourcedRevenue: 3 } } as PlanRequestInput['scoring'];
    const reweighed = v2(rt, { ...request, scoring });
    expect(reweighed.actual).toBe('');
    expect(reweighed.carried.notCarried).toEqual([
      `${NOT_CARRIED}this version's wave 1 has other partners.`,
    ]);
  });

  it('says why in Japanese in a Japanese v2', () => {
    const { rt, request } = v1WithCac();
    const later = v2(rt, { ...request, schedule: undefined, language: 'ja' });
    expect(later.carried.notCarried).toEqual([
      'B0373 v1から引き継げませんでした：ウェーブ 1 のゲートレビューのCAC（実績 $5,000、データ基準日 11/27/2026）。この版のウェーブ 1 は 2026年11月30日 (月) 開始で、測定はその前です。',
    ]);
  });
});
