/**
 * From scored partner rows to a ranking: partners in score order with a stated rule for
 * ties, partial data marked, partners excluded by hand or unscorable listed with the
 * reason and the data that would admit them. wave-assignment.ts then fills the waves.
 */

import type { Language } from '../../shared/i18n/language';
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type {
  FieldError,
  PartnerChoices,
  PilotCaps,
  PlannedPartner,
  WaveAssignment,
} from '../../shared/plan-types';
import { CRITERIA, type CriterionId } from '../scoring/criteria';
import { criterionValues, type RowScore, type RowValues } from '../scoring/partner-score';
import type { AmountStyle } from './amount-style';
import { applyChoices } from './partner-choices';
import { pinWarnings } from './pin-checks';
import { byRank, keyed, tieNotes } from './ties';
import { assignWaves, capWords, type PeriodFactors } from './wave-assignment';

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
  /** Exclusions, pins and the partial-data rule; none when omitted. */
  choices?: PartnerChoices;
  /** What one unit of each amount column is worth in one wave (see build.ts); 1 when omitted. */
  periodFactors?: PeriodFactors;
  /** What messages call an extra criterion (`extra:<column>`): its header. */
  extraNames?: Record<string, string>;
  /** The language of the partners' reasons and the notes; English when omitted. */
  language?: Language;
  /** How reasons write amounts (the pilot caps): the locale's style; en_US when omitted. */
  amounts?: AmountStyle;
}

export interface Ranking {
  /** Ranked partners in rank order, then those excluded by hand, then the unscorable in sheet order. */
  partners: PlannedPartner[];
  /** Ties at a wave boundary and how they were broken, in words. */
  notes: string[];
  errors: FieldError[];
  warnings: FieldError[];
}

/** A criterion's name in `t`'s language, an extra criterion's its header. */
const label = (t: SentenceText, key: string, extraNames: Record<string, string> = {}) =>
  t.criteria[key as CriterionId] ?? extraNames[key] ?? key;

/** How many of `eligible` partners each wave takes, before caps and pins. */
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

type ScoredRow = SourceRow & { outcome: { kind: 'score' } };

/**
 * Ranks the scored rows (score 0–100, higher first as shown to 0.1, ties by the tie rule (ties.ts)), applies
 * the data step's exclusions, pins and partial-data rule, and fills the waves
 * (wave-assignment.ts): the pilot takes the top eligible partners within the pilot caps, later
 * waves the next shares or counts. Returns every partner, ranked ones in rank order, then those
 * excluded by hand, then those with insufficient data or an invalid cell in sheet order, each
 * with the reason and what would admit it; counts or shares the table cannot fill and caps
 * nobody fits are FieldErrors ('waves.assignment.counts', 'waves.pilotCaps.…'); duplicate
 * names and choices no row matches are warnings. Reasons and notes are in `input.language`.
 * Never throws.
 */
