// The decision record of a plan written in Japanese (issue 13): the seed one-pager's
// sections in order with Japanese headings, the seed's name variants, MADR's fields with
// Japanese labels, dates as 2026年11月30日 (月) and yen amounts in 万 and 億 that read back
// to the plan's own numbers; and its Markdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japaneseDate } from '../../../src/domain/calendar';
import { buildPlan } from '../../../src/domain/plan/build';
import { resolveRequest } from '../../../src/domain/plan/defaults';
import { recordMarkdown } from '../../../src/domain/plan/markdown';
import { japaneseAmount } from '../../../src/domain/plan/metrics';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import type { PlanRequest, PlanRequestInput } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';
import { ENV, okPlan, SAMPLE_SOURCE, sampleCells } from './sample';

/** The sample plan written in Japanese in a yen workbook. */
function japanesePlan(input: Partial<PlanRequestInput> = {}) {
  const request: PlanRequest = resolveRequest(
    { source: SAMPLE_SOURCE, language: 'ja', ...input } as PlanRequestInput,
    { ...ENV, language: 'ja' },
  );
  const scored = scoreSourceRows(
    sampleCells(),
    request.source,
    request.scoring,
    request.reading,
    EN_US,
  );
  if ('error' in scored) throw new Error(scored.error.message);
  const built = buildPlan(request, scored.rows, {
    today: ENV.today,
    currency: '¥',
    version: 2,
    supersedes: 'B0373 v1',
    planSheetName: 'パイロット計画 B0373 v2',
    recordSheetName: '意思決定記録 B0373 v2',
    scored: scored.scored,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

/** '¥1億2,345万6,789' → 123456789, read independently of japaneseAmount. */
function yen(text: string): number {
  const m = /^(-)?¥(?:([\d,]+)億)?(?:([\d,]+)万)?([\d,]+)?$/.exec(text);
  if (!m) throw new Error(`not a yen amount: ${text}`);
  const n = (s: string | undefined) => Number((s ?? '0').replace(/,/g, ''));
  const value = n(m[2]) * 1e8 + n(m[3]) * 1e4 + n(m[4]);
  return m[1] ? -value : value;
}

describe('Japanese amounts', () => {
  it('writes yen in 万 and 億 with every digit kept', () => {
    expect(japaneseAmount(12_000_000, 'currency', '¥')).toBe('¥1,200万');
    expect(japaneseAmount(12_345_678, 'currency', '¥')).toBe('¥1,234万5,678');
    expect(japaneseAmount(150_000_000, 'currency', '¥')).toBe('¥1億5,000万');
    expect(japaneseAmount(100_000_001, 'currency', '¥')).toBe('¥1億1');
    expect(japaneseAmount(9_999, 'currency', '¥')).toBe('¥9,999');
    expect(japaneseAmount(-12_000_000, 'currency', '¥')).toBe('-¥1,200万');
    expect(japaneseAmount(12_000_000.4, 'currency', '¥')).toBe('¥1,200万');
    expect(japaneseAmount(12_000_000, 'currency', '$')).toBe('$12,000,000');
    expect(japaneseAmount(120, 'hours')).toBe('120 時間');
    expect(japaneseAmount(0.355, 'percent')).toBe('35.5%');
  });

  it('reads back to the rounded amount for any yen value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        expect(yen(japaneseAmount(value, 'currency', '¥'))).toBe(
          Math.round(Math.abs(value)) * Math.sign(value) || 0,
        );
      }),
    );
  });
});

