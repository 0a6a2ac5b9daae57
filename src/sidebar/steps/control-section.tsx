/**
 * The gates step's control guardrails: the short list of measures that say whether scale
 * through partners is costing direct control (src/shared/balance.ts), each explained in
 * plain words, added to every wave's gate with one click, with the direct channel's level
 * its GO and STOP follow from (gateSettings.directBaselines).
 */
import {
  BALANCE_METRICS,
  BALANCE_WORDS,
  CONTROL_KINDS,
  type ControlKind,
} from '../../shared/balance';
import { balanceMetric } from '../../shared/schema/gates';
import { addBuiltInMetric, produce } from '../draft';
import { Field, NumberInput } from '../ui';
import type { DraftStepProps } from './step-props';

/**
 * The control guardrails: those in the draft with their direct-channel level (a percentage
 * typed as 8 for 8%), the others offered with what they measure.
 */
export function ControlSection(props: DraftStepProps) {
  const { draft, errors } = props;
  const chosen = (kind: ControlKind) => draft.metrics.some((m) => m.kind === kind);
  return (
    <section class="section">
      <h3>{BALANCE_WORDS.controlHeading}</h3>
      <p class="hint">{BALANCE_WORDS.controlIntro}</p>
      {CONTROL_KINDS.map((kind) => {
        const metric = BALANCE_METRICS[kind];
        if (!chosen(kind))
          return (
            <div class="card" key={kind}>
              <button
                type="button"
                class="secondary"
                id={`add-metric-${kind}`}
                onClick={() => props.setDraft(addBuiltInMetric(draft, balanceMetric(kind)))}
              >
                Add {metric.name}
              </button>
              <p class="hint">{metric.explain}</p>
            </div>
          );
        return (
          <div class="card" key={kind}>
            <Field
              path={`gateSettings.directBaselines.${kind}`}
              label={`${metric.name}: ${BALANCE_WORDS.directBaseline} (%)`}
              errors={errors}
              hint={`${metric.explain} ${BALANCE_WORDS.directBaselineHint}`}
            >
              {(control) => (
                <NumberInput
                  {...control}
                  allowEmpty
                  scale={100}
                  value={draft.gateSettings.directBaselines[kind]}
                  onChange={(v) =>
                    props.setDraft(
                      produce(draft, (d) => {
                        d.gateSettings.directBaselines[kind] = v;
                      }),
                    )
                  }
                />
              )}
            </Field>
          </div>
        );
      })}
    </section>
  );
}
