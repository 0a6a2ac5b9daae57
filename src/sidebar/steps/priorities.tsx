/** Step 2: the weights of the six criteria and the method, with the ranking they give. */
import { CRITERIA } from '../../domain/scoring/criteria';
import { SCORING_METHODS } from '../../shared/schema/options';
import { produce, weightShares } from '../draft';
import { SHORT_CRITERION } from '../labels';
import { formatNumber } from '../numbers';
import { Field, Messages, NumberInput, OptionSelect } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

/**
 * Step 2, Priorities: each criterion's weight with its share of the whole (percent); edits
 * scoring.weights and scoring.method (min–max or TOPSIS).
 */
export function PrioritiesStep(props: DraftStepProps) {
  const { draft, errors } = props;
  const shares = weightShares(draft.scoring.weights);
  return (
    <div>
      <p class="intro">How much each criterion counts; the top 10 follows live.</p>
      <table class="grid weights">
        <caption class="sr-only">Criterion weights</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            <th scope="col" class="num">
              Share
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
                  <label for={fieldId(path)}>{c.label}</label>
                  {messages.length > 0 && (
                    <Messages id={`${fieldId(path)}-error`} messages={messages} />
                  )}
                </th>
                <td>
                  <NumberInput
                    id={fieldId(path)}
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
      <Field path="scoring.method" label="Method" errors={errors}>
        {(control) => (
          <OptionSelect
            {...control}
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
    </div>
  );
}

function Ranking({ preview, previewStale }: DraftStepProps) {
  const top = (preview?.partners ?? []).filter((p) => p.rank !== null).slice(0, 10);
  return (
    <section class="section" aria-live="polite">
      <h3>Top 10 with these weights</h3>
      {!preview && !previewStale && <p class="muted">Ranking…</p>}
      {preview && top.length === 0 && <p class="muted">No partner could be scored.</p>}
      {top.length > 0 && (
        <table class="grid ranking">
          <thead>
            <tr>
              <th scope="col" class="num">
                #
              </th>
              <th scope="col">Partner</th>
              <th scope="col" class="num">
                Score
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
                    {p.helps && <span class="helps">+ {SHORT_CRITERION[p.helps]}</span>}
                    {p.helps && p.hurts && ' · '}
                    {p.hurts && <span class="hurts">− {SHORT_CRITERION[p.hurts]}</span>}
                  </div>
                </td>
                <td class="num">{p.score === null ? '' : formatNumber(p.score, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {top.length > 0 && <p class="muted small">+ helps its score most · − costs it most</p>}
    </section>
  );
}
