import { describe, expect, it } from 'vitest';
import { amountStyle } from '../../../src/domain/plan/amount-style';
import { equalWeights } from '../../../src/domain/plan/defaults';
import {
  type RankingInput,
  rankPartners,
  type SourceRow,
  waveSizes,
} from '../../../src/domain/plan/ranking';
import type { CriterionId } from '../../../src/domain/scoring/criteria';
import { conventionsFor } from '../../../src/domain/values/locales';

const ALL: CriterionId[] = [
  'capability',
  'comarketingBudget',
  'enablementLoad',
  'sourcedRevenue',
  'cac',
  'coverageGap',
];

function scored(
  sheetRow: number,
  score: number,
  values: Partial<Record<CriterionId, number>> = {},
): SourceRow {
  const full = {
    capability: 5,
    comarketingBudget: 10,
    enablementLoad: 10,
    sourcedRevenue: 100,
    cac: 5,
    coverageGap: 0.3,
    ...values,
  };
  const normalised = Object.fromEntries(ALL.map((id) => [id, 0.5])) as Record<CriterionId, number>;
  return {
    sheetRow,
    name: `P${sheetRow}`,
    owner: 'o',
    outcome: { kind: 'score', score, values: full, normalised },
  };
}

function input(rows: SourceRow[], over: Partial<RankingInput> = {}): RankingInput {
  return {
    rows,
    weights: equalWeights(),
    waveCount: 3,
    waveNames: ['Pilot', 'Expand', 'Scale'],
    assignment: { mode: 'share', sharesPercent: [20, 30, 50] },
    pilotCaps: { comarketingBudget: null, enablementLoad: null },
    mapped: ALL,
    ...over,
  };
}

const tenPartners = () => Array.from({ length: 10 }, (_, i) => scored(i + 2, 90 - i * 5));

describe('wave sizes', () => {
  it('splits by cumulative shares so sizes add up to every partner', () => {
    expect(waveSizes(40 - 1, { mode: 'share', sharesPercent: [20, 30, 50] })).toEqual([8, 12, 19]);
    expect(waveSizes(10, { mode: 'share', sharesPercent: [20, 30, 50] })).toEqual([2, 3, 5]);
    expect(
      waveSizes(7, { mode: 'share', sharesPercent: [33.33, 33.33, 33.34] }).reduce((a, b) => a + b),
    ).toBe(7);
  });

  it('gives the pilot at least one partner', () => {
    expect(waveSizes(2, { mode: 'share', sharesPercent: [20, 80] })).toEqual([1, 1]);
    expect(waveSizes(1, { mode: 'share', sharesPercent: [10, 90] })).toEqual([1, 0]);
  });

  it('takes explicit counts as they are', () => {
    expect(waveSizes(10, { mode: 'count', counts: [3, 4] })).toEqual([3, 4]);
  });
});

