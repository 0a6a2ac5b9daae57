import { describe, expect, it } from 'vitest';
import { openSnapshot, openWorkbook } from '../../../local/runtime/index';
import { GATE_TABLE_HEADERS } from '../../../src/domain/plan/gate-table';
import type { PlanRequestInput } from '../../../src/shared/plan-types';
import {
  block,
  context,
  defaultsOf,
  generatedRows,
  generatedRuntime,
  HEADER,
  NOW,
  previewOf,
  sampleRuntime,
  workbookState,
  write,
  written,
} from './planner-support';

function rejected(rt: ReturnType<typeof sampleRuntime>, request: PlanRequestInput) {
  const before = workbookState(rt);
  const result = write(rt, request);
  expect(workbookState(rt)).toEqual(before);
  if (result.ok) throw new Error('expected the write to be refused');
  return result.errors;
}

describe('bad input gets field-level errors and nothing is written', () => {
  const rt = sampleRuntime();
  const base = defaultsOf(rt);

  it('an empty table', () => {
    const empty = openWorkbook({ Partners: [HEADER] }, { now: NOW });
    const errors = rejected(empty, defaultsOf(empty));
    expect(errors).toEqual([
      {
        field: 'source.sheetName',
        message: expect.stringContaining('no partner rows below header row 1'),
      },
    ]);
  });

  it('no criterion columns recognised', () => {
    const plain = openWorkbook(
      {
        Partners: [
          ['Name', 'Region'],
          ['A', 'EMEA'],
          ['B', 'APAC'],
        ],
      },
      { now: NOW },
    );
    expect(context(plain).table).toBeNull();
    const errors = rejected(plain, {
      source: {
        sheetName: 'Partners',
        sheetId: null,
        headerRow: 1,
        partnerColumn: 1,
        ownerColumn: null,
        columns: {},
      },
    });
    expect(errors[0]).toMatchObject({
      field: 'source.columns',
      message: expect.stringContaining('No criterion columns recognised'),
    });
  });

  it('every partner invalid or with insufficient data', () => {
    const rows = [
      HEADER,
      ['A', 'x', 'abc', 1, 1, 1, 1, 0.1],
      ['B', 'y', 'xyz', 2, 2, 2, 2, 0.2],
      ['C', 'z', '', '', '', '', '', ''],
    ];
    const bad = openWorkbook({ Partners: rows }, { now: NOW });
    const errors = rejected(bad, defaultsOf(bad));
    expect(errors[0].field).toBe('source.columns');
  });

  it('caps too small for any partner', () => {
    const errors = rejected(rt, {
      ...base,
      waves: { pilotCaps: { comarketingBudget: 100, enablementLoad: null } },
    });
    expect(errors).toEqual([
      {
        field: 'waves.pilotCaps.comarketingBudget',
        message: expect.stringContaining('No ranked partner fits the pilot caps'),
      },
    ]);
  });

  it('an invalid start date', () => {
    const errors = rejected(rt, { ...base, schedule: { startDate: '2026-02-30' } });
    expect(errors).toEqual([
      { field: 'schedule.startDate', message: expect.stringContaining('YYYY-MM-DD') },
    ]);
  });

  it('wave shares that do not add up', () => {
    const errors = rejected(rt, {
      ...base,
      waves: { assignment: { mode: 'share', sharesPercent: [20, 30, 40] } },
    });
    expect(errors).toEqual([
      {
        field: 'waves.assignment.sharesPercent',
        message: 'The wave shares add up to 90%; they must add up to 100%.',
      },
    ]);
  });

  it('a GO threshold worse than its STOP threshold', () => {
    const gates = [{ metrics: [{ metricId: 'sourcedRevenue', goAt: 1000, stopAt: 5000 }] }];
    const errors = rejected(rt, { ...base, gates } as PlanRequestInput);
    expect(errors).toEqual([
      { field: 'gates.0.metrics.0.goAt', message: expect.stringContaining('must be above STOP') },
    ]);
  });

  it('a sidebar box holding text it refused: its field holds the last number, not the text', () => {
    const unread = {
      'f-gates-0-metrics-0-goAt': {
        text: '95,000',
        name: 'Pilot: Partner-sourced revenue GO',
        step: 3,
      },
    };
    const errors = rejected(rt, { ...base, unread } as PlanRequestInput);
    expect(errors).toEqual([
      {
        field: 'unread',
        message:
          'Not written: these boxes hold text that is not a number: Pilot: Partner-sourced revenue GO ("95,000").',
      },
    ]);
    const ja = rejected(rt, { ...base, language: 'ja', unread } as PlanRequestInput);
    expect(ja[0].message).toBe(
      '次の欄が数値として読めないため、書き出していません：Pilot: Partner-sourced revenue GO（「95,000」）。',
    );
    // Kept with the draft, so a reopened sidebar shows the text again.
    expect(rt.run('saveDraftRequest', { ...base, unread })).toBe(true);
    expect(context(rt).lastRequest?.unread).toEqual(unread);
  });

  it('a source sheet renamed since the context was read', () => {
    const errors = rejected(rt, { source: { ...base.source, sheetName: 'Partner list' } });
    expect(errors).toEqual([
      {
        field: 'source.sheetName',
        message:
          "The sheet 'Partner list' was renamed to 'Partners'. Choose it again in the data step.",
      },
    ]);
  });

  it('a source sheet deleted or replaced since the context was read', () => {
    const errors = rejected(rt, { source: { ...base.source, sheetId: 4242 } });
    expect(errors[0]).toMatchObject({
      field: 'source.sheetName',
      message: expect.stringContaining('deleted or replaced'),
    });
  });

  it('no source at all', () => {
    expect(rejected(rt, {} as PlanRequestInput)).toEqual([
      { field: 'source', message: expect.any(String) },
    ]);
  });

  it('previewing never writes', () => {
    const before = workbookState(rt);
    const preview = previewOf(rt, base);
    expect(preview.ok).toBe(true);
    expect(workbookState(rt)).toEqual(before);
  });
});

