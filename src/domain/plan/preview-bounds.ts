/**
 * previewPlan's answer kept small: the sidebar is sent on every debounced change of the
 * draft, and google.script.run carries the answer as JSON, so a 50,000-partner plan must
 * not travel whole (it was 17 MB). The answer keeps the counts and the partners the
 * sidebar shows: the head of each wave, the neighbourhood of each cut-off between waves,
 * and the first of every group listed on the data step; the rest comes a page at a time
 * (partnerPage).
 */
import type {
  PartnerPage,
  PartnerTotals,
  PlannedPartner,
  PlanPreview,
} from '../../shared/plan-types';

/** Partners shown at the head of each wave (the priorities step's live top list is 10). */
export const WAVE_HEAD = 10;
/** Partners either side of each cut-off between waves, and after the last wave. */
export const CUT_OFF_NEIGHBOURS = 3;
/** Partners shown per group on the data step (excluded, insufficient, invalid, partial, …). */
export const GROUP_HEAD = 20;
/** A plan this small travels whole: the sidebar lists every wave's members. */
export const WHOLE_UP_TO = 200;
/** The largest page partnerPage gives. */
export const MAX_PAGE = 100;

/** How many partners each group of the plan holds. */
export function partnerTotals(partners: PlannedPartner[], waveCount: number): PartnerTotals {
  const totals: PartnerTotals = {
    all: partners.length,
    ranked: 0,
    inWave: Array.from({ length: waveCount }, () => 0),
    unassigned: 0,
    excluded: 0,
    insufficient: 0,
    invalid: 0,
    partial: 0,
    pinned: 0,
    duplicateNames: 0,
  };
  for (const p of partners) {
    if (p.rank !== null) totals.ranked++;
    if (p.wave !== null) totals.inWave[p.wave - 1]++;
    if (p.status === 'unassigned') totals.unassigned++;
    else if (p.status === 'excluded') totals.excluded++;
    else if (p.status === 'insufficient') totals.insufficient++;
    else if (p.status === 'invalid') totals.invalid++;
    if (p.rank !== null && p.scoredWithout.length) totals.partial++;
    if (p.pinned) totals.pinned++;
    if (p.duplicateName) totals.duplicateNames++;
  }
  return totals;
}

/**
 * The preview with `partners` cut down to what the sidebar shows, in the same order;
 * `totals` still counts everyone, and `allPartners` says whether anyone was left out.
 */
export function boundPreview(preview: PlanPreview): PlanPreview {
  const { partners } = preview;
  if (partners.length <= WHOLE_UP_TO) return { ...preview, allPartners: true };
  const keep = new Set<number>();
  const ranked = partners.filter((p) => p.rank !== null);
  // The head of each wave and the neighbourhood of every change of wave in rank order.
  const seen = new Map<number | null, number>();
  ranked.forEach((p, i) => {
    const n = seen.get(p.wave) ?? 0;
    seen.set(p.wave, n + 1);
    if (n < WAVE_HEAD) keep.add(i);
    if (i > 0 && ranked[i - 1].wave !== p.wave)
      for (let k = i - CUT_OFF_NEIGHBOURS; k < i + CUT_OFF_NEIGHBOURS; k++)
        if (k >= 0 && k < ranked.length) keep.add(k);
  });
  const shown = ranked.filter((_, i) => keep.has(i));
  const groups: ((p: PlannedPartner) => boolean)[] = [
    (p) => p.pinned,
    (p) => p.rank !== null && p.scoredWithout.length > 0,
    (p) => p.duplicateName,
    (p) => p.status === 'excluded',
    (p) => p.status === 'insufficient',
    (p) => p.status === 'invalid',
  ];
  const chosen = new Set(shown);
  for (const inGroup of groups) {
    let n = 0;
    for (const p of partners) {
      if (n >= GROUP_HEAD) break;
      if (!inGroup(p)) continue;
      n++;
      chosen.add(p);
    }
  }
  const bounded = partners.filter((p) => chosen.has(p));
  return { ...preview, partners: bounded, allPartners: bounded.length === partners.length };
}

/**
 * One page of the plan's partners in plan order (ranked, then excluded by hand, then
 * unscorable). `offset` is clamped to the list; `limit` to 1..MAX_PAGE.
 */
export function partnerPage(
  partners: PlannedPartner[],
  offset: number,
  limit: number,
): PartnerPage {
  const size = Math.min(MAX_PAGE, Math.max(1, Math.floor(limit) || 1));
  const from = Math.min(Math.max(0, Math.floor(offset) || 0), Math.max(0, partners.length - 1));
  return { offset: from, total: partners.length, partners: partners.slice(from, from + size) };
}
