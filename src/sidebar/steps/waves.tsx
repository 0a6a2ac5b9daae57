/** Step 3: how many waves, who goes in which, and when each starts and is reviewed. */
import { ASSIGNMENT_MODES } from '../../shared/schema/options';
import { produce, setAssignmentMode, setWaveCount } from '../draft';
import { Field, Messages, NumberInput, OptionSelect } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

/**
 * Step 3, Waves and schedule: edits waves.count, names, assignment (shares in percent or
 * partner counts) and pilotCaps (currency, hours), and schedule.startDate, waveWeeks, midCheckIn.
 */
export function WavesStep(props: DraftStepProps) {
  const { t, draft, errors, preview } = props;
  const { assignment } = draft.waves;
  const sizes = draft.waves.names.map((_, i) => preview?.waves[i]?.partners ?? 1);
  const sizeField =
    assignment.mode === 'share' ? 'waves.assignment.sharesPercent' : 'waves.assignment.counts';
  return (
    <div>
      <div class="row">
        <Field path="waves.count" label={t.waves.waves} errors={errors}>
          {(control) => (
            <select
              {...control}
              value={String(draft.waves.count)}
              onChange={(e) => props.setDraft(setWaveCount(draft, Number(e.currentTarget.value)))}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="waves.assignment.mode" label={t.waves.sizeBy} errors={errors}>
          {(control) => (
            <OptionSelect
              {...control}
              t={t}
              options={ASSIGNMENT_MODES}
              value={assignment.mode}
              onChange={(v) => props.setDraft(setAssignmentMode(draft, v, sizes))}
            />
          )}
        </Field>
      </div>
      <table class="grid">
        <caption class="sr-only">{t.waves.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.waves.waveName}</th>
            <th scope="col">
              {assignment.mode === 'share' ? t.waves.sharePercent : t.waves.partners}
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.waves.names.map((name, i) => {
            const namePath = `waves.names.${i}`;
            const sizePath = `${sizeField}.${i}`;
            const messages = [...errors.at(namePath), ...errors.at(sizePath)];
            return (
              <tr key={i}>
                <td>
                  <input
                    type="text"
                    id={fieldId(namePath)}
                    aria-label={t.waves.nameOf({ n: i + 1 })}
                    aria-invalid={errors.at(namePath).length > 0}
                    value={name}
                    onInput={(e) => {
                      const v = e.currentTarget.value;
                      props.setDraft(
                        produce(draft, (d) => {
                          d.waves.names[i] = v;
                        }),
                      );
                    }}
                  />
                  <Messages messages={messages} />
                </td>
                <td>
                  <NumberInput
                    id={fieldId(sizePath)}
                    kind={assignment.mode === 'share' ? 'percent' : 'count'}
                    class="num-input"
                    aria-label={t.waves.sizeOf({
                      share: assignment.mode === 'share',
                      wave: name || t.waves.waveN({ n: i + 1 }),
                    })}
                    aria-invalid={errors.at(sizePath).length > 0}
                    value={
                      assignment.mode === 'share'
                        ? (assignment.sharesPercent[i] ?? null)
                        : (assignment.counts[i] ?? null)
                    }
                    onChange={(v) =>
                      props.setDraft(
                        produce(draft, (d) => {
                          const a = d.waves.assignment;
                          if (a.mode === 'share') a.sharesPercent[i] = v ?? 0;
                          else a.counts[i] = v ?? 0;
                        }),
                      )
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Messages messages={errors.at(sizeField)} />
      <h3>{t.waves.caps}</h3>
      <div class="row">
        {(
          [
            [
              'comarketingBudget',
              t.waves.capBudget({ currency: props.context.currency.symbol.trim() }),
            ],
            ['enablementLoad', t.waves.capHours],
          ] as const
        ).map(([key, label]) => (
          <Field key={key} path={`waves.pilotCaps.${key}`} label={label} errors={errors}>
            {(control) => (
              <NumberInput
                {...control}
                kind={key === 'comarketingBudget' ? 'money' : 'hours'}
                allowEmpty
                placeholder={t.waves.noCap}
                value={draft.waves.pilotCaps[key]}
                onChange={(v) =>
                  props.setDraft(
                    produce(draft, (d) => {
                      d.waves.pilotCaps[key] = v;
                    }),
                  )
                }
              />
            )}
          </Field>
        ))}
      </div>
      <h3>{t.waves.schedule}</h3>
      <div class="row">
        <Field path="schedule.startDate" label={t.waves.start} errors={errors}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.schedule.startDate}
              onInput={(e) => {
                const v = e.currentTarget.value;
                props.setDraft(
                  produce(draft, (d) => {
                    d.schedule.startDate = v;
                  }),
                );
              }}
            />
          )}
        </Field>
        <Field path="schedule.waveWeeks" label={t.waves.weeks} errors={errors}>
          {(control) => (
            <NumberInput
              {...control}
              kind="count"
              value={draft.schedule.waveWeeks}
              onChange={(v) =>
                props.setDraft(
                  produce(draft, (d) => {
                    d.schedule.waveWeeks = v ?? 0;
                  }),
                )
              }
            />
          )}
        </Field>
      </div>
      <div class="check">
        <input
          type="checkbox"
          id={fieldId('schedule.midCheckIn')}
          checked={draft.schedule.midCheckIn}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            props.setDraft(
              produce(draft, (d) => {
                d.schedule.midCheckIn = v;
              }),
            );
          }}
        />
        <label for={fieldId('schedule.midCheckIn')}>{t.waves.midCheckIn}</label>
      </div>
      <WaveTable {...props} />
    </div>
  );
}

function WaveTable({ t, preview, previewStale }: DraftStepProps) {
  if (!preview) return previewStale ? null : <p class="muted">{t.waves.scheduling}</p>;
  return (
    <section class="section" aria-live="polite">
      <h3>{t.waves.resulting}</h3>
      <table class="grid dates">
        <thead>
          <tr>
            <th scope="col">{t.waves.wave}</th>
            <th scope="col">{t.waves.startCol}</th>
            <th scope="col">{t.waves.checkIn}</th>
            <th scope="col">{t.waves.review}</th>
          </tr>
        </thead>
        <tbody>
          {preview.waves.map((w) => (
            <tr key={w.wave}>
              <td>
                <div class="name">{w.name}</div>
                <div class="small muted">{t.waves.partnerCount({ n: w.partners })}</div>
              </td>
              <td>{w.start}</td>
              <td>{w.midCheckIn ?? '—'}</td>
              <td>{w.gateReview}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.waves.map((w) => {
        const members = preview.partners.filter((p) => p.wave === w.wave);
        return (
          <details key={w.wave}>
            <summary>{t.waves.members({ wave: w.name, n: members.length })}</summary>
            <ul class="plain">
              {members.map((p) => (
                <li key={p.sheetRow}>
                  <span class="name">{p.name}</span>
                  {p.reason && <div class="muted small">{p.reason}</div>}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