export function rankPartners(input: RankingInput): Ranking {
  const errors: FieldError[] = [];
  const t = sentenceText(input.language ?? 'en');
  const said = t.reasons;
  const without = (p: PlannedPartner) => p.scoredWithout.map((c) => label(t, c));
  const choices = input.choices ?? { exclusions: [], pins: [], requireCompleteData: false };
  const nonBlank = input.rows.filter((r) => r.outcome.kind !== 'blank');
  const applied = applyChoices(choices, nonBlank, t);
  const warnings = [...duplicateWarnings(input.rows, t), ...applied.warnings];
  const duplicates = new Set(
    duplicateNames(input.rows)
      .flatMap(([, rows]) => rows)
      .map((r) => r.sheetRow),
  );
  const handExcluded: PlannedPartner[] = [];
  const ranked: PlannedPartner[] = [];
  for (const row of nonBlank) {
    const reason = applied.excluded.get(row.sheetRow);
    if (reason !== undefined) {
      const p = base(row, duplicates);
      p.status = 'excluded';
      if (row.outcome.kind === 'score') p.score = row.outcome.score;
      p.reason = said.excluded({ reason });
      p.admitWhen = said.admitExcluded;
      handExcluded.push(p);
    } else if (row.outcome.kind === 'score') {
      const scored = row as ScoredRow;
      const p: PlannedPartner = {
        ...base(row, duplicates),
        score: scored.outcome.score,
        ...strongestAndWeakest(scored.outcome.normalised, input.weights),
      };
      // PARTNER_SCORE scores a row with a gap against the criteria it has: mark it, since
      // wave budgets and loads count a missing value as nothing.
      p.scoredWithout = CRITERIA.filter(
        (c) =>
          input.mapped.includes(c.id) &&
          input.weights[c.id] > 0 &&
          scored.outcome.normalised[c.id] === undefined,
      ).map((c) => c.id);
      if (p.scoredWithout.length)
        p.reason = said.scoredWithout({ criteria: without(p), row: p.sheetRow });
      ranked.push(p);
    }
  }
  const order = ranked.map(keyed).sort(byRank);
  order.forEach((k, i) => {
    ranked[i] = k.p;
    k.p.rank = i + 1;
  });

  const isEligible = (p: PlannedPartner) =>
    applied.pinned.has(p.sheetRow) || !choices.requireCompleteData || !p.scoredWithout.length;
  const eligible = ranked.filter(isEligible);
  for (const p of ranked) {
    if (isEligible(p)) continue;
    p.reason = t.followedBy({ reason: p.reason, next: said.completeRequired });
    p.admitWhen = said.admitComplete({ criteria: without(p), row: p.sheetRow });
  }
  for (const p of eligible) {
    const wave = applied.pinned.get(p.sheetRow);
    if (wave === undefined) continue;
    p.pinned = true;
    p.status = 'wave';
    p.wave = wave;
    p.reason = t.followedBy({
      reason: p.reason,
      next: said.pinned({ wave: input.waveNames[wave - 1], rank: p.rank ?? 0 }),
    });
  }

  const sizes = waveSizes(eligible.length, input.assignment);
  checkSizes(sizes, eligible.length, input, errors, t);
  assignWaves(eligible, sizes, input, errors, t);
  const notes = tieNotes(eligible, input.waveNames, t, input.amounts?.decimal);
  const unscorable = nonBlank
    .filter((r) => !applied.excluded.has(r.sheetRow))
    .filter((r) => r.outcome.kind === 'insufficient' || r.outcome.kind === 'invalid')
    .map((r) => unscorablePartner(r, duplicates, t, input.extraNames));
  const partners = [...ranked, ...handExcluded, ...unscorable];
  warnings.push(...pinWarnings(partners, applied.pinned, sizes, input, capWords(input), t));
  return { partners, notes, errors, warnings };
}

function checkSizes(
  sizes: number[],
  eligible: number,
  input: RankingInput,
  errors: FieldError[],
  t: SentenceText,
) {
  if (eligible === 0) return;
  const said = t.messages;
  if (input.assignment.mode === 'count') {
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total > eligible)
      errors.push({
        field: 'waves.assignment.counts',
        message: said.countsTooLarge({ total, eligible }),
      });
    return;
  }
  sizes.forEach((size, i) => {
    if (size === 0)
      errors.push({
        field: 'waves.assignment.sharesPercent',
        message: said.emptyWave({
          wave: i + 1,
          name: input.waveNames[i],
          eligible,
          waves: input.waveCount,
        }),
      });
  });
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
    scoredWithout: [],
    pinned: false,
    inWaveShare: null,
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

function unscorablePartner(
  row: SourceRow,
  duplicates: Set<number>,
  t: SentenceText,
  extraNames: Record<string, string> = {},
): PlannedPartner {
  const p = base(row, duplicates);
  const outcome = row.outcome;
  const said = t.reasons;
  if (outcome.kind === 'insufficient') {
    const missing = outcome.missing.map((key) => label(t, key, extraNames));
    p.status = 'insufficient';
    p.reason = said.insufficient({ missing });
    p.admitWhen = said.admitInsufficient({ missing, row: row.sheetRow });
  } else if (outcome.kind === 'invalid') {
    p.status = 'invalid';
    // The reader's message already opens with its own 'Invalid' (【無効】) and names the cell.
    p.reason = outcome.message;
    p.admitWhen = said.admitInvalid({ column: outcome.column, row: row.sheetRow });
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

function duplicateWarnings(rows: SourceRow[], t: SentenceText): FieldError[] {
  return duplicateNames(rows).map(([, list]) => ({
    field: 'source.partnerColumn',
    message: t.messages.duplicateName({
      count: list.length,
      name: list[0].name,
      rows: list.map((r) => r.sheetRow),
    }),
  }));
}
