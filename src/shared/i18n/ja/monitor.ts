/**
 * The gate monitor's emails, log and status texts in Japanese, typed as the English shape:
 * a missing key fails the build. Statuses stay GO, HOLD, STOP, PENDING and STALE.
 */
import type { MonitorText } from '../en/monitor';

/** The gate monitor's texts in Japanese. */
export function jaMonitor(): MonitorText {
  return {
    headline: {
      escalation: (p) => `エスカレーション ${p.n} 件`,
      stop: (p) => `STOP のゲート ${p.n} 件`,
      stale: (p) => `STALE のゲート ${p.n} 件`,
      invalid: (p) => `データの修正が必要なゲート ${p.n} 件`,
      'pending-at-review': (p) => `レビュー日に PENDING のゲート ${p.n} 件`,
      reminder: (p) => `レビューのリマインダー ${p.n} 件`,
    },
    subject: (p) => `Partner Pilot ゲートモニター：${p.headlines.join('、')}（${p.document}）`,
    intro: (p) =>
      `Partner Pilot のゲートモニターが ${p.date} に「${p.document}」のパイロット計画を確認しました。`,
    planLine: (p) => `${p.plan}（シート「${p.sheet}」）：${p.url}`,
    reminderLine: (p) => `リマインダー（${p.wave}）：${p.detail}`,
    changeLine: (p) =>
      `${p.wave}・${p.metric}（${p.from ? `${p.from} → ${p.to}` : p.to}）：${p.detail}`,
    footer: [
      'このメールは、計画で指標のオーナーまたはエスカレーション先として指定されている方にお送りしています。',
      '編集権限のある方は、[拡張機能] > [Partner Pilot] から日次モニターをオフにできます。',
    ],
    sender: 'Partner Pilot ゲートモニター',
    escalationDetail: (p) =>
      `${p.review}から ${p.days} 日経っても STOP のままです。${p.owner} には通知済みです。エスカレーションの次の担当はあなたです。`,
    pendingDetail: (p) => `${p.review}の時点で PENDING のままです。実績値が入力されていません。`,
    review: (p) =>
      `${p.date ? `${p.date} の` : ''}${p.checkIn ? 'ウェーブ中間のチェックイン' : 'ゲートレビュー'}${p.date ? '' : '（日付のセルが日付ではありません）'}`,
    stopDetail: (p) =>
      `STOP のしきい値を超えました${p.actual ? `（実績 ${p.actual}、STOP ${p.stopAt}、GO ${p.goAt}）` : ''}。${p.review}で取り上げてください。`,
    balanceStop: {
      shareFloor:
        '新規売上に占めるパートナー比率が下限を下回りました。パートナーによる拡大が進んでいません。',
      shareCeiling:
        '新規売上に占めるパートナー比率が上限を上回りました。直販によるコントロール（価格、顧客との関係、予測）が損なわれるおそれがあります。',
      control:
        'これはコントロールのガードレールです。直販によるコントロールが損なわれるおそれがあります。',
    },
    staleDetail: (p) =>
      `データ${p.asOf ? `（${p.asOf} 時点）` : ''}が計画の鮮度の上限より古くなっています。${p.review}までに実績値と「データ基準日」を更新してください。`,
    staleMissingDetail: (p) =>
      `実績値はありますが「データ基準日」が空欄のため、データの鮮度がわかりません。${p.review}までに実績値を測定した日付を入力してください。`,
    staleFutureDetail: (p) =>
      `「データ基準日」（${p.asOf}）が今日より後になっています。${p.review}までに実績値を測定した日付を入力してください。`,
    staleShareDetail: (p) =>
      `${{ old: `データ${p.asOf ? `（${p.asOf} 時点）` : ''}が計画の鮮度の上限より古くなっています`, missing: '入力のどちらかに「データ基準日」がありません', future: `「データ基準日」（${p.asOf}）が今日より後になっています` }[p.why]}。実績値と「データ基準日」は数式です。${p.review}までに、直販売上の表（${p.wave}、${p.checkIn ? 'ウェーブ中間のチェックイン' : 'ゲートレビュー'}）またはパートナー経由売上の行の「データ基準日」を${{ old: '更新', missing: '入力', future: '修正' }[p.why]}してください。`,
    invalidDetail: (p) =>
      `データを修正するまで判定できません：${p.problem}。計画シートのデータを修正してください。`,
    reminderDetail: (p) => `${p.review}があります。現在の状況：${p.statuses.join('、')}。`,
    metricStatus: (p) => `${p.metric}: ${p.status}`,
    runNote: (p) => {
      const counts = `実行：計画 ${p.plans} 件、ゲート ${p.gates} 件、変化 ${p.changes} 件`;
      if (!p.sent && !p.held && !p.undeliverable) return `${counts}。送信するものはありません。`;
      const held = p.held ? `、次回に持ち越した通知 ${p.held} 件` : '';
      const bad = p.undeliverable
        ? `、送信できない通知 ${p.undeliverable} 件（メールアドレスがないか、MailApp が拒否）`
        : '';
      return `${counts}。送信したメール ${p.sent} 通${held}${bad}。`;
    },
    gateLabel: (p) => `${p.wave}・${p.metric}`,
    checkInMetric: (p) => `${p.metric}（ウェーブ中間のチェックイン）`,
    reminderLabel: (p) => `${p.wave}（レビューのリマインダー）`,
    kind: {
      stop: 'STOP に変化',
      stale: 'STALE に変化',
      invalid: 'データの修正が必要',
      'pending-at-review': 'レビュー日に PENDING',
      escalation: 'エスカレーション',
      reminder: 'レビューのリマインダー',
    },
    emailed: (p) =>
      p.earlier ? `メール送信済み（${p.kind}、前回から持ち越し）` : `メール送信済み（${p.kind}）`,
    kept: (p) =>
      `未送信：${p.error ? `送信に失敗しました（${p.error}）` : '1 日のメール送信上限に達しました'}。次回の実行に持ち越します（${p.kind}）`,
    notSent: (p) => `未送信：${p.reason}`,
    refused: (p) =>
      `MailApp がアドレスを拒否しました（${p.error}）。計画のオーナー欄またはエスカレーション先を修正してください。`,
    notAnAddress: (p) =>
      `「${p.recipient}」はメールアドレスではありません。計画のオーナー欄またはエスカレーション先に担当者のメールアドレスを入力してください。`,
    silentChange: 'メールなし：メールで知らせるのは STOP、STALE、Invalid への変化だけです。',
    pastCheckIn: 'メールなし：チェックイン後はゲートレビューを監視します。',
    logSheet: 'ゲートモニターログ',
    logHeaders: ['日時', '計画', 'ゲート', '変化前', '変化後', '通知先', '備考'],
    historySheet: 'ゲート履歴',
    historyHeaders: [
      '日付',
      '計画',
      '版',
      'ウェーブ',
      'チェックポイント',
      '指標',
      '実績',
      'データ基準日',
      'ステータス',
      'ステータス開始日',
    ],
    toastOn: (p) => `ゲートの日次モニターをオンにしました。次回の実行：${p.next}`,
    toastOff: 'ゲートの日次モニターをオフにしました。',
    reminderDays: (p) => `リマインドの日数は 0〜14 の整数にしてください（入力：${p.given}）。`,
    nextRun: (p) => `${p.date} ${p.from}〜${p.to}（${p.zone}）`,
    warning: (p) =>
      [
        ...p.plans,
        p.held
          ? `前回の実行で ${p.held} 件の通知をメールで送れませんでした（送信上限または送信エラー）。次回の実行で送信します。`
          : '',
        p.undeliverable
          ? `${p.undeliverable} 件の通知は誰にも送れませんでした。計画にメールアドレスがない（オーナーが役職名で書かれているなど）か、MailApp が拒否しました。計画のオーナー欄とエスカレーション先に有効なメールアドレスを入力してください。`
          : '',
        `詳しくはシート「${p.logSheet}」をご覧ください。`,
      ]
        .filter(Boolean)
        .join(''),
    factsUnreadable: (p) =>
      `監視対象外：プランナーが保存した ${p.label} の情報を読み取れませんでした（${p.problem}）。監視するには計画をもう一度書き出してください。`,
    factsMissing: (p) =>
      `監視対象外：プランナーが保存した ${p.label} の情報がこのドキュメントにありません。監視するには計画をもう一度書き出してください。`,
    sheetDeleted: (p) => `監視対象外：計画シート「${p.sheet}」が削除されました。`,
    tableMoved: (p) =>
      `監視対象外：ゲート表が「${p.sheet}」の ${p.range} にありません（行または列が挿入・移動されました）。元の位置に戻すか、計画をもう一度書き出してください。`,
    unlisted: (p) =>
      `${p.label} が意思決定ログにありません（行が消されたか、ID か版が変更されました）。計画作成時に保存した情報で監視を続けます。行を戻すか、監視をやめるには計画シートを削除してください。`,
    runRecordUnreadable: (p) =>
      `モニターの実行記録を読み取れませんでした（${p.problem}）。リマインダーは各レビューの ${p.days} 日前に戻します。`,
    memoryUnreadable: (p) =>
      `モニターの記憶を読み取れませんでした（${p.problem}）。最初からやり直すため、ゲートの通知がもう一度送られることがあります。`,
    memoryNotJson: '想定した形の JSON ではありません',
  };
}
