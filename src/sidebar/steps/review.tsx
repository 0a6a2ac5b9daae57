/**
 * Step 6: what will be written, the write itself, and afterwards the links to the
 * written sheets and the record as Markdown; below, the daily gate monitor's switch,
 * which acts on every plan in the document rather than on this one.
 */
import { useState } from 'preact/hooks';
import { copyText } from '../clipboard';
import { MonitorToggle } from '../monitor-toggle';
import { fieldId, LAST_STEP, STEPS, stepOfField } from '../wizard-steps';
import type { DraftStepProps } from './step-props';

/**
 * The boxes whose text was refused, each a link to its box: their fields hold the last
 * number read, so the write waits (App.writePlan) and the preview is not what was typed.
 */
function UnreadNotice(props: DraftStepProps) {
  const { t, unread } = props;
  const boxes = Object.entries(unread);
  if (boxes.length === 0) return null;
  return (
    <div class="notice error" role="alert" id="unread-boxes" tabIndex={-1}>
      <p>{t.review.unread}</p>
      <ul class="plain">
        {boxes.map(([id, box]) => (
          <li key={id}>
            <button type="button" class="link" onClick={() => props.goTo(box.step, id)}>
              {t.steps[STEPS[box.step]?.id ?? 'review']}
            </button>
            : {t.review.unreadBox(box)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Step 6, Review and write: the preview's summary, every remaining message linked to its step,
 * the Write plan button and the result, and the gate monitor panel; edits no request field.
 */
export function ReviewStep(props: DraftStepProps) {
  const { t, draft, preview, write, errors } = props;
  return (
    <div>
      {preview && <Summary {...props} />}
      {!preview && !props.previewStale && <p class="muted">{t.review.preparing}</p>}
      <UnreadNotice {...props} />
      {errors.size > 0 && (
        <div class="notice error" role="alert">
          <p>{t.review.notWritten}</p>
          <ul class="plain">
            {errors.list.map((e) => {
              const step = stepOfField(e.field);
              return (
                <li key={`${e.field}:${e.message}`}>
                  {step !== LAST_STEP && (
                    <>
                      <button
                        type="button"
                        class="link"
                        onClick={() => props.goTo(step, fieldId(e.field))}
                      >
                        {t.steps[STEPS[step].id]}
                      </button>
                      :{' '}
                    </>
                  )}
                  {e.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {write.failure && (
        <p class="notice error" role="alert">
          {t.review.failed({ error: write.failure })}
        </p>
      )}
      {!write.result && (
        <div class="actions">
          <button
            type="button"
            class="primary wide"
            id="write-plan"
            disabled={write.busy || !preview}
            aria-busy={write.busy}
            onClick={props.writePlan}
          >
            {write.busy ? t.review.writing : t.review.write}
          </button>
          <p class="hint" aria-live="polite">
            {write.busy
              ? t.review.writingHint
              : t.review.writesHint({ sheet: draft.source.sheetName })}
          </p>
        </div>
      )}
      {write.result && <Written {...props} />}
      <MonitorToggle
        t={t}
        owners={[
          ...draft.metrics.map((m) => m.owner),
          ...draft.people.escalation,
          draft.people.decisionMaker,
        ]}
      />
    </div>
  );
}

function Summary({ t, draft, preview, warnings }: DraftStepProps) {
  if (!preview) return null;
  const first = preview.waves[0];
  const pilot = preview.partners.filter((p) => p.wave === 1);
  const { totals } = preview;
  const unscorable = totals.insufficient + totals.invalid;
  const morePilot = (totals.inWave[0] ?? 0) - pilot.length;
  return (
    <div>
      <dl class="summary">
        <dt>{t.review.record}</dt>
        <dd>
          {t.review.recordLine({
            id: preview.request.record.id,
            version: preview.version,
            title: draft.record.title,
          })}
        </dd>
        <dt>{t.review.partners}</dt>
        <dd>
          {t.review.list({
            items: preview.waves.map((w) => t.review.inWave({ n: w.partners, wave: w.name })),
          })}
          {unscorable > 0 && t.review.leftOut({ n: unscorable })}
          {totals.excluded > 0 && t.review.byHand({ n: totals.excluded })}
          {totals.pinned > 0 && t.review.pinned({ n: totals.pinned })}
          {totals.partial > 0 &&
            t.review.partial({ n: totals.partial, kept: draft.partners.requireCompleteData })}
        </dd>
        <dt>{first?.name ?? t.review.pilot}</dt>
        <dd>
          {pilot.map((p, i) => (
            <span key={p.sheetRow}>
              {i > 0 && t.review.separator}
              <span class="name">{p.name}</span>
            </span>
          ))}
          {morePilot > 0 && t.review.andMore({ n: morePilot })}
        </dd>
        <dt>{t.review.schedule}</dt>
        <dd>
          {t.review.scheduleLine({
            start: first?.start ?? '',
            waves: preview.waves.length,
            weeks: draft.schedule.waveWeeks,
            review: first?.gateReview ?? '',
          })}
        </dd>
        <dt>{t.review.gates}</dt>
        <dd>
          {t.review.gatesLine({
            metrics: draft.metrics.length,
            stops: preview.stopConditions.length,
          })}
        </dd>
        <dt>{t.review.decides}</dt>
        <dd>{draft.people.decisionMaker}</dd>
        <dt>{t.review.writes}</dt>
        <dd>
          {t.review.writesLine({ plan: preview.planSheetName, record: preview.recordSheetName })}
        </dd>
      </dl>
      {preview.notes.length > 0 && (
        <details class="count-line" id="plan-notes">
          <summary>
            {t.review.notes}: <strong>{preview.notes.length}</strong>
          </summary>
          <ul class="plain small">
            {preview.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {warnings.size > 0 && (
        <ul class="plain notice">
          {warnings.list.map((w) => (
            <li key={`${w.field}:${w.message}`}>{w.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Written({ t, write }: DraftStepProps) {
  const [copied, setCopied] = useState<string>('');
  const result = write.result;
  if (!result) return null;
  const copy = () =>
    copyText(result.markdown).then(
      () => setCopied(t.review.copied),
      (error: Error) => setCopied(t.review.copyFailed({ error: error.message })),
    );
  return (
    <div class="notice success" id="write-result" tabIndex={-1}>
      <p>
        <strong>{t.review.wrote({ id: result.id, version: result.version })}</strong>
        {result.supersedes !== null && t.review.supersedes({ version: result.supersedes })}
      </p>
      <ul class="plain links">
        <li>
          <a href={result.plan.url} target="_top">
            {t.review.openPlan({ name: result.plan.name })}
          </a>
        </li>
        <li>
          <a href={result.record.url} target="_top">
            {t.review.openRecord({ name: result.record.name })}
          </a>
        </li>
        <li>
          <a href={result.log.url} target="_top">
            {t.review.openLog}
          </a>
        </li>
      </ul>
      <button type="button" class="secondary" id="copy-markdown" onClick={copy}>
        {t.review.copy}
      </button>
      <span class="hint" role="status">
        {' '}
        {copied}
      </span>
    </div>
  );
}
