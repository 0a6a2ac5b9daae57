/**
 * Tester's finding 2 (2026-12-01): a money column headed in thousands or millions (`（千円）`,
 * `($M)`) was planned as if in units of one, so gates read ¥400 for ¥400,000 and a wave
 * expected $1 for $201,923. A plan from a table in thousands must equal the plan from the
 * same table typed in units of one. Through the local runtime and the built dist/Code.js.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanPreview, Result } from '../../../src/shared/plan-types';
import { defaultsOf, NOW, written } from './planner-support';

function plan(rows: unknown[][], locale: string) {
  const rt = openWorkbook({ Partners: rows }, { now: NOW, locale, timeZone: 'UTC' });
  const request = defaultsOf(rt);
  const preview = rt.run<Result<PlanPreview>>('previewPlan', request);
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  const result = written(rt, request);
  const shown = rt.displayValues(result.plan.name);
  const gate = (metric: string) => {
    const row = shown.find(
      (r) =>
        r[gateColumn('Metric')] === metric &&
        r[gateColumn('Wave')] === '1' &&
        r[gateColumn('Baseline')] !== '',
    );
    return row ? [row[gateColumn('GO at')], row[gateColumn('STOP at')]] : undefined;
  };
  return { preview: preview.value, gate };
}

/** The record as JSON without its note on a header's unit, the one line it may add. */
const withoutUnitNote = (record: unknown) =>
  JSON.stringify(record).replace(
    /,"(?:Note: |注記：)[^"]*(?:is read in|単位で読みます)[^"]*"/g,
    '',
  );

// The tester's ja_JP table: amounts in thousands of yen.
const NAMES = [
  '北斗',
  'みなと',
  '青葉',
  'さくら',
  '東海',
  '九州',
  '関西',
  '北海道',
  '四国',
  '信州',
];
function senEn(scale: number, unit: string) {
  const rows: unknown[][] = [
    [
      'パートナー名',
      'パートナー能力',
      `共同マーケティング予算${unit}`,
      'イネーブルメント工数（時間）',
      `パートナー経由売上${unit}`,
      `顧客獲得コスト${unit}`,
      'カバレッジギャップ（%）',
    ],
  ];
  NAMES.forEach((name, i) => {
    rows.push([
      name,
      3 + ((i * 7) % 8),
      (3470 - i * 150) * scale,
      195 - i * 12,
      (33420 + i * 5100) * scale,
      (490 - i * 20) * scale,
      (10 + i * 4) / 100,
    ]);
  });
  return rows;
}

describe('a money header in thousands (ja_JP, 千円)', () => {
  const inThousands = plan(senEn(1, '（千円）'), 'ja_JP');
  const inYen = plan(senEn(1000, ''), 'ja_JP');

  it('gives the gates in yen: CAC GO ¥400,000 and STOP ¥520,000, not ¥400 and ¥520', () => {
    expect(inThousands.gate('顧客獲得コスト（CAC）')).toEqual(['¥400,000', '¥520,000']);
    expect(inThousands.gate('顧客獲得コスト（CAC）')).toEqual(inYen.gate('顧客獲得コスト（CAC）'));
  });

  it('plans the same waves, stop conditions and record as the table typed in yen', () => {
    expect(inThousands.preview.waves).toEqual(inYen.preview.waves);
    expect(inThousands.preview.stopConditions).toEqual(inYen.preview.stopConditions);
    expect(withoutUnitNote(inThousands.preview.record)).toBe(withoutUnitNote(inYen.preview.record));
    expect(inThousands.preview.partners.map((p) => p.values)).toEqual(
      inYen.preview.partners.map((p) => p.values),
    );
  });

  it('says so in the notes, in Japanese', () => {
    expect(inThousands.preview.notes).toContain('パートナー経由売上（千円）は千単位で読みます。');
    expect(inYen.preview.notes.join(' ')).not.toContain('単位で読みます');
  });
});

