/** Step 5: who owns what, who decides and is told, and the decision record's own fields. */
import type { PlanRequest } from '../../shared/plan-types';
import { RECORD_QUALITIES, RECORD_STATUSES } from '../../shared/schema/options';
import { produce } from '../draft';
import { Field, LinesInput, Messages, OptionSelect, Section, TextInput } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

const INPUT_OWNERS = ['capability', 'comarketingBudget', 'enablementLoad'] as const;

/**
 * Step 5, People and record: edits metrics.<i>.owner, people (input owners, decisionMaker,
 * escalation, consulted, informed) and the record's fields (id, title, status, quality, source,
 * conflict of interest, name variants, context, risks, stop conditions).
 */
export function PeopleStep(props: DraftStepProps) {
  const { t, draft, errors } = props;
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
    hint = t.people.onePerLine,
  ) => (
    <Field key={path} path={path} label={label} errors={errors} hint={hint}>
      {(control) => <LinesInput {...control} value={get} onChange={(v) => set((d) => put(d, v))} />}
    </Field>
  );
  const p = draft.people;
  const r = draft.record;
  return (
    <div>
      <Section title={t.people.metricOwners}>
        <p class="hint">{t.people.ownersHint}</p>
        {draft.metrics.map((m, i) =>
          text(`metrics.${i}.owner`, m.name, m.owner, (d, v) => {
            d.metrics[i].owner = v;
          }),
        )}
      </Section>
      <Section title={t.people.inputOwners}>
        {INPUT_OWNERS.map((key) =>
          text(`people.inputOwners.${key}`, t.criteria[key], p.inputOwners[key], (d, v) => {
            d.people.inputOwners[key] = v;
          }),
        )}
      </Section>
      <Section title={t.people.decision}>
        {text('people.decisionMaker', t.people.decisionMaker, p.decisionMaker, (d, v) => {
          d.people.decisionMaker = v;
        })}
        {lines(
          'people.escalation',
          t.people.escalation,
          p.escalation,
          (d, v) => {
            d.people.escalation = v;
          },
          t.people.escalationHint,
        )}
        <Messages
          messages={errors
            .under('people.escalation')
            .filter((m) => !errors.at('people.escalation').includes(m))}
        />
        {lines('people.consulted', t.people.consulted, p.consulted, (d, v) => {
          d.people.consulted = v;
        })}
        {lines('people.informed', t.people.informed, p.informed, (d, v) => {
          d.people.informed = v;
        })}
      </Section>
      <Section title={t.people.record}>
        {text('record.id', t.people.recordId, r.id, (d, v) => {
          d.record.id = v;
        })}
        <div class="row">
          <Field path="record.status" label={t.people.status} errors={errors}>
            {(control) => (
              <OptionSelect
                {...control}
                t={t}
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
          <Field path="record.quality" label={t.people.quality} errors={errors}>
            {(control) => (
              <OptionSelect
                {...control}
                t={t}
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
        {text('record.title', t.people.title, r.title, (d, v) => {
          d.record.title = v;
        })}
        {text('record.source', t.people.source, r.source, (d, v) => {
          d.record.source = v;
        })}
        {text('record.conflictOfInterest', t.people.coi, r.conflictOfInterest, (d, v) => {
          d.record.conflictOfInterest = v;
        })}
        <Field
          path="record.context"
          label={t.people.context}
          errors={errors}
          hint={t.people.contextHint}
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
      <Section title={t.people.extraRisks}>
        {r.risks.map((risk, i) => (
          <div class="card" key={i}>
            {text(`record.risks.${i}.risk`, t.people.risk({ n: i + 1 }), risk.risk, (d, v) => {
              d.record.risks[i].risk = v;
            })}
            {text(`record.risks.${i}.mitigation`, t.people.mitigation, risk.mitigation, (d, v) => {
              d.record.risks[i].mitigation = v;
            })}
            <button
              type="button"
              class="link"
              onClick={() => set((d) => void d.record.risks.splice(i, 1))}
            >
              {t.people.removeRisk({ n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => set((d) => void d.record.risks.push({ risk: '', mitigation: '' }))}
        >
          {t.people.addRisk}
        </button>
      </Section>
      <Section title={t.people.stopConditions}>
        {lines(
          'record.stopConditions',
          t.people.ownStops,
          r.stopConditions,
          (d, v) => {
            d.record.stopConditions = v;
          },
          t.people.stopsHint,
        )}
      </Section>
      <Section title={t.people.nameVariants}>
        {r.nameVariants.map((v, i) => (
          <div class="row" key={i}>
            {text(`record.nameVariants.${i}.label`, t.people.variantLabel, v.label, (d, x) => {
              d.record.nameVariants[i].label = x;
            })}
            {text(`record.nameVariants.${i}.text`, t.people.variantName, v.text, (d, x) => {
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
          {t.people.addVariant}
        </button>
      </Section>
    </div>
  );
}
