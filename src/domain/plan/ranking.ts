/**
 * From scored partner rows to waves: the pilot takes the top of the ranking (within
 * its caps), later waves the next shares, and every partner that cannot be ranked is
 * listed with the reason and the data that would admit it.
 */

import type {
  FieldError,
  PilotCaps,
  PlannedPartner,
  WaveAssignment,
} from '../../shared/plan-types';
import { CRITERIA, type CriterionId } from '../scoring/criteria';
import { criterionValues, type RowScore, type RowValues } from '../scoring/partner-score';

/**
 * One row's score as src/domain/scoring/partner-score.ts reports it; header, filler and
 * total rows never reach here.
 */
export type RowOutcome = Exclude<RowScore, { kind: 'header' | 'filler' | 'excluded' }>;

export interface SourceRow {
  sheetRow: number;
  name: string;
  owner: string;
  outcome: RowOutcome;
}

export interface RankingInput {
  rows: SourceRow[];
  weights: Record<CriterionId, number>;
  waveCount: number;
  waveNames: string[];
  assignment: WaveAssignment;
  pilotCaps: PilotCaps;
  /** The criteria the source maps to a column. */
  mapped: CriterionId[];
  /** What messages call an extra criterion (`extra:<column>`): its header. */
  extraNames?: Record<string, string>;
}

export interface Ranking {
  /** Ranked partners in rank order, then the excluded in sheet order. */
  partners: PlannedPartner[];
  errors: FieldError[];
  warnings: FieldError[];
}

const label = (key: string, extraNames: Record<string, string> = {}) =>
  CRITERIA.find((c) => c.id === key)?.label ?? extraNames[key] ?? key;

/** How many of `eligible` partners each wave takes, before caps. */
export function waveSizes(eligible: number, assignment: WaveAssignment): number[] {
  if (assignment.mode === 'count') return assignment.counts.map((n) => Math.floor(n));
  const shares = assignment.sharesPercent;
  const sizes: number[] = [];
  let cumulative = 0;
  let taken = 0;
  shares.forEach((share, i) => {
    cumulative += share;
    // Cumulative rounding keeps the sizes adding up to the whole; the last wave takes the rest.
    let boundary = i === shares.length - 1 ? eligible : Math.round((eligible * cumulative) / 100);
    if (i === 0) boundary = Math.max(1, boundary);
    boundary = Math.min(eligible, Math.max(taken, boundary));
    sizes.push(boundary - taken);
    taken = boundary;
  });
  return sizes;
}

/**
 * Ranks the scored rows (score 0–100, higher first, ties in sheet order) and assigns waves:
 * the pilot takes the top partners within the pilot caps (co-marketing budget in currency,
 * enablement load in hours; a partner with the capped value unknown is moved on), later waves
 * take the next shares or counts. Returns every partner, ranked ones in rank order, then those
 * with insufficient data or an invalid cell in sheet order, each with the reason and what would
 * admit it; counts or shares the table cannot fill and caps nobody fits are FieldErrors
 * ('waves.assignment.counts', 'waves.pilotCaps.…'), duplicate names warnings. Never throws.
 */
export function rankPartners(input: RankingInput): Ranking {
  const errors: FieldError[] = [];
  const warnings = duplicateWarnings(input.rows);
  const duplicates = new Set(
    duplicateNames(input.rows)
      .flatMap(([, rows]) => rows)
      .map((r) => r.sheetRow),
  );
  const scored = input.rows
    .filter((r): r is SourceRow & { outcome: { kind: 'score' } } => r.outcome.kind === 'score')
    .sort((a, b) => b.outcome.score - a.outcome.score || a.sheetRow - b.sheetRow);

  const ranked: PlannedPartner[] = scored.map((row, i) => ({
    ...base(row, duplicates),
    rank: i + 1,
    score: row.outcome.score,
    status: 'unassigned',
    ...strongestAndWeakest(row.outcome.normalised, input.weights),
  }));
  // PARTNER_SCORE scores a row with a gap against the criteria it has; say so, since
  // wave budgets and loads count a missing value as nothing.
  ranked.forEach((p, i) => {
    const { normalised } = scored[i].outcome;
    const gaps = CRITERIA.filter(
      (c) =>
        input.mapped.includes(c.id) && input.weights[c.id] > 0 && normalised[c.id] === undefined,
    ).map((c) => c.label);
    if (gaps.length)
      p.reason = `Scored without ${gaps.join(', ')} (no value in row ${p.sheetRow}).`;
  });

  const sizes = waveSizes(ranked.length, input.assignment);
  if (input.assignment.mode === 'count') {
    const total = sizes.reduce((a, b) => a + b, 0);
    if (ranked.length > 0 && total > ranked.length)
      errors.push({
        field: 'waves.assignment.counts',
        message: `The wave counts add up to ${total} partners but only ${ranked.length} can be ranked. Lower the counts so they add up to ${ranked.length} or fewer.`,
      });
  } else if (ranked.length > 0) {
    sizes.forEach((size, i) => {
      if (size === 0)
        errors.push({
          field: 'waves.assignment.sharesPercent',
          message: `Wave ${i + 1} (${input.waveNames[i]}) gets no partners: ${ranked.length} ranked partners are too few for ${input.waveCount} waves at these shares. Use fewer waves or larger shares.`,
        });
    });
  }

  assignWaves(ranked, sizes, input, errors);
  const excluded = input.rows
    .filter((r) => r.outcome.kind === 'insufficient' || r.outcome.kind === 'invalid')
    .map((r) => excludedPartner(r, duplicates, input.extraNames));
  return { partners: [...ranked, ...excluded], errors, warnings };
}

