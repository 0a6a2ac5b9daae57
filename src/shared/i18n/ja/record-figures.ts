/**
 * The decision record's figures in Japanese, typed as the English shape: a missing key
 * fails the build. Option A–C keep their names, as the seed one-pager writes them.
 */
import type { RecordFiguresText } from '../en/record-figures';

/** The decision record's figures in Japanese. */
export function jaRecordFigures(): RecordFiguresText {
  return {
    options: {
      span: (p) => `計画期間の ${p.weeks} 週間（${p.start}〜${p.end}）`,
      wave: (p) => `${p.name} ${p.budget}・${p.hours}・${p.revenue}`,
      capacity: (p) =>
        `${p.weeks} 週間ごとにイネーブルメント ${p.hours} で、示された能力 ${p.capacity}（パイロットのイネーブルメント上限）${p.ratio === null ? 'との比は不明です' : `の ${p.ratio} 倍です`}`,
      noCapacity: (p) =>
        `${p.weeks} 週間ごとにイネーブルメント ${p.hours} です。比べるべきイネーブルメントの能力（ウェーブのステップのパイロット上限）は示されていません`,
      a: (p) =>
        `Option A：混乱を最小限に抑えるため現行のやり方を維持し、パートナー経由売上と CAC の改善が限られることを受け入れます。数字で見ると：${p.span}に新たな共同マーケティングもイネーブルメントもありません（${p.zero}・${p.zeroHours}）。パートナー経由売上は現在のベースラインのままで、この計画が新たなパートナーから見込む ${p.revenue} は得られません。`,
      b: (p) =>
        `Option B：段階的に変更を試し、パートナー能力・共同マーケティング予算・イネーブルメント負荷に照らして検証し、パートナー経由の拡大と直販のコントロールの基準が満たされたら拡大します。数字で見ると（この計画）：${p.span}にウェーブ ${p.waves} つで共同マーケティング ${p.budget} とイネーブルメント ${p.hours} を投じ、パートナー経由売上 ${p.revenue} を見込みます。各ウェーブのパートナーをそのウェーブの期間で見た内訳は ${p.perWave} です。最初のゲートレビュー（${p.review}）までにリスクにさらされるのは、${p.pilot}の ${p.pilotBudget} と ${p.pilotHours} です。`,
      c: (p) =>
        `Option C：大きな成果を狙ってやり方を端から端まで作り直し、実行リスクと変更コストが高くなります。数字で見ると：手動で除外していない採点済みの ${p.partners} 社すべてを一度に、同じ ${p.weeks} 週間で対象にし、共同マーケティング ${p.budget} とイネーブルメント ${p.hours} を投じ、パートナー経由売上 ${p.revenue} を見込みます。つまり${p.capacity}。すべてを根拠が得られる前に投じ、そのうち ${p.waveBudget} と ${p.waveHours} は ${p.review} までに投じます。`,
      commitment: (p) =>
        `Option B が最初のゲートレビュー（${p.review}）までに投じるのは ${p.budget} とイネーブルメント ${p.hours} です。Option C は ${p.cBudget} と ${p.cHours} を一度に投じます。`,
    },
    sums: {
      unknown: '不明な額',
      partial: (p) => `${p.amount}（${p.n} 社は不明）`,
    },
    sensitivity: {
      holdsBetween: (p) =>
        `${p.label}の重みが選んだ値の ${p.low} 倍から ${p.high} 倍の間にある限り、ほかの重みが同じならパイロットは変わりません`,
      holdsAbove: (p) =>
        `${p.label}の重みはいくら増やしても${p.upTo}、選んだ値の ${p.low} 倍を上回る限り、ほかの重みが同じならパイロットは変わりません`,
      holdsBelow: (p) =>
        `${p.label}の重みはいくら減らしても、選んだ値の ${p.high} 倍を下回る限り、ほかの重みが同じならパイロットは変わりません`,
      holdsAlways: (p) => `${p.label}の重みだけをどう変えても${p.upTo}、パイロットは変わりません`,
      upToTopsis: '（1000 倍から 1/1000 倍まで調べた範囲で）',
      mostSensitiveSame: (p) => `。最も敏感なのは${p.label}で、ほかのどの重みよりも影響します。`,
      mostSensitiveOther: (p) =>
        `。最も敏感なのは${p.label}で、その重みが${p.range}の場合にだけパイロットは変わりません。`,
      noneSensitive: (p) =>
        `どの重みをひとつだけ変えても${p.upTo}、ほかが同じならパイロットは変わりません。`,
      single: (p) =>
        `重みのある基準は 1 つ（${p.label}）だけのため、重みによって順位やパイロットが変わることはありません。`,
      pinned: (p) =>
        `${p.n === 1 ? '手動でパイロットに固定したパートナー' : `手動でパイロットに固定した ${p.n} 社`}は、重みにかかわらずパイロットに残ります。`,
      scenarios: (p) =>
        `選んだ重みの周りの ${p.n} 通りの重みのシナリオ（各重みはおおむね ±${p.uncertainty} 動く）で`,
      allStable: (p) =>
        `、スコア順のすべてのパートナーが ${p.stable} 以上のシナリオで同じウェーブに入ります（安定）。`,
      borderline: (p) =>
        `、スコア順のパートナーのうち ${p.count} 社は境界上にあり、同じウェーブに入るシナリオが ${p.stable} 未満です：${p.names}。`,
      borderlineName: (p) => `${p.name}（${p.wave}、${p.share}）`,
      list: '、',
      more: (p) => ` ほか ${p.n} 社`,
      outside: 'ウェーブ外',
      caps: 'この計画では重みの感度を示しません。パイロットの共同マーケティング予算またはイネーブルメント負荷の上限により、メンバーが順位だけでなく金額でも決まり、重みのシナリオはそれを扱わないため、どの割合や範囲もこの計画には当てはまりません。',
      deferred:
        '重みの感度は計画を書き出すときに計算します。この表は変更のたびに分析するには大きすぎます。',
      tieRule:
        '安定範囲は示しません。パイロットの境界では、計画は表示上のスコア（小数第 1 位まで）と同点の扱いで順位を決めますが、厳密な分析はそれに従わないため、範囲はこの計画には当てはまりません。',
      range: {
        between: (p) => `${p.low} 倍から ${p.high} 倍の間`,
        above: (p) => `${p.low} 倍より上`,
        below: (p) => `${p.high} 倍より下`,
        any: 'どの値でも',
      },
    },
  };
}
