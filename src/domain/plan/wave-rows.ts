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
 * whole units once (by `round`; partnerSums takes it unrounded); null when partners there
 * are but none has a value. An empty list sums to 0. A total over several groups is this
 * over all their partners, never a sum of these rounded sums (three waves' 240,000 +
 * 240,000 + 239,999 for an exact 720,000); partnerSums rounds the groups to add up to it.
 */
export function partnerSum(
  partners: readonly PlannedPartner[],
  column: PeriodColumn,
  factor: number,
  round: (exact: number) => number = Math.round,
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
  return { value: known || !missing ? round(total * factor) : null, missing };
}

/**
 * Each of `waves` waves' partnerSum over its partners, rounded so that the waves add up to
 * partnerSum over every partner in a wave (Option B's total, record-options.ts): whole
 * units by largest remainder (Hamilton's method), ties to the earlier wave. Each is its
 * exact sum rounded down or up, so off by less than one unit, and a list of the waves
 * beside their total adds up (de_DE: not 2.538 € + 4.096 € + 5.423 € beside 12.058 €).
 */
export function partnerSums(
  partners: readonly PlannedPartner[],
  waves: number,
  column: PeriodColumn,
  factor: number,
): PartnerSum[] {
  const sums = Array.from({ length: waves }, (_, i) =>
    partnerSum(
      partners.filter((p) => p.wave === i + 1),
      column,
      factor,
      (exact) => exact,
    ),
  );
  const floors = sums.map((s) => Math.floor(s.value ?? 0));
  const known = sums.flatMap((s, i) => (s.value === null ? [] : [i]));
  // The same sum as Option B's, partner by partner, so the two never round apart.
  const total = partnerSum(
    partners.filter((p) => p.wave !== null),
    column,
    factor,
  ).value;
  const extra = (total ?? 0) - floors.reduce((a, f) => a + f, 0);
  // To 1e-9 of a unit, so equal shares (9/26 of a euro each) tie however floats round them.
  const remainder = (i: number) => Math.round(((sums[i].value ?? 0) - floors[i]) * 1e9);
  const up = new Set(known.sort((a, b) => remainder(b) - remainder(a) || a - b).slice(0, extra));
  return sums.map((s, i) => ({
    value: s.value === null ? null : floors[i] + (up.has(i) ? 1 : 0),
    missing: s.missing,
  }));
}

/** The wave table's rows; `factors` pro-rate each amount column to one wave (build.ts). */
export function waveRows(
  request: PlanRequest,
  partners: PlannedPartner[],
  factors: Record<PeriodColumn, number>,
): WaveRow[] {
  const n = request.waves.count;
  const sums = (column: PeriodColumn) => partnerSums(partners, n, column, factors[column]);
  const budget = sums('comarketingBudget');
  const hours = sums('enablementLoad');
  const revenue = sums('sourcedRevenue');
  return waveDates(request.schedule, n).map((d, i) => ({
    wave: i + 1,
    name: request.waves.names[i],
    start: d.start,
    midCheckIn: d.midCheckIn,
    gateReview: d.gateReview,
    partners: partners.filter((p) => p.wave === i + 1).length,
    comarketingBudget: budget[i],
    enablementLoad: hours[i],
    expectedRevenue: revenue[i],
  }));
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
