/**
 * The priorities step's view of the weight sensitivity (previewPlan's `sensitivity`, computed
 * on the server with the preview, so it follows a weight change within the same debounce):
 * how sure each partner of the live top list is of its wave, the criterion the Pilot is most
 * sensitive to, and the uncertainty setting behind both. Every English word is in WORDS.
 */
import { rangeInWords } from '../../domain/plan/stability-range';
import type { PlannedPartner, PlanPreview } from '../../shared/plan-types';
import { produce } from '../draft';
import { Field, NumberInput } from '../ui';
import type { DraftStepProps } from './step-props';

const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)} %`;

export const WORDS = {
  stable: 'stable',
  borderline: (where: string, share: number) =>
    `borderline (${where} in ${percent(share)} of scenarios)`,
  inWave: (name: string) => `in the ${name}`,
  outside: 'outside the waves',
  mostSensitive: (label: string, range: string) =>
    `The Pilot is most sensitive to the ${label} weight: it keeps its partners while that weight stays ${range} of its value, the others unchanged.`,
  noneSensitive: 'No change of a single weight, the others unchanged, alters the Pilot.',
  single: 'Only one criterion is weighted, so the weights cannot change the Pilot.',
  caps: 'No stability shown: the Pilot’s caps choose its partners by budget and load too, which the weight scenarios do not model.',
  deferred:
    'Stability is computed when the plan is written: over 5,000 partners it would slow every change.',
  tieRule:
    'No stability interval: a tie at the Pilot’s edge is broken by the plan’s tie rule, which the analysis does not follow.',
  uncertaintyLabel: 'How sure are these weights?',
  uncertaintyHint:
    'How far each weight might be off. The planner tries 1,000 other sets of weights around yours and reranks: at ±25 %, a weight of 40 % might really be anywhere around 30 % to 50 %. A partner in its wave in at least 90 % of them is stable; below, borderline. 0 means the weights are exact.',
};

/** "stable", "borderline (in the Pilot in 62 % of scenarios)", or '' when not analysed. */
export function stabilityLabel(p: PlannedPartner, preview: PlanPreview): string {
  const s = preview.sensitivity;
  if (!s || p.inWaveShare === null) return '';
  if (p.inWaveShare >= s.stableShare) return WORDS.stable;
  const where = p.wave ? WORDS.inWave(preview.request.waves.names[p.wave - 1]) : WORDS.outside;
  return WORDS.borderline(where, p.inWaveShare);
}

/** The one line on which criterion the Pilot is most sensitive to, or why none is named. */
export function sensitivityLine(preview: PlanPreview): string {
  const s = preview.sensitivity;
  if (!s) return '';
  if (s.withheld) return WORDS[s.withheld];
  if (s.intervals.length === 1) return WORDS.single;
  const sensitive = s.intervals.find((i) => i.criterion === s.mostSensitive);
  if (!sensitive) return WORDS.noneSensitive;
  return WORDS.mostSensitive(sensitive.label, rangeInWords(sensitive));
}

/** The uncertainty box (percent, ±), with what it means for a decision maker. */
export function UncertaintyField(props: DraftStepProps) {
  const { draft } = props;
  return (
    <Field
      path="scoring.uncertainty"
      label={WORDS.uncertaintyLabel}
      hint={WORDS.uncertaintyHint}
      errors={props.errors}
    >
      {(control) => (
        <NumberInput
          {...control}
          class="num-input"
          value={draft.scoring.uncertainty}
          scale={100}
          digits={1}
          format={(n) => `±${n} %`}
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
