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
import type { CriterionId } from '../../domain/scoring/criteria';
import { asLanguage } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { recordText } from '../../shared/i18n/record';
import { sentenceText } from '../../shared/i18n/sentences';
import { SENSITIVITY_HEADERS } from '../../shared/plan-columns';
import type { PlanPreview } from '../../shared/plan-types';
import { PERCENT_FORMAT } from '../sheets/formats';
import { a1Range, type Grid } from '../sheets/grid';

/** The sensitivity table's column ids, in order: a chart over its cells finds them so. */
export { SENSITIVITY_HEADERS };

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
 * sensitivity table to `grid`, multipliers with `decimal` as the locale's decimal mark;
 * `textBlock` adds lines of long text (merged and wrapped by the writer). Returns where the
 * two ranges are.
 */
export function scoringBlocks(
  grid: Grid,
  preview: PlanPreview,
  textBlock: (lines: string[]) => void,
  weightsHeading: string,
  decimal = '.',
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
  const language = asLanguage(preview.request.language) ?? 'en';
  const t = sentenceText(language);
  const words = t.sensitivity;
  grid.line([words.heading], [], true);
  // The record's sentences on stability (i18n/{en,ja}/record-figures.ts), in the plan's language.
  const record = recordText(language);
  const said = s.withheld
    ? record.sensitivity[s.withheld]
    : stabilitySentence(s, preview.request.scoring.method, record, decimal);
  textBlock([said]);
  // The headers in the plan's language; the columns are SENSITIVITY_HEADERS, in order.
  const header = grid.line([...planText(language).sensitivityHeaders], [], true);
  for (const i of s.intervals) {
    const low = i.low > 0 ? Number(shownMultiplier(i.low, true)) : 0;
    const high = i.high === null ? '' : Number(shownMultiplier(i.high, false));
    grid.line(
      [
        i.criterion.startsWith('extra:')
          ? i.label
          : (t.criteria[i.criterion as CriterionId] ?? i.label),
        i.weight,
        low,
        high,
        rangeInWords(i, record.sensitivity.range, decimal),
        i.criterion === s.mostSensitive ? words.mostSensitive : '',
      ],
      [undefined, PERCENT_FORMAT, MULTIPLIER_FORMAT, MULTIPLIER_FORMAT],
    );
  }
  if (!s.intervals.length) grid.line([words.notStated]);
  const rows = Math.max(1, s.intervals.length);
  grid.blank();
  return {
    weightsRange,
    sensitivityTable: a1Range(header, 1, rows + 1, SENSITIVITY_HEADERS.length),
  };
}
