/**
 * The data step's partner list: each ranked partner with a switch to exclude it (with a
 * reason, kept in the record) and a choice of wave to pin it to, partial data marked, a
 * page at a time; and the rule for partners scored without some criteria. Edits
 * request.partners; partner names are shown as text, never as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PlannedPartner } from '../../shared/plan-types';
import { produce, toRequest } from '../draft';
import { server } from '../server';
import { Messages } from '../ui';
import { fieldId } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

/** Partners listed per page. */
const PAGE = 25;

/** The ranked and hand-excluded partners of one page, from the preview or from the server. */
function usePage(props: DraftStepProps, offset: number): PlannedPartner[] | null {
  const { preview, draft } = props;
  const listed = (p: PlannedPartner) => p.rank !== null || p.status === 'excluded';
  const [fetched, setFetched] = useState<{ key: string; partners: PlannedPartner[] } | null>(null);
  const key = `${offset}|${JSON.stringify(draft.partners)}|${preview?.totals.all}`;
  const local = preview?.allPartners ?? false;
  useEffect(() => {
    if (local || !preview) return;
    let live = true;
    server
      .getPlanPartners(toRequest(draft), offset, PAGE)
      .then((r) => {
        if (live && r.ok) setFetched({ key, partners: r.value.partners.filter(listed) });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, local]);
  if (!preview) return null;
  if (local) return preview.partners.filter(listed).slice(offset, offset + PAGE);
  return fetched?.key === key ? fetched.partners : null;
}

/** Exclusions, pins and the partial-data rule for the draft's partners. */
export function PartnerChoices(props: DraftStepProps) {
  const { t, draft, preview } = props;
  const label = (id: string) => t.criteria[id as keyof typeof t.criteria] ?? id;
  const [offset, setOffset] = useState(0);
  const page = usePage(props, offset);
  if (!preview) return null;
  const total = preview.totals.ranked + preview.totals.excluded;
  const edit = (change: (d: typeof draft) => void) => props.setDraft(produce(draft, change));
  const exclusion = (p: PlannedPartner) =>
    draft.partners.exclusions.findIndex((x) => x.sheetRow === p.sheetRow && x.name === p.name);
  const pin = (p: PlannedPartner) =>
    draft.partners.pins.find((x) => x.sheetRow === p.sheetRow && x.name === p.name)?.wave ?? 0;
  return (
    <section class="section" aria-labelledby="choices-heading">
      <h3 id="choices-heading">{t.choices.heading}</h3>
      {/* Pins and exclusions that do not hold as chosen, where they are chosen. */}
      <Messages messages={props.warnings.under('partners')} />
      <div class="check">
        <input
          type="checkbox"
          id={fieldId('partners.requireCompleteData')}
          checked={draft.partners.requireCompleteData}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            edit((d) => {
              d.partners.requireCompleteData = v;
            });
          }}
        />
        <label for={fieldId('partners.requireCompleteData')}>
          {t.choices.complete({ partial: preview.totals.partial })}
        </label>
      </div>
      <ul class="plain partner-choices">
        {(page ?? []).map((p) => {
          const x = exclusion(p);
          const excluded = x >= 0;
          const id = `partner-${p.sheetRow}`;
          return (
            <li key={id} class="partner-choice">
              <div>
                <span class="name">{p.name}</span>{' '}
                <span class="muted small">
                  {p.rank !== null ? t.choices.rank({ rank: p.rank }) : t.choices.excluded} ·{' '}
                  {t.choices.row({ n: p.sheetRow })}
                  {p.scoredWithout.length > 0 &&
                    ` · ${t.choices.partialNo({ criteria: p.scoredWithout.map(label) })}`}
                </span>
              </div>
              <div class="row">
                <span class="check">
                  <input
                    type="checkbox"
                    id={`${id}-exclude`}
                    checked={excluded}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      edit((d) => {
                        const list = d.partners.exclusions;
                        if (on) list.push({ sheetRow: p.sheetRow, name: p.name, reason: '' });
                        else list.splice(exclusion(p), 1);
                        d.partners.pins = d.partners.pins.filter((q) => q.sheetRow !== p.sheetRow);
                      });
                    }}
                  />
                  <label for={`${id}-exclude`}>{t.choices.exclude}</label>
                </span>
                {!excluded && (
                  <select
                    id={`${id}-pin`}
                    aria-label={t.choices.pinLabel({ name: p.name })}
                    value={String(pin(p))}
                    onChange={(e) => {
                      const wave = Number(e.currentTarget.value);
                      edit((d) => {
                        d.partners.pins = d.partners.pins.filter((q) => q.sheetRow !== p.sheetRow);
                        if (wave > 0)
                          d.partners.pins.push({ sheetRow: p.sheetRow, name: p.name, wave });
                      });
                    }}
                  >
                    <option value="0">
                      {p.wave
                        ? t.choices.inWave({ wave: draft.waves.names[p.wave - 1] })
                        : t.choices.noWave}
                    </option>
                    {draft.waves.names.map((n, i) => (
                      <option key={n} value={String(i + 1)}>
                        {t.choices.pinTo({ wave: n })}
                      </option>
                    ))}
                  </select>
                )}
              </div>
              {excluded && (
                <input
                  type="text"
                  id={fieldId(`partners.exclusions.${x}.reason`)}
                  aria-label={t.choices.why({ name: p.name })}
                  placeholder={t.choices.whyPlaceholder}
                  value={draft.partners.exclusions[x].reason}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    edit((d) => {
                      d.partners.exclusions[x].reason = v;
                    });
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {page === null && <p class="muted">{t.choices.loading}</p>}
      <div class="row pager">
        <button
          type="button"
          class="link"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t.choices.previous}
        </button>
        <span class="muted small">
          {t.choices.range({
            from: total === 0 ? 0 : offset + 1,
            to: Math.min(total, offset + PAGE),
            total,
          })}
        </span>
        <button
          type="button"
          class="link"
          disabled={offset + PAGE >= total}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t.choices.next}
        </button>
      </div>
    </section>
  );
}