function millions(revenue: (i: number) => unknown, header: string) {
  const rows: unknown[][] = [
    ['Partner', 'Capability', 'MDF', 'Enablement', header, 'CAC', 'Coverage gap'],
  ];
  for (let i = 0; i < 10; i++)
    rows.push([
      `P${i + 1}`,
      3 + ((i * 7) % 8),
      10_000 + 1000 * i,
      20 + 7 * i,
      revenue(i),
      1000 + 137 * i,
      (10 + 3 * i) / 100,
    ]);
  return rows;
}
const REVENUE_M = (i: number) => 0.5 + 0.25 * i;

describe('a money header in millions (en_US, $M)', () => {
  const inMillions = plan(millions(REVENUE_M, 'Revenue ($M)'), 'en_US');
  const inDollars = plan(
    millions((i) => Math.round(REVENUE_M(i) * 1e6), 'Revenue'),
    'en_US',
  );

  it("reads 2.75 as $2,750,000 and expects the waves' revenue in dollars", () => {
    const p10 = inMillions.preview.partners.find((p) => p.name === 'P10');
    expect(p10?.values.sourcedRevenue).toBe(2_750_000);
    // Ten partners' annual $16.25M (0.5 + 0.25 i, in millions) pro-rated to 6-week waves.
    const expected = inMillions.preview.waves.map((w) => w.expectedRevenue);
    expect(expected).toEqual(inDollars.preview.waves.map((w) => w.expectedRevenue));
    const total = expected.reduce((sum, e) => sum + (e.value ?? 0), 0);
    expect(total).toBeCloseTo((16_250_000 * 6) / 52, 6);
    expect(inMillions.gate('Partner-sourced revenue')).toEqual(
      inDollars.gate('Partner-sourced revenue'),
    );
    expect(withoutUnitNote(inMillions.preview.record)).toBe(
      withoutUnitNote(inDollars.preview.record),
    );
  });

  it('ranks as the table in dollars: scores do not depend on a column’s scale', () => {
    const ranks = (p: PlanPreview) => p.partners.map((x) => [x.name, x.score]);
    expect(ranks(inMillions.preview)).toEqual(ranks(inDollars.preview));
  });

  it('says so in one note, in English', () => {
    expect(inMillions.preview.notes).toContain('Revenue ($M) is read in millions.');
    expect(JSON.stringify(inMillions.preview.record)).toContain(
      'Note: Revenue ($M) is read in millions.',
    );
    expect(inDollars.preview.notes.join(' ')).not.toContain('is read in');
  });

  it('takes a cell with its own magnitude (2.75M) once, not 1,000,000 times more', () => {
    const typed = plan(
      millions((i) => (i === 9 ? '2.75M' : REVENUE_M(i)), 'Revenue ($M)'),
      'en_US',
    );
    expect(typed.preview.partners).toEqual(inMillions.preview.partners);
  });

  // Sheets keeps `€2,750,000` typed in an en_US sheet as text (typed-input.ts), as the
  // formula and the planner then receive it.
  it('refuses an amount typed with its own currency and no magnitude: which is meant is asked', () => {
    const typed = plan(
      millions((i) => (i === 9 ? '€2,750,000' : REVENUE_M(i)), 'Revenue (€M)'),
      'en_US',
    );
    const p10 = typed.preview.partners.find((p) => p.name === 'P10');
    expect(p10?.status).toBe('invalid');
    expect(p10?.values.sourcedRevenue).toBeUndefined();
    expect(p10?.reason).toContain(
      '"€2,750,000" reads as 2750000000000 by the header\'s unit; if it is the full amount 2750000, type 2.75, or drop the unit from the header',
    );
  });

  it('leaves a header without a unit as it is: a cell of 750,000 is $750,000', () => {
    const p2 = inDollars.preview.partners.find((p) => p.name === 'P2');
    expect(p2?.values.sourcedRevenue).toBe(750_000);
  });
});
