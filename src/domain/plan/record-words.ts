/** The seed one-pager B0372's phrases the record repeats, each kept once. */

/** The outcomes the seed names. */
export const OUTCOMES = 'partner-sourced revenue, CAC, coverage gap';
/** The inputs the seed names. */
export const INPUTS = 'partner capability, co-marketing budget, enablement load';
/** The seed's trade-off. */
export const TRADEOFF = 'scale via partners versus direct control';