describe('ranking into waves', () => {
  it('puts the top scores in the pilot and keeps rank order across waves', () => {
    const rows = tenPartners().reverse();
    const { partners, errors } = rankPartners(input(rows));
    expect(errors).toEqual([]);
    expect(partners.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(partners.map((p) => p.wave)).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(partners[0].name).toBe('P2');
  });

  it('breaks equal scores by the stated rule, whatever the row order', () => {
    const { partners } = rankPartners(input([scored(5, 50), scored(3, 50), scored(4, 60)]));
    // Same data and revenue: by name, P3 before P5.
    expect(partners.map((p) => p.sheetRow)).toEqual([4, 3, 5]);
  });

  it('never lets insufficient or invalid rows into any wave, and says what would admit them', () => {
    const rows: SourceRow[] = [
      ...tenPartners(),
      {
        sheetRow: 20,
        name: 'Gap Co',
        owner: '',
        outcome: {
          kind: 'insufficient',
          values: { capability: 3 },
          missing: ['cac', 'coverageGap'],
        },
      },
      {
        sheetRow: 21,
        name: 'Bad Co',
        owner: '',
        outcome: {
          kind: 'invalid',
          column: 'CAC',
          cell: 'abc',
          message: 'Invalid CAC ($): "abc"',
        },
      },
    ];
    const { partners } = rankPartners(input(rows));
    const gap = partners.find((p) => p.name === 'Gap Co');
    const bad = partners.find((p) => p.name === 'Bad Co');
    expect(gap).toMatchObject({ status: 'insufficient', wave: null, rank: null });
    expect(gap?.reason).toContain('CAC, Coverage gap filled');
    expect(gap?.admitWhen).toBe('Enter CAC, Coverage gap filled in row 20.');
    expect(bad).toMatchObject({ status: 'invalid', wave: null });
    expect(bad?.reason).toBe('Invalid CAC ($): "abc"');
    expect(bad?.admitWhen).toBe('Correct CAC in row 21 to a number.');
  });

  it('takes partners in score order while the pilot caps hold and names who the caps moved', () => {
    const rows = tenPartners();
    rows[0] = scored(2, 90, { comarketingBudget: 50 });
    rows[1] = scored(3, 85, { comarketingBudget: 30 });
    rows[2] = scored(4, 80, { comarketingBudget: 10 });
    const { partners, errors } = rankPartners(
      input(rows, { pilotCaps: { comarketingBudget: 45, enablementLoad: null } }),
    );
    expect(errors).toEqual([]);
    const byRow = new Map(partners.map((p) => [p.sheetRow, p]));
    // #1 (50) breaks the cap alone; #2 (30) and #3 (10) fit: 40 ≤ 45.
    expect(byRow.get(3)?.wave).toBe(1);
    expect(byRow.get(4)?.wave).toBe(1);
    expect(byRow.get(2)?.wave).toBe(2);
    expect(byRow.get(2)?.reason).toMatch(
      /Ranked #1 but moved out of Pilot: .*budget cap of \$45 would be exceeded; in Expand\./,
    );
  });

  it('writes the caps as a de_DE spreadsheet writes amounts', () => {
    const rows = tenPartners().map((r, i) =>
      i === 0 ? scored(2, 90, { comarketingBudget: 50_000, enablementLoad: 2_000 }) : r,
    );
    const de = amountStyle(conventionsFor('de_DE'), { symbol: '€', before: false });
    const budget = rankPartners(
      input(rows, {
        pilotCaps: { comarketingBudget: 45_000, enablementLoad: null },
        amounts: de,
      }),
    );
    expect(budget.partners[0].reason).toContain('budget cap of 45.000 € would be exceeded');
    const load = rankPartners(
      input(rows, {
        pilotCaps: { comarketingBudget: null, enablementLoad: 1_500 },
        amounts: de,
      }),
    );
    expect(load.partners.find((p) => p.sheetRow === 2)?.reason).toContain(
      'enablement cap of 1.500 hours',
    );
  });

  it('counts the enablement cap too', () => {
    const rows = tenPartners().map((r) => ({ ...r }));
    const { partners } = rankPartners(
      input(rows, { pilotCaps: { comarketingBudget: null, enablementLoad: 10 } }),
    );
    expect(partners.filter((p) => p.wave === 1)).toHaveLength(1);
    expect(partners[1].reason).toContain('enablement cap of 10 hours');
  });

  it('reports caps too small for any partner on the cap field', () => {
    const { errors } = rankPartners(
      input(tenPartners(), { pilotCaps: { comarketingBudget: 5, enablementLoad: null } }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: 'waves.pilotCaps.comarketingBudget' }),
    ]);
    expect(errors[0].message).toContain('No ranked partner fits the pilot caps');
  });

  it('reports counts larger than the ranked partners', () => {
    const { errors } = rankPartners(
      input(tenPartners(), { assignment: { mode: 'count', counts: [5, 5, 5] } }),
    );
    expect(errors[0]).toMatchObject({ field: 'waves.assignment.counts' });
    expect(errors[0].message).toContain('add up to 15 partners but only 10');
  });

  it('leaves partners beyond explicit counts unassigned, saying why', () => {
    const { partners } = rankPartners(
      input(tenPartners(), { assignment: { mode: 'count', counts: [2, 2, 2] } }),
    );
    expect(partners.filter((p) => p.status === 'unassigned')).toHaveLength(4);
    expect(partners[9].reason).toBe('Ranked #10, beyond the partners the waves take.');
  });

  it('rejects waves left empty by too few partners', () => {
    const { errors } = rankPartners(input(tenPartners().slice(0, 2)));
    expect(errors.map((e) => e.field)).toContain('waves.assignment.sharesPercent');
  });

  it('flags duplicate names as a warning, not an error', () => {
    const rows = tenPartners();
    rows[3] = { ...rows[3], name: 'P2 ' };
    const { partners, errors, warnings } = rankPartners(input(rows));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ field: 'source.partnerColumn' })]);
    expect(warnings[0].message).toContain('rows 2, 5');
    expect(partners.filter((p) => p.duplicateName)).toHaveLength(2);
  });

  it('names the criterion that helps and the one that hurts each partner most', () => {
    const row = scored(2, 70);
    if (row.outcome.kind !== 'score') throw new Error('fixture');
    row.outcome.normalised = {
      capability: 1,
      comarketingBudget: 0.5,
      enablementLoad: 0.5,
      sourcedRevenue: 0.5,
      cac: 0,
      coverageGap: 0.5,
    };
    const { partners } = rankPartners(
      input([row, scored(3, 10)], {
        waveCount: 1,
        waveNames: ['Pilot'],
        assignment: { mode: 'share', sharesPercent: [100] },
      }),
    );
    expect(partners[0]).toMatchObject({ helps: 'capability', hurts: 'cac' });
  });

  it('says when a partner was scored without a weighted criterion', () => {
    const row = scored(2, 70);
    if (row.outcome.kind !== 'score') throw new Error('fixture');
    delete row.outcome.normalised.capability;
    const { partners } = rankPartners(
      input([row, scored(3, 10)], {
        waveCount: 1,
        waveNames: ['Pilot'],
        assignment: { mode: 'share', sharesPercent: [100] },
      }),
    );
    expect(partners[0].reason).toBe('Scored without Partner capability (no value in row 2).');
  });
});

