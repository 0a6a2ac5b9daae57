/**
 * The wave table: each wave's dates, partners and the sums of its partners' amounts
 * (co-marketing budget, enablement load, partner-sourced revenue). A partner without a
 * value (n/a, TBD, blank) is left out of a sum and counted, never taken as 0: a wave none
 * of whose partners has a value has an unknown sum, so no threshold derives from it.
 */
import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type {
  PartnerSum,
  PeriodColumn,
  PlannedPartner,
  PlanRequest,
  WaveRow,
} from '../../shared/plan-types';
import { waveDates } from './schedule';

/**
 * The sum of `column` over `partners` times `factor` (a period's pro-rating), rounded to
 * whole units once; null when partners there are but none has a value. An empty list sums
 * to 0. A total over several groups is this over all their partners, never a sum of these
 * rounded sums (three waves' 240,000 + 240,000 + 239,999 for an exact 720,000).
 */
export function partnerSum(
  partners: readonly PlannedPartner[],
  column: PeriodColumn,
  factor: number,
): PartnerSum {
  let total = 0;
  let known = 0;
  for (const p of partners) {
    const value = p.values[column];
    if (typeof value !== 'number') continue;
    total += value;
    known++;
  }
  const missing = partners.length - known;
  return { value: known || !missing ? Math.round(total * factor) : null, missing };
}

/** The wave table's rows; `factors` pro-rate each amount column to one wave (build.ts). */
export function waveRows(
  request: PlanRequest,
  partners: PlannedPartner[],
  factors: Record<PeriodColumn, number>,
): WaveRow[] {
  return waveDates(request.schedule, request.waves.count).map((d, i) => {
    const members = partners.filter((p) => p.wave === i + 1);
    return {
      wave: i + 1,
      name: request.waves.names[i],
      start: d.start,
      midCheckIn: d.midCheckIn,
      gateReview: d.gateReview,
      partners: members.length,
      comarketingBudget: partnerSum(members, 'comarketingBudget', factors.comarketingBudget),
      enablementLoad: partnerSum(members, 'enablementLoad', factors.enablementLoad),
      expectedRevenue: partnerSum(members, 'sourcedRevenue', factors.sourcedRevenue),
    };
  });
}

/**
 * One note per wave and amount column whose sum leaves partners out (some, not all, have
 * a value), in `language`: the figure and the thresholds derived from it cover the
 * partners with a value only. An unknown sum needs none: its cell says so, and the gate
 * it would have derived is left out with its own note (gates.ts).
 */
export function partialSumNotes(waves: readonly WaveRow[], language: Language): string[] {
  const t = sentenceText(language);
  const columns = [
    ['sourcedRevenue', 'expectedRevenue'],
    ['comarketingBudget', 'comarketingBudget'],
    ['enablementLoad', 'enablementLoad'],
  ] as const;
  return waves.flatMap((w) =>
    columns.flatMap(([column, field]) => {
      const { value, missing } = w[field];
      if (value === null || !missing) return [];
      const name = t.criteriaInSentence[column];
      return [t.partialSum({ wave: w.name, column: name, known: w.partners - missing, missing })];
    }),
  );
}
