import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../../local/runtime/index';
import { DECISION_LOG_HEADERS } from '../../../src/domain/plan/decision-log';
import { GATE_TABLE_HEADERS, gateColumn } from '../../../src/domain/plan/gate-table';
import {
  block,
  context,
  defaultsOf,
  sampleRuntime,
  workbookState,
  written,
} from './planner-support';

// Dates are shown in the locale's order: m/d/yyyy for the runtime's en_US.
const isBusinessDay = (shown: unknown) => {
  const [m, d, y] = String(shown).split('/').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day >= 1 && day <= 5;
};

describe('writing the sample plan', () => {
  const rt = sampleRuntime();
  const source = rt.values('Partners');
  const sourceFormulas = rt.formulas('Partners');
  const result = written(rt, defaultsOf(rt));
  const plan = rt.values('Pilot plan B0373 v1');

  it('creates the plan, the record and the log, and returns their links', () => {
    expect(rt.sheetNames()).toEqual([
      'Partners',
      'Pilot plan B0373 v1',
      'Decision record B0373 v1',
      'Decision log',
      'Gate history',
    ]);
    expect(result).toMatchObject({ id: 'B0373', version: 1, supersedes: null });
    expect(result.plan.url).toMatch(new RegExp(`#gid=${result.plan.sheetId}$`));
    expect(result.markdown).toMatch(/^---\nstatus: "proposed"/);
  });

  it('never modifies the source sheet', () => {
    expect(rt.values('Partners')).toEqual(source);
    expect(rt.formulas('Partners')).toEqual(sourceFormulas);
  });

  it('puts the eight highest-scoring partners in the pilot and no partner without data in any wave', () => {
    const partners = block(plan, 'Partners, ranked by score').slice(1);
    expect(partners).toHaveLength(40);
    const pilot = partners.filter((r) => r[5] === 'Pilot');
    expect(pilot.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pilot[0][1]).toBe('Copperleaf Partners');
    const waypoint = partners.find((r) => r[1] === 'Waypoint Integrations');
    expect(waypoint?.[4]).toBe('');
    expect(waypoint?.[7]).toBe('INSUFFICIENT DATA');
    expect(waypoint?.[12]).toContain('row 35');
  });

  it('writes the wave table with business-day dates', () => {
    const waves = block(plan, 'Waves').slice(1);
    expect(waves.map((r) => r[1])).toEqual(['Pilot', 'Expand', 'Scale']);
    expect(waves.map((r) => r[5])).toEqual([8, 12, 19]);
    const shown = block(rt.displayValues('Pilot plan B0373 v1'), 'Waves').slice(1);
    for (const w of shown) for (const d of [w[2], w[3], w[4]]) expect(isBusinessDay(d)).toBe(true);
    expect(shown[0][2]).toBe('11/30/2026');
    const calendar = block(rt.displayValues('Pilot plan B0373 v1'), 'Review calendar').slice(1);
    expect(calendar).toHaveLength(9);
    for (const c of calendar) expect(isBusinessDay(c[0])).toBe(true);
  });

  it('writes the gate table where the log says, with one live GATE_STATUS for all its rows', () => {
    const log = rt.values('Decision log');
    expect(log[0]).toEqual([...DECISION_LOG_HEADERS]);
    const gateA1 = String(log[1][DECISION_LOG_HEADERS.indexOf('Gate table')]);
    const [, firstRow, lastRow] = /^A(\d+):O(\d+)$/.exec(gateA1) ?? [];
    const header = plan[Number(firstRow) - 1];
    expect(header.slice(0, GATE_TABLE_HEADERS.length)).toEqual([...GATE_TABLE_HEADERS]);
    // Beside the table, outside the range the monitor reads: each gate's trend and status since.
    expect(header.slice(GATE_TABLE_HEADERS.length, GATE_TABLE_HEADERS.length + 2)).toEqual([
      'Trend',
      'Status since',
    ]);
    // 3 waves × 2 checkpoints × (the seed's five metrics + the partner-share band's two rows).
    expect(Number(lastRow) - Number(firstRow)).toBe(42);
    const formulas = rt.formulas('Pilot plan B0373 v1');
    const status = gateColumn('Status');
    const [first, last] = [Number(firstRow) + 1, Number(lastRow)];
    expect(formulas[first - 1][status]).toBe(
      `=GATE_STATUS(L${first}:L${last},J${first}:J${last},K${first}:K${last},M${first}:M${last},N${first}:N${last})`,
    );
    for (let r = first; r <= last; r++) {
      if (r > first) expect(formulas[r - 1][status]).toBe('');
      expect(plan[r - 1][status]).toBe('PENDING');
    }
  });

  it('formats, freezes, colours and validates the plan', () => {
    const meta = rt.sheetMeta('Pilot plan B0373 v1');
    expect(meta.frozenRows).toBe(2);
    const texts = meta.conditionalFormatRules.map((r) => r.condition.values[0]);
    expect(texts).toEqual(['GO', 'HOLD', 'STOP', 'STALE', 'PENDING']);
    const gateRow = plan.findIndex((r) => r[3] === 'Partner-sourced revenue');
    expect(meta.numberFormats[gateRow][gateColumn('GO at')]).toContain('$');
    // A money Actual refuses 0 < x < 1, a typed percentage; an hours Actual any number.
    expect(meta.dataValidations[gateRow][gateColumn('Actual')]?.criteria).toBe(
      'NUMBER_NOT_BETWEEN',
    );
    const hoursRow = plan.findIndex((r) => r[3] === 'Enablement hours');
    expect(meta.dataValidations[hoursRow][gateColumn('Actual')]?.criteria).toBe('NUMBER_BETWEEN');
    expect(meta.dataValidations[gateRow][gateColumn('Data as of')]?.criteria).toBe(
      'DATE_IS_VALID_DATE',
    );
    // The partner share's cells are formulas: no input rule; its Direct revenue input has one.
    const shareRow = plan.findIndex((r) => r[3] === 'Partner share of new revenue (floor)');
    expect(meta.dataValidations[shareRow][gateColumn('Actual')]).toBeFalsy();
    expect(meta.dataValidations[shareRow][gateColumn('Data as of')]).toBeFalsy();
    const title = plan.findIndex((r) => String(r[0]).startsWith('Direct revenue:'));
    expect(plan[title + 1].slice(0, 6)).toEqual([
      'Wave',
      'Wave name',
      'Checkpoint',
      'Actual covers',
      'Direct revenue',
      'Data as of',
    ]);
    expect(meta.dataValidations[title + 2][4]?.criteria).toBe('NUMBER_BETWEEN');
    expect(meta.dataValidations[title + 2][5]?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(meta.numberFormats[title + 2][4]).toContain('$');
    expect(rt.sheetMeta('Decision log').frozenRows).toBe(1);
  });

  it('wraps long text, keeps log titles whole and styles the log’s links as links', () => {
    const meta = rt.sheetMeta('Pilot plan B0373 v1');
    const stop = plan.findIndex((r) => r[0] === 'Stop conditions') + 1;
    expect(String(plan[stop][1])).toMatch(/^Pilot gate review/);
    expect(meta.wraps[stop][1]).toBe(true);
    const log = rt.sheetMeta('Decision log');
    const title = DECISION_LOG_HEADERS.indexOf('Title');
    expect(log.wraps[1][title]).toBe(true);
    expect(log.columnWidths[title + 1]).toBeGreaterThanOrEqual(300);
    for (const name of ['Plan sheet', 'Record sheet'] as const)
      expect(log.fontColors[1][DECISION_LOG_HEADERS.indexOf(name)]).toBe('#1155cc');
    // No internal ids or method codes on the written sheet.
    const text = plan.flat().join(' ');
    expect(text).not.toMatch(/sourcedRevenue|comarketingSpend|Metric ID|Scoring minmax/);
    expect(text).toContain('Scoring: min–max');
  });

  it('writes the decision record in the seed one-pager’s order', () => {
    const record = rt.values('Decision record B0373 v1').map((r) => r[0]);
    const headings = [
      'Name variants',
      'Quality / Updated / Source / COI',
      'Decision status',
      'Context',
      'Options',
      'Decision',
      'Rationale',
      'Risks',
      'Next',
    ];
    const positions = headings.map((h) => record.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(record[0]).toBe('B0373: Partner Channel Prioritization: Option B phased pilot');
  });

  it('logs the version with links to its sheets', () => {
    const [, entry] = rt.values('Decision log');
    expect(entry.slice(0, 4)).toEqual([
      'B0373',
      1,
      'Partner Channel Prioritization: Option B phased pilot',
      'Proposed',
    ]);
    expect(entry[7]).toBe('Pilot plan B0373 v1');
    expect(rt.formulas('Decision log')[1][7]).toBe(
      `=HYPERLINK("#gid=${result.plan.sheetId}","Pilot plan B0373 v1")`,
    );
  });

  it('remembers the request and the plan for the monitor in document properties', () => {
    const props = rt.documentProperties();
    expect(JSON.parse(props['partnerPilot.plan.B0373.v1'])).toMatchObject({
      gateTable: rt.values('Decision log')[1][9],
      staleAfterDays: 14,
    });
    const ctx = context(rt);
    expect(ctx.lastRequest?.record.id).toBe('B0373');
    expect(ctx.nextRecordId).toBe('B0374');
    expect(ctx.log).toHaveLength(1);
  });
});

describe('gate formulas in the written plan', () => {
  const rt = sampleRuntime();
  written(rt, defaultsOf(rt));
  const sheet = 'Pilot plan B0373 v1';
  const values = () => rt.values(sheet);
  const rowOf = (metric: string) =>
    values().findIndex((r) => r[0] === 1 && r[2] === 'Gate review' && r[3] === metric) + 1;
  const cell = (row: number, header: (typeof GATE_TABLE_HEADERS)[number]) =>
    `${columnLetters(gateColumn(header))}${row}`;
  const status = (row: number) => values()[row - 1][gateColumn('Status')];

  it('turn GO, HOLD and STOP as actuals arrive', () => {
    const revenue = rowOf('Partner-sourced revenue');
    const [go, stop] = [
      values()[revenue - 1][gateColumn('GO at')] as number,
      values()[revenue - 1][gateColumn('STOP at')] as number,
    ];
    // Judged against the local clock's today (27 Nov 2026): data as of that day is fresh.
    rt.setCell(sheet, cell(revenue, 'Data as of'), '2026-11-27');
    rt.setCell(sheet, cell(revenue, 'Actual'), go + 1);
    expect(status(revenue)).toBe('GO');
    rt.setCell(sheet, cell(revenue, 'Actual'), (go + stop) / 2);
    expect(status(revenue)).toBe('HOLD');
    rt.setCell(sheet, cell(revenue, 'Actual'), stop - 1);
    expect(status(revenue)).toBe('STOP');
  });

  it('judge lower-is-better metrics the other way round', () => {
    const cac = rowOf('CAC');
    const go = values()[cac - 1][gateColumn('GO at')] as number;
    rt.setCell(sheet, cell(cac, 'Data as of'), '2026-11-27');
    rt.setCell(sheet, cell(cac, 'Actual'), go - 100);
    expect(status(cac)).toBe('GO');
    rt.setCell(sheet, cell(cac, 'Actual'), go * 2);
    expect(status(cac)).toBe('STOP');
  });

  it('turn STALE when the data is older than the limit', () => {
    const spend = rowOf('Co-marketing spend');
    rt.setCell(sheet, cell(spend, 'Actual'), 1);
    rt.setCell(sheet, cell(spend, 'Data as of'), '2026-10-01');
    expect(status(spend)).toBe('STALE');
  });
});

describe('writing the same ID again', () => {
  const rt = sampleRuntime();
  const request = defaultsOf(rt);
  written(rt, request);
  const v1 = {
    plan: rt.values('Pilot plan B0373 v1'),
    formulas: rt.formulas('Pilot plan B0373 v1'),
  };
  const v1Record = rt.values('Decision record B0373 v1');
  const second = written(rt, { ...request, record: { id: 'B0373' }, waves: { count: 2 } });

  it('creates version 2 in new sheets', () => {
    expect(second).toMatchObject({ id: 'B0373', version: 2, supersedes: 1 });
    expect(rt.sheetNames()).toEqual([
      'Partners',
      'Pilot plan B0373 v1',
      'Decision record B0373 v1',
      'Decision log',
      'Gate history',
      'Pilot plan B0373 v2',
      'Decision record B0373 v2',
    ]);
  });

  it('marks v1 superseded by v2 in the log and on its record, overwriting nothing else', () => {
    const log = rt.values('Decision log');
    expect(log).toHaveLength(3);
    expect(log[1].slice(0, 2)).toEqual(['B0373', 1]);
    expect(log[1][DECISION_LOG_HEADERS.indexOf('Superseded by')]).toBe('v2');
    expect(log[2].slice(0, 2)).toEqual(['B0373', 2]);
    expect(log[2][DECISION_LOG_HEADERS.indexOf('Supersedes')]).toBe('B0373 v1');
    const record = rt.values('Decision record B0373 v1');
    const changed = record.flatMap((row, r) =>
      row.flatMap((v, c) => (v === v1Record[r][c] ? [] : [[row[0], v]])),
    );
    expect(changed).toEqual([
      ['Status', 'Superseded by v2 (was Proposed)'],
      ['Superseded by', "B0373 v2: 'Decision record B0373 v2'"],
    ]);
    expect(rt.values('Pilot plan B0373 v1')).toEqual(v1.plan);
    expect(rt.formulas('Pilot plan B0373 v1')).toEqual(v1.formulas);
  });

  it('records what v2 supersedes on its own record', () => {
    const record = rt.values('Decision record B0373 v2');
    expect(record.find((r) => r[0] === 'Supersedes')?.[1]).toBe('B0373 v1');
    expect(record.find((r) => r[0] === 'Version')?.[1]).toBe('v2');
  });

  it('starts a new ID at the next free number', () => {
    const third = written(rt, { ...request, record: { id: context(rt).nextRecordId } });
    expect(third).toMatchObject({ id: 'B0374', version: 1 });
    expect(workbookState(rt).sheets).toContain('Pilot plan B0374 v1');
  });
});
