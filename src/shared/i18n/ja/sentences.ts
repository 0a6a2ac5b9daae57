/**
 * The plan's sentences in Japanese, typed as the English shape: a missing key fails the
 * build. Sentences join without a space and end in 。; the criteria are the plan sheet's
 * names (plan.ts), and statuses (GO, STOP, INSUFFICIENT DATA's データ不足 as the plan's
 * status column says it) stay as the sheet shows them.
 */
import type { SentenceText } from '../en/sentences';
import { planText } from '../plan';

/** The plan's sentences in Japanese. */
export function jaSentences(): SentenceText {
  const plan = planText('ja');
  return {
    followedBy: (p) => `${p.reason}${p.next}`,
    list: (p) => p.items.join('、'),
    criteria: plan.criteria,
    criteriaInSentence: plan.criteria,
    hours: (p) => `${p.n} 時間`,
    periods: {
      annual: (p) =>
        `${p.columns.join('、')}：元の表では年額のため、${p.weeks} 週間のウェーブごとに按分（× ${p.weeks}/52）`,
      perWave: (p) => `${p.columns.join('、')}：元の表でウェーブごとの値のため、そのまま使用`,
      note: (p) =>
        `期間：${p.parts.join('。')}。ウェーブの金額としきい値はすべて 1 ウェーブ分です。`,
      scaled: (p) =>
        `${p.header}は${['千', '万', '十万', '百万', '千万', '億', '十億'][p.power - 3]}単位で読みます。`,
    },
    missingColumn: (p) =>
      `${p.column}の列がないため、${p.metric}のゲートはありません。列を追加するか、GO と STOP を付けて指標を手で追加してください。`,
    partialSum: (p) =>
      `${p.wave}：${p.column}は ${p.known} 社の合計です。値のない ${p.missing} 社は金額にもしきい値にも含みません。`,
    gates: {
      noBaselineControl: (p) =>
        `${p.wave}の${p.metric}にベースラインがありません。直販チャネルでの水準か、GO と STOP を入力するか、このガードレールを外してください。`,
      noBaseline: (p) =>
        `${p.wave}の${p.metric}にベースラインがありません（元の表にデータがありません）。ベースラインか、GO と STOP を入力するか、この指標を外してください。`,
      noGateControl: (p) =>
        `${p.wave}には${p.metric}のゲートがありません。追加するには、ゲートのステップで直販チャネルでの水準（または GO と STOP）を入力してください。`,
      noGateNoData: (p) =>
        `${p.wave}には${p.metric}のゲートがありません（パートナーにデータがありません）。追加するには、ゲートのステップでベースラインか、GO と STOP を入力してください。`,
      noGateEqual: (p) =>
        `${p.wave}には${p.metric}のゲートがありません。ベースライン ${p.baseline} から求めた GO と STOP が表示上同じになるためです。追加するには、ゲートのステップで GO と STOP を入力してください。`,
      noCheckIn: (p) =>
        `${p.wave}には${p.metric}のチェックインがありません。チェックイン時点に按分すると GO と STOP が表示上同じになるため、ゲートレビューでのみ判定します。`,
      checkpoints: plan.checkpoint,
      noShare: (p) =>
        `${p.wave}は${p.checkpoint}でパートナー比率を判定しません。比率は同じチェックポイントのパートナー経由売上の実績で割りますが、その行がありません。比率を判定するには、パートナー経由売上の指標（またはその列）を追加してください。`,
    },
    calendar: { waveStart: 'ウェーブ開始' },
    stop: {
      atOrAbove: (p) => `${p.amount}以上`,
      atOrBelow: (p) => `${p.amount}以下`,
      metricAt: (p) => (p.metric ? `${p.metric}が${p.side}` : p.side),
      band: (p) =>
        `新規売上に占めるパートナー比率が STOP の水準で範囲を外れた場合（${p.sides.join('または')}）`,
      next: (p) => `${p.who}が修正・一時停止・中止を決めるまで、${p.next}は開始しません`,
      last: (p) => `${p.who}が決めるまで、これ以上拡大しません`,
      condition: (p) =>
        `${p.wave}のゲートレビュー（${p.date}）：${p.thresholds.join('、または')}なら STOP。${p.consequence}。`,
      noThreshold: (p) =>
        `${p.wave}のゲートレビュー（${p.date}）：このウェーブには STOP しきい値のある指標がありません。${p.next ? `${p.next}を開始するか` : 'さらに拡大するか'}は${p.who}が決めます。`,
    },
    ties: {
      rule: '表示上のスコア（小数第 1 位まで）が同じ場合は、データがそろっている順、次にパートナー経由売上が大きい順、次に名前の順',
      by: {
        complete: 'データがそろっている順',
        revenue: 'パートナー経由売上が大きい順',
        name: '名前の順',
        row: '元の行の順',
      },
      noWave: 'ウェーブ外',
      tied: (p) => `${p.other}と同点（${p.score}）で、${p.rule}により${p.other}が先です。`,
      note: (p) =>
        `同点（${p.score}）：${p.rule}により${p.first}は${p.firstWave}、${p.second}は${p.secondWave}に入ります（同点の規則：${p.tieRule}）。`,
    },
    reasons: {
      excluded: (p) => `手動で除外：${p.reason}`,
      admitExcluded: 'データのステップで除外を外してください。',
      scoredWithout: (p) => `${p.criteria.join('、')}なしで採点（${p.row} 行目に値がありません）。`,
      completeRequired: 'データがそろっていることが条件のため、どのウェーブにも入りません。',
      admitComplete: (p) =>
        `${p.row} 行目に${p.criteria.join('、')}を入力するか、データのステップで一部のみのデータを許可してください。`,
      pinned: (p) => `手動で${p.wave}に固定（順位 ${p.rank}）。`,
      insufficient: (p) => `データ不足：${p.missing.join('、')}の値がありません。`,
      admitInsufficient: (p) => `${p.row} 行目に${p.missing.join('、')}を入力してください。`,
      admitInvalid: (p) => `${p.row} 行目の${p.column}を数値に直してください。`,
      movedOut: (p) => `順位 ${p.rank} ですが、${p.why}ため${p.wave}から外しました。`,
      inWave: (p) => String(p.reason).replace(/。$/, `（${p.wave}に入ります）。`),
      beyond: (p) => `順位 ${p.rank} で、ウェーブに入る数を超えています。`,
      admitBeyond:
        'ウェーブの社数を増やすか、ウェーブ内の最下位より上の順位になるか、固定してください。',
      budgetUnknown: '共同マーケティング予算が不明で、予算の上限を確認できない',
      budgetCap: (p) => `パイロットの共同マーケティング予算の上限 ${p.cap} を超える`,
      loadUnknown: 'イネーブルメント負荷が不明で、負荷の上限を確認できない',
      loadCap: (p) => `パイロットのイネーブルメント負荷の上限 ${p.cap} 時間を超える`,
    },
    messages: {
      noRows: (p) =>
        `「${p.sheet}」の見出し行 ${p.headerRow} の下にパートナーの行がありません。パートナー表のシートと見出し行を選んでください。`,
      noneScored: (p) =>
        `${p.rows} 社のパートナーのどれも採点できません（データ不足 ${p.insufficient} 社、無効な値 ${p.invalid} 社）。基準の値を入力または修正するか（除外されたパートナーを参照）、別の列を割り当ててください。`,
      pastStart: (p) => `開始日 ${p.start} は過去の日付です。`,
      weekendStart: (p) =>
        `${p.start} は週末のため、パイロットは月曜日の ${p.first} に始まります。`,
      countsTooLarge: (p) =>
        `ウェーブの社数の合計は ${p.total} 社ですが、ウェーブに入れるのは ${p.eligible} 社だけです。合計が ${p.eligible} 社以下になるよう社数を減らしてください。`,
      emptyWave: (p) =>
        `ウェーブ ${p.wave}（${p.name}）にパートナーが入りません。${p.eligible} 社では、この割合で ${p.waves} ウェーブに分けるには足りません。ウェーブを減らすか、割合を大きくしてください。`,
      noneFitsCaps: (p) =>
        `パイロットの上限（${p.caps.join('、')}）に収まるパートナーがいません。上限を上げるか外してください。`,
      capBudget: (p) => `共同マーケティング予算 ${p.cap}`,
      capLoad: (p) => `イネーブルメント負荷 ${p.cap} 時間`,
      duplicateName: (p) =>
        `${p.count} 行が同じパートナー名「${p.name}」です（${p.rows.join('、')} 行目）。別々のパートナーとして計画します。同じパートナーなら一方の名前を変えてください。`,
      exclusionNotApplied: (p) =>
        `${p.name}（${p.row} 行目）の除外は適用されていません。表にそのパートナーの行が 1 つだけ見つかりません。データのステップでパートナーを選び直してください。`,
      pinNotApplied: (p) =>
        `${p.name}（${p.row} 行目）の固定は適用されていません。表にそのパートナーの行が 1 つだけ見つかりません。データのステップでパートナーを選び直してください。`,
      excludedAndPinned: (p) =>
        `${p.name}は除外と固定の両方に指定されているため、除外しました。どちらか一方を外してください。`,
      pinUnscored: (p) =>
        `${p.name}（${p.row} 行目）の${p.wave}への固定は適用されていません。スコアがないため、どのウェーブにも入りません。`,
      pinsOverCap: (p) =>
        `固定により${p.wave}が上限（${p.cap}）を超えます：${p.total}（${p.names}）。`,
      pinsGrowWave: (p) =>
        `${p.wave}は ${p.pins} 件の固定により ${p.size} ではなく ${p.count} パートナーです。次の順位のパートナーは後のウェーブに回ります。`,
      severalCurrencies: (p) =>
        `表の金額に複数の通貨（${p.codes}）があります。計画ではすべて ${p.shown} で表示します。1 つの通貨にそろえてください。`,
      noFormula: (p) => `これらのスコアを出す PARTNER_SCORE の数式を作れません：${p.reason}。`,
      noTextHeader: (p) =>
        `${p.column} 列目に文字の見出しがありません。数式がその列を名指しできるよう見出しを付けてください`,
      sharedHeader: '2 つの列が同じ見出しです。列ごとに別の見出しを付けてください',
      leftOut: (p) => `${p.row} 行目${p.name ? `（${p.name}）` : ''}は計画に含めません。${p.why}。`,
      noName: (p) => `（名前なし、${p.row} 行目）`,
      totalLike: (p) =>
        `${p.row} 行目（${p.name}）は合計のような名前ですが、パートナーとして計画します。改名するか、合計なら削除してください。`,
      noValues: (p) =>
        `${p.rows.join('、')}はどの基準にも値がないため計画に含めません（PARTNER_SCOREでも空欄）。計画するには値を入力してください。`,
      namedRow: (p) => `${p.sheetRow} 行目（${p.name}）`,
    },
    carry: {
      gone: (p) => `${p.version}の計画シート「${p.sheet}」がないため、実績は引き継いでいません。`,
      notRange: (p) =>
        `${p.version}のゲート表（${p.range}）が範囲ではないため、実績は引き継いでいません。`,
      moved: (p) => `${p.version}のゲート表が ${p.range} にないため、実績は引き継いでいません。`,
      directMoved: (p) => `${p.version}の直販売上の表（移動済み）`,
      directRevenue: '直販売上',
      item: (p) => `ウェーブ ${p.wave} の${p.checkpoint}の${p.metric}`,
      blank: '空欄',
      notCarried: (p) =>
        `${p.version}から引き継げませんでした：${p.item}（実績 ${p.actual}、データ基準日 ${p.asOf}）。${p.why}`,
      noRow: 'この版には同じゲート行がありません。',
      renamed: (p) => `この版のウェーブ ${p.wave} は別のウェーブ「${p.name}」です。`,
      otherPartners: (p) => `この版のウェーブ ${p.wave} はパートナーが異なります。`,
      beforeStart: (p) => `この版のウェーブ ${p.wave} は ${p.date} 開始で、測定はその前です。`,
      carried: (p) =>
        `${p.version}から引き継ぎ：ウェーブ（名前・パートナー・期間）、チェックポイント、指標が同じ ${p.rows} 行のゲートの実績とデータ基準日。`,
    },
    sensitivity: {
      heading:
        '重みの感度：ほかの重みを変えずに 1 つの重みをどこまで動かすと、パイロットのパートナーが変わるか',
      notStated: '記載なし',
      mostSensitive: '最も敏感',
    },
  };
}
