/**
 * A draft switched to the other language takes that language's defaults in every field the
 * user has not edited, and keeps what the user typed (tester finding 12).
 */
import { describe, expect, it } from 'vitest';
import { defaultRequest, resolveRequest } from '../../../src/domain/plan/defaults';
import { metricWord } from '../../../src/domain/plan/gate-table';
import { BALANCE_METRICS, CONTROL_KINDS } from '../../../src/shared/balance';
import type { PlanRequest, PlanRequestInput } from '../../../src/shared/plan-types';
import { balanceMetric } from '../../../src/shared/schema/gates';
import { ENV, SAMPLE_SOURCE } from './sample';

/** The default draft in `from`, sent back as the sidebar sends it with `to` chosen. */
function switched(from: 'en' | 'ja', to: 'en' | 'ja', edit = (r: PlanRequest) => r) {
  const draft = edit(defaultRequest(SAMPLE_SOURCE, { ...ENV, language: from }));
  return resolveRequest({ ...draft, language: to } as PlanRequestInput, ENV);
}

describe('default words after a language switch', () => {
  it('puts an English draft’s untouched defaults in Japanese', () => {
    const ja = switched('en', 'ja');
    const native = defaultRequest(SAMPLE_SOURCE, { ...ENV, language: 'ja' });
    expect(ja.waves.names).toEqual(['パイロット', '拡大', '本格展開']);
    expect(ja.metrics.map((m) => [m.name, m.owner])).toEqual(
      native.metrics.map((m) => [m.name, m.owner]),
    );
    expect(ja.metrics[1]).toMatchObject({
      name: '顧客獲得コスト（CAC）',
      owner: '収益オペレーション責任者',
    });
    expect(ja.record.title).toBe('パートナーチャネルの優先順位付け：Option B 段階的パイロット');
    expect(ja.record.source).toBe('Partner list のシート「Partners」');
    expect(ja.record.nameVariants).toEqual(native.record.nameVariants);
    expect(ja.people).toEqual(native.people);
  });

  it('puts a Japanese draft’s untouched defaults in English', () => {
    const en = switched('ja', 'en');
    expect(en.waves.names).toEqual(['Pilot', 'Expand', 'Scale']);
    expect(en.metrics[0]).toMatchObject({
      name: 'Partner-sourced revenue',
      owner: 'Channel sales lead',
    });
    expect(en.record.title).toBe('Partner Channel Prioritization: Option B phased pilot');
    expect(en.record.nameVariants).toEqual([]);
    expect(en.people.consulted).toEqual(['Channel sales lead', 'Finance business partner']);
  });

  it('keeps what the user typed', () => {
    const ja = switched('en', 'ja', (r) => ({
      ...r,
      waves: { ...r.waves, names: ['Launch', 'Expand', 'Scale'] },
      record: { ...r.record, title: 'EMEA channel pilot' },
      metrics: r.metrics.map((m, i) => (i === 0 ? { ...m, owner: 'dana@example.com' } : m)),
    }));
    // The wave names are one field: a list the user began editing is theirs.
    expect(ja.waves.names).toEqual(['Launch', 'Expand', 'Scale']);
    expect(ja.record.title).toBe('EMEA channel pilot');
    expect(ja.metrics[0]).toMatchObject({ name: 'パートナー経由売上', owner: 'dana@example.com' });
  });
});

describe('the control guardrails’ default words (tester 2, finding 8)', () => {
  const JA = {
    partnerChurn: ['パートナー経由顧客の解約率', 'カスタマーサクセス責任者'],
    directTouch: ['パートナー案件への直販関与率', 'チャネル営業責任者'],
    partnerDiscount: ['パートナー案件の平均値引率', 'ディールデスク責任者'],
    forecastAccuracy: ['パートナーパイプラインの予測精度', '収益オペレーション責任者'],
  } as const;
  const withControls = (language: 'en' | 'ja') => (r: PlanRequest) => ({
    ...r,
    metrics: [...r.metrics, ...CONTROL_KINDS.map((k) => balanceMetric(k, language))],
  });

  it('are named and owned in Japanese when added to a Japanese draft', () => {
    expect(
      CONTROL_KINDS.map((k) => [balanceMetric(k, 'ja').name, balanceMetric(k, 'ja').owner]),
    ).toEqual(CONTROL_KINDS.map((k) => JA[k]));
  });

  it('follow a switch either way, as every built-in metric does', () => {
    const ja = switched('en', 'ja', withControls('en'));
    expect(ja.metrics.slice(-4).map((m) => [m.name, m.owner])).toEqual(
      CONTROL_KINDS.map((k) => JA[k]),
    );
    const en = switched('ja', 'en', withControls('ja'));
    expect(en.metrics.slice(-4).map((m) => [m.name, m.owner])).toEqual(
      CONTROL_KINDS.map((k) => [BALANCE_METRICS[k].name, BALANCE_METRICS[k].owner]),
    );
  });

  it('key the same gate in either language, so a re-plan in the other language finds it', () => {
    for (const k of CONTROL_KINDS)
      expect(metricWord(JA[k][0])).toBe(BALANCE_METRICS[k].name.toLowerCase());
  });
});
