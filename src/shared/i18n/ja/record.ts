/**
 * The decision record in Japanese, typed as the English shape: a missing key fails the
 * build. The seed one-pager B0372's structure and MADR's fields with Japanese labels;
 * statuses (GO, STOP, STALE …), formula names and Option A–C stay as they are.
 */
import type { RecordText } from '../en/record';

const OUTCOMES = 'パートナー経由売上・CAC・カバレッジギャップ';
const INPUTS = 'パートナー能力・共同マーケティング予算・イネーブルメント負荷';
const TRADEOFF = 'パートナー経由の拡大と直販のコントロール';

/** The decision record's texts in Japanese. */
export function jaRecord(): RecordText {
  // In a sentence and in a list alike: CAC stays the acronym in the record.
  const criteria: Record<string, string> = {
    capability: 'パートナー能力',
    comarketingBudget: '共同マーケティング予算',
    enablementLoad: 'イネーブルメント負荷',
    sourcedRevenue: 'パートナー経由売上',
    cac: 'CAC',
    coverageGap: 'カバレッジギャップの解消',
  };
  return {
    sheetName: (p) => `意思決定記録 ${p.id} v${p.version}`,
    logName: '意思決定ログ',
    logHeaders: [
      'ID',
      '版',
      'タイトル',
      'ステータス',
      '日付',
      '置き換え対象',
      '置き換え先',
      '計画シート',
      '記録シート',
      'ゲート表',
      '記入日時',
    ],
    supersededStatus: (p) => `v${p.version} により置き換え済み（以前は ${p.was}）`,
    supersededLink: (p) => `${p.id} v${p.version}：「${p.sheet}」`,
    badge: (p) => `ワンページャー・${p.quality}・${p.status}・v${p.version}`,
    statusWords: { Proposed: '提案中（Proposed）', Accepted: '承認済み（Accepted）' },
    qualityWords: { Draft: '草案（Draft）', Reviewed: 'レビュー済み（Reviewed）' },
    headings: {
      names: '名称のバリエーション',
      quality: '品質・更新日・出典・利益相反',
      status: '意思決定のステータス',
      context: '背景',
      options: '選択肢',
      decision: '決定',
      rationale: '根拠',
      risks: 'リスク',
      next: '次のステップ',
    },
    madrHeadings: {
      context: '背景と課題',
      options: '検討した選択肢',
      decision: '決定の結果',
    },
    labels: {
      english: '英語',
      quality: '品質',
      updated: '更新日',
      source: '出典',
      coi: '利益相反',
      status: 'ステータス',
      date: '日付',
      version: '版',
      decisionMakers: '意思決定者',
      consulted: '相談先',
      informed: '報告先',
      supersedes: '置き換え対象',
      supersededBy: '置き換え先',
    },
    none: 'なし',
    list: '、',
    semi: '／',
    arrow: ' → ',
    hours: (p) => `${p.n} 時間`,
    partners: (p) => `${p.n} 社`,
    namesAndMore: (p) => `${p.names} ほか ${p.more} 社`,
    atOrAbove: (p) => `${p.amount} 以上`,
    atOrBelow: (p) => `${p.amount} 以下`,
    criteria,
    criterionLabels: criteria,
    methods: { minmax: '加重和（min–max）', topsis: '理想解への近さ（TOPSIS）' },
    column: (p) => `${p.column} 列目`,
    weight: (p) => `${p.name} ${p.weight}`,
    extraWeight: (p) =>
      `${p.name} ${p.weight}（${p.direction === 'higher' ? '大きいほど良い' : '小さいほど良い'}）`,
    handReason: (p) => `${p.name}（${p.reason}）`,
    context: `背景：${OUTCOMES}と${INPUTS}の解釈がチームごとに異なると、パートナーチャネルの優先順位付けに関する意思決定は遅く、一貫しないものになります。共通の枠組みがなければ、${TRADEOFF}のトレードオフは暗黙のままとなり、説明責任が損なわれます。この記録は、決定とそのしきい値、オーナー、レビュー日を明記し、今後のレビューで議論をやり直すことなく前提を検証できるようにします。`,
    covers: (p) =>
      `この版の対象は${p.source}の ${p.partners} 社で、うち ${p.scored} 社を${p.criteria}で採点しました` +
      (p.unscorable
        ? `。データ不足の ${p.unscorable.insufficient} 社と値が無効な ${p.unscorable.invalid} 社は、データが直るまでどのウェーブにも入りません`
        : '') +
      (p.byHand ? `。手動で除外したのは ${p.byHand.count} 社です：${p.byHand.list}。` : '。') +
      `採点方法は${p.method}、重みは ${p.weights} です。`,
    partial: {
      none: 'スコア順に並んだすべてのパートナーに、重みのあるすべての基準の値があるため、一部のデータだけで採点したパートナーはありません。',
      required:
        'データがそろっていることが条件のため、手動で固定しない限りどのウェーブにも入りません',
      allowed:
        'データがそろっていることは条件ではないため、ウェーブに入ることができ、欠けている金額はウェーブの合計で 0 として扱います',
      some: (p) =>
        `${p.count} 社は一部の基準の値がないまま採点しました（${p.names}）。${p.rule}。このうちウェーブに入っているのは ${p.inWave} 社です${p.inWave ? `（${p.inWaveNames}）` : ''}。`,
    },
    rationale: `根拠：Option B は柔軟性を保ちながら、${TRADEOFF}のトレードオフのバランスを取ります。全面展開に踏み切る前に、${OUTCOMES}が${INPUTS}に対して想定どおりに反応するかを検証するため、弱い根拠にもとづいて高コストの道に固定されるリスクを減らせます。段階的に進めることで判断基準が明確でレビュー可能な状態に保たれ、ガバナンスも強化されます。`,
    inNumbers: (p) =>
      `数字で見ると：${p.commitment}次のウェーブは GO の後にだけ始まるため、Option C が一度に投じるものを、Option B は根拠がそろうのに合わせて投じます。`,
    byRank: (p) => `ウェーブの対象で上限に収まる上位 ${p.n} 社`,
    pinnedByHand: (p) => `手動で固定した ${p.n} 社（${p.names}）`,
    and: 'と',
    pilotTakes: (p) =>
      `${p.wave}には${p.who}が入ります（スコアは 100 点中 ${p.low}〜${p.high} 点）。最初のゲートで、最も強い根拠を最小の投資で検証します。データ不足や値が無効なパートナーはどのウェーブにも入りません。${p.partial}`,
    staleRisk: (p) =>
      `データの更新が遅れると、${OUTCOMES}の変化が見えにくくなり、新たなリスクへの対応が遅れるおそれがあります。対策：すべてのゲート行にデータ基準日を記入します。${p.days} 日より古いデータはゲートを STALE にし、その指標のオーナーに通知します。解消されない STALE や STOP はエスカレーション経路（${p.escalation}）に沿って上げます。`,
    slippageRisk: (p) =>
      `実行の遅れは信頼を損ない、是正措置の前に${TRADEOFF}のコストを広げるおそれがあります。対策：ゲートレビューを ${p.reviews} に行い` +
      (p.checkIns ? `、ウェーブ中間のチェックインを ${p.checkIns} に行います` : 'ます') +
      `。次のウェーブは GO の後にだけ始め、「決定」に挙げた ${p.stops} 件の中止条件で展開を終了または一時停止します。判断するのは ${p.decider} です。`,
    userRisk: (p) => `${p.risk} 対策：${p.mitigation}`,
    nextIntro:
      '次のステップ：オーナー、ベースライン、トリガーのしきい値、最初のレビュー、エスカレーション、中止条件を、それぞれの担当者と期限とともに定めます。',
    nextItem: (p) => `${p.text} 担当：${p.who}。期限：${p.when}。`,
    ownerOf: (p) => `${p.name}：${p.owner}`,
    confirmOwners: (p) =>
      `オーナーを確定する（${p.metrics}、パートナー能力：${p.capability}、共同マーケティング予算：${p.comarketingBudget}、イネーブルメント負荷：${p.enablementLoad}）。`,
    baselines: (p) => `${p.wave}のベースライン値を確定する（${p.values}）。`,
    noBaselines: (p) =>
      `${p.wave}のベースライン値を確定する。元データに値がないため、指標とそのベースラインを追加してください。`,
    publish: (p) => `トリガーのしきい値（ゲートごとの GO と STOP）を「${p.sheet}」で公開する。`,
    firstCheckpoint: (p) =>
      `最初のレビュー（${p.wave}の${p.checkIn ? 'ウェーブ中間のチェックイン' : 'ゲートレビュー'}）を行い、実績をデータ基準日とともに記録する。`,
    confirmEscalation: (p) => `エスカレーション経路（${p.path}）を関係者全員と確認する。`,
    reviewStops: (p) => `各ゲートで中止条件を見直す。最初は${p.wave}のゲートレビューで行う。`,
    decision: (p) =>
      `決定：Option B を選択します。${p.weeks} 週間のウェーブ ${p.waves} つで段階的なパイロットを行い、期間は ${p.start} から最終ゲートレビューの ${p.end} までです。${INPUTS}の前提を検証し、${OUTCOMES}のベースラインを確認し、各ゲートが GO を示し、${TRADEOFF}のバランスが許容範囲にある場合にだけ次のウェーブを始めます。しきい値、オーナー、制約、レビュー日は以下に示し、シート「${p.sheet}」でも最新の状態を確認できます。`,
    waveItem: (p) =>
      `${p.name}（ウェーブ ${p.wave}）：${p.start} からゲートレビューの ${p.review} まで` +
      (p.checkIn ? `、ウェーブ中間のチェックインは ${p.checkIn}` : '') +
      `。パートナー ${p.partners} 社（${p.names}）。共同マーケティング予算 ${p.budget}、イネーブルメント ${p.hours}、見込みのパートナー経由売上 ${p.revenue}。`,
    noGate: (p) => `${p.wave}のゲートレビュー（${p.date}）：ゲートの指標なし（注記を参照）。`,
    gateMetric: (p) => `${p.metric} GO ${p.go}、STOP ${p.stop}（オーナー：${p.owner}）`,
    gateItem: (p) => `${p.wave}のゲートレビュー（${p.date}）：${p.metrics}。`,
    owners: (p) =>
      `オーナー：パートナー能力 ${p.capability}／共同マーケティング予算 ${p.comarketingBudget}／イネーブルメント負荷 ${p.enablementLoad}／${p.metrics}。意思決定者：${p.decider}。`,
    budgetCap: (p) => `パイロットの共同マーケティング予算は ${p.amount} まで`,
    hoursCap: (p) => `パイロットのイネーブルメントは ${p.amount} まで`,
    staleAfter: (p) => `${p.days} 日より古いゲートのデータは STALE とする`,
    capsMoved: (p) => `上限により ${p.names} をパイロットから外した`,
    constraints: (p) => `制約：${p.list}。`,
    pinnedTo: (p) => `${p.name} を${p.wave}に`,
    pinned: (p) => `手動で固定：${p.list}。`,
    excluded: (p) => `手動で除外：${p.list}。`,
    ties: '同点の扱い：表示上同じスコア（小数第 1 位まで）は、データがよりそろっている順、次にパートナー経由売上が大きい順、次に名前の順に並べます。',
    note: (p) => `注記：${p.note}`,
    checkInOn: (p) => `${p.wave}のチェックイン ${p.date}`,
    gateOn: (p) => `${p.wave}のゲート ${p.date}`,
    reviewDates: (p) => `レビュー日：${p.list}。`,
    stopCondition: (p) => `中止条件：${p.condition}`,
    band: (p) =>
      `新規売上に占めるパートナー比率が GO は ${p.go.join(' かつ ')}、STOP は ${p.stop.join(' または ')}`,
    noBand: 'パートナー比率の帯なし（比率を計算するパートナー経由売上のゲートがありません）',
    waveBand: (p) => `${p.wave}：${p.band || '帯なし'}`,
    guardrail: (p) =>
      `${p.metric} GO ${p.go}、STOP ${p.stop}${p.direct ? `（直販チャネル ${p.direct}）` : ''}`,
    guardrails: (p) => `コントロールのガードレールが保たれること：${p.list}`,
    noGuardrail:
      'コントロールのガードレールは選ばれていません（ゲートのステップで追加できます：解約、直接の接点、値引き、予測精度）',
    balance: (p) =>
      `パートナー経由の拡大と直販のコントロールのバランスが保たれている間だけ、次のウェーブに進みます：${p.band}。さらに、${p.guardrails}。`,
  };
}
