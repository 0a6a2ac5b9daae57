/**
 * The six criteria's names as headings, lists and messages show them, in English: one
 * list the formulas, request checks, sidebar, plan sheet and decision record all use.
 */

/** The criteria's English names, keyed by criterion id. */
export function enCriteria() {
  return {
    capability: 'Partner capability',
    comarketingBudget: 'Co-marketing budget',
    enablementLoad: 'Enablement load',
    sourcedRevenue: 'Partner-sourced revenue',
    cac: 'CAC',
    coverageGap: 'Coverage gap filled',
  };
}

export type CriteriaText = ReturnType<typeof enCriteria>;
