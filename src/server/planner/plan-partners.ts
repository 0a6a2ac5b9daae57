/**
 * The partner blocks at the foot of a plan sheet: the partners excluded by hand with
 * their reasons, then every partner in rank order with its wave, how often weight
 * scenarios keep it there, status, whether it was
 * scored on partial data, and what would admit it.
 */
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import type { PlannedPartner, PlanPreview } from '../../shared/plan-types';
import { SCORE_FORMAT } from '../sheets/formats';
import type { Grid } from '../sheets/grid';

/**
 * The share of weight scenarios keeping the partner in its wave (domain/plan/sensitivity.ts),
 * floored to a whole percent so it never reads as more stable than it is; blank for partners
 * the analysis does not place (pinned, excluded, unscored, or a plan with Pilot caps).
 */
export const IN_WAVE_HEADER = 'In its wave in x % of weight scenarios';

export const PARTNER_HEADERS = [
  'Rank',
  'Partner',
  'Owner',
  'Score',
  'Wave',
  'Wave name',
  IN_WAVE_HEADER,
  'Status',
  'Data',
  'Helps most',
  'Hurts most',
  'Reason',
  'What would admit it',
  'Source row',
];

const label = (id: CriterionId | null) =>
  id ? (CRITERIA.find((c) => c.id === id)?.label ?? id) : '';

const STATUS_WORDS: Record<PlannedPartner['status'], string> = {
  wave: 'In a wave',
  unassigned: 'Not in a wave',
  insufficient: 'INSUFFICIENT DATA',
  invalid: 'Invalid',
  excluded: 'Excluded by hand',
};

/** The Data column: complete, or which weighted criteria the score went without. */
function dataWords(p: PlannedPartner): string {
  if (p.rank === null) return '';
  return p.scoredWithout.length
    ? `Partial: no ${p.scoredWithout.map((c) => label(c)).join(', ')}`
    : 'Complete';
}

/** Adds the "Excluded by hand" and "Partners, ranked by score" blocks to `grid`. */
export function partnerBlocks(grid: Grid, preview: PlanPreview): void {
  const names = preview.request.waves.names;
  const byHand = preview.partners.filter((p) => p.status === 'excluded');
  grid.line(['Excluded by hand'], [], true);
  grid.line(['Partner', 'Source row', 'Reason'], [], true);
  if (!byHand.length) grid.line(['None']);
  for (const p of byHand)
    grid.line([p.name, p.sheetRow, p.reason.replace(/^Excluded by hand: /, '')], [undefined, '0']);
  grid.blank();

  grid.line(['Partners, ranked by score'], [], true);
  grid.line(PARTNER_HEADERS, [], true);
  for (const p of preview.partners) {
    grid.line(
      [
        p.rank ?? '',
        p.name,
        p.owner,
        p.score ?? '',
        p.wave ?? '',
        p.wave ? names[p.wave - 1] : '',
        p.inWaveShare === null ? '' : Math.floor(p.inWaveShare * 100 + 1e-9) / 100,
        `${STATUS_WORDS[p.status]}${p.pinned ? ' (pinned)' : ''}${p.duplicateName ? ' (duplicate name)' : ''}`,
        dataWords(p),
        label(p.helps),
        label(p.hurts),
        p.reason,
        p.admitWhen,
        p.sheetRow,
      ],
      [
        '0',
        undefined,
        undefined,
        SCORE_FORMAT,
        '0',
        undefined,
        '0%',
        ...Array(6).fill(undefined),
        '0',
      ],
    );
  }
}
