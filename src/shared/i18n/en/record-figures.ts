/**
 * The decision record's figures in English: the seed's Options A–C in the plan's numbers,
 * the commitment sentence, and the weight sensitivity in words (the record's Rationale,
 * and the plan sheet's sensitivity table, which says the same sentence). Amounts, dates,
 * counts and shares come in already written for the language.
 */

/** The decision record's figures in English. */
export function enRecordFigures() {
  return {
    options: {
      span: (p: { weeks: number; start: string; end: string }) =>
        `the plan's ${p.weeks}-week horizon (${p.start} to ${p.end})`,
      wave: (p: { name: string; budget: string; hours: string; revenue: string }) =>
        `${p.name} ${p.budget}, ${p.hours}, ${p.revenue}`,
      /** `ratio` null when the enablement is unknown. */
      capacity: (p: { hours: string; weeks: number; capacity: string; ratio: number | null }) =>
        `${p.hours} of enablement in each ${p.weeks}-week period against the stated capacity of ${p.capacity} (the pilot's enablement cap)${p.ratio === null ? '' : `: ${p.ratio} times it`}`,
      noCapacity: (p: { hours: string; weeks: number }) =>
        `${p.hours} of enablement in each ${p.weeks}-week period; no enablement capacity is stated (the pilot's enablement cap on the waves step) to compare it with`,
      a: (p: { zero: string; zeroHours: string; span: string; revenue: string }) =>
        `Option A: Maintain the current approach to minimize disruption while accepting limited improvement in partner-sourced revenue and CAC. In numbers: no new co-marketing or enablement (${p.zero}, ${p.zeroHours}) over ${p.span}; partner-sourced revenue stays at today's baseline, without what this plan expects from the partners it brings in: ${p.revenue}.`,
      b: (p: {
        waves: number;
        span: string;
        budget: string;
        hours: string;
        revenue: string;
        perWave: string;
        review: string;
        pilot: string;
        pilotBudget: string;
        pilotHours: string;
      }) =>
        `Option B: Pilot changes in phases, validate against partner capability, co-marketing budget, enablement load, and scale once the scale via partners versus direct control criteria hold. In numbers (this plan): ${p.waves} wave${p.waves === 1 ? '' : 's'} over ${p.span} commit ${p.budget} of co-marketing and ${p.hours} of enablement and expect ${p.revenue} of partner-sourced revenue, each wave's partners over their wave (${p.perWave}); the amount at risk before the first gate review on ${p.review} is what the ${p.pilot} commits: ${p.pilotBudget} and ${p.pilotHours}.`,
      c: (p: {
        partners: number;
        weeks: number;
        budget: string;
        hours: string;
        revenue: string;
        capacity: string;
        waveBudget: string;
        waveHours: string;
        review: string;
      }) =>
        `Option C: Redesign the approach end to end to pursue larger gains with higher execution risk and change cost. In numbers: all ${p.partners} scored partners not excluded by hand at once, over the same ${p.weeks} weeks, commit ${p.budget} of co-marketing and ${p.hours} of enablement and expect ${p.revenue} of partner-sourced revenue; that is ${p.capacity}; all of it is committed before any evidence, ${p.waveBudget} and ${p.waveHours} of it by ${p.review}.`,
      commitment: (p: {
        budget: string;
        hours: string;
        review: string;
        cBudget: string;
        cHours: string;
      }) =>
        `Option B commits ${p.budget} and ${p.hours} of enablement before the first gate review on ${p.review}; Option C would commit ${p.cBudget} and ${p.cHours} at once.`,
    },
    /** A sum over partners some of whom lack a value (n/a, TBD, blank): never written as 0. */
    sums: {
      unknown: 'an unknown amount',
      partial: (p: { amount: string; n: number }) =>
        `${p.amount} (${p.n} partner${p.n === 1 ? '' : 's'} unknown)`,
    },
    sensitivity: {
      holdsBetween: (p: { label: string; low: string; high: string }) =>
        `The Pilot holds while the ${p.label} weight stays between ${p.low}× and ${p.high}× its chosen value, the other weights unchanged`,
      holdsAbove: (p: { label: string; low: string; upTo: string }) =>
        `The Pilot holds for any increase of the ${p.label} weight${p.upTo} and while it stays above ${p.low}× its chosen value, the other weights unchanged`,
      holdsBelow: (p: { label: string; high: string }) =>
        `The Pilot holds for any decrease of the ${p.label} weight and while it stays below ${p.high}× its chosen value, the other weights unchanged`,
      holdsAlways: (p: { label: string; upTo: string }) =>
        `No change of the ${p.label} weight alone${p.upTo} changes the Pilot`,
      upToTopsis: ' (searched up to 1000× and down to 1/1000×)',
      mostSensitiveSame: (p: { label: string }) =>
        `; it is most sensitive to ${p.label}, more than to any other weight.`,
      mostSensitiveOther: (p: { label: string; range: string }) =>
        `; it is most sensitive to ${p.label}, whose weight it survives only ${p.range}.`,
      noneSensitive: (p: { upTo: string }) =>
        `No change of any single weight${p.upTo}, the others unchanged, changes the Pilot.`,
      single: (p: { label: string }) =>
        `Only one criterion (${p.label}) is weighted, so no weight can change the ranking or the Pilot.`,
      pinned: (p: { n: number }) =>
        ` ${p.n === 1 ? 'The partner' : `The ${p.n} partners`} pinned to the Pilot by hand stay whatever the weights.`,
      scenarios: (p: { n: string; uncertainty: string }) =>
        `Under ${p.n} weight scenarios around the chosen weights (each weight typically moving by ±${p.uncertainty})`,
      allStable: (p: { stable: string }) =>
        `, every ranked partner is in its wave in at least ${p.stable} of them (stable).`,
      borderline: (p: { n: number; count: string; stable: string; names: string }) =>
        `, ${p.n === 1 ? '1 ranked partner is' : `${p.count} ranked partners are`} borderline, in ${p.n === 1 ? 'its' : 'their'} wave in fewer than ${p.stable} of them: ${p.names}.`,
      borderlineName: (p: { name: string; wave: string; share: string }) =>
        `${p.name} (${p.wave}, ${p.share})`,
      list: ', ',
      more: (p: { n: string }) => ` and ${p.n} more`,
      outside: 'no wave',
      caps: 'Weight sensitivity is not stated for this plan: the Pilot’s caps on co-marketing budget or enablement load decide its members by their amounts as well as by rank, which the weight scenarios do not model, so no share or interval would be true of it.',
      deferred:
        'Weight sensitivity is computed when the plan is written: this table is too large to analyse on every change.',
      tieRule:
        'No stability interval is stated: at the Pilot’s edge the plan ranks on scores as shown (to 0.1) and its tie rule, which the exact analysis does not follow, so an interval would not be true of this plan.',
      range: {
        between: (p: { low: string; high: string }) => `between ${p.low}× and ${p.high}×`,
        above: (p: { low: string }) => `above ${p.low}×`,
        below: (p: { high: string }) => `below ${p.high}×`,
        any: 'at any value',
      },
    },
  };
}

/** The record's figures: every language returns this shape. */
export type RecordFiguresText = ReturnType<typeof enRecordFigures>;
