/**
 * Step 4: each wave's gate, metric by metric: baseline, GO and STOP. A box left as the
 * server derived it stays derived (it follows later changes of weights or waves); a
 * number the user types is kept; clearing the box returns it to the derived value.
 */
import type { Direction, GateThresholds } from '../../shared/plan-types';
import { DIRECTIONS, METRIC_UNITS, REVENUE_COLUMNS } from '../../shared/schema/options';
import { addCustomMetric, produce, removeMetric } from '../draft';
import { shownThresholds } from '../gate-checks';
import { UNIT_DIGITS, UNIT_SUFFIX, unitScale } from '../labels';
import { Field, Messages, NumberInput, OptionSelect, TextInput } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

const ARROW: Record<Direction, { symbol: string; words: string }> = {
  higher: { symbol: '↑', words: 'higher is better' },
  lower: { symbol: '↓', words: 'lower is better' },
};

type ThresholdKey = Exclude<keyof GateThresholds, 'metricId'>;
const COLUMNS: { key: ThresholdKey; label: string }[] = [
  { key: 'baseline', label: 'Baseline' },
  { key: 'goAt', label: 'GO at' },
  { key: 'stopAt', label: 'STOP at' },
];

/**
 * Step 4, Gates: each wave's baseline, GO and STOP per metric (derived values shown grey until
 * typed over); edits gates.<wave>.metrics.<i>, custom metrics (metrics.<i>.name, direction,
 * unit) and gateSettings.directCac, revenueColumn, staleAfterDays.
 */
export function GatesStep(props: DraftStepProps) {
  const { draft, preview, errors } = props;
  return (
    <div>
      <p class="intro">
        Each wave passes its gate review on GO and stops on STOP; arrows show which way is good.
        Grey boxes follow the baselines: type your own number, or clear a box to follow again.
      </p>
      {draft.waves.names.map((waveName, w) => {
        const review = preview?.waves[w]?.gateReview;
        return (
          <section class="section" key={w}>
            <h3>
              {waveName} gate{review && <span class="muted"> · {review}</span>}
            </h3>
            <table class="grid gates">
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  {COLUMNS.map((c) => (
                    <th scope="col" key={c.key} class="num">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {draft.metrics.map((metric, i) => {
                  const shown = shownThresholds(draft, preview, w, i);
                  const base = `gates.${w}.metrics.${i}`;
                  const messages = errors.under(base);
                  const arrow = ARROW[metric.direction];
                  return [
                    <tr key={metric.id} class={messages.length ? 'invalid' : undefined}>
                      <th scope="row">
                        <span class="arrow" title={arrow.words}>
                          {arrow.symbol}
                        </span>
                        <span class="sr-only">({arrow.words})</span> {metric.name}
                        {UNIT_SUFFIX[metric.unit] && (
                          <span class="muted small"> {UNIT_SUFFIX[metric.unit]}</span>
                        )}
                      </th>
                      {COLUMNS.map((c) => {
                        const path = `${base}.${c.key}`;
                        const typed = draft.gates[w]?.metrics[i]?.[c.key] ?? null;
                        return (
                          <td key={c.key}>
                            <NumberInput
                              id={fieldId(path)}
                              class={`num-input${typed === null ? ' derived' : ''}`}
                              aria-label={`${waveName} ${metric.name} ${c.label}`}
                              aria-invalid={errors.at(path).length > 0}
                              aria-describedby={
                                messages.length ? `${fieldId(base)}-error` : undefined
                              }
                              allowEmpty
                              scale={unitScale(metric.unit)}
                              digits={typed === null ? UNIT_DIGITS[metric.unit] : undefined}
                              value={shown[c.key]}
                              onChange={(v) =>
                                props.setDraft(
                                  produce(draft, (d) => {
                                    const gate = d.gates[w].metrics[i];
                                    gate[c.key] = v;
                                  }),
                                )
                              }
                            />
                          </td>
                        );
                      })}
                    </tr>,
                    messages.length > 0 && (
                      <tr key={`${metric.id}-error`}>
                        <td colSpan={4}>
                          <Messages id={`${fieldId(base)}-error`} messages={messages} />
                        </td>
                      </tr>
                    ),
                  ];
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <CustomMetrics {...props} />
      <GateSettings {...props} />
    </div>
  );
}

function CustomMetrics(props: DraftStepProps) {
  const { draft, errors } = props;
  return (
    <section class="section">
      <h3>Your own guardrails</h3>
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
            <button
              type="button"
              class="link"
              onClick={() => props.setDraft(removeMetric(draft, i))}
            >
              Remove {m.name || 'this guardrail'}
            </button>
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
        For example the partner share of new revenue, which stands for direct control. Enter its GO
        and STOP in each wave above.
      </p>
    </section>
  );
}

function GateSettings(props: DraftStepProps) {
  const { draft, errors } = props;
  const s = draft.gateSettings;
  const set = (edit: (d: typeof draft) => void) => props.setDraft(produce(draft, edit));
  return (
    <section class="section">
      <h3>Baselines and data</h3>
      <Field
        path="gateSettings.directCac"
        label="Direct-channel CAC ($)"
        errors={errors}
        hint="Empty: the scored partners' mean CAC."
      >
        {(control) => (
          <NumberInput
            {...control}
            allowEmpty
            placeholder="Partners' mean"
            value={s.directCac}
            onChange={(v) =>
              set((d) => {
                d.gateSettings.directCac = v;
              })
            }
          />
        )}
      </Field>
      <Field path="gateSettings.revenueColumn" label="Revenue column holds" errors={errors}>
        {(control) => (
          <OptionSelect
            {...control}
            options={REVENUE_COLUMNS}
            value={s.revenueColumn}
            onChange={(v) => {
              set((d) => {
                d.gateSettings.revenueColumn = v;
              });
            }}
          />
        )}
      </Field>
      <Field path="gateSettings.staleAfterDays" label="Data is stale after (days)" errors={errors}>
        {(control) => (
          <NumberInput
            {...control}
            class="short"
            value={s.staleAfterDays}
            onChange={(v) =>
              set((d) => {
                d.gateSettings.staleAfterDays = v ?? 0;
              })
            }
          />
        )}
      </Field>
    </section>
  );
}
