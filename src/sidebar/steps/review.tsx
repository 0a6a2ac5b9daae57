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
 * Step 6, Review and write: the preview's summary, every remaining message linked to its step,
 * the Write plan button and the result, and the gate monitor panel; edits no request field.
 */
export function ReviewStep(props: DraftStepProps) {
  const { draft, preview, write, errors } = props;
  return (
    <div>
      {preview && <Summary {...props} />}
      {!preview && !props.previewStale && <p class="muted">Preparing the summary…</p>}
      {errors.size > 0 && (
        <div class="notice error" role="alert">
          <p>Not written yet:</p>
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
                        {STEPS[step].title}
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
          The plan was not written: {write.failure}
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
            {write.busy ? 'Writing plan…' : 'Write plan'}
          </button>
          <p class="hint" aria-live="polite">
            {write.busy
              ? 'Writing the plan, the decision record and the log entry…'
              : `Writes new sheets only; the sheet “${draft.source.sheetName}” is not changed.`}
          </p>
        </div>
      )}
      {write.result && <Written {...props} />}
      <MonitorToggle />
    </div>
  );
}

function Summary({ draft, preview, warnings }: DraftStepProps) {
  if (!preview) return null;
  const first = preview.waves[0];
  const pilot = preview.partners.filter((p) => p.wave === 1);
  const excluded = preview.partners.filter(
    (p) => p.status === 'insufficient' || p.status === 'invalid',
  );
  return (
    <div>
      <dl class="summary">
        <dt>Record</dt>
        <dd>
          {preview.request.record.id} v{preview.version}: {draft.record.title}
        </dd>
        <dt>Partners</dt>
        <dd>
          {preview.waves.map((w) => `${w.partners} in ${w.name}`).join(', ')}
          {excluded.length > 0 && `; ${excluded.length} left out for missing or invalid data`}
        </dd>
        <dt>{first?.name ?? 'Pilot'}</dt>
        <dd>
          {pilot.map((p, i) => (
            <span key={p.sheetRow}>
              {i > 0 && ', '}
              <span class="name">{p.name}</span>
            </span>
          ))}
        </dd>
        <dt>Schedule</dt>
        <dd>
          Starts <span class="nowrap">{first?.start}</span>; {preview.waves.length} waves of{' '}
          {draft.schedule.waveWeeks} weeks; first gate review{' '}
          <span class="nowrap">{first?.gateReview}</span>
        </dd>
        <dt>Gates</dt>
        <dd>
          {draft.metrics.length} metrics per wave, {preview.stopConditions.length} stop conditions
        </dd>
        <dt>Decides</dt>
        <dd>{draft.people.decisionMaker}</dd>
        <dt>Writes</dt>
        <dd>
          {preview.planSheetName}, {preview.recordSheetName} and a log row
        </dd>
      </dl>
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

function Written({ write }: DraftStepProps) {
  const [copied, setCopied] = useState<string>('');
  const result = write.result;
  if (!result) return null;
  const copy = () =>
    copyText(result.markdown).then(
      () => setCopied('Copied the record as Markdown.'),
      (error: Error) => setCopied(`Could not copy: ${error.message}`),
    );
  return (
    <div class="notice success" id="write-result" tabIndex={-1}>
      <p>
        <strong>
          Wrote {result.id} v{result.version}
        </strong>
        {result.supersedes !== null && <> (supersedes v{result.supersedes})</>}.
      </p>
      <ul class="plain links">
        <li>
          <a href={result.plan.url} target="_top">
            Open the pilot plan: {result.plan.name}
          </a>
        </li>
        <li>
          <a href={result.record.url} target="_top">
            Open the decision record: {result.record.name}
          </a>
        </li>
        <li>
          <a href={result.log.url} target="_top">
            Open the decision log
          </a>
        </li>
      </ul>
      <button type="button" class="secondary" id="copy-markdown" onClick={copy}>
        Copy as Markdown
      </button>
      <span class="hint" role="status">
        {' '}
        {copied}
      </span>
    </div>
  );
}
