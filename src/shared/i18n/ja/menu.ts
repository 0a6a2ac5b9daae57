/** The menu and help dialog in Japanese, typed as the English shape: a missing key fails the build. */
import type { MenuText } from '../en/menu';

/** The add-on menu and the formula help dialog, in Japanese. */
export function jaMenu(): MenuText {
  return {
    openPlanner: 'プランナーを開く',
    formulaHelp: '概要と数式ヘルプ',
    monitorOn: 'ゲートの日次モニターをオンにする',
    monitorOff: 'ゲートの日次モニターをオフにする',
    helpTitle: 'Partner Pilot の数式',
    helpScore:
      '同じ呼び出しで渡したパートナー同士を比べ、各パートナーを 0〜100 で採点します。見出し行を含む表全体を渡してください（例：=PARTNER_SCORE(A1:I41)）。method は "minmax"（既定）または "topsis" です。',
    helpGate:
      'ゲートの各行を GO / HOLD / STOP / PENDING / STALE で判定します（STALE は max_age_days より古いデータ。既定は 14 日）。例：=GATE_STATUS(B2:D4, B6:D6, B7:D7, E2:E4)',
  };
}
