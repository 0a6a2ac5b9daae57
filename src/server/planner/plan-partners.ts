/**
 * The partner blocks at the foot of a plan sheet: the partners excluded by hand with
 * their reasons, then every partner in rank order with its wave, status, whether it was
 * scored on partial data, and what would admit it.
 */
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import type { PlannedPartner, PlanPreview } from '../../shared/plan-types';
import { SCORE_FORMAT } from '../sheets/formats';
import type { Grid } from '../sheets/grid';

export const PARTNER_HEADERS = [
  'Rank',
  'Partner',
  'Owner',
  'Score',
  'Wave',
  'Wave name',
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

/**
 * Adds the "Excluded by hand" and "Partners, ranked by score" blocks to `grid`, and returns
 * where the ranked partners are: the first row under the header (1-based) and their count.
 */
export function partnerBlocks(grid: Grid, preview: PlanPreview): { row: number; rows: number } {
  const names = preview.request.waves.names;
  const byHand = preview.partners.filter((p) => p.status === 'excluded');
  grid.line(['Excluded by hand'], [], true);
  grid.line(['Partner', 'Source row', 'Reason'], [], true);
  if (!byHand.length) grid.line(['None']);
  for (const p of byHand)
    grid.line([p.name, p.sheetRow, p.reason.replace(/^Excluded by hand: /, '')], [undefined, '0']);
  grid.blank();

  grid.line(['Partners, ranked by score'], [], true);
  const row = grid.line(PARTNER_HEADERS, [], true) + 1;
  for (const p of preview.partners) {
    grid.line(
      [
        p.rank ?? '',
        p.name,
        p.owner,
        p.score ?? '',
        p.wave ?? '',
        p.wave ? names[p.wave - 1] : '',
        `${STATUS_WORDS[p.status]}${p.pinned ? ' (pinned)' : ''}${p.duplicateName ? ' (duplicate name)' : ''}`,
        dataWords(p),
        label(p.helps),
        label(p.hurts),
        p.reason,
        p.admitWhen,
        p.sheetRow,
      ],
      ['0', undefined, undefined, SCORE_FORMAT, '0', ...Array(7).fill(undefined), '0'],
    );
  }
  return { row, rows: preview.partners.length };
}
