/** PARTNER_SCORE's answer for a table in en_US, as property tests compare it: the column, or the error. */
import { partnerScore, type ScoringMethod } from '../../../../src/domain/scoring/partner-score';
import { EN_US } from '../../../support/sheet-settings';

export type Cell = number | string;
export type Outcome = { threw: string } | { results: (number | string)[] };

/** The scores (one per row) or the message of the error the call throws. */
export const run = (table: Cell[][], weights?: unknown, method?: ScoringMethod): Outcome => {
  try {
    return { results: partnerScore(table, weights, method, EN_US).map((r) => r[0]) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
};