describe('duplicate partner names', () => {
  it('are allowed but flagged, in the answer and on the plan', () => {
    const rows = [
      HEADER,
      ['Acme', 'o', 5, 1000, 10, 50000, 2000, 0.3],
      ['Acme', 'p', 6, 2000, 20, 60000, 2100, 0.2],
      ['Beta', 'q', 7, 3000, 30, 70000, 2200, 0.1],
    ];
    const rt = openWorkbook({ Partners: rows }, { now: NOW });
    const result = write(rt, { ...defaultsOf(rt), waves: { count: 1 } });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([
      {
        field: 'source.partnerColumn',
        message: expect.stringContaining('2 rows share the partner name "Acme" (rows 2, 3)'),
      },
    ]);
    const partners = block(rt.values('Pilot plan B0373 v1'), 'Partners, ranked by score').slice(1);
    expect(partners.filter((r) => String(r[7]).includes('(duplicate name)'))).toHaveLength(2);
  });
});

describe("the user's own sheets", () => {
  it('a sheet already called Decision log is left alone; the log goes beside it', () => {
    const theirs = [
      ['Date', 'Decision', 'Owner'],
      ['2026-10-01', 'Drop the referral tier', 'Dana'],
    ];
    const rt = openWorkbook({ Partners: generatedRows(12), 'Decision log': theirs }, { now: NOW });
    const before = { values: rt.values('Decision log'), formulas: rt.formulas('Decision log') };
    const first = written(rt, defaultsOf(rt));
    const second = written(rt, { ...defaultsOf(rt), record: { id: first.id } });
    expect({ values: rt.values('Decision log'), formulas: rt.formulas('Decision log') }).toEqual(
      before,
    );
    expect([first.log.name, second.log.name]).toEqual(['Decision log (2)', 'Decision log (2)']);
    const log = rt.values('Decision log (2)');
    expect(log.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['B0373', 1, 'v2'],
      ['B0373', 2, ''],
    ]);
    expect(context(rt).sheets.find((s) => s.name === 'Decision log')?.writtenByPlanner).toBe(false);
  });
});

describe('formula injection', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3+4', '@SUM(A1)'];
  // An apostrophe makes the source cells text, as a person would have to type them.
  const rows = [
    HEADER,
    ...hostile.map((name, i) => [
      `'${name}`,
      `'${hostile[(i + 1) % 4]}`,
      3 + i,
      1000 * (i + 1),
      10 + i,
      50000 + i * 9000,
      2000 + i * 300,
      0.1 * (i + 1),
    ]),
  ];
  const rt = openWorkbook({ Partners: rows }, { now: NOW });
  const result = write(rt, {
    ...defaultsOf(rt),
    waves: { count: 2 },
    people: {
      decisionMaker: '=IMPORTXML("http://evil.example","//a")',
      escalation: ['-1', '@boss'],
    },
    record: { title: '+SUM(1,2)', stopConditions: ['=1/0'] },
  });

  it('writes partner names, owners and free text as text, never formulas', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sheet = 'Pilot plan B0373 v1';
    const values = rt.values(sheet);
    const formulas = rt.formulas(sheet);
    const partners = block(values, 'Partners, ranked by score').slice(1);
    expect(partners.map((r) => r[1]).sort()).toEqual([...hostile].sort());
    expect(partners.map((r) => r[2]).sort()).toEqual([...hostile].sort());
    const start = values.findIndex((r) => r[0] === 'Partners, ranked by score') + 2;
    for (let r = start; r < start + 4; r++)
      expect([formulas[r][1], formulas[r][2]]).toEqual(['', '']);
    const who = block(values, 'Owners and escalation');
    expect(who.find((r) => r[0] === 'Decision maker')?.[1]).toBe(
      '=IMPORTXML("http://evil.example","//a")',
    );
    expect(who.find((r) => r[0] === 'Escalation 2')?.[1]).toBe('@boss');
    expect(values[0][0]).toBe('Pilot plan B0373 v1: +SUM(1,2)');
    expect(block(values, 'Stop conditions').some((r) => r[1] === '=1/0')).toBe(true);
    // In the plan's blocks only the gate statuses and the summary's verdicts and next
    // reviews are formulas; beside them, the trend and chart cells name the plan's cells
    // and never hold its text.
    const width = GATE_TABLE_HEADERS.length;
    const formulaCells = formulas.flatMap((r) => r.slice(0, width)).filter((f) => f !== '');
    expect(formulaCells.every((f) => /^=(GATE_STATUS|IF)\(/.test(f))).toBe(true);
    const beside = formulas.flatMap((r) => r.slice(width)).filter((f) => f !== '');
    expect(beside.length).toBeGreaterThan(partners.length);
    for (const text of hostile) expect(beside.some((f) => f.includes(text))).toBe(false);
  });

  it('writes the record and the log title as text', () => {
    const record = 'Decision record B0373 v1';
    expect(rt.values(record)[0][0]).toBe('B0373: +SUM(1,2)');
    expect(
      rt
        .formulas(record)
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(rt.values('Decision log')[1][2]).toBe('+SUM(1,2)');
    expect(rt.formulas('Decision log')[1][2]).toBe('');
  });
});

