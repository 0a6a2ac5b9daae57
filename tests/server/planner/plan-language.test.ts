/**
 * A plan written in Japanese from an en_US spreadsheet, as after the sidebar's language switch
 * (tester findings 11 and 12): the English defaults the sidebar sends back come out in
 * Japanese, the header's status is MADR's word in Japanese, and the input cells' validation
 * help is Japanese; an English plan's help stays English.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanRequestInput } from '../../../src/shared/plan-types';
import { context, sampleRuntime, write, written } from './planner-support';

/** The sheet's text, one string, for what it must and must not say. */
const textOf = (rt: LocalRuntime, sheet: string) =>
  rt
    .displayValues(sheet)
    .map((r) => r.join(' | '))
    .join('\n');

/** The first gate row of each unit's metric, by its name in either language. */
const METRICS = {
  percent: /Coverage|カバレッジ/,
  money: /Partner-sourced revenue|パートナー経由売上/,
  hours: /Enablement hours|イネーブルメント工数/,
};

/** What typing `value` into the gate table's `header` cell of a `unit` metric's first row says. */
function refusal(
  rt: LocalRuntime,
  sheet: string,
  header: 'Actual' | 'Data as of',
  value: unknown,
  unit: keyof typeof METRICS = 'hours',
) {
  const values = rt.values(sheet);
  const head = values.findIndex((r) => /^(Wave name|ウェーブ名)$/.test(String(r[1])));
  const row = values.findIndex(
    (r, i) => i > head && METRICS[unit].test(String(r[gateColumn('Metric')])),
  );
  try {
    rt.setCell(sheet, `${columnLetters(gateColumn(header))}${row + 1}`, value);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('a plan written in the language chosen in the sidebar', () => {
  it('writes an en_US spreadsheet’s defaults in Japanese for a Japanese plan', () => {
    const rt = sampleRuntime();
    const defaults = context(rt).defaults;
    if (!defaults) throw new Error('no table');
    expect(defaults.waves.names).toEqual(['Pilot', 'Expand', 'Scale']);
    const plan = written(rt, { ...defaults, language: 'ja' }).plan.name;
    expect(plan).toBe('パイロット計画 B0373 v1');
    const text = textOf(rt, plan);
    expect(text).toContain('パートナーチャネルの優先順位付け：Option B 段階的パイロット');
    expect(text).toContain('ステータス：提案中（Proposed）・');
    expect(text).toContain('1 | パイロット | ゲートレビュー | 顧客獲得コスト（CAC） |');
    const own = text.split('Partner Pilot (local)').join('');
    expect(own).not.toMatch(/Pilot\b|Expand|Scale|Channel sales lead|Partner Channel/);

    expect(refusal(rt, plan, 'Actual', 'abc')).toBe(
      '測定値を数値で入力してください（率は 35% の形）。',
    );
    expect(refusal(rt, plan, 'Actual', 12, 'percent')).toBe(
      '0%〜100% で入力してください。12 ではなく 12% と入力します（12 は 1,200%）。',
    );
    expect(refusal(rt, plan, 'Actual', '12%', 'money')).toBe(
      '金額を 0 または 1 以上で入力してください。12% のような率は 0.12 になります。',
    );
    expect(refusal(rt, plan, 'Data as of', 'abc')).toBe(
      '実績値を測定した日付を入力してください（例：2026/3/2）。実績値があり日付がないゲートは STALE になります。',
    );
  });

  it('keeps an English plan’s validation help in English', () => {
    const rt = sampleRuntime();
    const defaults = context(rt).defaults;
    if (!defaults) throw new Error('no table');
    const plan = written(rt, defaults).plan.name;
    expect(textOf(rt, plan)).toContain('Status: Proposed');
    expect(refusal(rt, plan, 'Actual', 'abc')).toBe(
      'Enter the measured value as a number (percentages as 35%).',
    );
    // A percentage typed into a money Actual would read as $0.12, a STOP the owner is emailed.
    for (const typed of ['12%', 0.5, 'abc'])
      expect(refusal(rt, plan, 'Actual', typed, 'money')).toBe(
        'Enter an amount of money, 0 or at least 1: a percentage such as 12% is 0.12.',
      );
    for (const typed of [0, 1, 700000])
      expect(refusal(rt, plan, 'Actual', typed, 'money')).toBe('accepted');
    expect(refusal(rt, plan, 'Data as of', 'abc')).toBe(
      'Enter the date the actual was measured, e.g. 2026-03-02. A gate with an Actual and no date shows STALE.',
    );
  });

  it('refuses in the draft’s language: a busy spreadsheet, no table chosen, a too-long path', () => {
    const rt = sampleRuntime();
    const defaults = context(rt).defaults;
    if (!defaults) throw new Error('no table');
    const release = rt.holdDocumentLock();
    const busy = write(rt, { ...defaults, language: 'ja' });
    expect(busy.ok || busy.errors.map((e) => e.message)).toEqual([
      '別の計画をこのスプレッドシートに書き出し中です。1 分後にやり直してください。',
    ]);
    release();
    const noSource = write(rt, { language: 'ja' } as PlanRequestInput);
    expect(noSource.ok || noSource.errors.map((e) => e.message)).toEqual([
      'パートナー表のシートと列を選んでください。',
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `${'長'.repeat(60)}${i}@example.com`);
    const tooLong = write(rt, {
      ...defaults,
      language: 'ja',
      people: { ...defaults.people, escalation: long },
    });
    expect(tooLong.ok || tooLong.errors.map((e) => e.message)[0]).toMatch(
      /^エスカレーション先と意思決定者が長すぎて計画に保存できません（\d+ バイト、上限 \d+）。/,
    );
  });
});
