/**
 * Which digests go out today. MailApp counts one unit of its daily quota per recipient,
 * so with a short quota the most urgent digests go first and the rest are held for the
 * next run, never dropped. A recipient that is not an email address (a plan may name a
 * role, such as 'Channel sales lead') cannot be mailed at all: that is reported with
 * what to change.
 */
import type { Language } from '../../shared/i18n/language';
import { monitorText } from '../../shared/i18n/monitor';
import { isEmailAddress } from '../../shared/recipients';
import { urgency as kindUrgency } from './digest';
import type { Digest } from './types';

export interface Delivery {
  send: Digest[];
  /** Over today's quota: kept for the next run. */
  held: Digest[];
  /** Not an email address: logged with the reason, not kept. */
  undeliverable: { digest: Digest; reason: string }[];
}

/**
 * Splits today's digests into those to send, those held for the next run and those that cannot
 * be mailed. `remainingQuota` is MailApp.getRemainingDailyQuota() (recipients left today; floored,
 * negative counts as 0); each digest has one recipient, so it costs one unit. The most urgent
 * digests (escalation first, reminder last) take the quota. Quotas: Google's "Quotas for Google
 * Services" page (100 recipients a day on consumer accounts, 1,500 on Workspace). Reasons are
 * written in `language`. Throws nothing.
 */
export function planDelivery(
  all: readonly Digest[],
  remainingQuota: number,
  language: Language = 'en',
): Delivery {
  const undeliverable: Delivery['undeliverable'] = [];
  const mailable: Digest[] = [];
  for (const digest of all) {
    if (isEmailAddress(digest.recipient)) mailable.push(digest);
    else
      undeliverable.push({
        digest,
        reason: monitorText(language).notAnAddress({ recipient: digest.recipient }),
      });
  }
  const ranked = [...mailable].sort((a, b) => urgency(a) - urgency(b));
  const room = Math.max(0, Math.floor(remainingQuota));
  return { send: ranked.slice(0, room), held: ranked.slice(room), undeliverable };
}

function urgency(digest: Digest): number {
  return Math.min(...digest.notifications.map((n) => kindUrgency(n.kind)));
}
