/** Step 5: who owns what, who decides and is told, and the decision record's own fields. */
import type { PlanRequest } from '../../shared/plan-types';
import { RECORD_QUALITIES, RECORD_STATUSES } from '../../shared/schema/options';
import { produce } from '../draft';
import { Field, LinesInput, Messages, OptionSelect, Section, TextInput } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

const INPUT_OWNERS = [
  ['capability', 'Partner capability'],
  ['comarketingBudget', 'Co-marketing budget'],
  ['enablementLoad', 'Enablement load'],
] as const;

/**
 * Step 5, People and record: edits metrics.<i>.owner, people (input owners, decisionMaker,
 * escalation, consulted, informed) and the record's fields (id, title, status, quality, source,
 * conflict of interest, name variants, context, risks, stop conditions).
 */
export function PeopleStep(props: DraftStepProps) {
  const { draft, errors } = props;
  const set = (edit: (d: PlanRequest) => void) => props.setDraft(produce(draft, edit));
  const text = (
    path: string,
    label: string,
    get: string,
    put: (d: PlanRequest, v: string) => void,
  ) => (
    <Field key={path} path={path} label={label} errors={errors}>
      {(control) => <TextInput {...control} value={get} onChange={(v) => set((d) => put(d, v))} />}
    </Field>
  );
  const lines = (
    path: string,
    label: string,
    get: string[],
    put: (d: PlanRequest, v: string[]) => void,
    hint = 'One per line.',
  ) => (
    <Field key={path} path={path} label={label} errors={errors} hint={hint}>
      {(control) => <LinesInput {...control} value={get} onChange={(v) => set((d) => put(d, v))} />}
    </Field>
  );
  const p = draft.people;
  const r = draft.record;
  return (
    <div>
      <Section title="Metric owners">
        <p class="hint">Each is told when their metric's gate turns STOP or goes stale.</p>
        {draft.metrics.map((m, i) =>
          text(`metrics.${i}.owner`, m.name, m.owner, (d, v) => {
            d.metrics[i].owner = v;
          }),
        )}
      </Section>
      <Section title="Input owners">
        {INPUT_OWNERS.map(([key, label]) =>
          text(`people.inputOwners.${key}`, label, p.inputOwners[key], (d, v) => {
            d.people.inputOwners[key] = v;
          }),
        )}
      </Section>
      <Section title="Decision">
        {text('people.decisionMaker', 'Decision maker', p.decisionMaker, (d, v) => {
          d.people.decisionMaker = v;
        })}
        {lines(
          'people.escalation',
          'Escalation path',
          p.escalation,
          (d, v) => {
            d.people.escalation = v;
          },
          'Names or emails, one per line; the first is told first.',
        )}
        <Messages
          messages={errors
            .under('people.escalation')
            .filter((m) => !errors.at('people.escalation').includes(m))}
        />
        {lines('people.consulted', 'Consulted', p.consulted, (d, v) => {
          d.people.consulted = v;
        })}
        {lines('people.informed', 'Informed', p.informed, (d, v) => {
          d.people.informed = v;
        })}
      </Section>
      <Section title="Record">
        {text('record.id', 'Record ID', r.id, (d, v) => {
          d.record.id = v;
        })}
        <div class="row">
          <Field path="record.status" label="Status" errors={errors}>
            {(control) => (
              <OptionSelect
                {...control}
                options={RECORD_STATUSES}
                value={r.status}
                onChange={(v) => {
                  set((d) => {
                    d.record.status = v;
                  });
                }}
              />
            )}
          </Field>
          <Field path="record.quality" label="Quality" errors={errors}>
            {(control) => (
              <OptionSelect
                {...control}
                options={RECORD_QUALITIES}
                value={r.quality}
                onChange={(v) => {
                  set((d) => {
                    d.record.quality = v;
                  });
                }}
              />
            )}
          </Field>
        </div>
        {text('record.title', 'Title', r.title, (d, v) => {
          d.record.title = v;
        })}
        {text('record.source', 'Source', r.source, (d, v) => {
          d.record.source = v;
        })}
        {text('record.conflictOfInterest', 'Conflict of interest', r.conflictOfInterest, (d, v) => {
          d.record.conflictOfInterest = v;
        })}
        <Field
          path="record.context"
          label="Context"
          errors={errors}
          hint="Added to the generated context."
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={r.context}
              onInput={(e) => {
                const v = e.currentTarget.value;
                set((d) => {
                  d.record.context = v;
                });
              }}
            />
          )}
        </Field>
      </Section>
      <Section title="Extra risks">
        {r.risks.map((risk, i) => (
          <div class="card" key={i}>
            {text(`record.risks.${i}.risk`, `Risk ${i + 1}`, risk.risk, (d, v) => {
              d.record.risks[i].risk = v;
            })}
            {text(`record.risks.${i}.mitigation`, 'Mitigation', risk.mitigation, (d, v) => {
              d.record.risks[i].mitigation = v;
            })}
            <button
              type="button"
              class="link"
              onClick={() => set((d) => void d.record.risks.splice(i, 1))}
            >
              Remove risk {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => set((d) => void d.record.risks.push({ risk: '', mitigation: '' }))}
        >
          Add a risk
        </button>
      </Section>
      <Section title="Stop conditions">
        {lines(
          'record.stopConditions',
          'Your own stop conditions',
          r.stopConditions,
          (d, v) => {
            d.record.stopConditions = v;
          },
          'One per line; added after those the STOP thresholds give.',
        )}
      </Section>
      <Section title="Name variants">
        {r.nameVariants.map((v, i) => (
          <div class="row" key={i}>
            {text(`record.nameVariants.${i}.label`, 'Label', v.label, (d, x) => {
              d.record.nameVariants[i].label = x;
            })}
            {text(`record.nameVariants.${i}.text`, 'Name', v.text, (d, x) => {
              d.record.nameVariants[i].text = x;
            })}
            <Messages messages={errors.at(`record.nameVariants.${i}`)} />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          id={fieldId('record.nameVariants')}
          onClick={() => set((d) => void d.record.nameVariants.push({ label: '', text: '' }))}
        >
          Add a name variant
        </button>
      </Section>
    </div>
  );
}
