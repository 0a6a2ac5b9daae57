/**
 * The partner blocks at the foot of a plan sheet: the partners excluded by hand with
 * their reasons, then every partner in rank order with its wave, how often weight
 * scenarios keep it there, status, whether it was
 * scored on partial data, and what would admit it.
 */
import type { CriterionId } from '../../domain/scoring/criteria';
import type { PlanText } from '../../shared/i18n/plan';
import type { PlannedPartner, PlanPreview } from '../../shared/plan-types';
import { SCORE_FORMAT } from '../sheets/formats';
import type { Grid } from '../sheets/grid';

/**
 * The share of weight scenarios keeping the partner in its wave (domain/plan/sensitivity.ts)
 * is floored to a whole percent so it never reads as more stable than it is; blank for
 * partners the analysis does not place (pinned, excluded, unscored, or a plan with Pilot caps).
 */

/** The Data column: complete, or which weighted criteria the score went without. */
function dataWords(p: PlannedPartner, t: PlanText, label: (id: CriterionId) => string): string {
  if (p.rank === null) return '';
  return p.scoredWithout.length
    ? t.partial({ criteria: p.scoredWithout.map((c) => label(c)) })
    : t.complete;
}

/**
 * Adds the "Excluded by hand" and "Partners, ranked by score" blocks to `grid`, labelled
 * in `t`'s language, and returns where the ranked partners are: the first row under the
 * header (1-based) and their count.
 */
export function partnerBlocks(
  grid: Grid,
  preview: PlanPreview,
  t: PlanText,
): { row: number; rows: number } {
  const label = (id: CriterionId | null) => (id ? (t.criteria[id] ?? id) : '');
  const names = preview.request.waves.names;
  const byHand = preview.partners.filter((p) => p.status === 'excluded');
  grid.line([t.byHand], [], true);
  grid.line(t.byHandHeaders, [], true);
  if (!byHand.length) grid.line([t.noneShort]);
  for (const p of byHand)
    grid.line([p.name, p.sheetRow, p.reason.replace(/^Excluded by hand: /, '')], [undefined, '0']);
  grid.blank();

  grid.line([t.ranked], [], true);
  const row = grid.line(t.partnerHeaders, [], true) + 1;
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
        t.statusWith({
          status: t.partnerStatus[p.status],
          pinned: p.pinned,
          duplicate: p.duplicateName,
        }),
        dataWords(p, t, label),
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
  return { row, rows: preview.partners.length };
}
