/**
 * The top bar's local tools: time-driven triggers never fire by themselves here, so
 * "Run triggers now" fires them; mail sent with MailApp never leaves the machine, so
 * "Outbox" lists it.
 */
import type { MailView } from '../api';
import { hideToast, showDialog, toast } from './dialogs';
import { element } from './dom';
import { page, refresh } from './model';
import { post } from './requests';

const runTriggers = element('run-triggers', HTMLButtonElement);
const outbox = element('outbox', HTMLButtonElement);

/** Shows each button, with its count, once there is something to run or read. */
export function renderLocalTools(triggers: string[], mail: MailView[]): void {
  runTriggers.hidden = triggers.length === 0;
  runTriggers.textContent = `Run triggers now (${triggers.length})`;
  outbox.hidden = mail.length === 0;
  outbox.textContent = `Outbox (${mail.length})`;
}

runTriggers.addEventListener('click', async () => {
  toast(`Running ${page.state?.triggers.join(', ')}…`);
  const outcome = await post('/api/triggers', {});
  hideToast();
  if (!outcome.ok) showDialog(`Error\n${outcome.error}`);
  await refresh();
});

outbox.addEventListener('click', () => {
  const text = (page.state?.mail ?? [])
    .map((m) => `${m.at}  To: ${m.to}\nSubject: ${m.subject}\n\n${m.body}`)
    .join('\n\n――――――――\n\n');
  showDialog(`Outbox (sent with MailApp, kept on this machine)\n${text}`);
});