describe('batch I/O', () => {
  it('takes the same service calls for 10, 100 and 1,000 partners', () => {
    const counts = [10, 100, 1000].map((n) => {
      const rt = generatedRuntime(n);
      const request = defaultsOf(rt);
      written(rt, request);
      const calls = rt.lastServiceCalls();
      // The gate table sits at the same place whatever the number of partners.
      expect(rt.values('Decision log')[1][9]).toBe('A18:O60');
      return calls;
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
    // One read of the source table.
    expect(counts[0]['Range.getValues']).toBe(1);
  });
});

describe('no half-written version', () => {
  it('a failure part-way keeps nothing and restores what it marked', () => {
    const first = sampleRuntime();
    const request = defaultsOf(first);
    written(first, request);
    // Fill the document property store to just under Apps Script's 500 KB, so storing
    // version 2's plan properties fails after its sheets were created and v1 was marked.
    const snapshot = first.snapshot();
    const used = Object.entries(snapshot.documentProperties).reduce(
      (t, [k, v]) => t + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    let room = 500 * 1024 - used - 40;
    for (let i = 0; room > 0; i++) {
      const key = `filler${String(i).padStart(3, '0')}`;
      const size = Math.min(9000, room - key.length);
      snapshot.documentProperties[key] = 'x'.repeat(Math.max(0, size));
      room -= key.length + Math.max(0, size);
    }
    const rt = openSnapshot(snapshot, { now: NOW });
    const before = workbookState(rt);
    const result = write(rt, { ...request, record: { id: 'B0373' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: '',
        message: expect.stringContaining(
          'failed part-way (You have exceeded the property storage quota',
        ),
      },
    ]);
    expect(workbookState(rt)).toEqual(before);
  });
});

describe('a fault at the commit point', () => {
  it('the log row failing leaves neither v2 nor the marks on v1', () => {
    const rt = sampleRuntime();
    const request = defaultsOf(rt);
    written(rt, request);
    const before = workbookState(rt);
    // setValues calls of a second version: plan, record, v1's record fields, then the log row.
    rt.failOn('Range.setValues', 4);
    const result = write(rt, { ...request, record: { id: 'B0373' } });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: '', message: expect.stringContaining('failed part-way') }],
    });
    expect(workbookState(rt)).toEqual(before);
    // And the next attempt writes v2 cleanly.
    expect(written(rt, { ...request, record: { id: 'B0373' } }).version).toBe(2);
  });

  it('a fault while writing the plan sheet of a first version leaves no sheet and no log', () => {
    const rt = sampleRuntime();
    const request = defaultsOf(rt);
    const before = workbookState(rt);
    rt.failOn('Range.setFontWeights', 1);
    expect(write(rt, request).ok).toBe(false);
    expect(workbookState(rt)).toEqual(before);
  });
});

describe('the document lock', () => {
  it('refuses to write while another execution holds it', () => {
    const rt = sampleRuntime();
    const request = defaultsOf(rt);
    const release = rt.holdDocumentLock();
    const before = workbookState(rt);
    const result = write(rt, request);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: '', message: expect.stringContaining('Another plan is being written') }],
    });
    expect(workbookState(rt)).toEqual(before);
    release();
    expect(write(rt, request).ok).toBe(true);
  });

  it('waits for a lock released soon, then writes the next version after the other one', () => {
    const rt = sampleRuntime();
    const request = defaultsOf(rt);
    written(rt, request);
    rt.holdDocumentLock({ forMs: 5000 });
    const second = written(rt, { ...request, record: { id: 'B0373' } });
    expect(second.version).toBe(2);
  });
});
