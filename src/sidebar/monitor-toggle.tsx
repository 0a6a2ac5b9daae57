/**
 * The daily gate monitor's control for the wizard's last step: whether it is on, when
 * it last ran and runs next, any mail it could not send, and the buttons to turn it on
 * or off. Server text is rendered as text by Preact, never as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarText } from '../shared/i18n/sidebar';
import type { GateMonitorStatus } from '../shared/monitor-types';
import type { Result } from '../shared/plan-types';
import { unmailable } from '../shared/recipients';
import { server } from './server';

/**
 * The review step's gate monitor panel: shows getGateMonitorStatus (on or off, last and next
 * run, unsent mail) and turns the monitor on with the reminder days (whole days, 0–14) or off.
 * Edits no request field; its settings live in document properties.
 */
export function MonitorToggle(props: { t: SidebarText; owners?: string[] }) {
  const { t } = props;
  // Nobody is emailed at a role name ("Channel sales lead"): say so before it is turned on,
  // by the rule the monitor reads owner cells with (several addresses, "Name <address>").
  const roles = unmailable(props.owners ?? []);
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
  // Text a number box cannot read (`2-`) comes as '', which Number reads as 0: a
  // reminder the user did not ask for, so an empty box is not valid.
  const daysValid = reminderDays.trim() !== '' && Number.isInteger(days) && days >= 0 && days <= 14;

  return (
    <section class="section" aria-labelledby="monitor-heading" aria-busy={busy}>
      <h3 id="monitor-heading">{t.monitor.heading}</h3>
      <p class="hint">{t.monitor.hint}</p>
      {status && (
        <dl class="monitor-status">
          <dt>{t.monitor.status}</dt>
          <dd>{status.on ? t.monitor.on : t.monitor.off}</dd>
          <dt>{t.monitor.lastRun}</dt>
          <dd>
            {status.lastRun ?? t.monitor.notYet}
            {status.lastRunSummary && <div class="muted">{status.lastRunSummary}</div>}
          </dd>
          {status.on && (
            <>
              <dt>{t.monitor.nextRun}</dt>
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
        <label for="monitor-reminder-days">{t.monitor.reminder}</label>
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
            {t.monitor.reminderError}
          </div>
        )}
      </div>
      {roles.length > 0 && (
        <p class="notice" id="monitor-role-owners">
          {t.monitor.roles({ roles })}
        </p>
      )}
      <div class="footer">
        <button
          type="button"
          class="secondary"
          disabled={busy || !daysValid}
          onClick={() => call(() => server.turnOnGateMonitor(days))}
        >
          {status?.on ? t.monitor.update : t.monitor.turnOn}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy || !status?.on}
          onClick={() => call(() => server.turnOffGateMonitor())}
        >
          {t.monitor.turnOff}
        </button>
      </div>
    </section>
  );
}