function base(row: SourceRow, duplicates: Set<number>): PlannedPartner {
  const values =
    row.outcome.kind === 'score' || row.outcome.kind === 'insufficient' ? row.outcome.values : {};
  return {
    sheetRow: row.sheetRow,
    name: row.name,
    owner: row.owner,
    rank: null,
    score: null,
    status: 'unassigned',
    wave: null,
    reason: '',
    admitWhen: '',
    helps: null,
    hurts: null,
    duplicateName: duplicates.has(row.sheetRow),
    values: criterionValues(values),
  };
}

/**
 * The criterion whose weighted, normalised value adds most to the score, and the one
 * whose shortfall from the best partner costs it most.
 */
function strongestAndWeakest(
  normalised: RowValues,
  weights: Record<CriterionId, number>,
): Pick<PlannedPartner, 'helps' | 'hurts'> {
  let helps: CriterionId | null = null;
  let hurts: CriterionId | null = null;
  let best = 0;
  let worst = 0;
  for (const { id } of CRITERIA) {
    const n = normalised[id];
    const w = weights[id] ?? 0;
    if (n === undefined || w <= 0) continue;
    if (w * n > best) [best, helps] = [w * n, id];
    if (w * (1 - n) > worst) [worst, hurts] = [w * (1 - n), id];
  }
  return { helps, hurts };
}

function assignWaves(
  ranked: PlannedPartner[],
  sizes: number[],
  input: RankingInput,
  errors: FieldError[],
) {
  const { comarketingBudget: budgetCap, enablementLoad: loadCap } = input.pilotCaps;
  const pilotTarget = sizes[0] ?? 0;
  let budget = 0;
  let load = 0;
  let pilot = 0;
  const pushed: PlannedPartner[] = [];
  for (const p of ranked) {
    if (pilot >= pilotTarget) break;
    const over = capBreach(p, budget, load, budgetCap, loadCap);
    if (over) {
      p.reason = `${p.reason ? `${p.reason} ` : ''}Ranked #${p.rank} but moved out of ${input.waveNames[0]}: ${over}.`;
      pushed.push(p);
      continue;
    }
    p.status = 'wave';
    p.wave = 1;
    budget += p.values.comarketingBudget ?? 0;
    load += p.values.enablementLoad ?? 0;
    pilot++;
  }
  if (ranked.length > 0 && pilot === 0 && pilotTarget > 0) {
    const field =
      budgetCap !== null ? 'waves.pilotCaps.comarketingBudget' : 'waves.pilotCaps.enablementLoad';
    errors.push({
      field,
      message: `No ranked partner fits the pilot caps (${capsInWords(input.pilotCaps)}). Raise the caps or remove them.`,
    });
    return;
  }
  // Later waves take the rest in rank order, capped partners first among them.
  const rest = ranked.filter((p) => p.wave === null);
  let next = 0;
  for (let w = 1; w < sizes.length; w++) {
    for (let k = 0; k < sizes[w] && next < rest.length; k++) {
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
    if (!pushed.includes(p))
      p.reason = `${p.reason ? `${p.reason} ` : ''}Ranked #${p.rank}, beyond the partners the waves take.`;
    p.admitWhen = 'Raise the wave counts, or rank higher than the last partner in a wave.';
  }
}

function capBreach(
  p: PlannedPartner,
  budget: number,
  load: number,
  budgetCap: number | null,
  loadCap: number | null,
): string | undefined {
  if (budgetCap !== null) {
    const b = p.values.comarketingBudget;
    if (b === undefined)
      return 'its co-marketing budget is unknown, so the budget cap cannot be checked';
    if (budget + b > budgetCap)
      return `the pilot's co-marketing budget cap of ${budgetCap.toLocaleString('en-US')} would be exceeded`;
  }
  if (loadCap !== null) {
    const l = p.values.enablementLoad;
    if (l === undefined)
      return 'its enablement load is unknown, so the enablement cap cannot be checked';
    if (load + l > loadCap)
      return `the pilot's enablement cap of ${loadCap.toLocaleString('en-US')} hours would be exceeded`;
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

function excludedPartner(
  row: SourceRow,
  duplicates: Set<number>,
  extraNames: Record<string, string> = {},
): PlannedPartner {
  const p = base(row, duplicates);
  const outcome = row.outcome;
  if (outcome.kind === 'insufficient') {
    const missing = outcome.missing.map((key) => label(key, extraNames)).join(', ');
    p.status = 'insufficient';
    p.reason = `INSUFFICIENT DATA: no value for ${missing}.`;
    p.admitWhen = `Enter ${missing} in row ${row.sheetRow}.`;
  } else if (outcome.kind === 'invalid') {
    p.status = 'invalid';
    p.reason = `Invalid: ${outcome.message}`;
    p.admitWhen = `Correct ${outcome.column} in row ${row.sheetRow} to a number.`;
  }
  return p;
}

function duplicateNames(rows: SourceRow[]): [string, SourceRow[]][] {
  const byName = new Map<string, SourceRow[]>();
  for (const r of rows) {
    if (r.outcome.kind === 'blank') continue;
    const key = r.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  return [...byName].filter(([, list]) => list.length > 1);
}

function duplicateWarnings(rows: SourceRow[]): FieldError[] {
  return duplicateNames(rows).map(([, list]) => ({
    field: 'source.partnerColumn',
    message: `${list.length} rows share the partner name "${list[0].name}" (rows ${list.map((r) => r.sheetRow).join(', ')}). They are planned as separate partners; rename one if they are the same partner.`,
  }));
}
