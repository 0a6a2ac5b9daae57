/**
 * Issue 15's balance gates in a written plan, through the built dist/Code.js in the
 * local runtime: the partner share of new revenue computed by the plan's own formulas
 * from the partner-sourced revenue Actual and the Direct revenue input, judged by the one
 * GATE_STATUS against its band at each edge (GO, HOLD, STOP on both sides) in en_US and
 * de_DE workbooks, and the gate monitor's email on a balance STOP.
 */

import { describe, expect, it } from 'vitest';
import type { FormulaSyntax } from '../../local/runtime/formula-syntax';
import { columnLetters, type LocalRuntime, openCsv } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import { defaultsText } from '../../src/shared/i18n/defaults';
import { planText } from '../../src/shared/i18n/plan';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';
import { balanceMetric } from '../../src/shared/schema/gates';

const SAMPLE = new URL('../../samples/partners.csv', import.meta.url).pathname;
const at = (day: string) => new Date(`${day}T07:30:00Z`);
const TODAY = '2026-02-02';

function writeSample(
  locale: string,
  formulaSyntax: FormulaSyntax,
  extra: object = {},
): { rt: LocalRuntime; plan: WriteResult } {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at(TODAY), locale, formulaSyntax });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  if (!ctx.defaults) throw new Error('no table');
  const metrics = ctx.defaults.metrics.map((m) => ({ ...m, owner: `${m.id}@example.com` }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults.source,
    metrics,
    people: { escalation: ['vp@example.com'] },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { rt, plan: result.value };
}

/** The 1-based sheet rows of the Pilot's gate-review rows by metric name, and its Direct revenue row. */
/** The Pilot's gate-review rows and its direct-revenue row, in a plan of either language. */
function pilotRows(rt: LocalRuntime, sheet: string) {
  const values = rt.values(sheet);
  const language = values.some(
    (r) => r[gateColumn('Checkpoint')] === planText('ja').checkpoint.gateReview,
  )
    ? 'ja'
    : 'en';
  const review = planText(language).checkpoint.gateReview;
  const names = defaultsText(language).metrics;
  const row = (kind: string) =>
    values.findIndex(
      (r) =>
        r[0] === 1 &&
        r[gateColumn('Checkpoint')] === review &&
        r[gateColumn('Metric')] === names[kind]?.name,
    ) + 1;
  // The direct-revenue table below it, in the plan's language too.
  const title = values.findIndex((r) => r[0] === planText(language).directTitle);
  const direct = values.findIndex((r, i) => i > title && r[0] === 1 && r[2] === review) + 1;
  return {
    revenue: row('sourcedRevenue'),
    floor: row('shareFloor'),
    ceiling: row('shareCeiling'),
    direct,
  };
}

const col = (h: Parameters<typeof gateColumn>[0]) => columnLetters(gateColumn(h));

/** Partner-sourced and direct revenue giving each share exactly (integers, so no rounding hides). */
const EDGES: [string, number, number, string, string][] = [
  // share, partner-sourced, direct, floor status, ceiling status
  ['10% (floor STOP)', 100, 900, 'STOP', 'GO'],
  ['15% (floor HOLD)', 150, 850, 'HOLD', 'GO'],
  ['20% (floor GO)', 200, 800, 'GO', 'GO'],
  ['60% (ceiling GO)', 600, 400, 'GO', 'GO'],
  ['70% (ceiling HOLD)', 700, 300, 'GO', 'HOLD'],
  ['75% (ceiling STOP)', 750, 250, 'GO', 'STOP'],
];

describe.each([
  ['en_US', 'locale'],
  ['de_DE', 'locale'],
  ['de_DE', 'comma'],
] as const)('the partner-share band in a %s workbook (%s syntax)', (locale, syntax) => {
  const { rt, plan } = writeSample(locale, syntax);
  const sheet = plan.plan.name;
  const rows = pilotRows(rt, sheet);
  const status = (row: number) => rt.values(sheet)[row - 1][gateColumn('Status')];

  it('writes the share rows with the default band and the direct input below the gate table', () => {
    expect(rows.floor).toBeGreaterThan(0);
    expect(rows.direct).toBeGreaterThan(rows.ceiling);
    const values = rt.values(sheet);
    expect([
      values[rows.floor - 1][gateColumn('GO at')],
      values[rows.floor - 1][gateColumn('STOP at')],
    ]).toEqual([0.2, 0.1]);
    expect([
      values[rows.ceiling - 1][gateColumn('GO at')],
      values[rows.ceiling - 1][gateColumn('STOP at')],
    ]).toEqual([0.6, 0.75]);
    const sep = syntax === 'locale' && locale === 'de_DE' ? ';' : ',';
    const formula = rt.formulas(sheet)[rows.floor - 1][gateColumn('Actual')];
    expect(formula).toContain(`${sep}`);
    expect(formula).not.toContain(sep === ';' ? ',' : ';');
    // PENDING until both revenues are typed.
    expect([status(rows.floor), status(rows.ceiling)]).toEqual(['PENDING', 'PENDING']);
  });

  it.each(EDGES)('a share of %s', (_, partner, direct, floor, ceiling) => {
    rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, partner);
    rt.setCell(sheet, `${col('Data as of')}${rows.revenue}`, TODAY);
    rt.setCell(sheet, `E${rows.direct}`, direct);
    rt.setCell(sheet, `F${rows.direct}`, TODAY);
    expect(rt.values(sheet)[rows.floor - 1][gateColumn('Actual')]).toBeCloseTo(
      partner / (partner + direct),
      12,
    );
    expect([status(rows.floor), status(rows.ceiling)]).toEqual([floor, ceiling]);
  });

  it('is STALE when the direct revenue has no Data as of, and its age follows the older input', () => {
    rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, 300);
    rt.setCell(sheet, `E${rows.direct}`, 700);
    rt.setCell(sheet, `F${rows.direct}`, '');
    expect([status(rows.floor), status(rows.ceiling)]).toEqual(['STALE', 'STALE']);
    rt.setCell(sheet, `F${rows.direct}`, '2026-01-02');
    expect(status(rows.floor)).toBe('STALE');
    rt.setCell(sheet, `F${rows.direct}`, TODAY);
    expect([status(rows.floor), status(rows.ceiling)]).toEqual(['GO', 'GO']);
  });

  it('shows no formula error anywhere', () => {
    const errors = rt
      .displayValues(sheet)
      .flatMap((r, i) =>
        r.flatMap((v, c) => (/^#[A-Z/0!?]+/.test(v) ? [`R${i + 1}C${c + 1} ${v}`] : [])),
      );
    expect(errors).toEqual([]);
  });
});

describe('a baseline share and control guardrails', () => {
  const rt = openCsv(SAMPLE, { sheetName: 'Partners', now: at(TODAY) });
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  const metrics = [...(ctx.defaults?.metrics ?? []), balanceMetric('partnerChurn')].map((m) => ({
    ...m,
    owner: `${m.id}@example.com`,
  }));
  const result = rt.run<Result<WriteResult>>('writePlan', {
    source: ctx.defaults?.source,
    metrics,
    gateSettings: { baselineShare: 0.3, directBaselines: { partnerChurn: 0.08 } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const sheet = result.value.plan.name;
  const values = rt.values(sheet);
  const rows = pilotRows(rt, sheet);
  const levels = (row: number) => [
    values[row - 1][gateColumn('GO at')],
    values[row - 1][gateColumn('STOP at')],
  ];

  it('derives the band from the baseline share', () => {
    // Floor: today's share, STOP at half; ceiling: direct keeps half its share, STOP a quarter.
    expect(levels(rows.floor)).toEqual([0.3, 0.15]);
    expect(levels(rows.ceiling)).toEqual([0.65, 0.825]);
  });

  it('judges a control guardrail against the direct channel, in every wave, named in the record', () => {
    const churn = values.filter(
      (r) =>
        r[gateColumn('Metric')] === 'Partner-sourced customer churn' && typeof r[0] === 'number',
    );
    // 3 waves × (mid-wave check-in + gate review), each GO 110% and STOP 150% of direct's 8%.
    expect(churn).toHaveLength(6);
    for (const r of churn) {
      expect([r[gateColumn('GO at')], r[gateColumn('STOP at')]]).toEqual([0.088, 0.12]);
      // The baseline is stated on the gate review; the check-in judges the same rate.
      expect(r[gateColumn('Baseline')]).toBe(
        r[gateColumn('Checkpoint')] === 'Gate review' ? 0.08 : '',
      );
    }
    const record = rt
      .values(result.value.record.name)
      .map((r) => r.join(' '))
      .join('\n');
    expect(record).toContain(
      'the control guardrails hold: Partner-sourced customer churn GO at or below 8.8%, STOP at or above 12% (direct channel 8%)',
    );
    expect(record).toContain('or Partner-sourced customer churn at or above 12%');
  });
});

describe('the gate monitor on a balance STOP', () => {
  const run = (setUp: (rt: LocalRuntime, sheet: string) => void, locale = 'en_US') => {
    const { rt, plan } = writeSample(locale, 'locale');
    rt.run('turnOnGateMonitor');
    setUp(rt, plan.plan.name);
    rt.clearMail();
    rt.runTrigger('runGateMonitor');
    return rt.mail();
  };
  const floorStop = (rt: LocalRuntime, sheet: string) => {
    const rows = pilotRows(rt, sheet);
    rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, 100);
    rt.setCell(sheet, `${col('Data as of')}${rows.revenue}`, TODAY);
    rt.setCell(sheet, `E${rows.direct}`, 900);
    rt.setCell(sheet, `F${rows.direct}`, TODAY);
  };

  it('says it in Japanese in a ja_JP spreadsheet', () => {
    const mail = run(floorStop, 'ja_JP');
    const toOwner = mail.filter((m) => m.to === 'shareFloor@example.com');
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0].body).toContain(
      '新規売上に占めるパートナー比率が下限を下回りました。パートナーによる拡大が進んでいません。',
    );
  });

  it('emails the floor’s owner that the partners are not scaling, once', () => {
    const mail = run((rt, sheet) => {
      const rows = pilotRows(rt, sheet);
      rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, 100);
      rt.setCell(sheet, `${col('Data as of')}${rows.revenue}`, TODAY);
      rt.setCell(sheet, `E${rows.direct}`, 900);
      rt.setCell(sheet, `F${rows.direct}`, TODAY);
    });
    const toOwner = mail.filter((m) => m.to === 'shareFloor@example.com');
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0].subject).toContain('1 gate at STOP');
    expect(toOwner[0].body).toContain(
      'Partner share of new revenue (floor) (STOP): crossed its STOP threshold (actual 10.0%; STOP at 10.0%, GO at 20.0%)',
    );
    expect(toOwner[0].body).toContain(
      'The partner share of new revenue is below its band: the partners are not scaling.',
    );
    // The ceiling is GO: its owner hears nothing of it.
    expect(mail.some((m) => m.body.includes('above its band'))).toBe(false);
  });

  // The share row's Actual and Data as of are formulas: the email names the inputs to fix.
  const undatedDirect = (asOf: string) => (rt: LocalRuntime, sheet: string) => {
    const rows = pilotRows(rt, sheet);
    rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, 300);
    rt.setCell(sheet, `${col('Data as of')}${rows.revenue}`, TODAY);
    rt.setCell(sheet, `E${rows.direct}`, 700);
    rt.setCell(sheet, `F${rows.direct}`, asOf);
  };

  it('tells a STALE share’s owner to fix the Direct revenue table’s Data as of, not the formula', () => {
    const missing = run(undatedDirect('')).find((m) => m.to === 'shareFloor@example.com');
    expect(missing?.body).toContain(
      'Partner share of new revenue (floor) (STALE): an input has no Data as of. Its Actual and Data as of are formulas: enter the Data as of in the Direct revenue table (Pilot, Gate review) or on the Partner-sourced revenue row before the gate review on Mon 23 Mar 2026.',
    );
    const old = run(undatedDirect('2026-01-02')).find((m) => m.to === 'shareFloor@example.com');
    expect(old?.body).toMatch(
      /\(STALE\): its data \(as of [^)]+\) is older than the plan's staleness limit\. Its Actual and Data as of are formulas: refresh the Data as of in the Direct revenue table \(Pilot, Gate review\)/,
    );
    expect(old?.body).not.toContain('enter the date the actual was measured');
  });

  it('names the Direct revenue table in Japanese too', () => {
    const mail = run(undatedDirect(''), 'ja_JP').find((m) => m.to === 'shareFloor@example.com');
    expect(mail?.body).toContain(
      '入力のどちらかに「データ基準日」がありません。実績値と「データ基準日」は数式です。',
    );
    expect(mail?.body).toContain(
      '直販売上の表（パイロット、ゲートレビュー）またはパートナー経由売上の行の「データ基準日」を入力してください。',
    );
  });

  it('emails the ceiling’s owner that direct control is at risk', () => {
    const mail = run((rt, sheet) => {
      const rows = pilotRows(rt, sheet);
      rt.setCell(sheet, `${col('Actual')}${rows.revenue}`, 800);
      rt.setCell(sheet, `${col('Data as of')}${rows.revenue}`, TODAY);
      rt.setCell(sheet, `E${rows.direct}`, 200);
      rt.setCell(sheet, `F${rows.direct}`, TODAY);
    });
    const toOwner = mail.filter((m) => m.to === 'shareCeiling@example.com');
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0].body).toContain('above its band: direct control');
  });
});
