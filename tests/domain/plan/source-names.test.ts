/**
 * Partner names Sheets hands over as another type (tester 2, finding 20): a name it parsed
 * as a date came back as JavaScript's long date text in the ranked list.
 */
import { describe, expect, it } from 'vitest';
import { scoreSourceRows } from '../../../src/domain/plan/source-rows';
import type { ScoringSpec, SourceSpec } from '../../../src/shared/plan-types';
import { sheetIn } from '../../support/sheet-settings';

const source: SourceSpec = {
  sheetName: 'Partners',
  sheetId: 0,
  headerRow: 1,
  partnerColumn: 1,
  ownerColumn: null,
  columns: { capability: 2, cac: 3 },
};
const scoring: ScoringSpec = {
  weights: {
    capability: 1,
    comarketingBudget: 0,
    enablementLoad: 0,
    sourcedRevenue: 0,
    cac: 1,
    coverageGap: 0,
  },
  method: 'minmax',
  uncertainty: 0.25,
};

describe('a partner name that is not text in the sheet', () => {
  it('is written as the sheet shows it: a date as its day in the sheet’s time zone, TRUE in capitals', () => {
    const table = [
      ['Partner', 'Capability', 'CAC'],
      [new Date('2026-01-05T00:00:00Z'), 3, 100],
      [true, 4, 200],
      ['Acme', 5, 150],
    ];
    const names = (timeZone: string) => {
      const result = scoreSourceRows(table, source, scoring, undefined, sheetIn('en_US', timeZone));
      if ('error' in result) throw new Error(result.error.message);
      return result.rows.map((r) => r.name);
    };
    expect(names('Etc/UTC')).toEqual(['2026-01-05', 'TRUE', 'Acme']);
    // The same instant is still 4 January in Los Angeles, where the sheet shows 1/4/2026.
    expect(names('America/Los_Angeles')).toEqual(['2026-01-04', 'TRUE', 'Acme']);
  });
});
