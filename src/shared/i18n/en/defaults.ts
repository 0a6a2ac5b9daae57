/**
 * What a new plan starts with before people change it, in English: wave names, the
 * built-in metrics' names and owner roles, the people's roles and the record's title.
 * Plan content, not labels: once in a draft they are the user's own text.
 */

import { BALANCE_METRICS, CONTROL_KINDS } from '../../balance';

/** The plan defaults in English. */
export function enDefaults() {
  return {
    /** Pilot, then Scale or Expand and Scale, then numbered waves; index by wave count. */
    waveNames: (p: { count: number }) =>
      p.count === 1
        ? ['Pilot']
        : p.count === 2
          ? ['Pilot', 'Scale']
          : ['Pilot', 'Expand', 'Scale', 'Wave 4', 'Wave 5'].slice(0, p.count),
    metrics: {
      sourcedRevenue: { name: 'Partner-sourced revenue', owner: 'Channel sales lead' },
      cac: { name: 'CAC', owner: 'Revenue operations lead' },
      coverageGap: { name: 'Coverage gap filled', owner: 'Partner programme manager' },
      comarketingSpend: { name: 'Co-marketing spend', owner: 'Partner marketing manager' },
      enablementHours: { name: 'Enablement hours', owner: 'Partner enablement lead' },
      shareFloor: { name: 'Partner share of new revenue (floor)', owner: 'Channel sales lead' },
      shareCeiling: {
        name: 'Partner share of new revenue (ceiling)',
        owner: 'Revenue operations lead',
      },
      // The control guardrails' English words are kept once, in shared/balance.ts.
      ...Object.fromEntries(
        CONTROL_KINDS.map((k) => [
          k,
          { name: BALANCE_METRICS[k].name, owner: BALANCE_METRICS[k].owner },
        ]),
      ),
    } as Record<string, { name: string; owner: string }>,
    inputOwners: {
      capability: 'Partner manager',
      comarketingBudget: 'Partner marketing manager',
      enablementLoad: 'Partner enablement lead',
    },
    decisionMaker: 'Head of Revenue Operations',
    escalation: 'Revenue operations lead',
    consulted: ['Channel sales lead', 'Finance business partner'],
    informed: ['Sales leadership', 'Partner managers'],
    title: 'Partner Channel Prioritization: Option B phased pilot',
    source: (p: { sheet: string; spreadsheet: string }) => `Sheet '${p.sheet}' in ${p.spreadsheet}`,
    /**
     * The seed one-pager's name variants a new record starts with (its Katakana and Kanji
     * names, written for Japanese readers); an empty text adds none, so an English record
     * starts with none, as before.
     */
    nameVariants: {
      katakana: { label: 'Katakana', text: '' },
      kanji: { label: 'Kanji', text: '' },
    },
  };
}

/** The plan defaults: every language returns this shape. */
export type DefaultsText = ReturnType<typeof enDefaults>;
