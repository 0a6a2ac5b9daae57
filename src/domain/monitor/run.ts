/**
 * One daily run, start to end, without the spreadsheet: decide what to tell whom,
 * merge what a short quota held back last time, fold it into one digest per
 * recipient, fit the digests to the quota, and say in log rows what happened to each.
 */
import type { IsoDate } from '../../shared/plan-types';
import { type Delivery, planDelivery } from './delivery';
import { digests } from './digest';
import { DEFAULT_SETTINGS, decide, type MonitorSettings } from './rules';
import type { Digest, MonitoredPlan, MonitorMemory, Notification } from './types';

export interface RunInput {
  plans: readonly MonitoredPlan[];
  memory: MonitorMemory;
  today: IsoDate;
  /** MailApp's remaining daily quota before this run. */
  remainingQuota: number;
  documentName: string;
  settings?: MonitorSettings;
}

/** A row of the 'Gate monitor log' sheet. */
export interface MonitorLogRow {
  plan: string;
  gate: string;
  from: string;
  to: string;
  told: string;
  note: string;
}

export interface RunOutcome {
  send: Digest[];
  /** Rows for this run: the run itself first, then one per notification or change. */
  log: MonitorLogRow[];
  memory: MonitorMemory;
  summary: RunSummary;
}

export interface RunSummary {
  plans: number;
  gates: number;
  changes: number;
  emailsSent: number;
  /** Notifications held for the next run because the quota was short. */
  held: number;
  /** Notifications whose recipient is not an email address. */
  undeliverable: number;
}

/**
 * Sends through `deliver`, which returns null when the digest went out and the
 * error's text when it did not: a failed digest is held for the next run like one
 * the quota could not carry.
 */
export function monitorRun(
  input: RunInput,
  deliver: (digest: Digest) => string | null,
): RunOutcome {
  const decision = decide(
    input.plans,
    input.memory,
    input.today,
    input.settings ?? DEFAULT_SETTINGS,
  );
  const live = new Set(input.plans.map((p) => p.planSheet));
  const fresh = new Set(decision.notifications.map(identity));
  // Held notices of plans no longer monitored (superseded, deleted) are dropped with them.
  const carried = input.memory.held.filter((n) => live.has(n.planSheet) && !fresh.has(identity(n)));
  const all = [...carried, ...decision.notifications];
  const planned = planDelivery(digests(all, input), input.remainingQuota);
  const failed = new Map<Digest, string>();
  for (const digest of planned.send) {
    const error = deliver(digest);
    if (error !== null) failed.set(digest, error);
  }
  const delivery: Delivery = {
    ...planned,
    send: planned.send.filter((d) => !failed.has(d)),
    held: [...planned.held, ...failed.keys()],
  };
  const held = delivery.held.flatMap((d) => d.notifications);
  const undeliverable = delivery.undeliverable.flatMap((u) => u.digest.notifications);
  const summary: RunSummary = {
    plans: input.plans.length,
    gates: input.plans.reduce((sum, p) => sum + p.gates.length, 0),
    changes: decision.transitions.length,
    emailsSent: delivery.send.length,
    held: held.length,
    undeliverable: undeliverable.length,
  };
  return {
    send: delivery.send,
    log: [
      runRow(summary),
      ...notificationRows(delivery, carried, failed),
      ...silentChanges(decision),
    ],
    memory: { ...decision.memory, held },
    summary,
  };
}

function identity(n: Notification): string {
  return `${n.kind}|${n.key}|${n.recipient.trim().toLowerCase()}`;
}

function runRow(s: RunSummary): MonitorLogRow {
  const held = s.held ? `, ${s.held} notification(s) held for the next run` : '';
  const bad = s.undeliverable ? `, ${s.undeliverable} not sendable (no email address)` : '';
  const note =
    s.emailsSent || s.held || s.undeliverable
      ? `Run: ${s.plans} plan(s), ${s.gates} gate(s), ${s.changes} change(s); ${s.emailsSent} email(s) sent${held}${bad}.`
      : `Run: ${s.plans} plan(s), ${s.gates} gate(s), ${s.changes} change(s); nothing to send.`;
  return { plan: '', gate: '', from: '', to: '', told: '', note };
}

function notificationRows(
  delivery: Delivery,
  carried: readonly Notification[],
  failed: ReadonlyMap<Digest, string>,
): MonitorLogRow[] {
  const earlier = new Set(carried);
  const rows = (list: readonly Notification[], note: (n: Notification) => string) =>
    list.map((n) => ({
      plan: n.plan,
      gate: n.metric ? `${n.waveName} · ${n.metric}` : `${n.waveName} (review reminder)`,
      from: n.from,
      to: n.kind === 'reminder' ? '' : n.to,
      told: n.recipient,
      note: note(n),
    }));
  return [
    ...delivery.send.flatMap((d) =>
      rows(d.notifications, (n) =>
        earlier.has(n)
          ? `Emailed (${KIND[n.kind]}, held from an earlier run)`
          : `Emailed (${KIND[n.kind]})`,
      ),
    ),
    ...delivery.held.flatMap((d) => {
      const error = failed.get(d);
      const why = error ? `sending failed (${error})` : 'daily mail quota reached';
      return rows(
        d.notifications,
        (n) => `Not sent: ${why}; kept for the next run (${KIND[n.kind]})`,
      );
    }),
    ...delivery.undeliverable.flatMap((u) =>
      rows(u.digest.notifications, () => `Not sent: ${u.reason}`),
    ),
  ];
}

function silentChanges(decision: ReturnType<typeof decide>): MonitorLogRow[] {
  const told = new Set(decision.notifications.map((n) => n.key));
  return (
    decision.transitions
      // A gate seen for the first time is not a change anyone needs to read about.
      .filter((t) => t.from && !told.has(t.key))
      .map((t) => ({
        plan: t.plan,
        gate: `${t.waveName} · ${t.metric}`,
        from: t.from,
        to: t.to,
        told: '',
        note: 'No email: only changes into STOP, STALE or Invalid are emailed.',
      }))
  );
}

const KIND: Record<Notification['kind'], string> = {
  stop: 'turned STOP',
  stale: 'turned STALE',
  invalid: 'data to fix',
  'pending-at-review': 'still PENDING at review',
  escalation: 'escalation',
  reminder: 'review reminder',
};
