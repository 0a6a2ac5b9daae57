import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCsv, openWorkbook } from '../../local/runtime/index';
import { openFixture } from './fixture';

describe('custom functions in the workbook engine', () => {
  it('receive a range as a 2-D array of Apps Script values', () => {
    const rt = openFixture({
      Data: [
        [5, 'text', '2026-01-15', '32%', '', true],
        ['=A1+1', '', '', '', '', false],
        [],
        ['=PARTNER_SCORE(A1:F2)'],
      ],
    });
    const column = rt.values('Data').map((row) => row[0]);
    expect(column.slice(3, 5)).toEqual([
      'number:5|string:text|Date:2026-01-15|number:0.32|string:|boolean:true',
      'number:6|string:|string:|string:|string:|boolean:false',
    ]);
  });

  it('receive a single cell as a scalar, a date cell as a Date', () => {
    const rt = openFixture({
      Data: [[7, '=PARTNER_SCORE(A1)', '2026-03-02', '=PARTNER_SCORE(C1)']],
    });
    expect(rt.values('Data')[0][1]).toBe('number:7');
    expect(rt.values('Data')[0][3]).toBe('Date:2026-03-02');
  });

  it('receive a 1×1 range as a scalar too, a date cell as a Date (as a one-row gate table passes it)', () => {
    const rt = openFixture({
      Data: [[7, '=PARTNER_SCORE(A1:A1)', '2026-03-02', '=PARTNER_SCORE(C1:C1)']],
    });
    expect(rt.values('Data')[0][1]).toBe('number:7');
    expect(rt.values('Data')[0][3]).toBe('Date:2026-03-02');
  });

  it('spill a 2-D result below the formula, recalculate on edits, and block on occupied cells', () => {
    const rt = openFixture({ Data: [[1], [2], [3], ['=GATE_STATUS(A1:A3)']] });
    expect(rt.values('Data').map((r) => r[0])).toEqual([1, 2, 3, 'HOLD', 'GO', 'GO']);
    expect(rt.formulas('Data').map((r) => r[0])).toEqual([
      '',
      '',
      '',
      '=GATE_STATUS(A1:A3)',
      '',
      '',
    ]);
    rt.setCell('Data', 'A1', '5');
    expect(rt.values('Data')[3][0]).toBe('GO');
    rt.setCell('Data', 'A6', 'in the way');
    expect(rt.values('Data')[3][0]).toBe('#REF!');
    expect(rt.cellErrors('Data').A4).toMatch(/overwrite data/);
  });

  it('show an Error thrown by the function on the cell, with its message', () => {
    const rt = openFixture({ Data: [[1, '=PARTNER_SCORE(A1, 2, "throw")']] });
    expect(rt.values('Data')[0][1]).toBe('#ERROR!');
    expect(rt.cellErrors('Data')).toEqual({ B1: 'bad weights: 2' });
  });

  it('may not write to the sheet', () => {
    const rt = openFixture({ Data: [[1, '=PARTNER_SCORE(A1, 0, "write")']] });
    expect(rt.cellErrors('Data').B1).toBe('You do not have permission to call setValue');
  });

  it('report a result wider than the one column the engine reserves', () => {
    const rt = openFixture({ Data: [[1, '=PARTNER_SCORE(A1, 0, "wide")']] });
    expect(rt.cellErrors('Data').B1).toMatch(/1 rows by 2 columns/);
  });
});

describe('the add-on’s own PARTNER_SCORE over the sample', () => {
  const code = fileURLToPath(new URL('../../dist/Code.js', import.meta.url));
  const sample = fileURLToPath(new URL('../../samples/partners.csv', import.meta.url));

  beforeAll(() => {
    if (!existsSync(code)) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  });

  it('scores every partner row and rescores a row when a criterion changes', () => {
    const rt = openCsv(sample, { sheetName: 'Partners' });
    rt.setCell('Partners', 'K1', '=PARTNER_SCORE(E1:J41)');
    const scores = rt.values('Partners').map((row) => row[10]);
    expect(scores).toHaveLength(41);
    const numeric = scores.slice(1).filter((s): s is number => typeof s === 'number');
    expect(numeric.length).toBeGreaterThan(30);
    for (const s of numeric) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of numeric) expect(s).toBeLessThanOrEqual(100);
    const before = scores[1];
    rt.setCell('Partners', 'I2', '100'); // Northwind's CAC drops to the lowest
    expect(rt.values('Partners')[1][10]).not.toBe(before);
    expect(rt.values('Partners')[1][10]).toBeGreaterThan(before as number);
  });
});

describe('an argument left empty in the middle of a formula', () => {
  // Sheets passes a skipped argument to a custom function as '' (public report:
  // rgertenbach/Reshape#10, "Empty params are === ''"); the engine does the same.
  it.each([
    ['en_US', '=GATE_STATUS(95000, 90000, 50000, "2062-11-20", , "2026-11-27")'],
    ['de_DE', '=GATE_STATUS(95000; 90000; 50000; "2062-11-20"; ; "2026-11-27")'],
  ])('%s: %s is Invalid (a future as_of), not GO', (locale, formula) => {
    const rt = openWorkbook({ Gates: [[formula]] }, { locale });
    expect(rt.values('Gates')[0][0]).toBe('Invalid as_of: 2062-11-20 is after today (2026-11-27)');
  });

  it('a skipped max_age_days takes the default of 14 days', () => {
    const rt = openWorkbook({
      Gates: [
        ['=GATE_STATUS(95000, 90000, 50000, "2026-11-13", , "2026-11-27")'],
        ['=GATE_STATUS(95000, 90000, 50000, "2026-11-12", , "2026-11-27")'],
      ],
    });
    expect(rt.values('Gates').map((row) => row[0])).toEqual(['GO', 'STALE']);
  });
});
