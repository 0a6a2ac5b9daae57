/**
 * One email per recipient per run: every notification for the same person (names and
 * addresses compared without case) goes into one digest, most urgent first.
 */
import type { Language } from '../../shared/i18n/language';
import { type MonitorText, monitorText } from '../../shared/i18n/monitor';
import type { IsoDate } from '../../shared/plan-types';
import { dateWriter } from '../calendar';
import { sameRecipient } from './rules';
import type { Digest, MonitoredPlan, Notification, NotificationKind } from './types';

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

export interface DigestContext {
  /** The spreadsheet's name, so a reader with several knows which one. */
  documentName: string;
  today: IsoDate;
  /** The spreadsheet's language; default English. */
  language?: Language;
  /** Today's plans, for a plan's own note under its line. */
  plans?: readonly MonitoredPlan[];
}

/**
 * Groups one run's notifications into one digest per recipient (names and addresses compared
 * without case or surrounding spaces, see sameRecipient), notifications most urgent first, with
 * a plain-text subject and body naming the spreadsheet and each plan sheet's URL; dates in the
 * body are written as 'Mon 2 Mar 2026' (or '2026年3月2日 (月)' in Japanese). Throws nothing; no
 * notifications give no digests.
 */
export function digests(notifications: readonly Notification[], context: DigestContext): Digest[] {
  const text = monitorText(context.language ?? 'en');
  const byRecipient = new Map<string, Notification[]>();
  for (const n of notifications) {
    const key = sameRecipient(n.recipient);
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), n]);
  }
  return [...byRecipient.values()].map((list) => {
    const sorted = [...list].sort((a, b) => URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind));
    return {
      recipient: sorted[0].recipient,
      subject: subject(sorted, context, text),
      body: body(sorted, context, text),
      notifications: sorted,
    };
  });
}

function subject(list: readonly Notification[], context: DigestContext, text: MonitorText): string {
  const headlines = URGENCY.flatMap((kind) => {
    const n = list.filter((x) => x.kind === kind).length;
    return n ? [text.headline[kind]({ n })] : [];
  });
  return text.subject({ headlines, document: context.documentName });
}

function body(list: readonly Notification[], context: DigestContext, text: MonitorText): string {
  const date = dateWriter(context.language ?? 'en')(context.today);
  const lines = [text.intro({ document: context.documentName, date }), ''];
  const plans = new Map<string, Notification[]>();
  for (const n of list) plans.set(n.planSheet, [...(plans.get(n.planSheet) ?? []), n]);
  for (const items of plans.values()) {
    const { plan, planSheet: sheet, url } = items[0];
    lines.push(text.planLine({ plan, sheet, url }));
    const note = context.plans?.find((p) => p.planSheet === sheet)?.note;
    if (note) lines.push(note);
    for (const n of items) lines.push(`- ${line(n, text)}`);
    lines.push('');
  }
  lines.push(...text.footer);
  return lines.join('\n');
}

function line(n: Notification, text: MonitorText): string {
  if (n.kind === 'reminder') return text.reminderLine({ wave: n.waveName, detail: n.detail });
  const from = n.from && n.from !== n.to ? n.from : '';
  return text.changeLine({ wave: n.waveName, metric: n.metric, from, to: n.to, detail: n.detail });
}
