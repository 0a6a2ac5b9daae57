/**
 * The gates step's list of metrics: every metric the gates judge, each removable
 * (built-in or added), the built-in ones the draft lacks offered back, and the user's own
 * guardrails with their name, direction and unit. Edits request.metrics and the matching
 * entry of every wave's gate.
 */
import { BALANCE_METRICS, isBalanceKind } from '../../shared/balance';
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
  const { draft, errors } = props;
  const missing = defaultMetrics().filter((m) => !draft.metrics.some((x) => x.kind === m.kind));
  // Control guardrails have their own section, with their direct-channel levels.
  return (
    <section class="section">
      <h3>Metrics</h3>
      <ul class="plain metrics">
        {draft.metrics.map((m, i) => (
          <li
            key={m.id}
            title={isBalanceKind(m.kind) ? BALANCE_METRICS[m.kind].explain : undefined}
          >
            <span class="name">{m.name || 'Unnamed guardrail'}</span>{' '}
            <button
              type="button"
              class="link"
              id={`remove-metric-${m.id}`}
              onClick={() => props.setDraft(removeMetric(draft, i))}
            >
              Remove
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
          Add {m.name}
        </button>
      ))}
      {draft.metrics.map((m, i) =>
        m.kind !== 'custom' ? null : (
          <div class="card" key={m.id}>
            <Field path={`metrics.${i}.name`} label="Guardrail name" errors={errors}>
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
              <Field path={`metrics.${i}.direction`} label="Better when" errors={errors}>
                {(control) => (
                  <OptionSelect
                    {...control}
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
              <Field path={`metrics.${i}.unit`} label="Unit" errors={errors}>
                {(control) => (
                  <OptionSelect
                    {...control}
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
        onClick={() => props.setDraft(addCustomMetric(draft))}
      >
        Add a guardrail
      </button>
      <p class="hint">
        A guardrail of your own, for example the share of partner deals registered before the first
        meeting: enter its GO and STOP in each wave above.
      </p>
    </section>
  );
}
