/**
 * One email per recipient per run: every notification for the same person (names and
 * addresses compared without case) goes into one digest, most urgent first.
 */
import type { IsoDate } from '../../shared/plan-types';
import { longDate } from '../calendar';
import { sameRecipient } from './rules';
import type { Digest, Notification, NotificationKind } from './types';

const URGENCY: NotificationKind[] = [
  'escalation',
  'stop',
  'stale',
  'invalid',
  'pending-at-review',
  'reminder',
];

/** 0 is the most urgent. */
export function urgency(kind: NotificationKind): number {
  return URGENCY.indexOf(kind);
}

const HEADLINE: Record<NotificationKind, (n: number) => string> = {
  escalation: (n) => `${n} escalation${n === 1 ? '' : 's'}`,
  stop: (n) => `${n} gate${n === 1 ? '' : 's'} at STOP`,
  stale: (n) => `${n} gate${n === 1 ? '' : 's'} STALE`,
  invalid: (n) => `${n} gate${n === 1 ? '' : 's'} with data to fix`,
  'pending-at-review': (n) => `${n} gate${n === 1 ? '' : 's'} still PENDING at review`,
  reminder: (n) => `${n} review reminder${n === 1 ? '' : 's'}`,
};

export interface DigestContext {
  /** The spreadsheet's name, so a reader with several knows which one. */
  documentName: string;
  today: IsoDate;
}

/**
 * Groups one run's notifications into one digest per recipient (names and addresses compared
 * without case or surrounding spaces, see sameRecipient), notifications most urgent first, with
 * a plain-text subject and body naming the spreadsheet and each plan sheet's URL; dates in the
 * body are written as 'Mon 2 Mar 2026'. Throws nothing; no notifications give no digests.
 */
export function digests(notifications: readonly Notification[], context: DigestContext): Digest[] {
  const byRecipient = new Map<string, Notification[]>();
  for (const n of notifications) {
    const key = sameRecipient(n.recipient);
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), n]);
  }
  return [...byRecipient.values()].map((list) => {
    const sorted = [...list].sort((a, b) => URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind));
    return {
      recipient: sorted[0].recipient,
      subject: subject(sorted, context),
      body: body(sorted, context),
      notifications: sorted,
    };
  });
}

function subject(list: readonly Notification[], context: DigestContext): string {
  const parts = URGENCY.flatMap((kind) => {
    const n = list.filter((x) => x.kind === kind).length;
    return n ? [HEADLINE[kind](n)] : [];
  });
  return `Partner Pilot gate monitor: ${parts.join(', ')} (${context.documentName})`;
}

function body(list: readonly Notification[], context: DigestContext): string {
  const lines = [
    `The Partner Pilot gate monitor checked the pilot plans in "${context.documentName}" on ${longDate(context.today)}.`,
    '',
  ];
  const plans = new Map<string, Notification[]>();
  for (const n of list) plans.set(n.planSheet, [...(plans.get(n.planSheet) ?? []), n]);
  for (const items of plans.values()) {
    lines.push(`${items[0].plan} (sheet "${items[0].planSheet}"): ${items[0].url}`);
    for (const n of items) lines.push(`- ${line(n)}`);
    lines.push('');
  }
  lines.push(
    'You receive this because the plan names you as a metric owner or on its escalation path.',
    'Anyone with edit access can turn the daily monitor off under Extensions > Partner Pilot.',
  );
  return lines.join('\n');
}

function line(n: Notification): string {
  if (n.kind === 'reminder') return `Reminder, ${n.waveName}: ${n.detail}`;
  const change = n.from && n.from !== n.to ? `${n.from} -> ${n.to}` : n.to;
  return `${n.waveName}, ${n.metric} (${change}): ${n.detail}`;
}
