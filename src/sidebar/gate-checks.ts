/**
 * The inline check of the gates step: a GO threshold that is not on the good side of
 * its STOP threshold, judged on what each cell shows (the user's number, else the value
 * the last preview derived), so the field is flagged while the user types.
 */
import { goBeatsStop } from '../domain/plan/metrics';
import type { SidebarText } from '../shared/i18n/sidebar';
import type { FieldError, GateRow, PlanRequest } from '../shared/plan-types';

export interface ShownThresholds {
  baseline: number | null;
  goAt: number | null;
  stopAt: number | null;
}

/**
 * What the gates table shows for one metric at one wave's gate: the typed numbers, else
 * those of `derived` (the gate rows of the last preview, or of the last refusal that
 * still derived them: usePreview).
 */
export function shownThresholds(
  draft: PlanRequest,
  derived: GateRow[],
  wave: number,
  metricIndex: number,
): ShownThresholds {
  const metric = draft.metrics[metricIndex];
  const typed = draft.gates[wave]?.metrics[metricIndex];
  const row = derived.find(
    (g) => g.wave === wave + 1 && g.metricId === metric?.id && g.checkpoint === 'gateReview',
  );
  return {
    baseline: typed?.baseline ?? row?.baseline ?? null,
    goAt: typed?.goAt ?? row?.goAt ?? null,
    stopAt: typed?.stopAt ?? row?.stopAt ?? null,
  };
}

/**
 * A 'gates.<wave>.metrics.<i>.goAt' FieldError (0-based indices) for each metric at each wave
 * where GO or STOP is typed and GO is not on the better side of its STOP, judged on what the
 * gates table shows (typed, else derived: shownThresholds); thresholds not known yet are not
 * judged. The same rule as the server's checkThresholdOrder, run while the user types.
 */
export function gateOrderErrors(
  draft: PlanRequest,
  derived: GateRow[],
  t: SidebarText,
): FieldError[] {
  const errors: FieldError[] = [];
  draft.gates.forEach((_, w) => {
    draft.metrics.forEach((metric, i) => {
      // Derived GO and STOP alike are the server's to judge (a baseline too small for
      // them to differ is the baseline's fault, said beside it).
      const typed = draft.gates[w]?.metrics[i];
      if (typed?.goAt == null && typed?.stopAt == null) return;
      const { goAt, stopAt } = shownThresholds(draft, derived, w, i);
      if (goAt === null || stopAt === null || goBeatsStop(metric.direction, goAt, stopAt)) return;
      errors.push({
        field: `gates.${w}.metrics.${i}.goAt`,
        message: t.gates.order({
          above: metric.direction === 'higher',
          direction: metric.direction,
          metric: metric.name,
        }),
      });
    });
  });
  return errors;
}
