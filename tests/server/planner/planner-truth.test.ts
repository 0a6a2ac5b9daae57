// Issue 14's "Why", one test per finding, each with its right value, through the built
// dist/Code.js and the local runtime as google.script.run would call it.
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import { STATUS_COLOURS } from '../../../src/server/sheets/status-colours';
import type { PlannerContext, PlanPreview, Result } from '../../../src/shared/plan-types';
import {
  block,
  context,
  defaultsOf,
  generatedRows,
  HEADER,
  NOW,
  previewOf,
  sampleRuntime,
  write,
  written,
} from './planner-support';

const PLAN = 'Pilot plan B0373 v1';
const letter = (h: Parameters<typeof gateColumn>[0]) => String.fromCharCode(65 + gateColumn(h));

/** The 1-based row of a wave's Direct revenue input (columns E and F) for a checkpoint. */
const directRowOf = (values: unknown[][], wave: number, checkpoint: string) => {
  const title = values.findIndex((r) => String(r[0]).startsWith('Direct revenue:'));
  return values.findIndex((r, i) => i > title && r[0] === wave && r[2] === checkpoint) + 1;
};

/** The generated table without the named columns. */
function without(...headers: string[]) {
  const keep = HEADER.map((h, i) => (headers.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return generatedRows(12).map((row) => keep.map((i) => row[i]));
}

describe('the default plan is always writable', () => {
  for (const column of ['Co-marketing budget', 'Partner-sourced revenue', 'Enablement load']) {
    it(`writes without edits when the table has no ${column} column, and says which gate is missing`, () => {
      const rt = openWorkbook({ Partners: without(column) }, { now: NOW });
      const ctx = context(rt);
      const preview = previewOf(rt, ctx.defaults as PlannerContext['defaults'] & object);
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      expect(preview.value.notes.join(' ')).toContain(`No ${column.toLowerCase()} column, so no`);
      expect(JSON.stringify(preview)).not.toContain('must be below STOP');
      const result = write(rt, ctx.defaults as PlannerContext['defaults'] & object);
      expect(result.ok).toBe(true);
    });
  }

  it('lets a built-in metric be removed', () => {
    const rt = sampleRuntime();
    const ctx = context(rt);
    const metrics = ctx.defaults?.metrics.filter((m) => m.kind !== 'cac');
    written(rt, { ...defaultsOf(rt), metrics });
    const gates = rt
      .values(PLAN)
      .filter(
        (r) =>
          typeof r[0] === 'number' &&
          r[gateColumn('Checkpoint')] === 'Gate review' &&
          String(r[gateColumn('Better')]).includes('er'),
      );
    // Four of the seed's metrics and the partner-share band's two rows, in 3 waves.
    expect(gates).toHaveLength(18);
    expect(gates.some((r) => r[gateColumn('Metric')] === 'CAC')).toBe(false);
  });

  it('writes a table with just two scored partners, in two waves', () => {
    const rt = openWorkbook({ Partners: generatedRows(2) }, { now: NOW });
    const ctx = context(rt);
    expect(ctx.defaults?.waves.count).toBe(2);
    expect(write(rt, ctx.defaults as PlannerContext['defaults'] & object).ok).toBe(true);
  });
});

describe('the record says only what the plan does', () => {
  const rt = sampleRuntime();
  const result = written(rt, defaultsOf(rt));
  const partners = block(rt.values(PLAN), 'Partners, ranked by score').slice(1);

  it('no longer claims that partners without complete data enter no wave', () => {
    expect(result.markdown).not.toContain('without complete, valid data enter no wave');
  });

  it('names the partners scored on partial data, the rule that let them in, and where they are', () => {
    const partial = partners.filter((r) => String(r[8]).startsWith('Partial'));
    expect(partial.map((r) => r[1]).sort()).toEqual([
      'Bluebird Resellers',
      'Ironbridge Consulting',
      'Kestrel Cloud MSP',
      'Sierra Integration Co.',
    ]);
    expect(partial.every((r) => r[4] !== '')).toBe(true);
    expect(result.markdown).toContain(
      '4 partners scored without some criteria (Bluebird Resellers, Ironbridge Consulting, Kestrel Cloud MSP, Sierra Integration Co.): complete data is not required, so they may enter waves',
    );
  });

  it('keeps partial data out of every wave when complete data is required, and says so', () => {
    const strict = sampleRuntime();
    const r = written(strict, { ...defaultsOf(strict), partners: { requireCompleteData: true } });
    const rows = block(strict.values(PLAN), 'Partners, ranked by score').slice(1);
    const partial = rows.filter((row) => String(row[8]).startsWith('Partial'));
    expect(partial).toHaveLength(4);
    expect(partial.every((row) => row[4] === '')).toBe(true);
    expect(r.markdown).toContain(
      'complete data is required, so they enter no wave unless pinned by hand; 0 of them are in a wave.',
    );
  });
});

describe('thresholds as shown are the thresholds applied', () => {
  const rt = sampleRuntime();
  written(rt, defaultsOf(rt));
  const rows = rt.values(PLAN);
  const first = rows.findIndex((r) => r[gateColumn('Checkpoint')] === 'Mid-wave check-in');
  const gateRows = rows
    .map((r, i) => ({ r, row: i + 1 }))
    .filter(
      ({ r }) =>
        typeof r[0] === 'number' &&
        ['Mid-wave check-in', 'Gate review'].includes(String(r[gateColumn('Checkpoint')])) &&
        // Gate rows say which way is better; the direct-revenue inputs below them do not.
        String(r[gateColumn('Better')]).includes('er'),
    );

  it('stores the coverage GO at the 0.1 point it shows', () => {
    expect(first).toBeGreaterThan(0);
    for (const { r } of gateRows)
      if (r[gateColumn('Metric')] === 'Coverage gap filled')
        expect(Math.round(Number(r[gateColumn('GO at')]) * 1000)).toBeCloseTo(
          Number(r[gateColumn('GO at')]) * 1000,
          9,
        );
  });

  it('gives GO for the displayed GO typed as the actual, and STOP for the displayed STOP', () => {
    const shown = rt.displayValues(PLAN);
    for (const { row } of gateRows) {
      rt.setCell(PLAN, `${letter('Data as of')}${row}`, '2026-11-27');
      for (const [threshold, status] of [
        ['GO at', 'GO'],
        ['STOP at', 'STOP'],
      ] as const) {
        rt.setCell(PLAN, `${letter('Actual')}${row}`, shown[row - 1][gateColumn(threshold)]);
        expect([
          shown[row - 1][gateColumn('Metric')],
          rt.values(PLAN)[row - 1][gateColumn('Status')],
        ]).toEqual([shown[row - 1][gateColumn('Metric')], status]);
      }
    }
  });

  it('reaches a GO of =0.1+0.2 with an actual of 0.3', () => {
    // A percent metric: a money Actual below 1 is refused as a typed percentage.
    const coverage = gateRows.find(({ r }) => r[gateColumn('Metric')] === 'Coverage gap filled');
    const row = coverage?.row ?? 0;
    rt.setCell(PLAN, `${letter('GO at')}${row}`, '=0.1+0.2');
    rt.setCell(PLAN, `${letter('STOP at')}${row}`, 0.1);
    rt.setCell(PLAN, `${letter('Actual')}${row}`, 0.3);
    expect(rt.values(PLAN)[row - 1][gateColumn('Status')]).toBe('GO');
  });
});

describe('one period per gate', () => {
  const rt = sampleRuntime();
  const preview = previewOf(rt, defaultsOf(rt)) as Result<PlanPreview> & { ok: true };
  const p = preview.value;

  it('pro-rates the co-marketing GO to the wave, as it does revenue', () => {
    const gate = p.gates.find(
      (g) => g.wave === 1 && g.metricId === 'comarketingSpend' && g.checkpoint === 'gateReview',
    );
    expect(gate?.goAt).toBe(p.waves[0].comarketingBudget.value);
    // The pilot's eight partners hold $149,500 of annual budget: × 6/52 for a six-week wave.
    expect(p.waves[0].comarketingBudget).toEqual({
      value: Math.round((149500 * 6) / 52),
      missing: 0,
    });
  });

  it('states what each Actual covers, and gives the check-in its own pro-rated thresholds', () => {
    const review = p.gates.find(
      (g) => g.wave === 1 && g.metricId === 'sourcedRevenue' && g.checkpoint === 'gateReview',
    );
    const checkIn = p.gates.find(
      (g) => g.wave === 1 && g.metricId === 'sourcedRevenue' && g.checkpoint === 'checkIn',
    );
    expect(review?.covers).toBe('Whole wave (42 days)');
    expect(checkIn?.covers).toBe('Wave to date (day 21 of 42); thresholds × 21/42');
    expect(checkIn?.goAt).toBe(Math.round((review?.goAt as number) / 2));
    expect(checkIn?.reviewDate).toBe(p.waves[0].midCheckIn);
    const cac = p.gates.filter((g) => g.wave === 1 && g.metricId === 'cac');
    expect(cac.map((g) => g.goAt)).toEqual([cac[1].goAt, cac[1].goAt]);
  });

  it('follows a per-wave column as it is', () => {
    const perWave = previewOf(rt, {
      ...defaultsOf(rt),
      gateSettings: { periods: { comarketingBudget: 'perWave' } },
    }) as Result<PlanPreview> & { ok: true };
    expect(perWave.value.waves[0].comarketingBudget).toEqual({ value: 149500, missing: 0 });
    expect(perWave.value.notes[0]).toContain(
      'co-marketing budget: per wave in the source, taken as is',
    );
  });
});

describe('the summary block', () => {
  const rt = sampleRuntime();
  written(rt, defaultsOf(rt));
  const summary = () =>
    block(
      rt.values(PLAN),
      'Summary: each verdict is live from the wave’s gate rows below (STOP, STALE, HOLD, GO, else PENDING)',
    );
  const rowOf = (wave: number, checkpoint: string, metric: string) =>
    rt
      .values(PLAN)
      .findIndex(
        (r) =>
          r[0] === wave &&
          r[gateColumn('Checkpoint')] === checkpoint &&
          r[gateColumn('Metric')] === metric,
      ) + 1;

  it('lists each wave with its partners, dates, owner and live verdicts', () => {
    const rows = summary();
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Wave', 'Partners', 'Gate verdict', 'Next review']),
    );
    expect(rows.slice(1).map((r) => [r[1], r[5], r[3], r[2]])).toEqual([
      ['Pilot', 8, 'PENDING', 'PENDING'],
      ['Expand', 12, 'PENDING', 'PENDING'],
      ['Scale', 19, 'PENDING', 'PENDING'],
    ]);
  });

  it('turns the wave STOP on one STOP, STALE on old data, GO only when every gate is GO', () => {
    const values = rt.values(PLAN);
    const metrics = [
      'Partner-sourced revenue',
      'CAC',
      'Coverage gap filled',
      'Co-marketing spend',
      'Enablement hours',
    ];
    for (const m of metrics) {
      const row = rowOf(1, 'Gate review', m);
      rt.setCell(PLAN, `${letter('Actual')}${row}`, values[row - 1][gateColumn('GO at')]);
      rt.setCell(PLAN, `${letter('Data as of')}${row}`, '2026-11-27');
    }
    // The partner share is PENDING until direct revenue is typed: as much again puts it at 50%.
    expect(summary()[1][2]).toBe('PENDING');
    const direct = directRowOf(rt.values(PLAN), 1, 'Gate review');
    const partnerRevenue = values[rowOf(1, 'Gate review', metrics[0]) - 1][gateColumn('GO at')];
    rt.setCell(PLAN, `E${direct}`, partnerRevenue);
    rt.setCell(PLAN, `F${direct}`, '2026-11-27');
    expect(summary()[1][2]).toBe('GO');
    const cac = rowOf(1, 'Gate review', 'CAC');
    rt.setCell(PLAN, `${letter('Data as of')}${cac}`, '2026-10-01');
    expect(summary()[1][2]).toBe('STALE');
    const revenue = rowOf(1, 'Gate review', 'Partner-sourced revenue');
    rt.setCell(PLAN, `${letter('Actual')}${revenue}`, 1);
    expect(summary()[1][2]).toBe('STOP');
    expect(summary()[2][2]).toBe('PENDING');
  });

  it('colours each status its own way, STALE apart from PENDING, verdicts included', () => {
    const colours = new Map(STATUS_COLOURS.map(([s, bg]) => [s, bg]));
    expect(new Set(colours.values()).size).toBe(5);
    const rules = rt.sheetMeta(PLAN).conditionalFormatRules;
    expect(rules.every((r) => r.ranges.length === 2)).toBe(true);
  });
});

/** The default request with the waves begun on 2026-11-02, so NOW (11-27) is in the Pilot. */
const running = (rt: ReturnType<typeof sampleRuntime>) => {
  const request = defaultsOf(rt);
  return { ...request, schedule: { ...request.schedule, startDate: '2026-11-02' } };
};

describe('re-planning carries on', () => {
  it('copies v1’s actuals into v2 where wave and metric match, and names what it could not carry', () => {
    const rt = sampleRuntime();
    const request = running(rt);
    written(rt, request);
    const v1 = rt.values(PLAN);
    const row = (values: unknown[][], wave: number, metric: string) =>
      values.findIndex(
        (r) =>
          r[0] === wave &&
          r[gateColumn('Checkpoint')] === 'Gate review' &&
          r[gateColumn('Metric')] === metric,
      ) + 1;
    rt.setCell(PLAN, `${letter('Actual')}${row(v1, 1, 'CAC')}`, 5000);
    rt.setCell(PLAN, `${letter('Data as of')}${row(v1, 1, 'CAC')}`, '2026-11-27');
    rt.setCell(PLAN, `${letter('Actual')}${row(v1, 3, 'CAC')}`, 6000);
    const v2 = written(rt, { ...request, record: { id: 'B0373' }, waves: { count: 2 } });
    expect(v2.carried.rows).toBe(1);
    expect(v2.carried.notCarried).toEqual([
      'Not carried from B0373 v1: wave 3 gate review CAC (Actual $6,000, Data as of blank): this version has no such gate row.',
    ]);
    const plan2 = rt.values('Pilot plan B0373 v2');
    expect(plan2[row(plan2, 1, 'CAC') - 1][gateColumn('Actual')]).toBe(5000);
    expect(
      block(plan2, 'Notes')
        .map((r) => r[1])
        .join(' '),
    ).toContain('Not carried from B0373 v1');
  });
});

describe('re-planning carries the partner share’s inputs', () => {
  it('copies Direct revenue into v2, recomputes the share there, and names what it could not carry', () => {
    const rt = sampleRuntime();
    const request = running(rt);
    written(rt, request);
    const v1 = rt.values(PLAN);
    const revenue = v1.findIndex(
      (r) =>
        r[0] === 1 &&
        r[gateColumn('Checkpoint')] === 'Gate review' &&
        r[gateColumn('Metric')] === 'Partner-sourced revenue',
    );
    rt.setCell(PLAN, `${letter('Actual')}${revenue + 1}`, 300);
    rt.setCell(PLAN, `${letter('Data as of')}${revenue + 1}`, '2026-11-27');
    rt.setCell(PLAN, `E${directRowOf(v1, 1, 'Gate review')}`, 700);
    rt.setCell(PLAN, `F${directRowOf(v1, 1, 'Gate review')}`, '2026-11-27');
    rt.setCell(PLAN, `E${directRowOf(v1, 3, 'Gate review')}`, 900);
    const v2 = written(rt, { ...request, record: { id: 'B0373' }, waves: { count: 2 } });
    // The revenue Actual and the Pilot's Direct revenue; the share rows are recomputed, not copied.
    expect(v2.carried.rows).toBe(2);
    expect(v2.carried.notCarried).toEqual([
      'Not carried from B0373 v1: wave 3 gate review direct revenue (Actual $900, Data as of blank): this version has no such gate row.',
    ]);
    const plan2 = rt.values('Pilot plan B0373 v2');
    const direct = directRowOf(plan2, 1, 'Gate review');
    expect([plan2[direct - 1][4], plan2[direct - 1][5]]).toEqual([700, expect.any(Date)]);
    const floor = plan2.find(
      (r) =>
        r[0] === 1 &&
        r[gateColumn('Checkpoint')] === 'Gate review' &&
        r[gateColumn('Metric')] === 'Partner share of new revenue (floor)',
    );
    expect(floor?.[gateColumn('Actual')]).toBeCloseTo(0.3, 12);
    expect(floor?.[gateColumn('Status')]).toBe('GO');
    expect(
      rt
        .formulas('Pilot plan B0373 v2')
        .flat()
        .filter((f) => f.startsWith('=IF(OR(ISBLANK')),
    ).toHaveLength(16);
  });
});

describe('exclusions and pins', () => {
  const rt = sampleRuntime();
  const result = written(rt, {
    ...defaultsOf(rt),
    partners: {
      exclusions: [{ sheetRow: 16, name: 'Copperleaf Partners', reason: 'Under legal review' }],
      pins: [{ sheetRow: 2, name: 'Northwind Channel Partners', wave: 1 }],
    },
  });
  const plan = rt.values(PLAN);

  it('lists the excluded partner with its reason on the plan and in the record, in no wave', () => {
    expect(block(plan, 'Excluded by hand').slice(1)).toEqual([
      ['Copperleaf Partners', 16, 'Under legal review', ...Array(12).fill('')],
    ]);
    const row = block(plan, 'Partners, ranked by score').find(
      (r) => r[1] === 'Copperleaf Partners',
    );
    expect(row?.[4]).toBe('');
    expect(row?.[7]).toBe('Excluded by hand');
    expect(result.markdown).toContain(
      '1 excluded by hand: Copperleaf Partners (Under legal review)',
    );
    expect(result.markdown).toContain(
      'Excluded by hand: Copperleaf Partners (Under legal review).',
    );
  });

  it('puts the pinned partner in its wave, marked, and says so in the record', () => {
    const row = block(plan, 'Partners, ranked by score').find(
      (r) => r[1] === 'Northwind Channel Partners',
    );
    expect(row?.[5]).toBe('Pilot');
    expect(row?.[7]).toBe('In a wave (pinned)');
    expect(result.markdown).toContain('Pinned by hand: Northwind Channel Partners to Pilot.');
    expect(result.markdown).toContain('1 partner pinned by hand (Northwind Channel Partners)');
  });
});

describe('the preview answer stays small', () => {
  it('sends the shown partners and counts, not the whole table, at 5,000 partners', () => {
    const rt = openWorkbook({ Partners: generatedRows(5000) }, { now: NOW });
    const answer = previewOf(rt, defaultsOf(rt)) as Result<PlanPreview> & { ok: true };
    expect(JSON.stringify(answer).length).toBeLessThan(100_000);
    expect(answer.value.allPartners).toBe(false);
    expect(answer.value.totals.all).toBe(5000);
    const page = rt.run<Result<{ offset: number; total: number; partners: unknown[] }>>(
      'getPlanPartners',
      defaultsOf(rt),
      4990,
      25,
    );
    expect(page).toMatchObject({ ok: true, value: { offset: 4990, total: 5000 } });
    if (page.ok) expect(page.value.partners).toHaveLength(10);
  });
});
