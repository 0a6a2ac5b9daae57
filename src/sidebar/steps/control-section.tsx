/**
 * The gates step's control guardrails: the short list of measures that say whether scale
 * through partners is costing direct control (src/shared/balance.ts), each explained in
 * plain words, added to every wave's gate with one click, with the direct channel's level
 * its GO and STOP follow from (gateSettings.directBaselines).
 */
import { CONTROL_KINDS, type ControlKind } from '../../shared/balance';
import { balanceMetric } from '../../shared/schema/gates';
import { addBuiltInMetric, produce } from '../draft';
import { boxMax } from '../labels';
import { Field, NumberInput } from '../ui';
import type { DraftStepProps } from './step-props';

/**
 * The control guardrails: those in the draft with their direct-channel level (a percentage
 * typed as 8 for 8%), the others offered with what they measure.
 */
export function ControlSection(props: DraftStepProps) {
  const { t, draft, errors } = props;
  const chosen = (kind: ControlKind) => draft.metrics.some((m) => m.kind === kind);
  return (
    <section class="section">
      <h3>{t.gates.controlHeading}</h3>
      <p class="hint">{t.gates.controlIntro}</p>
      {CONTROL_KINDS.map((kind) => {
        // In the draft's language, as the plan names it (a switch renames it: default-words.ts).
        const metric = balanceMetric(kind, draft.language);
        if (!chosen(kind))
          return (
            <div class="card" key={kind}>
              <button
                type="button"
                class="secondary"
                id={`add-metric-${kind}`}
                onClick={() => props.setDraft(addBuiltInMetric(draft, metric))}
              >
                {t.gates.add({ metric: metric.name })}
              </button>
              <p class="hint">{t.gates.explain[kind]}</p>
            </div>
          );
        return (
          <div class="card" key={kind}>
            <Field
              path={`gateSettings.directBaselines.${kind}`}
              label={t.gates.directBaseline({ metric: metric.name })}
              errors={errors}
              hint={`${t.gates.explain[kind]} ${t.gates.directBaselineHint}`}
            >
              {(control) => (
                <NumberInput
                  {...control}
                  kind="percent"
                  allowEmpty
                  scale={100}
                  max={boxMax(kind, 'percent')}
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
