/**
 * What is wrong with a plan request, in Japanese, typed as the English shape: a missing
 * key fails the build.
 */

import type { CheckText } from '../en/checks';
import { jaCriteria } from './criteria';

/** The request checks' texts in Japanese. */
export function jaChecks(): CheckText {
  return {
    request: '計画のリクエストはオブジェクトである必要があります。',
    criteria: jaCriteria(),
    inputs: {
      capability: 'パートナー能力',
      comarketingBudget: '共同マーケティング予算',
      enablementLoad: 'イネーブルメント負荷',
    },
    language: '言語は en または ja です。',
    unreadList: '読めなかった欄の一覧にしてください。',
    unread: (p) =>
      `次の欄が数値として読めないため、書き出していません：${p.boxes.map((b) => `${b.name}（「${b.text}」）`).join('、')}。`,
    source: {
      whole: 'パートナー表のシートと列を選んでください。',
      sheetName: 'パートナー表のあるシートを選んでください。',
      sheetId: 'シート ID は数値である必要があります。',
      headerRow: '見出し行は 1 以上の行番号にしてください。',
      partnerColumn: 'パートナー名の列を選んでください。',
      ownerColumn: '担当者の列を選ぶか、なしにしてください。',
      columns: '基準の列を選んでください。',
      criterionColumn: (p) => `${p.criterion}の列を選ぶか、なしにしてください。`,
      sameColumn: (p) =>
        `${p.criterion}が${p.other}と同じ列になっています。基準ごとに別の列を選んでください。`,
      nameColumn: (p) =>
        `${p.criterion}がパートナー名の列になっています。数値の入った列を選んでください。`,
      noCriteria: (p) =>
        `基準の列が見つかりません。見出しを ${p.criteria.join('、')} にするか、ここで列を選んでください。`,
      noSheet: (p) => `「${p.sheet}」という名前のシートはありません。`,
      noHeader: (p) =>
        `「${p.sheet}」${p.row ? `の ${p.row} 行目` : ''}に基準を示す見出しが見つかりません。パートナーの上に ${p.criteria.join('、')} などの見出し行を置いてください。`,
      column: (p) => `${p.n} 列目（${p.cell}）`,
    },
    partners: {
      row: 'パートナーの行は 1 以上の行番号にしてください。',
      excludedName: '除外するパートナーの名前を入れてください。',
      reason: '除外する理由を入れてください（例：テスト用アカウント、法務確認中）。',
      exclusions: '除外の一覧を入れるか、なしにしてください。',
      pinnedName: '固定するパートナーの名前を入れてください。',
      pinWave: 'パートナーは 1〜5 のウェーブに固定してください。',
      pins: '固定の一覧を入れるか、なしにしてください。',
      complete: 'データがそろったパートナーに限るかどうかを選んでください。',
      pinBeyond: (p) =>
        `${p.name} はウェーブ ${p.wave} に固定されていますが、計画のウェーブは ${p.count} つです。1〜${p.count} のウェーブに固定してください。`,
    },
    scoring: {
      weight: (p) => `${p.criterion}の重みは 0 以上の数値にしてください。`,
      method: '採点方法は "minmax" または "topsis" です。',
      noWeight: '少なくとも 1 つの基準に 0 より大きい重みを付けてください。',
      uncertainty: '重みの不確かさは 0 % から 100 % までの数値にしてください。',
    },
    reading: {
      extraColumn: '独自の基準の列を選んでください。',
      direction: '大きいほど良いか、小さいほど良いかを選んでください。',
      weight: '重みは 0 以上の数値にしてください。',
      extras: '独自の基準の一覧を入れるか、なしにしてください。',
      wordColumn: '語を対応づける列を選んでください。',
      word: '対応づける語を入れてください。',
      wordValue: '語に 0 以上の数値を指定してください。',
      words: '語とその数値の一覧を入れてください。',
      maps: '語の対応の一覧を入れるか、なしにしてください。',
      taken: (p) =>
        `その列はすでに${p.owner === 'criterion' ? p.criterion : p.owner === 'name' ? 'パートナー名' : '独自の基準'}の列です。別の列を選ぶか、この基準を削除してください。`,
    },
    waves: {
      count: (p) => `ウェーブ数は 1〜${p.max} にしてください。`,
      name: '各ウェーブに名前を付けてください。',
      shares: '各ウェーブの割合をパーセントで入れてください。',
      counts: '各ウェーブの社数を入れてください。',
      assignment: 'パートナーの割り当ては "share"（割合）か "count"（社数）です。',
      cap: 'パイロットの上限は 0 より大きい数値にするか、上限なしなら空欄にしてください。',
      notADate: (p) =>
        `「${p.input}」は日付ではありません。開始日を YYYY-MM-DD で入力してください（例：2026-03-02）。`,
      outOfRange: (p) =>
        `${p.input} は範囲外です。開始日は 1900-01-01〜2999-12-31 の間にしてください。`,
      weeks: '1 ウェーブの長さは 1〜26 週（整数）にしてください。',
      midCheckIn: 'ウェーブ中間のチェックインの有無を選んでください。',
      namesCount: (p) => `ウェーブごとに名前を 1 つ（${p.count} つ）入れてください。`,
      unnamed: (p) => `ウェーブ ${p.n} に名前を付けてください。`,
      sameName: (p) =>
        `「${p.name}」という名前のウェーブが 2 つあります。ウェーブごとに別の名前にしてください。`,
      sharesCount: (p) => `ウェーブごとに割合を 1 つ（${p.count} つ）入れてください。`,
      share: (p) => `ウェーブ ${p.n} の割合は 0 より大きく 100 以下のパーセントにしてください。`,
      shareSum: (p) => `ウェーブの割合の合計が ${p.sum}% です。合計を 100% にしてください。`,
      countsCount: (p) => `ウェーブごとに社数を 1 つ（${p.count} つ）入れてください。`,
      partnerCount: (p) => `ウェーブ ${p.n} の社数は 1 以上の整数にしてください。`,
    },
    gates: {
      id: '指標ごとに別の ID が必要です。',
      kind: 'プランナーの知らない種類の指標です。',
      name: '指標に名前を付けてください。',
      direction: '大きいほど良いか、小さいほど良いかを選んでください。',
      unit: '単位は金額、パーセント、時間、数値のいずれかです。',
      owner: '指標にはオーナーが必要です。ゲートが STOP・STALE になったときに知らせます。',
      metrics: 'ゲートで判定する指標の一覧を入れるか、なしにしてください。',
      threshold: '数値を入れるか、既定値なら空欄にしてください。',
      period: '列が年間の金額か、1 ウェーブあたりの金額かを選んでください。',
      directCac:
        '直販チャネルの CAC は 0 より大きい数値にするか、パートナーの平均を使うなら空欄にしてください。',
      stale: 'データが古いとみなす日数は 1〜365 日（整数）にしてください。',
      baselineShare:
        '現在の新規売上に占めるパートナー比率を 0% より大きく 100% 未満のパーセントで入力するか、空欄にして既定の範囲を使ってください。',
      directBaseline:
        '直販チャネルの水準を 0%〜100% のパーセントで入力するか、空欄にしてください。',
      band: (p) =>
        `${p.wave} のパートナー比率の範囲が空です。下限の GO（${p.floor}）は上限の GO（${p.ceiling}）より小さくしてください。下限を下げるか、上限を上げてください。`,
      ownerOf: (p) =>
        `${p.metric || 'この指標'}にはオーナーが必要です。ゲートが STOP・STALE になったときに知らせます。`,
      customGo: (p) => `${p.metric}は独自の指標です。GO のしきい値を入力してください。`,
      customStop: (p) => `${p.metric}は独自の指標です。STOP のしきい値を入力してください。`,
      range: (p) =>
        `${p.metric}${p.share ? 'は割合です。0%〜100% で入力してください' : 'は負になりません。0 以上を入力してください'}。`,
      order: (p) =>
        `${p.metric}：${p.higher ? '大きい' : '小さい'}ほど良い指標なので、GO 値 ${p.goAt} は STOP 値 ${p.stopAt} より${p.higher ? '大きく' : '小さく'}する必要があります。入れ替えるか、どちらかを変えてください。`,
    },
    people: {
      owner: (p) => `${p.criterion}のオーナーを入れてください。`,
      decisionMaker: '意思決定者を入れてください。',
      escalation: 'エスカレーション先を少なくとも 1 人入れてください。',
      escalationStep: '空の行を消すか、担当者を入れてください。',
      names: '名前またはメールアドレスの一覧を入れてください。',
      tooLong: (p) =>
        `エスカレーション先と意思決定者が長すぎて計画に保存できません（${p.bytes} バイト、上限 ${p.limit}）。エスカレーション先を短くしてください。`,
    },
    busy: '別の計画をこのスプレッドシートに書き出し中です。1 分後にやり直してください。',
    record: {
      notAnId: (p) =>
        `「${p.input}」は記録 ID ではありません。B と 4〜19 桁の数字にしてください（例：B0373）。`,
      anyText: '文字を入れるか、空欄にしてください。',
      variant: '名称のバリエーションには種類と名称の両方が必要です。',
      risk: 'リスクの内容を入れるか、削除してください。',
      mitigation: 'リスクごとに軽減策が必要です。',
      title: '記録にタイトルを付けてください。',
      status: 'ステータスは Proposed（提案中）または Accepted（承認済み）です。',
      quality: '品質は Draft（草案）または Reviewed（レビュー済み）です。',
      variants: '名称のバリエーションの一覧を入れるか、なしにしてください。',
      risks: 'リスクの一覧を入れるか、なしにしてください。',
      stops: '中止条件を文字で入れるか、なしにしてください。',
    },
  };
}
