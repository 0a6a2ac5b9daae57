/**
 * The custom functions' messages in a ja_JP spreadsheet, through the built dist/Code.js in
 * a bare node:vm context (as Apps Script loads it): cell notes, INSUFFICIENT DATA, the
 * value reader's reasons and the thrown whole-call errors are Japanese; formula and
 * argument names and the statuses stay English. The same calls in en_US stay English.
 */
import { describe, expect, it } from 'vitest';
import { calendarServices, loadCode } from '../support/code-js';

const ja = () => loadCode(calendarServices('Asia/Tokyo', 'ja_JP'));
const en = () => loadCode(calendarServices('America/New_York', 'en_US'));

const HEADER = ['パートナー名', 'パートナー能力', '共同マーケティング予算', '顧客獲得コスト'];

/** Words every language keeps: formula, argument and method names, statuses, ISO formats. */
const KEPT =
  /PARTNER_SCORE|GATE_STATUS|max_age_days|go_at|stop_at|as_of|actuals|weights|method|minmax|topsis|YYYY-MM-DD|ja_JP|GO|HOLD|STOP|PENDING|STALE|TRUE\/FALSE|CAC|today|\(cost\)/g;

/** English left in a Japanese message, outside the kept words and the quoted cells. */
function english(text: string): string[] {
  const rest = text.replace(/「[^」]*」/g, '').replace(KEPT, '');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('dist/Code.js in a ja_JP spreadsheet', () => {
  it('PARTNER_SCORE writes its header, notes and INSUFFICIENT DATA in Japanese', () => {
    const table = [
      HEADER,
      ['北辰システム', 8, 20_000, 4000],
      ['青葉ソリューションズ', 6, 35_000, 5000],
      ['東雲テック', 'abc', 18_000, 4300],
      ['みなと商事', '1.234,5', 18_000, 4300],
      ['白樺データ', 7, '', ''],
      ['合計', 21, 73_000, 13_300],
    ];
    const column = ja()
      .PARTNER_SCORE(table)
      .map((r: unknown[]) => r[0]);
    expect(column[0]).toBe('スコア');
    expect(column.slice(1, 3)).toEqual([100, 0]);
    expect(column[3]).toMatch(/^【無効】パートナー能力：「abc」は数値ではありません。語を読むには/);
    expect(column[4]).toBe(
      '【無効】パートナー能力：「1.234,5」は小数点に「,」、桁区切りに「.」を使った書き方ですが、このスプレッドシートの地域（ja_JP）では小数点に「.」、桁区切りに「,」を使います。1234.5 と入力するか、[ファイル] ▸ [設定] ▸ [地域] で地域を変えてください',
    );
    expect(column[5]).toBe('データ不足');
    expect(column[6]).toBe('除外：「合計」は合計行で、パートナーではありません');
    for (const text of column.filter((c: unknown) => typeof c === 'string'))
      expect(english(text), text).toEqual([]);
  });

  it('the same table in en_US stays English', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, 4000],
      ['B', 6, 5000],
      ['C', 'abc', 4300],
      ['D', '', 4300],
    ];
    expect(en().PARTNER_SCORE(table, [[1, 0, 0, 0, 0, 1]], 'topsis')).toEqual([
      ['Score'],
      [100],
      [0],
      [
        'Invalid Capability: "abc" is not a number. To read words, map each to a number: a weights row "Capability: abc" | <number>, or the planner\'s data step',
      ],
      ['INSUFFICIENT DATA'],
    ]);
  });

  it('PARTNER_SCORE throws its whole-call errors in Japanese, named by the formula', () => {
    const context = ja();
    const errors = [
      errorOf(() => context.PARTNER_SCORE([[1, 2, 3, 4, 5]])),
      errorOf(() => context.PARTNER_SCORE([HEADER, ['A', 1, 2, 3], ['B', 2, 3, 4]], '', 'best')),
      errorOf(() => context.PARTNER_SCORE([HEADER])),
      errorOf(() => context.PARTNER_SCORE([HEADER, ['A', 1, 2, 3]])),
      errorOf(() => context.PARTNER_SCORE([HEADER, ['A', 1, 2, 3], ['B', 2, 3, 4]], [[1, 2]])),
      errorOf(() =>
        context.PARTNER_SCORE(
          [HEADER, ['A', 1, 2, 3], ['B', 2, 3, 4]],
          [
            ['能力', -1],
            ['CAC', 1],
          ],
        ),
      ),
      errorOf(() =>
        context.PARTNER_SCORE([HEADER, ['A', 1, 2, 3], ['B', 2, 3, 4]], [['売上高', 1]]),
      ),
    ];
    expect(errors[0]).toMatch(
      /^PARTNER_SCORE：範囲は 5 列で、基準を示す見出し行がありません。パートナー能力、共同マーケティング予算、/,
    );
    expect(errors[1]).toBe(
      'PARTNER_SCORE：method に指定した「best」は使えません。"minmax"（既定）または "topsis" を指定してください。',
    );
    expect(errors[2]).toMatch(/^PARTNER_SCORE：範囲には見出し行しかなく/);
    expect(errors[3]).toMatch(/^PARTNER_SCORE：比べられる値を持つパートナーが 1 件だけです。/);
    expect(errors[4]).toMatch(/^PARTNER_SCORE：weights の値が 2 個です。/);
    expect(errors[5]).toMatch(/^PARTNER_SCORE：パートナー能力 の重み「-1」は負の値です。/);
    expect(errors[6]).toMatch(/^PARTNER_SCORE：重みのラベル「売上高」がわかりません。/);
    for (const text of errors) expect(english(text), text).toEqual([]);
  });

  it('GATE_STATUS writes Invalid notes and throws errors in Japanese; statuses stay English', () => {
    const context = ja();
    expect(
      context.GATE_STATUS(
        [[95_000], ['abc'], [95_000], [95_000]],
        [[90_000], [90_000], [''], [90_000]],
        [[50_000], [50_000], [50_000], [50_000]],
        [['2026/11/20'], ['2026/11/20'], ['2026/11/20'], ['2026/12/20']],
        14,
        '2026-11-27',
      ),
    ).toEqual([
      ['GO'],
      ['【無効】指標 1：actual の「abc」は数値ではありません'],
      ['【無効】指標 1：go_at が空欄です。go_at と stop_at は両方入れるか、両方空欄にしてください'],
      ['【無効】as_of：2026-12-20 が今日（2026-11-27）より後です'],
    ]);
    const errors = [
      errorOf(() => context.GATE_STATUS([], 1, 2)),
      errorOf(() => context.GATE_STATUS([[1, 2]], [[1, 2, 3]], 2)),
      errorOf(() => context.GATE_STATUS([[1], [2]], 2, 1, [['x'], ['y'], ['z']])),
      errorOf(() => context.GATE_STATUS([[1]], 2, 1, '', -3)),
      errorOf(() => context.GATE_STATUS([[1]], 2, 1, '', 14, 'tomorrow')),
    ];
    expect(errors[0]).toBe(
      'GATE_STATUS：actuals が空です。実績値をゲートごとに 1 行、指標ごとに 1 列で渡してください。',
    );
    expect(errors[1]).toMatch(/^GATE_STATUS：go_at は 1×3 ですが、actuals は 1×2 です。/);
    expect(errors[2]).toMatch(/^GATE_STATUS：as_of は 3×1 ですが、actuals は 2 行です。/);
    expect(errors[3]).toBe(
      'GATE_STATUS：max_age_days の値：「-3」は負の値です。データが古いとみなすまでの日数（0 以上）を入れるか、14 日なら空欄にしてください。',
    );
    expect(errors[4]).toMatch(/^GATE_STATUS：today に指定した「tomorrow」は日付ではありません。/);
    for (const text of errors) expect(english(text), text).toEqual([]);
  });

  it('GATE_STATUS reads an ambiguous amount and a bad date in Japanese', () => {
    const context = ja();
    expect(context.GATE_STATUS([['€4.300']], 5000, 3000)).toEqual([
      [
        '【無効】指標 1：actual の「€4.300」は4300 とも 4.3 とも読めます。「.」を小数点に使う地域と桁区切りに使う地域があります。4300 または 4.3 と入力してください',
      ],
    ]);
    expect(context.GATE_STATUS([[1]], 2, 1, '20.11.2026', 14, '2026-11-27')).toEqual([
      [
        '【無効】as_of：「20.11.2026」は日付ではありません。2026/11/20（ja_JP）や2026-11-20 のように日付を入力するか、空欄にしてください',
      ],
    ]);
  });
});
