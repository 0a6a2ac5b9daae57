/**
 * The partner-share band across its two gate rows: the floor's GO must lie below the
 * ceiling's, or no share could pass both; and a share row needs the partner-sourced
 * revenue row of the same wave and checkpoint, whose Actual the plan divides.
 */
import { isShareKind } from '../../shared/balance';
import { checkText } from '../../shared/i18n/checks';
import { asLanguage, type Language } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { sentenceText } from '../../shared/i18n/sentences';
import type { FieldError, GateRow, GateThresholds, PlanRequest } from '../../shared/plan-types';
import type { AmountStyle } from './amount-style';
import { formatAmount } from './metrics';

/**
 * A field error on the ceiling's GO of wave `w` (0-based) when the band as applied
 * (`resolved`, in the metrics' order) is empty: the floor's GO at or above the
 * ceiling's. Undefined when the band is fine or either row has no thresholds.
 */
export function bandCheck(
  request: PlanRequest,
  w: number,
  resolved: Pick<GateThresholds, 'goAt'>[],
  waveName: string,
  amounts: AmountStyle,
): FieldError | undefined {
  const floor = request.metrics.findIndex((m) => m.kind === 'shareFloor');
  const ceiling = request.metrics.findIndex((m) => m.kind === 'shareCeiling');
  const low = resolved[floor]?.goAt;
  const high = resolved[ceiling]?.goAt;
  if (floor < 0 || ceiling < 0 || low == null || high == null || low < high) return undefined;
  return {
    field: `gates.${w}.metrics.${ceiling}.goAt`,
    message: checkText(asLanguage(request.language) ?? 'en').gates.band({
      wave: waveName,
      floor: formatAmount(low, 'percent', amounts),
      ceiling: formatAmount(high, 'percent', amounts),
    }),
  };
}

/**
 * The wave's rows without the share rows whose checkpoint has no partner-sourced revenue
 * row (the share divides that row's Actual), with a note in `language` for each checkpoint
 * left out; a kept share row's Actual covers says how its Actual is computed.
 */
export function shareNeedsRevenue(
  rows: GateRow[],
  waveName: string,
  language: Language = 'en',
): { rows: GateRow[]; notes: string[] } {
  const notes: string[] = [];
  const said = sentenceText(language).gates;
  const { shareCovers } = planText(language);
  const kept = rows.filter((g) => {
    if (!isShareKind(g.kind)) return true;
    return rows.some((r) => r.kind === 'sourcedRevenue' && r.checkpoint === g.checkpoint);
  });
  const shown = kept.map((g) =>
    isShareKind(g.kind) ? { ...g, covers: shareCovers({ covers: g.covers }) } : g,
  );
  for (const checkpoint of ['checkIn', 'gateReview'] as const) {
    const dropped = rows.filter(
      (g) => isShareKind(g.kind) && g.checkpoint === checkpoint && !kept.includes(g),
    );
    if (dropped.length)
      notes.push(said.noShare({ wave: waveName, checkpoint: said.checkpoints[checkpoint] }));
  }
  return { rows: shown, notes };
}
