/**
 * The gates step's list of metrics: every metric the gates judge, each removable
 * (built-in or added), the built-in ones the draft lacks offered back, and the user's own
 * guardrails with their name, direction and unit. Edits request.metrics and the matching
 * entry of every wave's gate.
 */
import { defaultMetrics } from '../../shared/schema/gates';
import { DIRECTIONS, METRIC_UNITS } from '../../shared/schema/options';
import { addBuiltInMetric, addCustomMetric, produce, removeMetric } from '../draft';
import { Field, OptionSelect, TextInput } from '../ui';
import type { DraftStepProps } from './step-props';

/**
 * Every metric the gates judge, each removable (built-in or added), the built-in ones the
 * draft lacks offered back, and the user's own guardrails with their name, direction and
 * unit.
 */
export function MetricsSection(props: DraftStepProps) {
  const { t, draft, errors } = props;
  const missing = defaultMetrics().filter((m) => !draft.metrics.some((x) => x.kind === m.kind));
  // Control guardrails have their own section, with their direct-channel levels.
  return (
    <section class="section">
      <h3>{t.gates.metrics}</h3>
      <ul class="plain metrics">
        {draft.metrics.map((m, i) => (
          <li key={m.id} title={t.gates.explain[m.kind]}>
            <span class="name">{m.name || t.gates.unnamed}</span>{' '}
            <button
              type="button"
              class="link"
              id={`remove-metric-${m.id}`}
              onClick={() => props.setDraft(removeMetric(draft, i))}
            >
              {t.gates.remove}
            </button>
          </li>
        ))}
      </ul>
      {missing.map((m) => (
        <button
          type="button"
          class="secondary"
          key={m.kind}
          id={`add-metric-${m.kind}`}
          onClick={() => props.setDraft(addBuiltInMetric(draft, m))}
        >
          {t.gates.add({ metric: m.name })}
        </button>
      ))}
      {draft.metrics.map((m, i) =>
        m.kind !== 'custom' ? null : (
          <div class="card" key={m.id}>
            <Field path={`metrics.${i}.name`} label={t.gates.guardrailName} errors={errors}>
              {(control) => (
                <TextInput
                  {...control}
                  value={m.name}
                  onChange={(v) =>
                    props.setDraft(
                      produce(draft, (d) => {
                        d.metrics[i].name = v;
                      }),
                    )
                  }
                />
              )}
            </Field>
            <div class="row">
              <Field path={`metrics.${i}.direction`} label={t.gates.betterWhen} errors={errors}>
                {(control) => (
                  <OptionSelect
                    {...control}
                    t={t}
                    options={DIRECTIONS}
                    value={m.direction}
                    onChange={(v) => {
                      props.setDraft(
                        produce(draft, (d) => {
                          d.metrics[i].direction = v;
                        }),
                      );
                    }}
                  />
                )}
              </Field>
              <Field path={`metrics.${i}.unit`} label={t.gates.unit} errors={errors}>
                {(control) => (
                  <OptionSelect
                    {...control}
                    t={t}
                    options={METRIC_UNITS}
                    value={m.unit}
                    onChange={(v) => {
                      props.setDraft(
                        produce(draft, (d) => {
                          d.metrics[i].unit = v;
                        }),
                      );
                    }}
                  />
                )}
              </Field>
            </div>
          </div>
        ),
      )}
      <button
        type="button"
        class="secondary"
        onClick={() => props.setDraft(addCustomMetric(draft, t.gates.newGuardrail))}
      >
        {t.gates.addGuardrail}
      </button>
      <p class="hint">{t.gates.guardrailHint}</p>
    </section>
  );
}
