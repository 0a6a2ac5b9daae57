// The sheet layouts and table detection are pure: checked here without the runtime.
import { describe, expect, it } from 'vitest';
import { GATE_TABLE_HEADERS, gateColumn } from '../../../src/domain/plan/gate-table';
import { ValueReader } from '../../../src/domain/values/reader';
import { planLayout } from '../../../src/server/planner/plan-layout';
import { recordLayout, statusFields } from '../../../src/server/planner/record-layout';
import { detectTable } from '../../../src/server/planner/source-table';
import { currencyFormat, sheetDate } from '../../../src/server/sheets/formats';
import { a1Range, columnLetter, TEXT } from '../../../src/server/sheets/grid';
import { okPlan } from '../../domain/plan/sample';
import { EN_US } from '../../support/sheet-settings';

describe('plan sheet layout', () => {
  const { value: preview } = okPlan();
  const layout = planLayout({
    preview,
    planSheetName: 'Pilot plan B0373 v1',
    recordSheetName: 'Decision record B0373 v1',
    separator: ',',
    locale: 'en_US',
    writtenOn: '2026-11-27',
  });
  const { values, formats } = layout.grid;

  it('judges the whole gate table with one GATE_STATUS, as-of and staleness limit as columns', () => {
    const { row, column, formulas } = layout.statusColumn;
    expect(columnLetter(column)).toBe('O');
    const last = row + formulas.length - 1;
    const range = (c: string) => `${c}${row}:${c}${last}`;
    expect(formulas[0][0]).toBe(
      `=GATE_STATUS(${range('L')},${range('J')},${range('K')},${range('M')},${range('N')})`,
    );
    // The cells below stay blank for the result to spill into.
    expect(formulas.slice(1).every(([f]) => f === '')).toBe(true);
    formulas.forEach((_, i) => {
      expect(values[row + i - 1][gateColumn('Metric')]).toBe(preview.gates[i].metric);
    });
    expect(layout.gateTable).toBe(
      a1Range(row - 1, 1, formulas.length + 1, GATE_TABLE_HEADERS.length),
    );
    expect(values[row - 2]).toEqual([...GATE_TABLE_HEADERS]);
  });

  it('formats every string cell as plain text and every number by its unit', () => {
    const formulaCells: string[] = [];
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        // The partner share's Actual and Data as of are the plan's own formulas, in its units.
        if (typeof v === 'string' && v.startsWith('=')) formulaCells.push(`${r}:${c}`);
        else if (typeof v === 'string' && v !== '') expect(formats[r][c]).toBe(TEXT);
      });
    });
    const shareRows = preview.gates.flatMap((g, i) =>
      g.kind === 'shareFloor' || g.kind === 'shareCeiling' ? [layout.statusColumn.row - 1 + i] : [],
    );
    expect(shareRows.length).toBeGreaterThan(0);
    expect(formulaCells).toEqual(
      shareRows.flatMap((r) => [
        `${r}:${gateColumn('Actual')}`,
        `${r}:${gateColumn('Data as of')}`,
      ]),
    );
    const revenue = layout.statusColumn.row - 1;
    expect(formats[revenue][gateColumn('GO at')]).toBe(currencyFormat('en_US'));
    expect(formats[revenue][gateColumn('Actual')]).toBe(currencyFormat('en_US'));
    expect(values[revenue][gateColumn('Checkpoint')]).toBe('Mid-wave check-in');
    expect(values[revenue][gateColumn('Review date')]).toBe(
      sheetDate(preview.waves[0].midCheckIn as string),
    );
  });

  it('dates are Sheets serials of the calendar day', () => {
    expect(sheetDate('1899-12-30')).toBe(0);
    expect(sheetDate('2026-11-30')).toBe(46356);
  });
});

describe('record sheet layout', () => {
  it('finds the status fields of a written record from its column A, in either language', () => {
    for (const [language, words] of [
      ['en', ['Status', 'Proposed', 'Superseded by', 'none']],
      ['ja', ['ステータス', '提案中（Proposed）', '置き換え先', 'なし']],
    ] as const) {
      const { value } = okPlan({ language });
      const { grid } = recordLayout(value.record);
      const columnA = grid.values.map((r) => r[0]);
      const found = statusFields(columnA);
      expect(found?.language).toBe(language);
      expect(grid.values[(found?.status as number) - 1]).toEqual([words[0], words[1]]);
      expect(grid.values[(found?.supersededBy as number) - 1]).toEqual([words[2], words[3]]);
    }
    expect(statusFields(['x', 'Status'])).toBeUndefined();
    expect(statusFields(['Decision status', 'Status', 'Version', ''])).toBeUndefined();
  });
});

describe('table detection', () => {
  it('picks the row naming the most criteria and the name-like column', () => {
    const found = detectTable(
      [
        ['Q1 partners'],
        ['Region', 'Company', 'Account owner', 'CAC', 'Coverage gap'],
        ['EMEA', 'A', 'x', 1, 0.1],
      ],
      'S',
      7,
      new ValueReader(EN_US),
      'en',
    );
    expect(found).toEqual({
      table: expect.objectContaining({
        headerRow: 2,
        partnerColumn: 2,
        ownerColumn: 3,
        columns: { cac: 4, coverageGap: 5 },
        dataRows: 1,
        sheetId: 7,
      }),
    });
  });

  it('gives the data step the columns of numbers or tier words, as PARTNER_SCORE names them', () => {
    // Tester 2, finding 14: a HubSpot "Partner tier" the header rules do not know.
    const found = detectTable(
      [
        ['Record ID', 'Company name', 'Company owner', 'Partner tier', 'MDF (USD)'],
        [5551001, 'Northwind', 'Dana Whitfield', 'Gold', 20000],
        [5551002, 'Blue Fjord', 'Luis Ortega', 'Silver', 35000],
      ],
      'S',
      1,
      new ValueReader(EN_US),
      'en',
    );
    expect(found).toEqual({ table: expect.objectContaining({ valueColumns: [1, 4, 5] }) });
  });

  it('says where no header was found', () => {
    expect(
      detectTable(
        [
          ['a', 'b'],
          [1, 2],
        ],
        'S',
        1,
        new ValueReader(EN_US),
        'en',
      ),
    ).toEqual({
      error: {
        field: 'source.headerRow',
        message: expect.stringContaining("No header naming a criterion found on 'S'"),
      },
    });
  });

  it('says so in Japanese, naming the criteria in Japanese, for a Japanese sidebar', () => {
    const values = [
      ['a', 'b'],
      [1, 2],
    ];
    expect(detectTable(values, 'S', 1, new ValueReader(EN_US), 'ja', 1)).toEqual({
      error: {
        field: 'source.headerRow',
        message:
          '「S」の 1 行目に基準を示す見出しが見つかりません。パートナーの上に パートナー能力、共同マーケティング予算、イネーブルメント負荷、パートナー経由売上、顧客獲得コスト（CAC）、カバレッジギャップの解消 などの見出し行を置いてください。',
      },
    });
  });

  it('labels a column headed by a number in the language asked', () => {
    const values = [
      ['Partner', 'CAC', 2026],
      ['A', 1, 3],
    ];
    const labels = (language: 'en' | 'ja') => {
      const found = detectTable(values, 'S', 1, new ValueReader(EN_US), language);
      return 'table' in found ? found.table.columnOptions.map((o) => o.header) : [];
    };
    expect(labels('en')).toEqual(['Partner', 'CAC', 'Column 3 (2026)']);
    expect(labels('ja')).toEqual(['Partner', 'CAC', '3 列目（2026）']);
  });
});
