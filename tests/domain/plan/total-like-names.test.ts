/**
 * A row named like a total whose values are not the sums of the rows above is kept as a
 * partner by the reader (Total Networks Ltd is one), but it may be a total typed wrongly:
 * the data step warns, naming the row, in the draft's language. PARTNER_SCORE scores it as
 * before, and a name whose only total-ish word is Grand or All (Grand Peak, All Star) is
 * no total's label, so no warning.
 */
import { describe, expect, it } from 'vitest';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import type { Language } from '../../../src/shared/i18n/language';
import type { ScoringSpec, SourceSpec } from '../../../src/shared/plan-types';
import { EN_US, sheetIn } from '../../support/sheet-settings';

const SCORING: ScoringSpec = {
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

const SOURCE = {
  sheetName: 'Partners',
  headerRow: 1,
  partnerColumn: 1,
  ownerColumn: null,
  columns: { capability: 2, sourcedRevenue: 3 },
} as SourceSpec;

/** Four partners, then `name` at sheet row 6 with values that are no sums of theirs. */
function table(name: string): unknown[][] {
  return [
    ['Partner', 'Capability', 'Revenue'],
    ['Northwind', 8, 120_000],
    ['Blue Fjord', 6, 90_000],
    ['Grand Peak Ltd', 5, 60_000],
    ['All Star Partners', 7, 75_000],
    [name, 4, 50_000],
  ];
}

function read(name: string, language: Language = 'en') {
  const result = scoreSourceRows(
    table(name),
    SOURCE,
    SCORING,
    undefined,
    sheetIn('en_US'),
    language,
  );
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

describe('a partner row named like a total', () => {
  const names = [
    'Total EMEA',
    'Totals EMEA',
    'Total partenaires',
    'Sum of all partners',
    'Total Networks Ltd',
  ];

  it('is planned as a partner, with a warning naming the row', () => {
    for (const name of names) {
      const { rows, warnings } = read(name);
      expect(rows.map((r) => r.name)).toContain(name);
      expect(rows.find((r) => r.name === name)?.outcome.kind).toBe('score');
      expect(warnings.map((w) => w.message)).toEqual([
        `Row 6 ("${name}") is named like a total but planned as a partner: rename it, or remove it if a total.`,
      ]);
      expect(warnings[0].field).toBe('source.headerRow');
    }
  });

  it('is warned of in Japanese in a Japanese draft', () => {
    const { warnings } = read('Total EMEA', 'ja');
    expect(warnings.map((w) => w.message)).toEqual([
      '6 行目（Total EMEA）は合計のような名前ですが、パートナーとして計画します。改名するか、合計なら削除してください。',
    ]);
  });

  it('leaves 合計額 out as a total (said so), and warns of APAC合計額, which it keeps', () => {
    const alone = read('合計額');
    expect(alone.rows.map((r) => r.name)).not.toContain('合計額');
    expect(alone.warnings.map((w) => w.message)).toEqual([
      'Row 6 ("合計額") is left out of the plan. Excluded: "合計額" is a total row, not a partner.',
    ]);
    const { rows, warnings } = read('APAC合計額');
    expect(rows.map((r) => r.name)).toContain('APAC合計額');
    expect(warnings.map((w) => w.message)).toEqual([
      'Row 6 ("APAC合計額") is named like a total but planned as a partner: rename it, or remove it if a total.',
    ]);
  });

  it('warns of no partner whose name only holds Grand or All, nor of a plain name', () => {
    expect(read('Harbor Point IT').warnings).toEqual([]);
  });

  it('keeps its PARTNER_SCORE score: the formula’s results do not change', () => {
    const scores = partnerScore(table('Total EMEA'), undefined, undefined, EN_US).map((r) => r[0]);
    const plain = partnerScore(table('Harbor Point IT'), undefined, undefined, EN_US).map(
      (r) => r[0],
    );
    expect(scores).toEqual(plain);
    expect(typeof scores[5]).toBe('number');
  });
});
