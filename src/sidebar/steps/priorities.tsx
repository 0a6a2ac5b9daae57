/**
 * Step 2: the weights of the six criteria, the method and how sure the weights are, with the
 * ranking they give and how stable it is.
 */
import { CRITERIA } from '../../domain/scoring/criteria';
import { SCORING_METHODS } from '../../shared/schema/options';
import { produce, weightShares } from '../draft';
import { formatScore } from '../numbers';
import { Field, Messages, NumberInput, OptionSelect } from '../ui';
import { fieldId } from '../wizard-steps';
import { sensitivityLine, stabilityLabel, UncertaintyField } from './stability';
import type { DraftStepProps } from './step-props';

/**
 * Step 2, Priorities: each criterion's weight with its share of the whole (percent); edits
 * scoring.weights, scoring.method (min–max or TOPSIS) and scoring.uncertainty.
 */
export function PrioritiesStep(props: DraftStepProps) {
  const { t, draft, errors } = props;
  const shares = weightShares(draft.scoring.weights);
  return (
    <div>
      <p class="intro">{t.priorities.intro}</p>
      <table class="grid weights">
        <caption class="sr-only">{t.priorities.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.priorities.criterion}</th>
            <th scope="col">{t.priorities.weight}</th>
            <th scope="col" class="num">
              {t.priorities.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {CRITERIA.map((c) => {
            const path = `scoring.weights.${c.id}`;
            const messages = errors.at(path);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <label for={fieldId(path)}>{t.criteria[c.id]}</label>
                  {messages.length > 0 && (
                    <Messages id={`${fieldId(path)}-error`} messages={messages} />
                  )}
                </th>
                <td>
                  <NumberInput
                    id={fieldId(path)}
                    kind="weight"
                    class="num-input"
                    value={draft.scoring.weights[c.id]}
                    aria-invalid={messages.length > 0}
                    aria-describedby={messages.length > 0 ? `${fieldId(path)}-error` : undefined}
                    onChange={(w) =>
                      props.setDraft(
                        produce(draft, (d) => {
                          d.scoring.weights[c.id] = w ?? 0;
                        }),
                      )
                    }
                  />
                </td>
                <td class="num">{shares[c.id]}%</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Messages messages={errors.at('scoring.weights')} />
      <Ranking {...props} />
      <Field path="scoring.method" label={t.priorities.method} errors={errors}>
        {(control) => (
          <OptionSelect
            {...control}
            t={t}
            options={SCORING_METHODS}
            value={draft.scoring.method}
            onChange={(v) =>
              props.setDraft(
                produce(draft, (d) => {
                  d.scoring.method = v;
                }),
              )
            }
          />
        )}
      </Field>
      <UncertaintyField {...props} />
    </div>
  );
}

function Ranking({ t, preview, previewStale }: DraftStepProps) {
  const top = (preview?.partners ?? []).filter((p) => p.rank !== null).slice(0, 10);
  return (
    <section class="section" aria-live="polite">
      <h3>{t.priorities.top}</h3>
      {!preview && !previewStale && <p class="muted">{t.priorities.ranking}</p>}
      {preview && top.length === 0 && <p class="muted">{t.priorities.noneScored}</p>}
      {top.length > 0 && (
        <table class="grid ranking">
          <thead>
            <tr>
              <th scope="col" class="num">
                #
              </th>
              <th scope="col">{t.priorities.partner}</th>
              <th scope="col" class="num">
                {t.priorities.score}
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((p) => (
              <tr key={p.sheetRow}>
                <td class="num">{p.rank}</td>
                <td>
                  <div class="name">{p.name}</div>
                  <div class="small">
                    {p.helps && <span class="helps">+ {t.shortCriteria[p.helps]}</span>}
                    {p.helps && p.hurts && ' · '}
                    {p.hurts && <span class="hurts">− {t.shortCriteria[p.hurts]}</span>}
                  </div>
                  {preview && stabilityLabel(t, p, preview) && (
                    <div
                      class={`small stability ${p.inWaveShare !== null && p.inWaveShare < (preview.sensitivity?.stableShare ?? 0) ? 'borderline' : 'stable'}`}
                    >
                      {stabilityLabel(t, p, preview)}
                    </div>
                  )}
                </td>
                <td class="num">{p.score === null ? '' : formatScore(p.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {top.length > 0 && <p class="muted small">{t.priorities.legend}</p>}
      {preview && sensitivityLine(t, preview) && (
        <p class="small sensitivity-line">{sensitivityLine(t, preview)}</p>
      )}
    </section>
  );
}
