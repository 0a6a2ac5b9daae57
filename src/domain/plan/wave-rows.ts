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
 * rounded sums (three waves' 240,000 + 240,000 + 239,999 for an exact 720,000); the groups'
 * own shares of it are partnerSums below.
 */
export function partnerSum(
  partners: readonly PlannedPartner[],
  column: PeriodColumn,
  factor: number,
): PartnerSum {
  const { exact, missing } = exactSum(partners, column, factor);
  return { value: exact === null ? null : Math.round(exact), missing };
}

/** partnerSum unrounded: the known values' sum times `factor`, null when none is known. */
function exactSum(partners: readonly PlannedPartner[], column: PeriodColumn, factor: number) {
  let total = 0;
  let known = 0;
  for (const p of partners) {
    const value = p.values[column];
    if (typeof value !== 'number') continue;
    total += value;
    known++;
  }
  const missing = partners.length - known;
  return { exact: known || !missing ? total * factor : null, missing };
}

/**
 * Each group's partnerSum, rounded so that the groups' known sums add up to partnerSum over
 * all of them: whole units by largest remainder (Hamilton's method), ties to the earlier
 * group. Each share is its exact sum rounded down or up, so it is off by less than one
 * unit, and a record listing the waves beside their total never shows parts that do not
 * add up (de_DE: 2.538 € + 4.096 € + 5.423 € beside 12.058 €). Null stays null.
 */
export function partnerSums(
  groups: readonly (readonly PlannedPartner[])[],
  column: PeriodColumn,
  factor: number,
): PartnerSum[] {
  const sums = groups.map((g) => exactSum(g, column, factor));
  const total = partnerSum(groups.flat(), column, factor).value ?? 0;
  const floors = sums.map((s) => (s.exact === null ? null : Math.floor(s.exact)));
  const floored = floors.reduce<number>((a, f) => a + (f ?? 0), 0);
  const known = sums.flatMap((s, i) => (s.exact === null ? [] : [i]));
  // Float noise may put the total a hair outside the floors' reach: never more than all.
  const extra = Math.max(0, Math.min(known.length, total - floored));
  // To 1e-9 of a unit, so equal shares (9/26 of a euro each) tie however floats round them.
  const remainder = (i: number) =>
    Math.round(((sums[i].exact as number) - (floors[i] as number)) * 1e9);
  const up = new Set(
    [...known].sort((a, b) => remainder(b) - remainder(a) || a - b).slice(0, extra),
  );
  return sums.map((s, i) => ({
    value: floors[i] === null ? null : (floors[i] as number) + (up.has(i) ? 1 : 0),
    missing: s.missing,
  }));
}

/** The wave table's rows; `factors` pro-rate each amount column to one wave (build.ts). */
export function waveRows(
  request: PlanRequest,
  partners: PlannedPartner[],
  factors: Record<PeriodColumn, number>,
): WaveRow[] {
  const dates = waveDates(request.schedule, request.waves.count);
  const members = dates.map((_, i) => partners.filter((p) => p.wave === i + 1));
  const sums = (column: PeriodColumn) => partnerSums(members, column, factors[column]);
  const budget = sums('comarketingBudget');
  const hours = sums('enablementLoad');
  const revenue = sums('sourcedRevenue');
  return dates.map((d, i) => ({
    wave: i + 1,
    name: request.waves.names[i],
    start: d.start,
    midCheckIn: d.midCheckIn,
    gateReview: d.gateReview,
    partners: members[i].length,
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
