/**
 * Step 4: each wave's gate, metric by metric: baseline, GO and STOP. A box left as the
 * server derived it stays derived (it follows later changes of weights or waves); a
 * number the user types is kept; clearing the box returns it to the derived value.
 */

import { BALANCE_WORDS } from '../../shared/balance';
import type { Direction, GateThresholds, PeriodColumn } from '../../shared/plan-types';
import { COLUMN_PERIODS } from '../../shared/schema/options';
import { produce } from '../draft';
import { shownThresholds } from '../gate-checks';
import { formatInUnit, shortMetricName, UNIT_DIGITS, unitScale } from '../labels';
import { Field, Messages, NumberInput, OptionSelect } from '../ui';
import { fieldId } from '../wizard-steps';
import { ControlSection } from './control-section';
import { MetricsSection } from './metrics-section';
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
 * unit), the control guardrails (control-section.tsx) and gateSettings.directCac, periods,
 * baselineShare, staleAfterDays.
 */
export function GatesStep(props: DraftStepProps) {
  const { draft, preview, errors } = props;
  return (
    <div>
      <p class="intro">
        Each wave passes its gate review on GO and stops on STOP; arrows show which way is good.
        Grey boxes follow the baselines: type your own number, or clear a box to follow again.
      </p>
      <Messages
        messages={(preview?.notes ?? []).filter(
          (n) => /gate|check-in/.test(n) && !n.startsWith('Periods'),
        )}
      />
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
                        <span class="sr-only">({arrow.words})</span>{' '}
                        <span title={metric.name}>{shortMetricName(metric)}</span>
                        {metric.kind !== 'custom' && metric.name !== shortMetricName(metric) && (
                          <span class="sr-only"> ({metric.name})</span>
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
                              format={(v) => formatInUnit(v, metric.unit)}
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
      <MetricsSection {...props} />
      <ControlSection {...props} />
      <GateSettings {...props} />
    </div>
  );
}

/** The amount columns whose period the user states; thresholds follow it. */
const PERIOD_COLUMNS: { key: PeriodColumn; label: string }[] = [
  { key: 'sourcedRevenue', label: 'Revenue column covers' },
  { key: 'comarketingBudget', label: 'Co-marketing budget column covers' },
  { key: 'enablementLoad', label: 'Enablement load column covers' },
];

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
      {PERIOD_COLUMNS.map(({ key, label }) => (
        <Field key={key} path={`gateSettings.periods.${key}`} label={label} errors={errors}>
          {(control) => (
            <OptionSelect
              {...control}
              options={COLUMN_PERIODS}
              value={s.periods[key]}
              onChange={(v) => {
                set((d) => {
                  d.gateSettings.periods[key] = v;
                });
              }}
            />
          )}
        </Field>
      ))}
      <Field
        path="gateSettings.baselineShare"
        label={`${BALANCE_WORDS.shareBaseline} (%)`}
        errors={errors}
        hint={BALANCE_WORDS.shareBaselineHint}
      >
        {(control) => (
          <NumberInput
            {...control}
            allowEmpty
            scale={100}
            placeholder="Default band"
            value={s.baselineShare}
            onChange={(v) =>
              set((d) => {
                d.gateSettings.baselineShare = v;
              })
            }
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
