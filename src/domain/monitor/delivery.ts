/**
 * Which digests go out today. MailApp counts one unit of its daily quota per recipient,
 * so with a short quota the most urgent digests go first and the rest are held for the
 * next run, never dropped. A recipient that is not an email address (a plan may name a
 * role, such as 'Channel sales lead') cannot be mailed at all: that is reported with
 * what to change.
 */
import { urgency as kindUrgency } from './digest';
import type { Digest } from './types';

export interface Delivery {
  send: Digest[];
  /** Over today's quota: kept for the next run. */
  held: Digest[];
  /** Not an email address: logged with the reason, not kept. */
  undeliverable: { digest: Digest; reason: string }[];
}

// Deliberately plain: the aim is to tell a name from an address, not to validate RFC 5322.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

export function planDelivery(all: readonly Digest[], remainingQuota: number): Delivery {
  const undeliverable: Delivery['undeliverable'] = [];
  const mailable: Digest[] = [];
  for (const digest of all) {
    if (isEmailAddress(digest.recipient)) mailable.push(digest);
    else
      undeliverable.push({
        digest,
        reason: `"${digest.recipient}" is not an email address: put the person's email in the plan's Owner cell or escalation path.`,
      });
  }
  const ranked = [...mailable].sort((a, b) => urgency(a) - urgency(b));
  const room = Math.max(0, Math.floor(remainingQuota));
  return { send: ranked.slice(0, room), held: ranked.slice(room), undeliverable };
}

function urgency(digest: Digest): number {
  return Math.min(...digest.notifications.map((n) => kindUrgency(n.kind)));
}