describe('ties at a wave boundary', () => {
  // Ten partners, the pilot takes 2: rows 3 and 4 both show 98.0 (98.04 and 98.01).
  const tied = (revenueOf3: number, revenueOf4: number) => {
    const rows = tenPartners();
    rows[1] = scored(3, 98.04, { sourcedRevenue: revenueOf3 });
    rows[2] = scored(4, 98.01, { sourcedRevenue: revenueOf4 });
    rows[0] = scored(2, 99);
    return rankPartners(input(rows));
  };

  it('orders partners equal as shown by higher partner-sourced revenue, and says so', () => {
    const { partners, notes } = tied(100, 500);
    const [p3, p4] = [3, 4].map((r) => partners.find((p) => p.sheetRow === r));
    // Row 4 scores 98.01 but has more revenue: it takes the pilot place.
    expect(p4).toMatchObject({ wave: 1, rank: 2 });
    expect(p3).toMatchObject({ wave: 2, rank: 3 });
    expect(p3?.reason).toBe(
      'Tied at 98.0 with P4, who goes first by higher partner-sourced revenue.',
    );
    expect(notes).toEqual([
      expect.stringMatching(
        /^Tie at 98\.0: P4 goes to Pilot and P3 to Expand, by higher partner-sourced revenue \(the tie rule: equal scores/,
      ),
    ]);
  });

  it('writes the tied score with the locale decimal mark, as its Score cell shows it', () => {
    const rows = tenPartners();
    rows[1] = scored(3, 98.04, { sourcedRevenue: 100 });
    rows[2] = scored(4, 98.01, { sourcedRevenue: 500 });
    rows[0] = scored(2, 99);
    const de = amountStyle(conventionsFor('de_DE'), { symbol: '€', before: false });
    const { notes } = rankPartners(input(rows, { amounts: de }));
    expect(notes[0]).toMatch(/^Tie at 98,0: P4 goes to Pilot/);
  });

  it('puts more complete data first, before revenue', () => {
    const rows = tenPartners();
    rows[0] = scored(2, 99);
    rows[1] = scored(3, 98.04, { sourcedRevenue: 900 });
    const partial = scored(3, 98.04, { sourcedRevenue: 900 });
    rows[1] = {
      ...partial,
      outcome: {
        ...(partial.outcome as { kind: 'score'; score: number; values: {}; normalised: {} }),
        normalised: {
          capability: 0.5,
          comarketingBudget: 0.5,
          enablementLoad: 0.5,
          sourcedRevenue: 0.5,
          cac: 0.5,
        },
      },
    } as SourceRow;
    rows[2] = scored(4, 98.01, { sourcedRevenue: 100 });
    const { partners, notes } = rankPartners(input(rows));
    expect(partners.find((p) => p.sheetRow === 4)?.wave).toBe(1);
    expect(partners.find((p) => p.sheetRow === 3)?.scoredWithout).toEqual(['coverageGap']);
    expect(notes[0]).toContain('by more complete data');
  });

  it('states nothing when equal scores share a wave', () => {
    const rows = tenPartners();
    rows[5] = scored(7, 65, { sourcedRevenue: 1 });
    expect(rankPartners(input(rows)).notes).toEqual([]);
  });
});

describe('choices on the data step', () => {
  const choices = (over: Partial<RankingInput['choices'] & object>) => ({
    exclusions: [],
    pins: [],
    requireCompleteData: false,
    ...over,
  });

  it('excludes a partner by hand with its reason, from every wave', () => {
    const { partners } = rankPartners(
      input(tenPartners(), {
        choices: choices({ exclusions: [{ sheetRow: 2, name: 'P2', reason: 'Test account' }] }),
      }),
    );
    const p2 = partners.find((p) => p.sheetRow === 2);
    expect(p2).toMatchObject({ status: 'excluded', wave: null, rank: null, score: 90 });
    expect(p2?.reason).toBe('Excluded by hand: Test account');
    // The next best takes its place at rank 1, and nine partners fill the waves.
    expect(partners[0]).toMatchObject({ sheetRow: 3, rank: 1, wave: 1 });
    expect(partners.filter((p) => p.wave !== null)).toHaveLength(9);
  });

  it('follows a moved row by its name, and warns when no row holds it', () => {
    const moved = rankPartners(
      input(tenPartners(), {
        choices: choices({ exclusions: [{ sheetRow: 40, name: 'p5', reason: 'Legal review' }] }),
      }),
    );
    expect(moved.partners.find((p) => p.sheetRow === 5)?.status).toBe('excluded');
    const gone = rankPartners(
      input(tenPartners(), {
        choices: choices({ exclusions: [{ sheetRow: 5, name: 'Nobody', reason: 'x' }] }),
      }),
    );
    expect(gone.partners.some((p) => p.status === 'excluded')).toBe(false);
    expect(gone.warnings).toEqual([
      expect.objectContaining({
        field: 'partners.exclusions.0',
        message: expect.stringContaining('not applied'),
      }),
    ]);
  });

  it('pins a low-ranked partner to the pilot, which then takes one fewer by rank', () => {
    const { partners } = rankPartners(
      input(tenPartners(), {
        choices: choices({ pins: [{ sheetRow: 11, name: 'P11', wave: 1 }] }),
      }),
    );
    const pilot = partners.filter((p) => p.wave === 1);
    expect(pilot.map((p) => p.sheetRow)).toEqual([2, 11]);
    expect(pilot[1]).toMatchObject({ pinned: true, rank: 10 });
    expect(pilot[1].reason).toBe('Pinned to Pilot by hand (ranked #10).');
    expect(partners.filter((p) => p.wave === 2).map((p) => p.sheetRow)).toEqual([3, 4, 5]);
  });

  it('lets partial data into waves by default and keeps it out when complete data is required', () => {
    const rows = tenPartners();
    const gap = rows[0] as SourceRow & { outcome: { kind: 'score'; normalised: {} } };
    gap.outcome.normalised = { capability: 0.5 };
    const allowed = rankPartners(input(rows));
    expect(allowed.partners[0]).toMatchObject({ sheetRow: 2, wave: 1 });
    expect(allowed.partners[0].scoredWithout).toHaveLength(5);
    const required = rankPartners(input(rows, { choices: choices({ requireCompleteData: true }) }));
    const p2 = required.partners.find((p) => p.sheetRow === 2);
    expect(p2).toMatchObject({ wave: null, status: 'unassigned' });
    expect(p2?.reason).toContain('Complete data is required, so it enters no wave.');
    expect(required.partners.filter((p) => p.wave !== null)).toHaveLength(9);
  });
});
