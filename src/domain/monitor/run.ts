/**
 * One daily run, start to end, without the spreadsheet: decide what to tell whom,
 * merge what a short quota held back last time, fold it into one digest per
 * recipient, fit the digests to the quota, and say in log rows what happened to each.
 */
import type { Language } from '../../shared/i18n/language';
import { type MonitorText, monitorText } from '../../shared/i18n/monitor';
import type { IsoDate } from '../../shared/plan-types';
import { type Delivery, planDelivery } from './delivery';
import { digests } from './digest';
import {
  checkInPassed,
  DEFAULT_SETTINGS,
  type Decision,
  decide,
  type MonitorSettings,
} from './rules';
import type { Digest, HeldNotification, MonitoredPlan, MonitorMemory, Notification } from './types';

export interface RunInput {
  plans: readonly MonitoredPlan[];
  memory: MonitorMemory;
  today: IsoDate;
  /** MailApp's remaining daily quota before this run. */
  remainingQuota: number;
  documentName: string;
  settings?: MonitorSettings;
  /** The spreadsheet's language, for the emails and log notes; default English. */
  language?: Language;
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

/** Why a digest did not go out: `permanent` when MailApp refused its address, so retrying cannot help. */
export interface SendFailure {
  error: string;
  permanent: boolean;
}

/** A run decided but not yet sent: what to send, and what to remember once it is sent. */
export interface PlannedRun {
  decision: Decision;
  /** Notifications held by earlier runs and carried into this one. */
  carried: Notification[];
  delivery: Delivery;
  /** The memory as it stands when every digest in `delivery.send` has gone out. */
  memory: MonitorMemory;
  summary: RunSummary;
  language: Language;
}

/**
 * Decides a run without sending: today's notifications plus those held earlier (still
 * about a live plan), one digest per recipient, fitted to the quota. The caller commits
 * `memory` before sending and reports failures to finishRun afterwards, so a run that
 * stops part-way never sends the same notification twice (src/server/monitor/daily-run.ts).
 */
export function planRun(input: RunInput): PlannedRun {
  const decision = decide(
    input.plans,
    input.memory,
    input.today,
    input.settings ?? DEFAULT_SETTINGS,
    input.language,
  );
  const fresh = new Set(decision.notifications.map(identity));
  // Held notices of plans no longer monitored (superseded, deleted) are dropped with them.
  const carried = input.memory.held
    .filter((n) => !fresh.has(identity(n)))
    .flatMap((n) => hydrate(n, input.plans, input.today));
  const all = [...carried, ...decision.notifications];
  const language = input.language ?? 'en';
  const delivery = planDelivery(digests(all, input), input.remainingQuota, language);
  return {
    decision,
    carried,
    delivery,
    memory: { ...decision.memory, held: delivery.held.flatMap((d) => d.notifications.map(slim)) },
    summary: summarise(input.plans, decision, delivery),
    language,
  };
}

/** The run's outcome once sending is over: `failures` are the digests that did not go out. */
export function finishRun(
  planned: PlannedRun,
  failures: ReadonlyMap<Digest, SendFailure> = new Map(),
): RunOutcome {
  const text = monitorText(planned.language);
  const before = planned.delivery;
  const refused = [...failures].filter(([, f]) => f.permanent);
  const retry = [...failures].filter(([, f]) => !f.permanent);
  const delivery: Delivery = {
    send: before.send.filter((d) => !failures.has(d)),
    held: [...before.held, ...retry.map(([d]) => d)],
    undeliverable: [
      ...before.undeliverable,
      ...refused.map(([digest, f]) => ({
        digest,
        reason: text.refused({ error: f.error }),
      })),
    ],
  };
  const errors = new Map(retry.map(([d, f]) => [d, f.error]));
  const summary = summarise([], planned.decision, delivery, planned.summary);
  return {
    send: delivery.send,
    log: [
      runRow(summary, text),
      ...notificationRows(delivery, planned.carried, errors, text),
      ...silentChanges(planned.decision, text),
    ],
    memory: { ...planned.memory, held: delivery.held.flatMap((d) => d.notifications.map(slim)) },
    summary,
  };
}

/** planRun, sending and finishRun in one go, for callers with nothing to commit in between. */
export function monitorRun(
  input: RunInput,
  deliver: (digest: Digest) => SendFailure | null,
): RunOutcome {
  const planned = planRun(input);
  const failures = new Map<Digest, SendFailure>();
  for (const digest of planned.delivery.send) {
    const failure = deliver(digest);
    if (failure) failures.set(digest, failure);
  }
  return finishRun(planned, failures);
}

function summarise(
  plans: readonly MonitoredPlan[],
  decision: Decision,
  delivery: Delivery,
  counted?: RunSummary,
): RunSummary {
  return {
    plans: counted?.plans ?? plans.length,
    gates: counted?.gates ?? plans.reduce((sum, p) => sum + p.gates.length, 0),
    changes: decision.transitions.length,
    emailsSent: delivery.send.length,
    held: delivery.held.reduce((sum, d) => sum + d.notifications.length, 0),
    undeliverable: delivery.undeliverable.reduce(
      (sum, u) => sum + u.digest.notifications.length,
      0,
    ),
  };
}

function slim(n: Notification): HeldNotification {
  const { kind, key, recipient, planSheet, from, to, detail } = n;
  return { kind, key, recipient, planSheet, from, to, detail };
}

/**
 * A held notice made whole again from today's reading of its plan; none when the plan
 * or gate is no longer monitored, or when it asks for fresh data for a check-in already
 * held (rules.ts checkInPassed). A reminder's key is `${planSheet}|w${wave}|${date}`.
 */
function hydrate(
  n: HeldNotification,
  plans: readonly MonitoredPlan[],
  today: IsoDate,
): Notification[] {
  const plan = plans.find((p) => p.planSheet === n.planSheet);
  if (!plan) return [];
  const gate =
    n.kind === 'reminder'
      ? plan.gates.find((g) => n.key === `${plan.planSheet}|w${g.wave}|${g.reviewDate}`)
      : plan.gates.find((g) => g.key === n.key);
  if (!gate || (n.kind === 'stale' && checkInPassed(gate, today))) return [];
  return [
    {
      ...n,
      plan: plan.label,
      url: plan.url,
      wave: gate.wave,
      waveName: gate.waveName,
      metric: n.kind === 'reminder' ? '' : gate.metric,
      reviewDate: gate.reviewDate,
    },
  ];
}

function identity(n: HeldNotification): string {
  return `${n.kind}|${n.key}|${n.recipient.trim().toLowerCase()}`;
}

function runRow(s: RunSummary, text: MonitorText): MonitorLogRow {
  const note = text.runNote({
    plans: s.plans,
    gates: s.gates,
    changes: s.changes,
    sent: s.emailsSent,
    held: s.held,
    undeliverable: s.undeliverable,
  });
  return { plan: '', gate: '', from: '', to: '', told: '', note };
}

function notificationRows(
  delivery: Delivery,
  carried: readonly Notification[],
  failed: ReadonlyMap<Digest, string>,
  text: MonitorText,
): MonitorLogRow[] {
  const earlier = new Set(carried);
  const rows = (list: readonly Notification[], note: (n: Notification) => string) =>
    list.map((n) => ({
      plan: n.plan,
      gate: n.metric
        ? text.gateLabel({ wave: n.waveName, metric: n.metric })
        : text.reminderLabel({ wave: n.waveName }),
      from: n.from,
      to: n.kind === 'reminder' ? '' : n.to,
      told: n.recipient,
      note: note(n),
    }));
  return [
    ...delivery.send.flatMap((d) =>
      rows(d.notifications, (n) =>
        text.emailed({ kind: text.kind[n.kind], earlier: earlier.has(n) }),
      ),
    ),
    ...delivery.held.flatMap((d) => {
      const error = failed.get(d);
      return rows(d.notifications, (n) =>
        text.kept(error ? { kind: text.kind[n.kind], error } : { kind: text.kind[n.kind] }),
      );
    }),
    ...delivery.undeliverable.flatMap((u) =>
      rows(u.digest.notifications, () => text.notSent({ reason: u.reason })),
    ),
  ];
}

function silentChanges(decision: ReturnType<typeof decide>, text: MonitorText): MonitorLogRow[] {
  const told = new Set(decision.notifications.map((n) => n.key));
  return (
    decision.transitions
      // A gate seen for the first time is not a change anyone needs to read about.
      .filter((t) => t.from && !told.has(t.key))
      .map((t) => ({
        plan: t.plan,
        gate: text.gateLabel({ wave: t.waveName, metric: t.metric }),
        from: t.from,
        to: t.to,
        told: '',
        // Every other turn into STALE is emailed (rules.ts): this one is a past check-in's.
        note: t.to === 'STALE' ? text.pastCheckIn : text.silentChange,
      }))
  );
}
