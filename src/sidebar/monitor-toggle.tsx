/**
 * The daily gate monitor's control for the wizard's last step: whether it is on, when
 * it last ran and runs next, any mail it could not send, and the buttons to turn it on
 * or off. Server text is rendered as text by Preact, never as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GateMonitorStatus } from '../shared/monitor-types';
import type { Result } from '../shared/plan-types';
import { server } from './server';

/**
 * The review step's gate monitor panel: shows getGateMonitorStatus (on or off, last and next
 * run, unsent mail) and turns the monitor on with the reminder days (whole days, 0–14) or off.
 * Edits no request field; its settings live in document properties.
 */
export function MonitorToggle() {
  const [status, setStatus] = useState<GateMonitorStatus | null>(null);
  const [reminderDays, setReminderDays] = useState('2');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const call = (request: () => Promise<GateMonitorStatus | Result<GateMonitorStatus>>) => {
    setBusy(true);
    setError(null);
    request()
      .then((answer) => {
        if ('ok' in answer && !answer.ok) {
          setError(answer.errors.map((e) => e.message).join(' '));
          return;
        }
        const s = 'ok' in answer ? answer.value : answer;
        setStatus(s);
        setReminderDays(String(s.reminderDays));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  useEffect(() => call(() => server.getGateMonitorStatus()), []);

  const days = Number(reminderDays);
  const daysValid = Number.isInteger(days) && days >= 0 && days <= 14;

  return (
    <section class="section" aria-labelledby="monitor-heading" aria-busy={busy}>
      <h3 id="monitor-heading">Daily gate monitor</h3>
      <p class="hint">
        Each morning it checks every current plan's gates and emails the metric owners about new
        STOP or STALE gates, reviews still pending and coming reviews, and the escalation path when
        a STOP outlives its review date.
      </p>
      {status && (
        <dl class="monitor-status">
          <dt>Status</dt>
          <dd>{status.on ? 'On' : 'Off'}</dd>
          <dt>Last run</dt>
          <dd>
            {status.lastRun ?? 'Not yet'}
            {status.lastRunSummary && <div class="muted">{status.lastRunSummary}</div>}
          </dd>
          {status.on && (
            <>
              <dt>Next run</dt>
              <dd>{status.nextRun}</dd>
            </>
          )}
        </dl>
      )}
      {status?.warning && (
        <div class="notice error" role="alert">
          {status.warning}
        </div>
      )}
      {error && (
        <div class="notice error" role="alert">
          {error}
        </div>
      )}
      <div class="field">
        <label for="monitor-reminder-days">Remind owners this many days before each review</label>
        <input
          id="monitor-reminder-days"
          class="short"
          type="number"
          min={0}
          max={14}
          value={reminderDays}
          aria-invalid={!daysValid}
          onInput={(e) => setReminderDays((e.target as HTMLInputElement).value)}
        />
        {!daysValid && (
          <div class="field-error" role="alert">
            Enter a whole number of days from 0 to 14.
          </div>
        )}
      </div>
      <div class="footer">
        <button
          type="button"
          class="primary"
          disabled={busy || !daysValid}
          onClick={() => call(() => server.turnOnGateMonitor(days))}
        >
          {status?.on ? 'Update daily gate monitor' : 'Turn on daily gate monitor'}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy || !status?.on}
          onClick={() => call(() => server.turnOffGateMonitor())}
        >
          Turn off
        </button>
      </div>
    </section>
  );
}
