/**
 * Step 4: each wave's gate, metric by metric: baseline, GO and STOP. A box left as the
 * server derived it stays derived (it follows later changes of weights or waves); a
 * number the user types is kept; clearing the box returns it to the derived value.
 */

import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Direction, GateThresholds, PeriodColumn } from '../../shared/plan-types';
import { COLUMN_PERIODS } from '../../shared/schema/options';
import { produce } from '../draft';
import { shownThresholds } from '../gate-checks';
import { boxMax, formatInUnit, shortMetricName, UNIT_BOX, UNIT_DIGITS, unitScale } from '../labels';
import { Field, Messages, NumberInput, OptionSelect } from '../ui';
import { fieldId } from '../wizard-steps';
import { ControlSection } from './control-section';
import { MetricsSection } from './metrics-section';
import type { DraftStepProps } from './step-props';

const ARROW: Record<Direction, string> = { higher: '↑', lower: '↓' };

type ThresholdKey = Exclude<keyof GateThresholds, 'metricId'>;
const COLUMNS: ThresholdKey[] = ['baseline', 'goAt', 'stopAt'];
/**
 * A typed baseline shows every decimal typed (as NumberInput keeps up to 6): the plan
 * derives from it unrounded. GO and STOP show the unit's decimals, typed or not: the plan
 * rounds them so (roundThreshold), and the box shows the threshold the plan will judge.
 */
const BASELINE_DIGITS = 6;

/**
 * Step 4, Gates: each wave's baseline, GO and STOP per metric (derived values shown grey until
 * typed over); edits gates.<wave>.metrics.<i>, custom metrics (metrics.<i>.name, direction,
 * unit), the control guardrails (control-section.tsx) and gateSettings.directCac, periods,
 * baselineShare, staleAfterDays.
 */
export function GatesStep(props: DraftStepProps) {
  const { t, draft, preview, derivedGates, errors } = props;
  // Why a box's text is not read, by wave, metric id and column (not by path, which a
  // metric removed above shifts): shown under its row with the server's word.
  const [unread, setUnread] = useState<Record<string, string>>({});
  const unreadUnder = (row: string) =>
    COLUMNS.map((c) => unread[`${row}.${c}`]).filter((m): m is string => m !== undefined);
  return (
    <div>
      <p class="intro">{t.gates.intro}</p>
      <Messages
        messages={(preview?.notes ?? []).filter((_, i) => preview?.noteKinds[i] === 'gate')}
      />
      {draft.waves.names.map((waveName, w) => {
        const review = preview?.waves[w]?.gateReview;
        return (
          <section class="section" key={w}>
            <h3>
              {t.gates.gate({ wave: waveName })}
              {review && <span class="muted"> · {review}</span>}
            </h3>
            <table class="grid gates">
              <thead>
                <tr>
                  <th scope="col">{t.gates.metric}</th>
                  {COLUMNS.map((c) => (
                    <th scope="col" key={c} class="num">
                      {t.gates[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {draft.metrics.map((metric, i) => {
                  const shown = shownThresholds(draft, derivedGates, w, i);
                  const base = `gates.${w}.metrics.${i}`;
                  const row = `${w}.${metric.id}`;
                  const messages = [...errors.under(base), ...unreadUnder(row)];
                  const arrow = ARROW[metric.direction];
                  const arrowWords = t.gates[metric.direction];
                  const short = shortMetricName(metric, t);
                  // Keyed by metric as a whole, so removing a metric above moves this row's
                  // boxes (and any text they refused) rather than remounting them.
                  return (
                    <Fragment key={metric.id}>
                      <tr class={messages.length ? 'invalid' : undefined}>
                        <th scope="row">
                          <span class="arrow" title={arrowWords}>
                            {arrow}
                          </span>
                          <span class="sr-only">({arrowWords})</span>{' '}
                          <span title={metric.name}>{short}</span>
                          {metric.kind !== 'custom' && metric.name !== short && (
                            <span class="sr-only"> ({metric.name})</span>
                          )}
                        </th>
                        {COLUMNS.map((c) => {
                          const path = `${base}.${c}`;
                          const typed = draft.gates[w]?.metrics[i]?.[c] ?? null;
                          return (
                            <td key={c}>
                              <NumberInput
                                id={fieldId(path)}
                                kind={UNIT_BOX[metric.unit]}
                                class={`num-input${typed === null ? ' derived' : ''}`}
                                aria-label={t.gates.cell({
                                  wave: waveName,
                                  metric: metric.name,
                                  column: t.gates[c],
                                })}
                                aria-invalid={errors.at(path).length > 0}
                                onProblem={(message) =>
                                  setUnread(({ [`${row}.${c}`]: _, ...rest }) =>
                                    message === null ? rest : { ...rest, [`${row}.${c}`]: message },
                                  )
                                }
                                aria-describedby={
                                  messages.length ? `${fieldId(base)}-error` : undefined
                                }
                                allowEmpty
                                scale={unitScale(metric.unit)}
                                max={boxMax(metric.kind, metric.unit)}
                                digits={typed === null ? UNIT_DIGITS[metric.unit] : undefined}
                                format={(v) =>
                                  formatInUnit(
                                    v,
                                    metric.unit,
                                    t,
                                    props.context.currency,
                                    typed !== null && c === 'baseline'
                                      ? BASELINE_DIGITS
                                      : undefined,
                                  )
                                }
                                value={shown[c]}
                                onChange={(v) =>
                                  props.setDraft(
                                    produce(draft, (d) => {
                                      const gate = d.gates[w].metrics[i];
                                      gate[c] = v;
                                    }),
                                  )
                                }
                              />
                            </td>
                          );
                        })}
                      </tr>
                      {messages.length > 0 && (
                        <tr>
                          <td colSpan={4}>
                            <Messages id={`${fieldId(base)}-error`} messages={messages} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
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
const PERIOD_COLUMNS: {
  key: PeriodColumn;
  label: 'periodRevenue' | 'periodBudget' | 'periodHours';
}[] = [
  { key: 'sourcedRevenue', label: 'periodRevenue' },
  { key: 'comarketingBudget', label: 'periodBudget' },
  { key: 'enablementLoad', label: 'periodHours' },
];

function GateSettings(props: DraftStepProps) {
  const { t, draft, errors } = props;
  const s = draft.gateSettings;
  const set = (edit: (d: typeof draft) => void) => props.setDraft(produce(draft, edit));
  return (
    <section class="section">
      <h3>{t.gates.baselines}</h3>
      <Field
        path="gateSettings.directCac"
        label={t.gates.directCac({ currency: props.context.currency.symbol.trim() })}
        errors={errors}
        hint={t.gates.directCacHint}
      >
        {(control) => (
          <NumberInput
            {...control}
            kind="money"
            allowEmpty
            placeholder={t.gates.partnersMean}
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
        <Field
          key={key}
          path={`gateSettings.periods.${key}`}
          label={t.gates[label]}
          errors={errors}
        >
          {(control) => (
            <OptionSelect
              {...control}
              t={t}
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
        label={t.gates.shareBaseline}
        errors={errors}
        hint={t.gates.shareBaselineHint}
      >
        {(control) => (
          <NumberInput
            {...control}
            kind="percent"
            allowEmpty
            scale={100}
            max={100}
            placeholder={t.gates.defaultBand}
            value={s.baselineShare}
            onChange={(v) =>
              set((d) => {
                d.gateSettings.baselineShare = v;
              })
            }
          />
        )}
      </Field>
      <Field path="gateSettings.staleAfterDays" label={t.gates.staleAfter} errors={errors}>
        {(control) => (
          <NumberInput
            {...control}
            kind="days"
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
