/**
 * The seed one-pager's Options A, B and C in this plan's numbers, so a later review can
 * challenge the choice with figures rather than restart the debate (B0372: "a concise
 * decision record … so future reviews can challenge assumptions"). Every figure comes
 * from the plan itself: the partner table's annual (or per-wave) amounts, pro-rated as the
 * waves are, over the plan's horizon (its waves back to back).
 */
import type {
  PartnerSum,
  PeriodColumn,
  PlannedPartner,
  PlanRequest,
} from '../../shared/plan-types';
import type { PlanFacts } from './plan-facts';
import type { RecordWriter } from './record-writer';
import { partnerSum } from './wave-rows';

/**
 * Co-marketing (currency), enablement (hours) and expected partner-sourced revenue
 * (currency), each a sum that says which partners it leaves out (wave-rows.ts).
 */
export interface Amounts {
  comarketing: PartnerSum;
  enablement: PartnerSum;
  revenue: PartnerSum;
}

export interface OptionFigures {
  /** The plan's waves back to back: count × weeks, from the first start to the last review. */
  horizon: { waves: number; weeks: number; start: string; end: string };
  /**
   * Option B: each wave's partners over their wave, summed unrounded and rounded once; the
   * wave rows are rounded to add up to it (wave-rows.ts partnerSums).
   */
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
 * The three options' figures from the plan, each summed over the partners' own amounts and
 * rounded to whole units once (a partner without a value is left out and counted, never
 * taken as 0). Option A needs none: it commits nothing new. Expects what buildPlan made (at
 * least one wave); throws nothing.
 */
export function optionFigures(facts: PlanFacts): OptionFigures {
  const { request, waves } = facts;
  const everyone = facts.partners.filter((p) => p.status === 'wave' || p.status === 'unassigned');
  const inWaves = facts.partners.filter((p) => p.wave !== null);
  const n = waves.length;
  // `partners` over `count` waves' length, each partner over its own wave when count is 1.
  const over = (partners: PlannedPartner[], count: number): Amounts => ({
    comarketing: partnerSum(
      partners,
      'comarketingBudget',
      perWave(request, 'comarketingBudget') * count,
    ),
    enablement: partnerSum(partners, 'enablementLoad', perWave(request, 'enablementLoad') * count),
    revenue: partnerSum(partners, 'sourcedRevenue', perWave(request, 'sourcedRevenue') * count),
  });
  return {
    horizon: {
      waves: n,
      weeks: n * request.schedule.waveWeeks,
      start: waves[0].start,
      end: waves[n - 1].gateReview,
    },
    b: over(inWaves, 1),
    atRisk: {
      comarketing: waves[0].comarketingBudget,
      enablement: waves[0].enablementLoad,
      revenue: waves[0].expectedRevenue,
      review: waves[0].gateReview,
      wave: waves[0].name,
    },
    c: { partners: everyone.length, ...over(everyone, n) },
    cPerWave: over(everyone, 1),
    capacity: request.waves.pilotCaps.enablementLoad,
  };
}

/**
 * The seed's three options, each followed by what it commits and expects in this plan's
 * numbers (optionFigures), in `w`'s language and the record's currency.
 */
export function optionItems(facts: PlanFacts, w: RecordWriter): string[] {
  const f = optionFigures(facts);
  const t = w.t.options;
  const h = f.horizon;
  const weeks = facts.request.schedule.waveWeeks;
  const span = t.span({ weeks: h.weeks, start: w.date(h.start), end: w.date(h.end) });
  const perWave = facts.waves
    .map((v) =>
      t.wave({
        name: v.name,
        budget: w.sum(v.comarketingBudget, 'currency'),
        hours: w.sum(v.enablementLoad, 'hours'),
        revenue: w.sum(v.expectedRevenue, 'currency'),
      }),
    )
    .join(w.t.semi);
  const cHours = f.cPerWave.enablement.value;
  // An unknown C enablement has no ratio to the capacity; a partial one's hours say so.
  const ratio = f.capacity && cHours !== null ? Math.round((cHours / f.capacity) * 10) / 10 : null;
  const hours = w.sum(f.cPerWave.enablement, 'hours');
  const capacity = f.capacity
    ? t.capacity({ hours, weeks, capacity: w.hours(f.capacity), ratio })
    : t.noCapacity({ hours, weeks });
  const review = w.date(f.atRisk.review);
  return [
    t.a({
      zero: w.money(0),
      zeroHours: w.hours(0),
      span,
      revenue: w.sum(f.b.revenue, 'currency'),
    }),
    t.b({
      waves: h.waves,
      span,
      budget: w.sum(f.b.comarketing, 'currency'),
      hours: w.sum(f.b.enablement, 'hours'),
      revenue: w.sum(f.b.revenue, 'currency'),
      perWave,
      review,
      pilot: f.atRisk.wave,
      pilotBudget: w.sum(f.atRisk.comarketing, 'currency'),
      pilotHours: w.sum(f.atRisk.enablement, 'hours'),
    }),
    t.c({
      partners: f.c.partners,
      weeks: h.weeks,
      budget: w.sum(f.c.comarketing, 'currency'),
      hours: w.sum(f.c.enablement, 'hours'),
      revenue: w.sum(f.c.revenue, 'currency'),
      capacity,
      waveBudget: w.sum(f.cPerWave.comarketing, 'currency'),
      waveHours: w.sum(f.cPerWave.enablement, 'hours'),
      review,
    }),
  ];
}

/**
 * The commitment sentence the Decision and the Rationale cite: what B commits before its
 * first gate review against what C would commit at once.
 */
export function commitmentSentence(facts: PlanFacts, w: RecordWriter): string {
  const f = optionFigures(facts);
  return w.t.options.commitment({
    budget: w.sum(f.atRisk.comarketing, 'currency'),
    hours: w.sum(f.atRisk.enablement, 'hours'),
    review: w.date(f.atRisk.review),
    cBudget: w.sum(f.c.comarketing, 'currency'),
    cHours: w.sum(f.c.enablement, 'hours'),
  });
}
