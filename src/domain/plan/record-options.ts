/**
 * The seed one-pager's Options A, B and C in this plan's numbers, so a later review can
 * challenge the choice with figures rather than restart the debate (B0372: "a concise
 * decision record … so future reviews can challenge assumptions"). Every figure comes
 * from the plan itself: the partner table's annual (or per-wave) amounts, pro-rated as the
 * waves are, over the plan's horizon (its waves back to back).
 */
import type { PeriodColumn, PlanRequest } from '../../shared/plan-types';
import type { PlanFacts } from './plan-facts';
import type { RecordWriter } from './record-writer';

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
        budget: w.money(v.comarketingBudget),
        hours: w.hours(v.enablementLoad),
        revenue: w.money(v.expectedRevenue),
      }),
    )
    .join(w.t.semi);
  const ratio = f.capacity ? Math.round((f.cPerWave.enablement / f.capacity) * 10) / 10 : null;
  const hours = w.hours(f.cPerWave.enablement);
  const capacity =
    f.capacity && ratio !== null
      ? t.capacity({ hours, weeks, capacity: w.hours(f.capacity), ratio })
      : t.noCapacity({ hours, weeks });
  const review = w.date(f.atRisk.review);
  return [
    t.a({ zero: w.money(0), zeroHours: w.hours(0), span, revenue: w.money(f.b.revenue) }),
    t.b({
      waves: h.waves,
      span,
      budget: w.money(f.b.comarketing),
      hours: w.hours(f.b.enablement),
      revenue: w.money(f.b.revenue),
      perWave,
      review,
      pilot: f.atRisk.wave,
      pilotBudget: w.money(f.atRisk.comarketing),
      pilotHours: w.hours(f.atRisk.enablement),
    }),
    t.c({
      partners: f.c.partners,
      weeks: h.weeks,
      budget: w.money(f.c.comarketing),
      hours: w.hours(f.c.enablement),
      revenue: w.money(f.c.revenue),
      capacity,
      waveBudget: w.money(f.cPerWave.comarketing),
      waveHours: w.hours(f.cPerWave.enablement),
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
    budget: w.money(f.atRisk.comarketing),
    hours: w.count(f.atRisk.enablement),
    review: w.date(f.atRisk.review),
    cBudget: w.money(f.c.comarketing),
    cHours: w.count(f.c.enablement),
  });
}
