/**
 * The planner's row messages are wholly in the draft's language, whatever the spreadsheet's
 * (tester findings 10 and 14): a total row's warning, an Invalid row's reason (its prefix
 * once), a row without a name, and a whole-table error.
 */
import { describe, expect, it } from 'vitest';
import { resolveRequest } from '../../../src/domain/plan/defaults';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import type { Language } from '../../../src/shared/i18n/language';
import type { PlanRequestInput, SourceSpec } from '../../../src/shared/plan-types';
import { sheetIn } from '../../support/sheet-settings';
import { ENV } from './sample';

const HEADER = ['パートナー名', 'パートナー能力', 'パートナー経由売上', '顧客獲得コスト'];
const SOURCE: SourceSpec = {
  sheetName: 'パートナー',
  sheetId: 0,
  headerRow: 1,
  partnerColumn: 1,
  ownerColumn: null,
  columns: { capability: 2, sourcedRevenue: 3, cac: 4 },
};

function rows(language: Language, table: unknown[][]) {
  const request = resolveRequest({ source: SOURCE, language } as PlanRequestInput, ENV);
  return scoreSourceRows(
    table,
    request.source,
    request.scoring,
    request.reading,
    sheetIn('ja_JP'),
    language,
  );
}

const TABLE = [
  HEADER,
  ['社1', 3, 500000, 1000],
  ['社2', 4, 600000, 1200],
  ['社3', 'abc', 550000, 1100],
  ['', 2, 400000, 900],
  ['全社合計', '', 2050000, ''],
];

describe('the planner reading a Japanese table', () => {
  it('warns of a total row in the draft language alone', () => {
    const ja = rows('ja', TABLE);
    if (!('rows' in ja)) throw new Error(ja.error.message);
    expect(ja.warnings.map((w) => w.message)).toEqual([
      '6 行目（全社合計）は計画に含めません。除外：「全社合計」は合計行で、パートナーではありません。',
    ]);
    const en = rows('en', TABLE);
    if (!('rows' in en)) throw new Error(en.error.message);
    expect(en.warnings.map((w) => w.message)).toEqual([
      'Row 6 ("全社合計") is left out of the plan. Excluded: "全社合計" is a total row, not a partner.',
    ]);
  });

  it('gives an Invalid row its prefix once, and a nameless row a name, in the draft language', () => {
    for (const [language, invalid, nameless] of [
      ['ja', /^【無効】パートナー能力：「abc」は数値ではありません。/, '（名前なし、5 行目）'],
      ['en', /^Invalid パートナー能力: "abc" is not a number\./, '(no name, row 5)'],
    ] as const) {
      const read = rows(language, TABLE);
      if (!('rows' in read)) throw new Error(read.error.message);
      expect(read.rows.map((r) => r.name)).toEqual(['社1', '社2', '社3', nameless]);
      // The ranking takes this message as the row's reason as it stands (ranking.test.ts).
      const bad = read.rows[2].outcome;
      expect(bad.kind === 'invalid' && bad.message).toMatch(invalid);
    }
  });

  it('states a whole-table error in the draft language, without the formula name', () => {
    const one = [HEADER, ['社1', 3, 500000, 1000]];
    expect(rows('ja', one)).toEqual({
      error: {
        field: 'source.columns',
        message:
          '比べられる値を持つパートナーが 1 件だけです。スコアは同じ呼び出しのほかのパートナーとの比較なので、2 件以上必要です。表の見出し行を範囲の最初の行にして、パートナーの行を渡してください。',
      },
    });
    const en = rows('en', one);
    expect('error' in en && en.error.message).toMatch(/^found only 1 partner with values/);
  });
});
