/**
 * A fresh-eyes tester's filled-down rows (2026-12-01, finding 4): a name cell
 * `=VLOOKUP("zz",…)` showing #N/A over criteria `=IFERROR(VLOOKUP(…),0)` was scored as a
 * partner named "#N/A" (Acme 98.04 → 73.05), planned, and its zeros went into baselines.
 */
import { describe, expect, it } from 'vitest';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { readHeader } from '../../../src/domain/scoring/table-header';
import type { ScoringSpec } from '../../../src/shared/plan-types';
import { EN_US } from '../../support/sheet-settings';

const HEADER = ['Partner', 'Capability', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage'];
const PARTNERS = [
  ['Acme', 8, 20000, 60, 750000, 3000, 0.4],
  ['Beta', 5, 35000, 120, 300000, 5500, 0.25],
  ['Gamma', 7, 18000, 90, 420000, 4200, 0.3],
  ['Delta', 6, 22000, 70, 500000, 3500, 0.35],
];
const scores = (rows: unknown[][]) =>
  partnerScore([HEADER, ...rows], undefined, undefined, EN_US).map((r) => r[0]);
const ALONE = scores(PARTNERS);
const zeros = (name: string) => [name, 0, 0, 0, 0, 0, 0];

const EQUAL: ScoringSpec = {
  weights: {
    capability: 1,
    comarketingBudget: 1,
    enablementLoad: 1,
    sourcedRevenue: 1,
    cac: 1,
    coverageGap: 1,
  },
  method: 'minmax',
  uncertainty: 0.25,
};

function planRows(rows: unknown[][]) {
  const table = [HEADER, ...rows];
  const header = readHeader(HEADER);
  const columns = Object.fromEntries(
    Object.entries(header.columns).map(([id, c]) => [id, (c as number) + 1]),
  );
  const source = {
    sheetName: 'Partners',
    sheetId: 0,
    headerRow: 1,
    partnerColumn: 1,
    ownerColumn: null,
    columns,
  };
  const result = scoreSourceRows(table, source, EQUAL, undefined, EN_US);
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

describe('a row whose name is a formula error', () => {
  it('of zeros is filler: left out, and the partners keep their scores (Acme 98.04)', () => {
    // #NV and #WERT! as a German Sheets writes them.
    const errors = ['#N/A', '#REF!', ' #VALUE! ', '#NV', '#WERT!'];
    const result = scores([...PARTNERS, ...errors.map(zeros)]);
    expect(Math.round((ALONE[1] as number) * 100) / 100).toBe(98.04);
    expect(result.slice(0, 5)).toEqual(ALONE);
    expect(result.slice(5)).toEqual(['', '', '', '', '']);
  });

  it('with blank values is blank', () => {
    expect(scores([...PARTNERS, ['#N/A', '', '', '', '', '', '']])[5]).toBe('');
  });

  it('with values is Invalid, naming the cell, and moves no one', () => {
    const result = scores([...PARTNERS, ['#N/A', 9, 10000, 30, 900000, 2000, 0.5]]);
    expect(result[5]).toBe(
      'Invalid Partner: "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
    );
    expect(result.slice(0, 5)).toEqual(ALONE);
  });

  it('is not planned: no "#N/A" partner, no zeros in the baselines', () => {
    const plain = planRows(PARTNERS);
    const result = planRows([...PARTNERS, zeros('#N/A'), ['#N/A', '', '', '', '', '', '']]);
    expect(result.rows).toEqual(plain.rows);
    expect(result.warnings).toEqual([]);
    const valued = planRows([...PARTNERS, ['#N/A', 9, 10000, 30, 900000, 2000, 0.5]]);
    const bad = valued.rows.filter((r) => r.outcome.kind !== 'score');
    expect(bad.map((r) => [r.name, r.outcome.kind])).toEqual([['(no name, row 6)', 'invalid']]);
    expect(valued.rows.filter((r) => r.outcome.kind === 'score')).toEqual(plain.rows);
  });
});
