/**
 * Filling the waves from the ranking: pinned partners go where they were pinned, the
 * pilot takes the best-ranked of the rest while its caps hold, later waves take the
 * next in rank order, and whoever is left is listed with what would admit them.
 */
import type { FieldError, PilotCaps, PlannedPartner } from '../../shared/plan-types';

/**
 * What one unit of an amount column is worth in one wave: waveWeeks / 52 for an annual
 * column, 1 for a column per wave. The pilot caps are per wave, so they are compared
 * with the partners' amounts for the wave, as the wave table shows them.
 */
export interface PeriodFactors {
  comarketingBudget: number;
  enablementLoad: number;
}

const NO_SCALING: PeriodFactors = { comarketingBudget: 1, enablementLoad: 1 };

/** What filling the waves needs from the ranking's input. */
export interface WaveSettings {
  waveNames: string[];
  pilotCaps: PilotCaps;
  periodFactors?: PeriodFactors;
}

/**
 * Sets `wave`, `status`, `reason` and `admitWhen` on the eligible partners (in rank
 * order; pinned ones already placed). `sizes` are the partners each wave takes,
 * pinned partners included. Errors go to `errors`.
 */
export function assignWaves(
  eligible: PlannedPartner[],
  sizes: number[],
  input: WaveSettings,
  errors: FieldError[],
): void {
  const factors = input.periodFactors ?? NO_SCALING;
  const caps = input.pilotCaps;
  const pilotTarget = sizes[0] ?? 0;
  let budget = 0;
  let load = 0;
  let pilot = 0;
  for (const p of eligible)
    if (p.pinned && p.wave === 1) {
      budget += (p.values.comarketingBudget ?? 0) * factors.comarketingBudget;
      load += (p.values.enablementLoad ?? 0) * factors.enablementLoad;
      pilot++;
    }
  const pushed = new Set<PlannedPartner>();
  for (const p of eligible) {
    if (pilot >= pilotTarget) break;
    if (p.pinned) continue;
    const over = capBreach(p, budget, load, caps, factors);
    if (over) {
      p.reason = `${p.reason ? `${p.reason} ` : ''}Ranked #${p.rank} but moved out of ${input.waveNames[0]}: ${over}.`;
      pushed.add(p);
      p.movedByCaps = true;
      continue;
    }
    p.status = 'wave';
    p.wave = 1;
    budget += (p.values.comarketingBudget ?? 0) * factors.comarketingBudget;
    load += (p.values.enablementLoad ?? 0) * factors.enablementLoad;
    pilot++;
  }
  if (eligible.length > 0 && pilot === 0 && pilotTarget > 0) {
    const field =
      caps.comarketingBudget !== null
        ? 'waves.pilotCaps.comarketingBudget'
        : 'waves.pilotCaps.enablementLoad';
    errors.push({
      field,
      message: `No ranked partner fits the pilot caps (${capsInWords(caps)}). Raise the caps or remove them.`,
    });
    return;
  }
  // Later waves take the rest in rank order, capped partners first among them.
  const rest = eligible.filter((p) => p.wave === null);
  let next = 0;
  for (let w = 1; w < sizes.length; w++) {
    const pinnedHere = eligible.filter((p) => p.pinned && p.wave === w + 1).length;
    for (let k = pinnedHere; k < sizes[w] && next < rest.length; k++) {
      rest[next].status = 'wave';
      rest[next].wave = w + 1;
      if (rest[next].reason)
        rest[next].reason = rest[next].reason.replace(/\.$/, `; in ${input.waveNames[w]}.`);
      next++;
    }
  }
  for (; next < rest.length; next++) {
    const p = rest[next];
    p.status = 'unassigned';
    if (!pushed.has(p))
      p.reason = `${p.reason ? `${p.reason} ` : ''}Ranked #${p.rank}, beyond the partners the waves take.`;
    p.admitWhen = 'Raise the wave counts, rank higher than the last partner in a wave, or pin it.';
  }
}

function capBreach(
  p: PlannedPartner,
  budget: number,
  load: number,
  caps: PilotCaps,
  factors: PeriodFactors,
): string | undefined {
  if (caps.comarketingBudget !== null) {
    const b = p.values.comarketingBudget;
    if (b === undefined)
      return 'its co-marketing budget is unknown, so the budget cap cannot be checked';
    if (budget + b * factors.comarketingBudget > caps.comarketingBudget)
      return `the pilot's co-marketing budget cap of ${caps.comarketingBudget.toLocaleString('en-US')} would be exceeded`;
  }
  if (caps.enablementLoad !== null) {
    const l = p.values.enablementLoad;
    if (l === undefined)
      return 'its enablement load is unknown, so the enablement cap cannot be checked';
    if (load + l * factors.enablementLoad > caps.enablementLoad)
      return `the pilot's enablement cap of ${caps.enablementLoad.toLocaleString('en-US')} hours would be exceeded`;
  }
  return undefined;
}

function capsInWords(caps: PilotCaps): string {
  const parts = [];
  if (caps.comarketingBudget !== null)
    parts.push(`co-marketing budget ${caps.comarketingBudget.toLocaleString('en-US')}`);
  if (caps.enablementLoad !== null)
    parts.push(`enablement ${caps.enablementLoad.toLocaleString('en-US')} hours`);
  return parts.join(', ');
}
