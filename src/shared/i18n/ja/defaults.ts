/** The plan defaults in Japanese, typed as the English shape: a missing key fails the build. */
import type { DefaultsText } from '../en/defaults';

/** The plan defaults in Japanese. */
export function jaDefaults(): DefaultsText {
  return {
    waveNames: (p) =>
      p.count === 1
        ? ['パイロット']
        : p.count === 2
          ? ['パイロット', '本格展開']
          : ['パイロット', '拡大', '本格展開', 'ウェーブ 4', 'ウェーブ 5'].slice(0, p.count),
    metrics: {
      sourcedRevenue: { name: 'パートナー経由売上', owner: 'チャネル営業責任者' },
      cac: { name: '顧客獲得コスト（CAC）', owner: '収益オペレーション責任者' },
      coverageGap: { name: 'カバレッジギャップの解消', owner: 'パートナープログラム責任者' },
      comarketingSpend: { name: '共同マーケティング費', owner: 'パートナーマーケティング担当' },
      enablementHours: { name: 'イネーブルメント工数', owner: 'パートナー育成担当' },
      shareFloor: { name: '新規売上のパートナー比率（下限）', owner: 'チャネル営業責任者' },
      shareCeiling: { name: '新規売上のパートナー比率（上限）', owner: '収益オペレーション責任者' },
      partnerChurn: { name: 'パートナー経由顧客の解約率', owner: 'カスタマーサクセス責任者' },
      directTouch: { name: 'パートナー案件への直販関与率', owner: 'チャネル営業責任者' },
      partnerDiscount: { name: 'パートナー案件の平均値引率', owner: 'ディールデスク責任者' },
      forecastAccuracy: {
        name: 'パートナーパイプラインの予測精度',
        owner: '収益オペレーション責任者',
      },
    },
    inputOwners: {
      capability: 'パートナーマネージャー',
      comarketingBudget: 'パートナーマーケティング担当',
      enablementLoad: 'パートナー育成担当',
    },
    decisionMaker: '収益オペレーション部長',
    escalation: '収益オペレーション責任者',
    consulted: ['チャネル営業責任者', '経理・財務担当'],
    informed: ['営業部門長', 'パートナーマネージャー各位'],
    title: 'パートナーチャネルの優先順位付け：Option B 段階的パイロット',
    source: (p) => `${p.spreadsheet} のシート「${p.sheet}」`,
    // The seed one-pager B0372's own variants.
    nameVariants: {
      katakana: { label: 'カタカナ', text: 'パートナーチャネル / フレームワーク' },
      kanji: { label: '漢字', text: '優先順位' },
    },
  };
}
