/**
 * The seed one-pager's Options A, B and C in this plan's numbers, so a later review can
 * challenge the choice with figures rather than restart the debate (B0372: "a concise
 * decision record … so future reviews can challenge assumptions"). Every figure comes
 * from the plan itself: the partner table's annual (or per-wave) amounts, pro-rated as the
 * waves are, over the plan's horizon (its waves back to back).
 */
import type { PeriodColumn, PlanRequest } from '../../shared/plan-types';
import { longDate } from '../calendar';
import { formatAmount } from './metrics';
import type { PlanFacts } from './plan-facts';

/** Co-marketing (currency), enablement (hours) and expected partner-sourced revenue (currency). */
export interface Amounts {
  comarketing: number;
  enablement: number;
  revenue: number;
}

export interface OptionFigures {
  /** The plan's waves back to back: count × weeks, from the first start to the last review. */
  horizon: { waves: number; weeks: number; start: string; end: string };
  /** Option B: the sum of the wave table's rows (each wave's partners over their wave). */
  b: Amounts;
  /** What B commits before its first gate review: the first wave's budget and hours. */
  atRisk: Amounts & { review: string; wave: string };
  /** Option C: every scored partner not excluded by hand, all of them over the whole horizon. */
  c: Amounts & { partners: number };
  /** C's amounts for one wave's length: what it commits by B's first gate review. */
  cPerWave: Amounts;
  /** The enablement hours one wave may take, as stated (the pilot's cap), or null. */
  capacity: number | null;
}

/** What one unit of an amount column is worth in one wave: weeks / 52 when annual. */
function perWave(request: PlanRequest, column: PeriodColumn): number {
  return request.gateSettings.periods[column] === 'annual' ? request.schedule.waveWeeks / 52 : 1;
}

/**
 * The three options' figures from the plan (amounts rounded to whole units as the wave
 * table rounds them). Option A needs none: it commits nothing new. Expects what buildPlan
 * made (at least one wave); throws nothing.
 */
export function optionFigures(facts: PlanFacts): OptionFigures {
  const { request, waves } = facts;
  const sum = (pick: (w: (typeof waves)[number]) => number) =>
    waves.reduce((t, w) => t + pick(w), 0);
  const everyone = facts.partners.filter((p) => p.status === 'wave' || p.status === 'unassigned');
  const total = (column: PeriodColumn) =>
    everyone.reduce((t, p) => t + (p.values[column] ?? 0), 0) * perWave(request, column);
  const cPerWave: Amounts = {
    comarketing: Math.round(total('comarketingBudget')),
    enablement: Math.round(total('enablementLoad')),
    revenue: Math.round(total('sourcedRevenue')),
  };
  const n = waves.length;
  return {
    horizon: {
      waves: n,
      weeks: n * request.schedule.waveWeeks,
      start: waves[0].start,
      end: waves[n - 1].gateReview,
    },
    b: {
      comarketing: sum((w) => w.comarketingBudget),
      enablement: sum((w) => w.enablementLoad),
      revenue: sum((w) => w.expectedRevenue),
    },
    atRisk: {
      comarketing: waves[0].comarketingBudget,
      enablement: waves[0].enablementLoad,
      revenue: waves[0].expectedRevenue,
      review: waves[0].gateReview,
      wave: waves[0].name,
    },
    c: {
      partners: everyone.length,
      comarketing: Math.round(total('comarketingBudget') * n),
      enablement: Math.round(total('enablementLoad') * n),
      revenue: Math.round(total('sourcedRevenue') * n),
    },
    cPerWave,
    capacity: request.waves.pilotCaps.enablementLoad,
  };
}

const money = (n: number, currency: string) => formatAmount(n, 'currency', currency);
const hours = (n: number) => formatAmount(n, 'hours');

/**
 * The seed's three options, each followed by what it commits and expects in this plan's
 * numbers (optionFigures), in the record's currency.
 */
export function optionItems(facts: PlanFacts): string[] {
  const f = optionFigures(facts);
  const { currency } = facts;
  const h = f.horizon;
  const span = `the plan's ${h.weeks}-week horizon (${longDate(h.start)} to ${longDate(h.end)})`;
  const waves = facts.waves
    .map(
      (w) =>
        `${w.name} ${money(w.comarketingBudget, currency)}, ${hours(w.enablementLoad)}, ${money(w.expectedRevenue, currency)}`,
    )
    .join('; ');
  const ratio = f.capacity ? Math.round((f.cPerWave.enablement / f.capacity) * 10) / 10 : null;
  const capacity =
    f.capacity && ratio !== null
      ? `${hours(f.cPerWave.enablement)} of enablement in each ${facts.request.schedule.waveWeeks}-week period against the stated capacity of ${hours(f.capacity)} (the pilot's enablement cap): ${ratio} times it`
      : `${hours(f.cPerWave.enablement)} of enablement in each ${facts.request.schedule.waveWeeks}-week period; no enablement capacity is stated (the pilot's enablement cap on the waves step) to compare it with`;
  return [
    `Option A: Maintain the current approach to minimize disruption while accepting limited improvement in partner-sourced revenue and CAC. In numbers: no new co-marketing or enablement (${money(0, currency)}, ${hours(0)}) over ${span}; partner-sourced revenue stays at today's baseline, without the ${money(f.b.revenue, currency)} this plan expects from the partners it brings in.`,
    `Option B: Pilot changes in phases, validate against partner capability, co-marketing budget, enablement load, and scale once the scale via partners versus direct control criteria hold. In numbers (this plan): ${h.waves} wave${h.waves === 1 ? '' : 's'} over ${span} commit ${money(f.b.comarketing, currency)} of co-marketing and ${hours(f.b.enablement)} of enablement and expect ${money(f.b.revenue, currency)} of partner-sourced revenue, each wave's partners over their wave (${waves}); the amount at risk before the first gate review on ${longDate(f.atRisk.review)} is the ${f.atRisk.wave}'s ${money(f.atRisk.comarketing, currency)} and ${hours(f.atRisk.enablement)}.`,
    `Option C: Redesign the approach end to end to pursue larger gains with higher execution risk and change cost. In numbers: all ${f.c.partners} scored partners not excluded by hand at once, over the same ${h.weeks} weeks, commit ${money(f.c.comarketing, currency)} of co-marketing and ${hours(f.c.enablement)} of enablement and expect ${money(f.c.revenue, currency)} of partner-sourced revenue; that is ${capacity}; all of it is committed before any evidence, ${money(f.cPerWave.comarketing, currency)} and ${hours(f.cPerWave.enablement)} of it by ${longDate(f.atRisk.review)}.`,
  ];
}

/**
 * The commitment sentence the Decision and the Rationale cite: what B commits before its
 * first gate review against what C would commit at once.
 */
export function commitmentSentence(facts: PlanFacts): string {
  const f = optionFigures(facts);
  const { currency } = facts;
  return `Option B commits ${money(f.atRisk.comarketing, currency)} and ${hours(f.atRisk.enablement).replace(' hrs', ' enablement hours')} before the first gate review on ${longDate(f.atRisk.review)}; Option C would commit ${money(f.c.comarketing, currency)} and ${hours(f.c.enablement).replace(' hrs', ' hours')} at once.`;
}
