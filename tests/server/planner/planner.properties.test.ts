// Issue 14's property: over random tables with a random subset of the six criterion
// columns, the default request always previews and writes; every record sentence that
// names a count or partners agrees with the written plan; and for every gate row the
// thresholds as displayed, typed as the actual, give GO and STOP.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanRequest } from '../../../src/shared/plan-types';
import { block, context, HEADER, NOW, previewOf, write } from './planner-support';

const PLAN = 'Pilot plan B0373 v1';
const CRITERIA = HEADER.slice(2);
const letter = (h: Parameters<typeof gateColumn>[0]) => String.fromCharCode(65 + gateColumn(h));

/** A value a person might keep for criterion `c`, or a blank. */
const cell = (c: number) =>
  [
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 0, max: 80_000 }),
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.integer({ min: 500, max: 12_000 }),
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  ][c];

const table = fc
  .record({
    columns: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
    rows: fc.integer({ min: 2, max: 24 }),
    seed: fc.array(fc.array(fc.option(fc.nat(), { freq: 6 }), { minLength: 6, maxLength: 6 }), {
      minLength: 24,
      maxLength: 24,
    }),
    values: fc.array(fc.tuple(cell(0), cell(1), cell(2), cell(3), cell(4), cell(5)), {
      minLength: 24,
      maxLength: 24,
    }),
  })
  .map(({ columns, rows, seed, values }) => {
    const header = ['Partner', 'Owner', ...columns.map((c) => CRITERIA[c])];
    const body = Array.from({ length: rows }, (_, r) => [
      // Names repeat now and then, as they do in CRM exports.
      `Partner ${String.fromCharCode(65 + (r % 20))}${r >= 20 ? 2 : ''}`,
      `Owner ${r % 3}`,
      // The first two rows are complete, so at least two partners can be scored.
      ...columns.map((c) => (r < 2 || seed[r][c] !== null ? values[r][c] : '')),
    ]);
    return [header, ...body];
  });

/** The partners block of the written plan: name, wave name, data words. */
function plannedPartners(values: unknown[][]) {
  return block(values, 'Partners, ranked by score')
    .slice(1)
    .map((r) => ({ name: String(r[1]), wave: String(r[5]), rank: r[0], data: String(r[7]) }));
}

/** "A, B and 3 more" for a list, as the record words it. */
function namesOf(names: string[]): string {
  const shown = names.slice(0, 10);
  return names.length > 10 ? `${shown.join(', ')} and ${names.length - 10} more` : shown.join(', ');
}

describe('the default request over random tables', () => {
  it('previews, writes, tells the truth and judges its own thresholds', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const rt = openWorkbook({ Partners: rows }, { now: NOW });
        const ctx = context(rt);
        const request = ctx.defaults as PlanRequest;
        expect(request).not.toBeNull();
        const preview = previewOf(rt, request);
        if (!preview.ok) throw new Error(`preview: ${JSON.stringify(preview.errors)}`);
        const result = write(rt, request);
        if (!result.ok) throw new Error(`write: ${JSON.stringify(result.errors)}`);
        const values = rt.values(PLAN);
        const partners = plannedPartners(values);
        const md = result.value.markdown;

        // Counts and names in the record match the plan sheet.
        const covers = /This version covers (\d+) partners? from .*?: (\d+) scored/.exec(md);
        expect(covers?.slice(1).map(Number)).toEqual([
          partners.length,
          partners.filter((p) => p.rank !== '').length,
        ]);
        for (const m of md.matchAll(
          /^- (.+?) \(wave \d+\), .*?: (\d+) partners? \((.*?)\); co-marketing/gm,
        )) {
          const members = partners.filter((p) => p.wave === m[1]).map((p) => p.name);
          expect([m[1], Number(m[2]), m[3]]).toEqual([m[1], members.length, namesOf(members)]);
        }
        const partial = partners.filter((p) => p.data.startsWith('Partial'));
        const partialClaim =
          /(\d+) partners? scored without some criteria \((.*?)\): .*?; (\d+) of them (?:is|are) in a wave/.exec(
            md,
          );
        if (partial.length === 0) expect(md).toContain('no partner was scored on partial data');
        else
          expect(partialClaim?.slice(1)).toEqual([
            String(partial.length),
            namesOf(partial.map((p) => p.name)),
            String(partial.filter((p) => p.wave !== '').length),
          ]);
        const pilotName = request.waves.names[0];
        const pilotClaim = /The .*? takes the (\d+) highest-ranked partners? eligible/.exec(md);
        expect(Number(pilotClaim?.[1])).toBe(partners.filter((p) => p.wave === pilotName).length);

        // Every gate: the displayed GO typed as the actual gives GO, the displayed STOP gives STOP.
        const shown = rt.displayValues(PLAN);
        const gateRows = values
          .map((r, i) => ({ r, row: i + 1 }))
          .filter(
            ({ r }) =>
              typeof r[0] === 'number' &&
              ['Mid-wave check-in', 'Gate review'].includes(String(r[gateColumn('Checkpoint')])) &&
              // Gate rows say which way is better; the direct-revenue inputs do not. The partner
              // share's Actual is a formula over its inputs, judged at its edges in balance.test.ts.
              String(r[gateColumn('Better')]).includes('er') &&
              !String(r[gateColumn('Actual covers')]).includes('computed:'),
          );
        for (const { row } of gateRows) {
          rt.setCell(PLAN, `${letter('Data as of')}${row}`, '2026-11-27');
          for (const [threshold, status] of [
            ['GO at', 'GO'],
            ['STOP at', 'STOP'],
          ] as const) {
            rt.setCell(PLAN, `${letter('Actual')}${row}`, shown[row - 1][gateColumn(threshold)]);
            expect(
              `${shown[row - 1][gateColumn(threshold)]}: ${rt.values(PLAN)[row - 1][gateColumn('Status')]}`,
            ).toBe(`${shown[row - 1][gateColumn(threshold)]}: ${status}`);
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
