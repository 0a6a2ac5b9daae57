/**
 * The priorities step's view of the weight sensitivity (previewPlan's `sensitivity`, computed
 * on the server with the preview, so it follows a weight change within the same debounce):
 * how sure each partner of the live top list is of its wave, the criterion the Pilot is most
 * sensitive to, and the uncertainty setting behind both. Words: the sidebar catalogue's
 * `stability` (src/shared/i18n/en/sidebar.ts and its Japanese twin).
 */
import { shownEnds } from '../../domain/plan/stability-range';
import { CRITERIA } from '../../domain/scoring/criteria';
import type { SidebarText } from '../../shared/i18n/sidebar';
import type { PlannedPartner, PlanPreview } from '../../shared/plan-types';
import type { CriterionStability } from '../../shared/sensitivity-types';
import { produce } from '../draft';
import { formatNumber, plainNumber } from '../numbers';
import { Field, NumberInput } from '../ui';
import type { DraftStepProps } from './step-props';

/** A share as a whole percent, rounded down: a partner never reads as surer than it is. */
const percent = (share: number) => Math.floor(share * 100 + 1e-9);

/**
 * "stable", "borderline (in the Pilot in 62 % of scenarios)", or '' when the partner is not
 * analysed (pinned, or a plan whose analysis is withheld).
 */
export function stabilityLabel(t: SidebarText, p: PlannedPartner, preview: PlanPreview): string {
  const s = preview.sensitivity;
  const w = t.stability;
  if (!s || p.inWaveShare === null) return '';
  if (p.inWaveShare >= s.stableShare) return w.stable;
  const where = p.wave ? w.inWave({ wave: preview.request.waves.names[p.wave - 1] }) : w.outside;
  return w.borderline({ where, percent: percent(p.inWaveShare) });
}

/** The interval as the sidebar says it, ends rounded towards 1 as the record states them. */
function range(t: SidebarText, interval: CriterionStability): string {
  const ends = shownEnds(interval);
  // In the locale's marks, as the sidebar's other numbers (shownEnds' digits are exact).
  const low = ends.low && plainNumber(Number(ends.low));
  const high = ends.high && plainNumber(Number(ends.high));
  const w = t.stability;
  if (low && high) return w.between({ low, high });
  if (low) return w.above({ low });
  if (high) return w.below({ high });
  return w.any;
}

/** The one line on which criterion the Pilot is most sensitive to, or why none is named. */
export function sensitivityLine(t: SidebarText, preview: PlanPreview): string {
  const s = preview.sensitivity;
  const w = t.stability;
  if (!s) return '';
  if (s.withheld) return w[s.withheld];
  if (s.intervals.length === 1) return w.single;
  const sensitive = s.intervals.find((i) => i.criterion === s.mostSensitive);
  if (!sensitive) return w.noneSensitive;
  const builtIn = CRITERIA.find((c) => c.id === sensitive.criterion);
  const criterion = builtIn ? t.criteria[builtIn.id] : sensitive.label;
  return w.mostSensitive({ criterion, range: range(t, sensitive) });
}

/** The uncertainty box (percent, ±), with what it means for a decision maker. */
export function UncertaintyField(props: DraftStepProps) {
  const { t, draft } = props;
  return (
    <Field
      path="scoring.uncertainty"
      label={t.stability.uncertainty}
      hint={t.stability.uncertaintyHint}
      errors={props.errors}
    >
      {(control) => (
        <NumberInput
          {...control}
          kind="percent"
          class="num-input"
          value={draft.scoring.uncertainty}
          scale={100}
          digits={1}
          format={(n) => t.stability.uncertaintyShown({ percent: formatNumber(n, 1) })}
          onChange={(u) =>
            props.setDraft(
              produce(draft, (d) => {
                d.scoring.uncertainty = u ?? 0;
              }),
            )
          }
        />
      )}
    </Field>
  );
}
