/**
 * Pins that cannot hold as asked are warned about (tester 2, finding 7): a pinned row with
 * no score, a pin that carries the pilot past its caps, and pins that grow a wave past its
 * share, in English and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { equalWeights } from '../../../src/domain/plan/defaults';
import { type RankingInput, rankPartners, type SourceRow } from '../../../src/domain/plan/ranking';
import type { CriterionId } from '../../../src/domain/scoring/criteria';
import type { PartnerChoices } from '../../../src/shared/plan-types';

const ALL: CriterionId[] = [
  'capability',
  'comarketingBudget',
  'enablementLoad',
  'sourcedRevenue',
  'cac',
  'coverageGap',
];

/** Partner P<row>, its score falling with the row; budget 10 and load 4 per wave. */
function scored(sheetRow: number): SourceRow {
  const values = {
    capability: 5,
    comarketingBudget: 10,
    enablementLoad: 4,
    sourcedRevenue: 100,
    cac: 5,
    coverageGap: 0.3,
  };
  const normalised = Object.fromEntries(ALL.map((id) => [id, 0.5])) as Record<CriterionId, number>;
  return {
    sheetRow,
    name: `P${sheetRow}`,
    owner: 'o',
    outcome: { kind: 'score', score: 100 - sheetRow, values, normalised },
  };
}

const GAP: SourceRow = {
  sheetRow: 30,
  name: 'Gap Co',
  owner: '',
  outcome: { kind: 'insufficient', values: { capability: 3 }, missing: ['cac'] },
};

/** Ten scored partners (rows 2–11; the pilot takes 2 at 20 %) and Gap Co, with `pins`. */
function ranked(pins: PartnerChoices['pins'], over: Partial<RankingInput> = {}) {
  return rankPartners({
    rows: [...Array.from({ length: 10 }, (_, i) => scored(i + 2)), GAP],
    weights: equalWeights(),
    waveCount: 3,
    waveNames: ['Pilot', 'Expand', 'Scale'],
    assignment: { mode: 'share', sharesPercent: [20, 30, 50] },
    pilotCaps: { comarketingBudget: null, enablementLoad: null },
    mapped: ALL,
    choices: { exclusions: [], pins, requireCompleteData: false },
    ...over,
  });
}

const pin = (row: number, wave = 1) => ({
  sheetRow: row,
  name: row === 30 ? 'Gap Co' : `P${row}`,
  wave,
});

describe('pins that cannot hold as asked', () => {
  it('says nothing of a pin that fits', () => {
    expect(ranked([pin(11)]).warnings).toEqual([]);
  });

  it('warns that a pin of a row with no score places nobody', () => {
    const { partners, warnings } = ranked([pin(30)]);
    expect(partners.find((p) => p.sheetRow === 30)).toMatchObject({ wave: null, pinned: false });
    expect(warnings).toEqual([
      {
        field: 'partners.pins',
        message:
          'The pin of Gap Co (row 30) to Pilot is not applied: the row has no score, so it is in no wave.',
      },
    ]);
  });

  it('warns of each pilot cap the pins break, with their total', () => {
    const caps = { comarketingBudget: 15, enablementLoad: 6 };
    const { partners, warnings } = ranked([pin(10), pin(11)], { pilotCaps: caps });
    // The pins hold, and nobody else fits beside them.
    expect(partners.filter((p) => p.wave === 1).map((p) => p.sheetRow)).toEqual([10, 11]);
    expect(warnings.map((w) => w.message)).toEqual([
      'Pins put Pilot over its cap (co-marketing budget $15): $20 (P10, P11).',
      'Pins put Pilot over its cap (enablement 6 hours): 8 (P10, P11).',
    ]);
  });

  it('warns of a wave that pins grow past its share, in Japanese too', () => {
    const pins = [pin(9), pin(10), pin(11)];
    const { partners, warnings } = ranked(pins);
    expect(partners.filter((p) => p.wave === 1)).toHaveLength(3);
    expect(warnings.map((w) => w.message)).toEqual([
      'Pilot has 3 partners, not 2, as 3 are pinned there; the next-ranked move to later waves.',
    ]);
    const ja = ranked([...pins, pin(30)], {
      language: 'ja',
      waveNames: ['パイロット', '拡大', '本格展開'],
    });
    expect(ja.warnings.map((w) => w.message)).toEqual([
      'Gap Co（30 行目）のパイロットへの固定は適用されていません。スコアがないため、どのウェーブにも入りません。',
      'パイロットは 3 件の固定により 2 ではなく 3 パートナーです。次の順位のパートナーは後のウェーブに回ります。',
    ]);
  });
});
