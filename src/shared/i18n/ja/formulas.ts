/**
 * The formulas' cell texts, errors and value messages in Japanese, typed as the English
 * shape: a missing key fails the build. Formula and argument names and the statuses stay
 * English (Sheets and the monitor match them).
 */

import type { FormulaText } from '../en/formulas';
import { jaCriteria } from './criteria';

const marks = (p: { decimal?: string; group?: string }) =>
  [
    p.decimal && `小数点に「${p.decimal}」`,
    p.group && `桁区切りに${p.group === ' ' ? 'スペース' : `「${p.group}」`}`,
  ]
    .filter(Boolean)
    .join('、');

const EXAMPLE_CALL = '=PARTNER_SCORE(A1:I41)';

/** The formulas' texts in Japanese. */
export function jaFormulas(): FormulaText {
  return {
    quote: (p) => `「${p.text}」`,
    cellWhy: (p) => `${p.cell}は${p.why}`,
    namedCell: (p) => `${p.name} の${p.cell}は${p.why}`,
    invalid: (p) => `【無効】${p.what}：${p.problem}`,
    error: (p) => `${p.fn}：${p.message}`,
    criteria: jaCriteria(),
    list: (p) => p.items.join('、'),
    value: {
      notANumber: '数値ではありません',
      notFinite: '有限の数値ではありません',
      negative: '負の値です。0 以上にしてください',
      negativeShort: '負の値です',
      notDays: '日数ではなく、割合か金額です',
      unitNotDays: '日や週ではない単位がついています',
      aDate: '日付で、数値ではありません',
      aBoolean: 'TRUE/FALSE で、数値ではありません',
      notADate: (p) =>
        `日付ではありません。${p.example ? `${p.example}（${p.locale}）や` : ''}2026-11-20 のように日付を入力するか、空欄にしてください`,
      wrongWeekday: (p) =>
        `曜日が日付と合いません（${p.iso} は${'日月火水木金土'[p.weekday]}曜日）。日付か曜日を直してください`,
      ambiguous: (p) =>
        `${p.grouped} とも ${p.decimal} とも読めます。「${p.mark}」を小数点に使う地域と桁区切りに使う地域があります。${p.grouped} または ${p.decimal} と入力してください`,
      unknownLocale: (p) =>
        `${p.a} とも ${p.b} とも読めます。このスプレッドシートの地域（${p.locale}）の数値の書式を Partner Pilot は知りません。桁区切りなしで入力するか、[ファイル] ▸ [設定] ▸ [地域] で一覧にある地域を選んでください`,
      convention: (p) =>
        `${marks(p)}を使った書き方ですが、このスプレッドシートの地域（${p.locale}）では${marks({
          decimal: p.decimal && p.own.decimal,
          group: p.group && p.own.group,
        })}を使います。${p.fix} と入力するか、[ファイル] ▸ [設定] ▸ [地域] で地域を変えてください`,
      indianGrouping: (p) =>
        `インド式の桁区切りですが、地域（${p.locale}）は 3 桁区切りです。${p.fix} と入力するか、[ファイル] ▸ [設定] ▸ [地域] をインド（en_IN）にしてください`,
      unknownMark: (p) =>
        `「${p.mark}」の付いた数値ですが、Partner Pilot はこの通貨・単位を認識できません。数値だけか、EUR のような ISO 通貨コードを付けて入力してください`,
      fullAmount: (p) =>
        `見出しの単位では ${p.amount} です。全額の ${p.full} なら ${p.typed} と入力するか、見出しから単位を外してください`,
      errorCell:
        '数式のエラーで、値ではありません。このセルの元の数式を直すか、セルを空にしてください',
      approximate: (p) => `概数です。その値でよければ ${p.fix} とだけ入力してください`,
      misplacedGrouping: '数字の区切りの位置が正しくありません。区切りなしで入力してください',
      otherCurrency: (p) =>
        `${p.code} の金額ですが、この列のほかの金額は ${p.main} です。${p.main} に換算するか、通貨ごとに列を分けてください`,
      currencyTie: (p) =>
        `${p.code} の金額ですが、この列は ${p.codes.join('・')} が同数です。一つの通貨に換算するか、通貨ごとに列を分けてください`,
      hoursAndMoney: (p) =>
        `${p.hours ? '時間' : `${p.code} の金額`}ですが、この列には${p.hours ? ` ${p.code} の金額` : '時間'}もあります。時間と金額は列を分けてください`,
      pointsAmongFractions: (p) =>
        `この % の列で、小数（0.4 = 40%）の中にあるパーセント値です。${p.percent} パーセントの意味なら ${p.percent}% と入力してください`,
      fractionAmongPoints: (p) =>
        `この % の列で、パーセント値（40 = 40%）の中にある小数（${p.percent}%）です。${p.percent} パーセントの意味なら ${p.percent} と入力してください`,
      word: (p) =>
        `${
          p.kind === 'notANumber'
            ? '数値ではありません'
            : p.kind === 'inNumbers'
              ? '数値の列にあるランクの語です'
              : p.kind === 'offScale'
                ? `列のほかの値が使う尺度（${p.scale}）にない語です`
                : 'ランクの語ですが、列に複数の尺度が混ざっています'
        }。語を読むには、それぞれを数値に対応づけてください（重みの範囲に「${p.column}: ${p.word}」| ${p.value ?? '<数値>'} の行を加えるか、プランナーのデータの手順で）`,
      numberInWords: (p) =>
        `ランクの語の列（${p.scale}）にある数値です。ランクを入力するか、すべての語を数値に対応づけてください`,
    },
    score: {
      header: 'スコア',
      headerUnread: (p) => `スコア（読まなかった列：${p.columns.join('、')}）`,
      headerNoColumn: (p) => `スコア（列のない重み：${p.labels.join('、')}）`,
      insufficient: 'データ不足',
      excludedNamed: (p) => `除外：${p.name}は合計行で、パートナーではありません`,
      excludedSum: '除外：合計行（値が上の行の合計または平均）で、パートナーではありません',
      excludedSubtotal:
        '除外：小計行（値が直前の合計行以降の行の合計または平均）で、パートナーではありません',
      excludedBreakdown:
        '除外：上のパートナーの内訳（空行の後で、列の合計が上と同じ）で、パートナーではありません',
      severalCells: '複数のセルの範囲',
      unknownMethod: (p) =>
        `method に指定した${p.method}は使えません。"minmax"（既定）または "topsis" を指定してください。`,
      emptyRange: `パートナーの範囲が空です。見出し行を含むパートナー表を渡してください（例：${EXAMPLE_CALL}）。`,
      zeroWeights: (p) =>
        `この表の基準（${p.names.join('、') || 'なし'}）の重みの合計が 0 です。少なくとも 1 つに 0 より大きい重みを付けてください。`,
      headerOnly: `範囲には見出し行しかなく、パートナーがいません。見出し行とパートナーの行を渡してください（例：${EXAMPLE_CALL}）。`,
      tooFew: (p) =>
        `比べられる値を持つパートナーが${p.found === 0 ? 'いません' : ' 1 件だけです'}。スコアは同じ呼び出しのほかのパートナーとの比較なので、2 件以上必要です。${
          p.invalid ? `${p.invalid} 行が無効です（最初の行：${p.first}）。修正したうえで、` : ''
        }表の見出し行を範囲の最初の行にして、パートナーの行を渡してください。`,
      topsisIncomplete: (p) =>
        `topsis には、重みのあるすべての基準（${p.weighted.join('、')}）に値があるパートナーが 2 件以上必要です。欠けている値を入力するか、欠けのある基準の重みを 0 にするか、method に "minmax" を指定してください。`,
      weightsShape: (p) =>
        `weights が ${p.rows}×${p.cols} の範囲です。6 つの数値を 1 行または 1 列で（${p.criteria}）、またはラベル付きの範囲（2 列：名前 | 重み、または 2 行：名前の下に重み）で渡してください。`,
      weightsCount: (p) =>
        `weights の値が ${p.count} 個です。基準ごとに 1 つ、次の順で 6 個必要です：${p.criteria}。または基準名と重みの 2 列の範囲を渡してください。`,
      weightNoLabel: (p) =>
        `重み${p.cell}にラベルがありません。隣に基準名を入れるか、重みを消してください。`,
      weightBad: (p) =>
        `${p.name} の重み${p.cell}は${p.why}。重みは 0 以上の数値（25% や 1,200 も可）で入力するか、0 なら空欄にしてください。`,
      noHeader: (p) =>
        `範囲は ${p.width} 列で、基準を示す見出し行がありません。${p.criteria} のいずれかを含む見出し行を入れるか（パートナー名などほかの列は無視します）、ちょうど 6 列を次の順で渡してください：${p.criteria}。`,
      namedTwice: (p) =>
        `重みで ${p.named} が 2 回指定されています（${p.first} と ${p.second}）。基準ごとに重みは 1 つにしてください。`,
      labelMatchesMany: (p) =>
        `重みのラベル${p.label}が、同じ見出しの ${p.count} 列（範囲の ${p.columns.join('、')} 列目）に当てはまります。列の見出しを変えて区別してください。`,
      wordMapNumber: (p) => `語の対応${p.label}の隣には数値が必要です（${p.cell}ではなく）。`,
      tie: (p) =>
        `${p.columns.length} つの列が ${p.criterion} を示しています：${p.columns
          .map((c) => `「${c.header}」（範囲の ${c.column} 列目）`)
          .join(
            '、',
          )}。${p.columns.length === 2 ? 'どちらか一方' : '1 つを残してほか'}の名前を変えるか消すか、見出しをラベルにした重みの範囲で 1 つを選んでください（例：「${p.columns[0]?.header}」| 1）。`,
      errorHeader: (p) =>
        `範囲の ${p.column} 列目の見出しが${p.cell}というエラーで、その下に値があります。${p.missing.join('または')}かもしれません。見出しのセルを直して基準名にするか、その列を範囲から外してください。`,
      unknownLabel: (p) =>
        `重みのラベル${p.label}がわかりません。各重みのラベルには基準名（${p.criteria}）か、基準として加える表の列見出し（${p.headers.join('、')}${p.more ? `ほか ${p.more} 列` : ''}。小さいほど良い列は末尾に "(cost)"）を使い、タイトル行は範囲から外してください。`,
      noColumn: (p) =>
        `重みで${p.labels.join('、')}を指定していますが、表にその列がありません（見出し：${p.headers.join('、')}）。各重みのラベルには表にある基準か、表の見出しを使ってください。`,
      titleRow: (p) =>
        `範囲の最初の行${p.title}は見出し行の上のタイトルのようです。範囲を 1 行下の見出し行から始めてください。`,
    },
    gate: {
      metric: (p) => `指標 ${p.n}`,
      thresholdBlank: (p) =>
        `${p.blank} が空欄です。go_at と stop_at は両方入れるか、両方空欄にしてください`,
      thresholdsEqual: (p) =>
        `go_at と stop_at がどちらも ${p.value} です。大きいほど良い指標では go_at を stop_at より大きく、小さいほど良い指標では小さくしてください`,
      asOfFuture: (p) => `${p.asOf} が今日（${p.today}）より後です`,
      pointsAgainstFractions: (p) =>
        `実績 ${p.actual} はパーセントの数値に見えますが、go_at ${p.goAt} と stop_at ${p.stopAt} は割合です（${p.goPercent} %、${p.stopPercent} %）。実績を ${p.actual}%（または ${p.asFraction}）と入力するか、しきい値をパーセントの数値で入力してください`,
      currencies: (p) => `${p.first}と${p.second}の通貨が違います。同じ通貨で入力してください`,
      percentAgainstPoints: (p) =>
        `実績 ${p.actual} はパーセントですが、go_at ${p.goAt} と stop_at ${p.stopAt} はパーセントの数値に見えます。実績を ${p.points} と入力するか、しきい値を ${p.goAt}% と ${p.stopAt}% にしてください`,
      maxAgeBad: (p) =>
        `${p.cell}は${p.why}。データが古いとみなすまでの日数（0 以上）を入れるか、${p.days} 日なら空欄にしてください`,
      maxAgeValue: (p) => `max_age_days の値：${p.problem}。`,
      actualsEmpty:
        'actuals が空です。実績値をゲートごとに 1 行、指標ごとに 1 列で渡してください。',
      thresholdShape: (p) =>
        `${p.name} は ${p.shape} ですが、actuals は ${p.rows}×${p.cols} です。${p.name} は actuals と同じ形（行ごとのしきい値）、${p.cols} 列の 1 行（全行で共通）、または 1 つの値にしてください。`,
      asOfShape: (p) =>
        `as_of は ${p.shape} ですが、actuals は ${p.rows} 行です。as_of は行ごとに 1 つの日付（${p.rows} 行の列）か、全行に共通の 1 つの日付にしてください。`,
      maxAgeShape: (p) =>
        p.rows > 1
          ? `max_age_days は 1 つの値か ${p.rows} 行の列（行ごとに 1 つ）にしてください。${p.shape} の範囲は使えません。1 つのセル、actuals の隣の列を渡すか、値を直接入力してください。`
          : `max_age_days は 1 つの値にしてください。${p.shape} の範囲は使えません。1 つのセルを渡すか、値を直接入力してください。`,
      singleValue: (p) =>
        `${p.name} は 1 つの値にしてください。${p.shape} の範囲は使えません。1 つのセルを渡すか、値を直接入力してください。`,
      todayNotDate: (p) =>
        `today に指定した${p.cell}は日付ではありません。日付か YYYY-MM-DD の文字列を渡すか、今日の日付なら空欄にしてください。`,
    },
  };
}