describe('a decision record written in Japanese', () => {
  const plan = japanesePlan();
  const { record } = plan;
  const byHeading = new Map(record.sections.map((s) => [s.heading, s]));

  it('has the seed one-pager’s sections in order, in Japanese', () => {
    expect(record.sections.map((s) => s.heading)).toEqual([
      '名称のバリエーション',
      '品質・更新日・出典・利益相反',
      '意思決定のステータス',
      '背景',
      '選択肢',
      '決定',
      '根拠',
      'リスク',
      '次のステップ',
    ]);
    expect(record.badge).toBe('ワンページャー・草案（Draft）・提案中（Proposed）・v2');
  });

  it('fills the name variants: English, Katakana and Kanji as the seed gives them', () => {
    expect(byHeading.get('名称のバリエーション')?.fields).toEqual([
      { label: '英語', value: 'B0373: Partner Channel Prioritization Framework' },
      { label: 'カタカナ', value: 'パートナーチャネル / フレームワーク' },
      { label: '漢字', value: '優先順位' },
    ]);
    // An English title is its own English name.
    const titled = japanesePlan({ record: { title: 'Channel pilot' } as PlanRequest['record'] });
    expect(titled.record.sections[0].fields[0]).toEqual({
      label: '英語',
      value: 'B0373: Channel pilot',
    });
  });

  it('carries MADR’s fields with Japanese labels and a Japanese date', () => {
    const status = byHeading.get('意思決定のステータス')?.fields ?? [];
    expect(status).toEqual([
      { label: 'ステータス', value: '提案中（Proposed）' },
      { label: '日付', value: '2026年11月27日 (金)' },
      { label: '版', value: 'v2' },
      { label: '意思決定者', value: 'lead@example.com' },
      { label: '相談先', value: 'チャネル営業責任者、経理・財務担当' },
      { label: '報告先', value: '営業部門長、パートナーマネージャー各位' },
      { label: '置き換え対象', value: 'B0373 v1' },
      { label: '置き換え先', value: 'なし' },
    ]);
    expect(japaneseDate('2026-11-30')).toBe('2026年11月30日 (月)');
    const decision = byHeading.get('決定')?.paragraphs[0] ?? '';
    expect(decision).toContain(japaneseDate(plan.waves[0].start));
    expect(decision).toContain(japaneseDate(plan.waves[plan.waves.length - 1].gateReview));
  });

  it('states each wave’s amounts in yen that read back to the wave table', () => {
    const items = byHeading.get('決定')?.items ?? [];
    for (const wave of plan.waves) {
      const item = items.find((i) => i.startsWith(`${wave.name}（ウェーブ ${wave.wave}）`));
      // A sum that leaves partners without a value out says how many: （1 社は不明）.
      const left = '(?:（(\\d+) 社は不明）)?';
      const match = new RegExp(
        `共同マーケティング予算 (\\S+?)${left}、イネーブルメント ([\\d,]+) 時間${left}、見込みのパートナー経由売上 (\\S+?)${left}。$`,
      ).exec(item ?? '');
      expect(match, item).not.toBeNull();
      const missing = (s: string | undefined) => Number(s ?? 0);
      expect(yen(match?.[1] ?? '')).toBe(wave.comarketingBudget.value);
      expect(missing(match?.[2])).toBe(wave.comarketingBudget.missing);
      expect(Number(match?.[3].replace(/,/g, ''))).toBe(wave.enablementLoad.value);
      expect(missing(match?.[4])).toBe(wave.enablementLoad.missing);
      expect(yen(match?.[5] ?? '')).toBe(wave.expectedRevenue.value);
      expect(missing(match?.[6])).toBe(wave.expectedRevenue.missing);
    }
    // At least one of them is large enough to be written in 万.
    expect(items.join('')).toMatch(/¥[\d,]+万/);
  });

  it('becomes Markdown with MADR’s front matter and Japanese headings', () => {
    const md = recordMarkdown(record);
    expect(md.split('\n').slice(0, 7)).toEqual([
      '---',
      'status: "proposed"',
      'date: 2026-11-27',
      'decision-makers: "lead@example.com"',
      'consulted: "チャネル営業責任者、経理・財務担当"',
      'informed: "営業部門長、パートナーマネージャー各位"',
      '---',
    ]);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 名称のバリエーション',
      '## 品質・更新日・出典・利益相反',
      '## 意思決定のステータス',
      '## 背景と課題',
      '## 検討した選択肢',
      '## 決定の結果',
      '## 根拠',
      '## リスク',
      '## 次のステップ',
    ]);
  });

  it('leaves an English plan’s record as it was', () => {
    const en = okPlan().value.record;
    expect(en.sections.map((s) => s.heading)[2]).toBe('Decision status');
    expect(en.sections[0].fields).toEqual([
      { label: 'English', value: 'B0373: Partner Channel Prioritization: Option B phased pilot' },
    ]);
  });
});
