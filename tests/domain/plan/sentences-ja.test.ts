// The plan's sentences in Japanese (issue 13): the same plan built in English and in
// Japanese says the same numbers, dates and names, in Japanese word order; the note kinds
// the sidebar places notes by are the same in both languages.
import { describe, expect, it } from 'vitest';
import { EN_US_STYLE } from '../../../src/domain/plan/amount-style';
import { buildPlan } from '../../../src/domain/plan/build';
import { resolveRequest } from '../../../src/domain/plan/defaults';
import { formatAmount, goInWords, stopInWords } from '../../../src/domain/plan/metrics';
import { rankPartners, type SourceRow } from '../../../src/domain/plan/ranking';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import type { PlanRequestInput } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';
import { ENV, SAMPLE_SOURCE, sampleCells } from './sample';

/** ja_JP's marks (those of en_US) with yen, as the planner passes them in a ja_JP spreadsheet. */
const YEN = { ...EN_US_STYLE, symbol: '¥' };

/** The sample plan in `language`, amounts in yen. */
function yenPlan(language: 'en' | 'ja', input: Partial<PlanRequestInput> = {}) {
  const request = resolveRequest(
    {
      source: SAMPLE_SOURCE,
      language,
      waves: { count: 3, names: ['試行', '拡大', '本格展開'] },
      ...input,
    } as PlanRequestInput,
    ENV,
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
    amounts: YEN,
    version: 1,
    supersedes: null,
    planSheetName: 'パイロット計画 B0373 v1',
    recordSheetName: '意思決定記録 B0373 v1',
    scored: scored.scored,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

/** '¥1億2,345万6,789' or '¥12,345,678' → 123456789, read independently of the writer. */
function yenValue(text: string): number {
  const m = /^¥(?:([\d,]+)億)?(?:([\d,]+)万)?([\d,]*)$/.exec(text);
  if (!m) throw new Error(`not a yen amount: ${text}`);
  const n = (s: string | undefined) => Number((s || '0').replace(/,/g, ''));
  return n(m[1]) * 1e8 + n(m[2]) * 1e4 + n(m[3]);
}

/** The amounts of a sentence: yen as numbers, percents as written. */
const amounts = (text: string) =>
  (text.match(/¥(?:[\d,]+億)?(?:[\d,]+万)?[\d,]*|[\d.]+%/g) ?? []).map((a) =>
    a.endsWith('%') ? a : yenValue(a),
  );

describe('a plan built in Japanese', () => {
  const en = yenPlan('en');
  const ja = yenPlan('ja');

  it('states each stop condition with the gate review date 2027年1月11日 style and the same thresholds', () => {
    expect(ja.stopConditions).toHaveLength(3);
    const review = ja.waves[0].gateReview;
    expect(review).toBe('2027-01-11');
    expect(ja.stopConditions[0]).toMatch(
      /^試行のゲートレビュー（2027年1月11日 \(月\)）：.+なら STOP。/,
    );
    expect(ja.stopConditions[0]).toContain(`${ja.request.people.decisionMaker}が修正`);
    expect(ja.stopConditions[0]).toMatch(/拡大は開始しません。$/);
    expect(ja.stopConditions[2]).toMatch(/これ以上拡大しません。$/);
    ja.stopConditions.forEach((said, i) => {
      expect(amounts(said)).toEqual(amounts(en.stopConditions[i]));
      const words = said.replace(/\S+@\S+|\b(STOP|CAC)\b/g, '');
      expect(words).not.toMatch(/[A-Za-z]{2,}/);
    });
    const cac = ja.gates.find(
      (g) => g.wave === 1 && g.checkpoint === 'gateReview' && g.kind === 'cac',
    );
    if (!cac) throw new Error('no CAC gate');
    const [, stop = ''] =
      new RegExp(`${cac.metric}が(¥[\\d,万億]+)以上`).exec(ja.stopConditions[0]) ?? [];
    expect(yenValue(stop)).toBe(cac.stopAt);
    // One form of yen in the Japanese plan: 万 where the amount reaches it, as the record writes.
    expect(ja.stopConditions.join('')).toMatch(/¥[\d,]+万/);
    expect(ja.stopConditions.join('')).not.toMatch(/¥\d{1,3},\d{3},\d{3}/);
  });

  it('says the periods, the calendar events and the insufficient partner in Japanese', () => {
    expect(ja.notes[0]).toBe(
      '期間：パートナー経由売上、共同マーケティング予算、イネーブルメント負荷：元の表では年額のため、6 週間のウェーブごとに按分（× 6/52）。ウェーブの金額としきい値はすべて 1 ウェーブ分です。',
    );
    expect([...new Set(ja.calendar.map((c) => c.event))]).toEqual([
      'ウェーブ開始',
      'ウェーブ中間のチェックイン',
      'ゲートレビュー',
    ]);
    const waypoint = ja.partners.find((p) => p.name === 'Waypoint Integrations');
    const inEnglish = en.partners.find((p) => p.name === 'Waypoint Integrations');
    expect(inEnglish?.admitWhen).toMatch(/^Enter .+ in row 35\.$/);
    expect(waypoint?.reason).toMatch(/^データ不足：.+の値がありません。$/);
    expect(waypoint?.admitWhen).toMatch(/^35 行目に.+を入力してください。$/);
  });

  it('gives every note the same kind in both languages, gate notes on the gates step', () => {
    const { cac: _, ...columns } = SAMPLE_SOURCE.columns;
    const noCac = { source: { ...SAMPLE_SOURCE, columns } };
    const [enNo, jaNo] = [yenPlan('en', noCac), yenPlan('ja', noCac)];
    expect(jaNo.noteKinds).toEqual(enNo.noteKinds);
    expect(jaNo.noteKinds).toHaveLength(jaNo.notes.length);
    expect(jaNo.noteKinds[0]).toBe('period');
    const gate = jaNo.notes.filter((_, i) => jaNo.noteKinds[i] === 'gate');
    expect(gate).toContain(
      '顧客獲得コスト（CAC）の列がないため、顧客獲得コスト（CAC）のゲートはありません。列を追加するか、GO と STOP を付けて指標を手で追加してください。',
    );
    expect(enNo.notes.filter((_, i) => enNo.noteKinds[i] === 'gate')).toContain(
      'No CAC column, so no CAC gate: add the column, or add the metric by hand with its GO and STOP.',
    );
    // The tie at the Pilot's edge: the same score, partners, waves and rule in both.
    const tie = jaNo.notes.filter((_, i) => jaNo.noteKinds[i] === 'tie');
    expect(tie).toEqual([
      '同点（59.8）：パートナー経由売上が大きい順によりEmber Lane Consultingは試行、Harbor Point ITは拡大に入ります（同点の規則：表示上のスコア（小数第 1 位まで）が同じ場合は、データがそろっている順、次にパートナー経由売上が大きい順、次に名前の順）。',
    ]);
    expect(enNo.notes.filter((_, i) => enNo.noteKinds[i] === 'tie')[0]).toMatch(
      /^Tie at 59\.8: Ember Lane Consulting goes to 試行 and Harbor Point IT to 拡大, by higher partner-sourced revenue/,
    );
    const harbor = jaNo.partners.find((p) => p.name === 'Harbor Point IT');
    expect(harbor?.reason).toBe(
      'Ember Lane Consultingと同点（59.8）で、パートナー経由売上が大きい順によりEmber Lane Consultingが先です。',
    );
  });

  it('pins a partner by hand with its wave and rank in the reason', () => {
    const tenth = en.partners.find((p) => p.rank === 30);
    if (!tenth) throw new Error('no 30th partner');
    const pins = { pins: [{ name: tenth.name, sheetRow: tenth.sheetRow, wave: 1 }] };
    const pinned = yenPlan('ja', {
      partners: { exclusions: [], requireCompleteData: false, ...pins },
    });
    const p = pinned.partners.find((x) => x.sheetRow === tenth.sheetRow);
    expect(p?.reason).toBe('手動で試行に固定（順位 30）。');
  });
});

describe('the field messages of a Japanese request', () => {
  it('says in Japanese why the wave counts and the start date do not fit, with their values', () => {
    const request = resolveRequest(
      {
        source: SAMPLE_SOURCE,
        language: 'ja',
        waves: { count: 2, assignment: { mode: 'count', counts: [30, 30] } },
        schedule: { startDate: '2026-12-05' },
      } as PlanRequestInput,
      ENV,
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
      amounts: YEN,
      version: 1,
      supersedes: null,
      planSheetName: 'p',
      recordSheetName: 'r',
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.map((e) => e.message)).toEqual([
      'ウェーブの社数の合計は 60 社ですが、ウェーブに入れるのは 39 社だけです。合計が 39 社以下になるよう社数を減らしてください。',
    ]);
    expect(built.warnings.map((w) => w.message)).toEqual([]);
  });
});

describe('Japanese amounts and thresholds in words', () => {
  it('writes hours as 時間 and thresholds after the amount', () => {
    expect(formatAmount(120, 'hours', YEN, 'ja')).toBe('120 時間');
    expect(formatAmount(120, 'hours')).toBe('120 hrs');
    // Yen in 万 in every Japanese sentence, as the record writes it (japaneseAmount).
    expect(formatAmount(12000000, 'currency', YEN, 'ja')).toBe('¥1,200万');
    expect(stopInWords('顧客獲得コスト', 'lower', 6500, 'currency', YEN, 'ja')).toBe(
      '顧客獲得コストが¥6,500以上',
    );
    expect(stopInWords('パートナー経由売上', 'higher', 12_345_678, 'currency', YEN, 'ja')).toBe(
      'パートナー経由売上が¥1,234万5,678以下',
    );
    expect(stopInWords('', 'higher', 0.35, 'percent', YEN, 'ja')).toBe('35%以下');
    expect(goInWords('higher', 12500, 'currency', YEN, 'ja')).toBe('¥1万2,500以上');
    expect(stopInWords('CAC', 'lower', 6500, 'currency', EN_US_STYLE)).toBe(
      'CAC at or above $6,500',
    );
  });

  it('names who the pilot caps moved, with the cap, and the wave that took them', () => {
    const rows: SourceRow[] = [90, 85, 80, 75, 70].map((score, i) => ({
      sheetRow: i + 2,
      name: `P${i + 2}`,
      owner: 'o',
      outcome: {
        kind: 'score',
        score,
        values: { comarketingBudget: i === 0 ? 50_000 : 10_000 },
        normalised: { comarketingBudget: 0.5 },
      },
    }));
    const { partners } = rankPartners({
      rows,
      weights: {
        capability: 1,
        comarketingBudget: 1,
        enablementLoad: 1,
        sourcedRevenue: 1,
        cac: 1,
        coverageGap: 1,
      },
      waveCount: 2,
      waveNames: ['試行', '拡大'],
      assignment: { mode: 'count', counts: [2, 3] },
      pilotCaps: { comarketingBudget: 45_000, enablementLoad: null },
      mapped: ['comarketingBudget'],
      language: 'ja',
      amounts: YEN,
    });
    // The cap in yen as every Japanese amount is written: 万 from ¥10,000 on.
    expect(partners.find((p) => p.sheetRow === 2)?.reason).toBe(
      '順位 1 ですが、パイロットの共同マーケティング予算の上限 ¥4万5,000 を超えるため試行から外しました（拡大に入ります）。',
    );
  });
});
