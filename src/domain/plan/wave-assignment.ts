/**
 * Filling the waves from the ranking: pinned partners go where they were pinned, the
 * pilot takes the best-ranked of the rest while its caps hold, later waves take the
 * next in rank order, and whoever is left is listed with what would admit them.
 */
import type { Language } from '../../shared/i18n/language';
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type { FieldError, PilotCaps, PlannedPartner } from '../../shared/plan-types';
import { type AmountStyle, EN_US_STYLE, groupedDigits } from './amount-style';
import { formatAmount } from './metrics';

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
  /** How the caps are written in reasons and messages: the locale's style; en_US when omitted. */
  amounts?: AmountStyle;
  /** The language of the reasons and messages; English when omitted. */
  language?: Language;
  periodFactors?: PeriodFactors;
}

/**
 * Sets `wave`, `status`, `reason` and `admitWhen` on the eligible partners (in rank
 * order; pinned ones already placed). `sizes` are the partners each wave takes,
 * pinned partners included. Errors go to `errors`; reasons are in `t`'s language (English
 * when omitted).
 */
export function assignWaves(
  eligible: PlannedPartner[],
  sizes: number[],
  input: WaveSettings,
  errors: FieldError[],
  t: SentenceText = sentenceText('en'),
): void {
  const said = t.reasons;
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
    const over = capBreach(p, budget, load, caps, factors, t, capWords(input));
    if (over) {
      p.reason = t.followedBy({
        reason: p.reason,
        next: said.movedOut({ rank: p.rank ?? 0, wave: input.waveNames[0], why: over }),
      });
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
      message: t.messages.noneFitsCaps({ caps: capsInWords(caps, t, capWords(input)) }),
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
        rest[next].reason = said.inWave({ reason: rest[next].reason, wave: input.waveNames[w] });
      next++;
    }
  }
  for (; next < rest.length; next++) {
    const p = rest[next];
    p.status = 'unassigned';
    if (!pushed.has(p))
      p.reason = t.followedBy({ reason: p.reason, next: said.beyond({ rank: p.rank ?? 0 }) });
    p.admitWhen = said.admitBeyond;
  }
}

function capBreach(
  p: PlannedPartner,
  budget: number,
  load: number,
  caps: PilotCaps,
  factors: PeriodFactors,
  t: SentenceText,
  words: CapWords,
): string | undefined {
  const said = t.reasons;
  if (caps.comarketingBudget !== null) {
    const b = p.values.comarketingBudget;
    if (b === undefined) return said.budgetUnknown;
    if (budget + b * factors.comarketingBudget > caps.comarketingBudget)
      return said.budgetCap({ cap: words.money(caps.comarketingBudget) });
  }
  if (caps.enablementLoad !== null) {
    const l = p.values.enablementLoad;
    if (l === undefined) return said.loadUnknown;
    if (load + l * factors.enablementLoad > caps.enablementLoad)
      return said.loadCap({ cap: words.hours(caps.enablementLoad) });
  }
  return undefined;
}

function capsInWords(caps: PilotCaps, t: SentenceText, words: CapWords): string[] {
  const parts = [];
  if (caps.comarketingBudget !== null)
    parts.push(t.messages.capBudget({ cap: words.money(caps.comarketingBudget) }));
  if (caps.enablementLoad !== null)
    parts.push(t.messages.capLoad({ cap: words.hours(caps.enablementLoad) }));
  return parts;
}

/** How the caps are written: money with its currency, hours grouped. */
export interface CapWords {
  money: (value: number) => string;
  hours: (value: number) => string;
}

/** The caps as the plan's other amounts are written: money with its currency, hours grouped. */
export function capWords(input: WaveSettings): CapWords {
  const style = input.amounts ?? EN_US_STYLE;
  return {
    money: (value) => formatAmount(value, 'currency', style, input.language ?? 'en'),
    hours: (value) => groupedDigits(value, style),
  };
}
