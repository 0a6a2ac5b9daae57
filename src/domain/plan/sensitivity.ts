/**
 * The weight sensitivity of a plan: the domain's analysis (src/domain/sensitivity) applied
 * to the partners as the plan placed them. Partners excluded or pinned by hand take no
 * place in the analysis's waves (they still set the scaling, as in PARTNER_SCORE), pinned
 * places are taken off each wave's count, and partners that complete data keeps out of
 * the waves stay out. What the analysis cannot follow it does not claim: the Pilot's caps
 * (membership by budget and load) and the plan's tie rule at the Pilot's edge.
 */

import type { PlannedPartner, PlanRequest } from '../../shared/plan-types';
import type { CriterionStability, PlanSensitivity } from '../../shared/sensitivity-types';
import { CRITERIA } from '../scoring/criteria';
import type { ScoredTable } from '../scoring/partner-score';
import { mostSensitive, stabilityIntervals } from '../sensitivity/intervals';
import { modelOf, type SensitivityModel } from '../sensitivity/model';
import { waveShares } from '../sensitivity/scenarios';

/** In its wave in at least 90 % of scenarios: stable; below: borderline. */
export const STABLE_SHARE = 0.9;

/**
 * previewPlan runs on every debounced change of the sidebar's draft, and in a fresh Apps
 * Script execution each time; past this many partner rows it leaves the analysis to the
 * write (about 1 s more per preview at 5,000 partners in the local runtime, 11 s at 50,000).
 */
export const PREVIEW_ANALYSIS_LIMIT = 5000;

/** Borderline partners the answer names (the record: "… and N more"). */
export const BORDERLINE_LISTED = 10;

const isBuiltIn = (criterion: string) => CRITERIA.some((c) => c.id === criterion);

/** What the plan calls a criterion: its label, or an extra criterion's header. */
export function criterionLabel(criterion: string, extraNames: Record<string, string>): string {
  return CRITERIA.find((c) => c.id === criterion)?.label ?? extraNames[criterion] ?? criterion;
}

/**
 * The plan's weight sensitivity, and each ranked partner's `inWaveShare` set in place.
 * `scored` is the source table as PARTNER_SCORE scored it (table row 0 the header, at
 * sheet row `request.source.headerRow`); `partners` the ranking with waves filled.
 * Scenarios: 1,000 Dirichlet draws around the chosen weights at `request.scoring.uncertainty`
 * (seeded: the same inputs give the same figures). Withheld as 'caps' when the request caps
 * the Pilot (no share or interval would be true), as 'tieRule' (intervals only) when the
 * exact scores put another partner at the Pilot's edge than the plan's rounded scores and
 * tie rule did, and as 'deferred' for a `preview` of more than PREVIEW_ANALYSIS_LIMIT
 * partners. Throws nothing for a table buildPlan ranked.
 */
export function planSensitivity(
  scored: ScoredTable,
  request: PlanRequest,
  partners: readonly PlannedPartner[],
  extraNames: Record<string, string>,
  preview = false,
): PlanSensitivity {
  const uncertainty = request.scoring.uncertainty;
  const { comarketingBudget, enablementLoad } = request.waves.pilotCaps;
  const none = { uncertainty, stableShare: STABLE_SHARE, intervals: [], mostSensitive: null };
  const empty = { ...none, scenarios: 0, borderline: [], borderlineCount: 0 };
  if (comarketingBudget !== null || enablementLoad !== null) return { ...empty, withheld: 'caps' };
  if (preview && partners.length > PREVIEW_ANALYSIS_LIMIT)
    return { ...empty, withheld: 'deferred' };

  const model = modelOf(scored);
  const bySheetRow = new Map(partners.map((p) => [p.sheetRow, p]));
  const planned = Array.from(model.tableRows, (row) =>
    bySheetRow.get(request.source.headerRow + row),
  );
  const requireComplete = request.partners.requireCompleteData;
  const pool = Uint8Array.from(planned, (p, i) =>
    !p || p.status === 'excluded' || p.pinned || (requireComplete && lacksBuiltIn(model, i))
      ? 0
      : 1,
  );
  const waveCount = request.waves.count;
  const counts = Array.from(
    { length: waveCount },
    (_, w) => partners.filter((p) => p.wave === w + 1 && !p.pinned).length,
  );
  const shares = waveShares(model, counts, { uncertainty, pool });
  let sameEdge = true;
  planned.forEach((p, i) => {
    if (!p || !pool[i] || p.rank === null) return;
    const wave = p.wave === null ? waveCount : p.wave - 1;
    p.inWaveShare = shares.shares[i * (waveCount + 1) + wave];
    if ((shares.baseWave[i] === 0) !== (p.wave === 1)) sameEdge = false;
  });
  const borderline = partners.filter((p) => p.inWaveShare !== null && p.inWaveShare < STABLE_SHARE);
  const common = {
    ...none,
    scenarios: shares.scenarios,
    borderline: borderline.slice(0, BORDERLINE_LISTED).map((p) => ({
      sheetRow: p.sheetRow,
      name: p.name,
      wave: p.wave,
      share: p.inWaveShare ?? 0,
    })),
    borderlineCount: borderline.length,
  };
  if (!sameEdge) return { ...common, withheld: 'tieRule' };

  const found = stabilityIntervals(model, counts[0] ?? 0, pool);
  const intervals: CriterionStability[] = found.map((s) => ({
    criterion: s.criterion,
    label: criterionLabel(s.criterion, extraNames),
    weight: s.weight,
    low: s.low,
    high: Number.isFinite(s.high) ? s.high : null,
  }));
  return {
    ...common,
    intervals,
    withheld: null,
    mostSensitive: mostSensitive(found)?.criterion ?? null,
  };
}

/** Whether model row `i` lacks a weighted built-in criterion (the plan's "partial data"). */
function lacksBuiltIn(model: SensitivityModel, i: number): boolean {
  if (model.method === 'topsis') return false;
  const m = model.criteria.length;
  const at = model.patternOf[i] * m;
  return model.criteria.some((c, k) => isBuiltIn(c) && !model.patterns[at + k]);
}
