/**
 * The partner-share band across its two gate rows: the floor's GO must lie below the
 * ceiling's, or no share could pass both; and a share row needs the partner-sourced
 * revenue row of the same wave and checkpoint, whose Actual the plan divides.
 */
import { isShareKind } from '../../shared/balance';
import { checkText } from '../../shared/i18n/checks';
import { asLanguage } from '../../shared/i18n/language';
import type { FieldError, GateRow, GateThresholds, PlanRequest } from '../../shared/plan-types';
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
      floor: formatAmount(low, 'percent'),
      ceiling: formatAmount(high, 'percent'),
    }),
  };
}

/** What a share row's Actual is, as its "Actual covers" cell says. */
export const SHARE_COMPUTED = 'computed: partner-sourced ÷ (partner-sourced + direct revenue)';

const CHECKPOINT_NAMES = { checkIn: 'mid-wave check-in', gateReview: 'gate review' } as const;

/**
 * The wave's rows without the share rows whose checkpoint has no partner-sourced revenue
 * row (the share divides that row's Actual), with a note for each checkpoint left out.
 */
export function shareNeedsRevenue(
  rows: GateRow[],
  waveName: string,
): { rows: GateRow[]; notes: string[] } {
  const notes: string[] = [];
  const kept = rows.filter((g) => {
    if (!isShareKind(g.kind)) return true;
    return rows.some((r) => r.kind === 'sourcedRevenue' && r.checkpoint === g.checkpoint);
  });
  const shown = kept.map((g) =>
    isShareKind(g.kind) ? { ...g, covers: `${g.covers}; ${SHARE_COMPUTED}` } : g,
  );
  for (const checkpoint of ['checkIn', 'gateReview'] as const) {
    const dropped = rows.filter(
      (g) => isShareKind(g.kind) && g.checkpoint === checkpoint && !kept.includes(g),
    );
    if (dropped.length)
      notes.push(
        `${waveName} judges no partner share at its ${CHECKPOINT_NAMES[checkpoint]}: the share divides the Partner-sourced revenue Actual of the same checkpoint, which it lacks. Add the Partner-sourced revenue metric (or its column) to judge the share.`,
      );
  }
  return { rows: shown, notes };
}
