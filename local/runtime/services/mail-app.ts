/**
 * MailApp: sendEmail in its three forms and getRemainingDailyQuota. Nothing leaves the
 * machine: every message is captured for tests to read. The quota is Google's rule of
 * one unit per recipient (to, cc and bcc), 100 a day by default as on consumer
 * accounts, and settable so tests can run it short.
 */
import type { Env, RuntimeState } from '../state';
import { requireScope } from './scopes';
import { track } from './track';

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** The local clock's time of sending. */
  atMs: number;
}

interface MailState {
  sent: SentMail[];
  remaining: number;
}

export const DEFAULT_DAILY_MAIL_QUOTA = 100;
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

const mailStates = new WeakMap<RuntimeState, MailState>();

function mailState(state: RuntimeState): MailState {
  let mail = mailStates.get(state);
  if (!mail) {
    mail = { sent: [], remaining: DEFAULT_DAILY_MAIL_QUOTA };
    mailStates.set(state, mail);
  }
  return mail;
}

/** Every message sent so far in this runtime, oldest first (copies). */
export function sentMail(state: RuntimeState): SentMail[] {
  return mailState(state).sent.map((m) => ({ ...m }));
}

/** Forgets the messages sent so far (the quota is not given back). */
export function clearSentMail(state: RuntimeState): void {
  mailState(state).sent = [];
}

/** Sets how many recipients MailApp may still send to today (whole, not below 0). */
export function setRemainingMailQuota(state: RuntimeState, remaining: number): void {
  mailState(state).remaining = Math.max(0, Math.floor(remaining));
}

// Plain on purpose: it tells a name from an address, as MailApp's own check does.
const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

interface MessageOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

/**
 * The MailApp global of one execution. sendEmail's forms are typed here, not taken from the
 * typings: its (to, replyTo, subject, body) form is not modelled (a fourth argument is
 * read as options).
 */
export function mailApp(env: Env) {
  const mail = mailState(env.state);
  const send = (message: MessageOptions) => {
    requireScope(env, 'MailApp.sendEmail', SEND_MAIL_SCOPE);
    const recipients = [message.to, message.cc, message.bcc].flatMap((list) =>
      list
        ? String(list)
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
        : [],
    );
    if (recipients.length === 0) env.fail('Failed to send email: no recipient');
    // Gmail also refuses an empty label ('example..com'), which looks like an address.
    for (const r of recipients)
      if (!ADDRESS.test(r) || r.includes('..')) env.fail(`Invalid email: ${r}`);
    // Google's message when the day's recipients are used up.
    if (recipients.length > mail.remaining)
      env.fail('Service invoked too many times for one day: email.');
    mail.remaining -= recipients.length;
    const sent: SentMail = {
      to: String(message.to ?? ''),
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      atMs: env.state.clock.nowMs(),
    };
    for (const key of ['cc', 'bcc', 'htmlBody', 'name', 'replyTo'] as const) {
      if (message[key] !== undefined) sent[key] = String(message[key]);
    }
    mail.sent.push(sent);
  };
  return track(
    {
      sendEmail(first: unknown, subject?: unknown, body?: unknown, options?: MessageOptions) {
        if (first && typeof first === 'object') send(first as MessageOptions);
        else
          send({
            ...(options ?? {}),
            to: String(first),
            subject: String(subject ?? ''),
            body: String(body ?? ''),
          });
      },
      getRemainingDailyQuota: () => mail.remaining,
    } satisfies Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> & {
      sendEmail(first: unknown, subject?: unknown, body?: unknown, options?: MessageOptions): void;
    },
    'MailApp',
    env,
  );
}
