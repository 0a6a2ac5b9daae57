/**
 * The plan sheet's scoring blocks, between the gate table and the notes: the labelled
 * weights of a PARTNER_SCORE formula that gives the plan's scores, then the weight
 * sensitivity table (criterion, weight, stability interval). Both have as many rows as
 * the plan has criteria, so they sit at the same rows in previewPlan's layout (which
 * places the weights range the formula names) and in the write. The sensitivity table's
 * A1 is part of the plan's layout (PlanLayout.sensitivityTable) for charts over it.
 */
import { stabilitySentence } from '../../domain/plan/record-sensitivity';
import { rangeInWords, shownMultiplier } from '../../domain/plan/stability-range';
import { recordText } from '../../shared/i18n/record';
import type { PlanPreview } from '../../shared/plan-types';
import { PERCENT_FORMAT } from '../sheets/formats';
import { a1Range, type Grid } from '../sheets/grid';

/**
 * The sensitivity table's columns, left to right from column A. "Holds from" and "Holds to"
 * are the multipliers on the criterion's weight (the others unchanged) between which the
 * Pilot keeps its partners, rounded towards 1 as the record states them: blank "Holds to"
 * means no increase changes the Pilot; "Holds from" 0, no decrease.
 */
export const SENSITIVITY_HEADERS = [
  'Criterion',
  'Weight',
  'Holds from (×)',
  'Holds to (×)',
  'Stability interval',
  'Most sensitive',
] as const;

const TEXT = {
  sensitivityHeading:
    'Weight sensitivity: how far one weight can move, the others unchanged, before the Pilot’s partners change',
  notStated: 'not stated',
  mostSensitive: 'most sensitive',
};

// Up to nine decimals: a knife-edge interval (0.995× to 1.004×) keeps its side of 1.
const MULTIPLIER_FORMAT = '0.00#######';

export interface ScoringBlocks {
  /** A1 of the labelled weights range, or '' when the plan has none. */
  weightsRange: string;
  /** A1 of the sensitivity table with its header row, or '' when the plan has no analysis. */
  sensitivityTable: string;
}

/**
 * Adds the weights block (under `weightsHeading`, in the plan's language) and the
 * sensitivity table to `grid`; `textBlock` adds lines of long text (merged and wrapped by
 * the writer). Returns where the two ranges are.
 */
export function scoringBlocks(
  grid: Grid,
  preview: PlanPreview,
  textBlock: (lines: string[]) => void,
  weightsHeading: string,
): ScoringBlocks {
  let weightsRange = '';
  const formula = preview.scoreFormula;
  if (formula) {
    grid.line([weightsHeading], [], true);
    const first = grid.nextRow;
    for (const [label, value] of formula.weights)
      grid.line([label, value], [undefined, typeof value === 'number' ? '0.##' : undefined]);
    weightsRange = a1Range(first, 1, formula.weights.length, 2);
    if (formula.formula) grid.line([formula.formula]);
    grid.blank();
  }

  const s = preview.sensitivity;
  if (!s) return { weightsRange, sensitivityTable: '' };
  grid.line([TEXT.sensitivityHeading], [], true);
  const said = s.withheld
    ? recordText('en').sensitivity[s.withheld]
    : stabilitySentence(s, preview.request.scoring.method);
  textBlock([said]);
  const header = grid.line([...SENSITIVITY_HEADERS], [], true);
  for (const i of s.intervals) {
    const low = i.low > 0 ? Number(shownMultiplier(i.low, true)) : 0;
    const high = i.high === null ? '' : Number(shownMultiplier(i.high, false));
    grid.line(
      [
        i.label,
        i.weight,
        low,
        high,
        rangeInWords(i),
        i.criterion === s.mostSensitive ? TEXT.mostSensitive : '',
      ],
      [undefined, PERCENT_FORMAT, MULTIPLIER_FORMAT, MULTIPLIER_FORMAT],
    );
  }
  if (!s.intervals.length) grid.line([TEXT.notStated]);
  const rows = Math.max(1, s.intervals.length);
  grid.blank();
  return {
    weightsRange,
    sensitivityTable: a1Range(header, 1, rows + 1, SENSITIVITY_HEADERS.length),
  };
}
