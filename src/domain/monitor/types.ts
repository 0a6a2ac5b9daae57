/**
 * What the gate monitor reasons about: the gates of every live plan as judged today,
 * what it remembered from the last run, and the notifications a run decides to send.
 * All plain data, so the memory survives in document properties as JSON.
 */
import type { IsoDate } from '../../shared/plan-types';

/**
 * A gate's judgement as GATE_STATUS gives it: GO, HOLD, STOP, PENDING, STALE, or an
 * 'Invalid …' note. Kept as text here: the monitor only singles out STOP, STALE, PENDING
 * and Invalid, and the rules that produce the text live in src/domain/gating/gate-status.ts.
 */
export type JudgedStatus = string;

/** One metric's gate in one wave of one plan, judged on the run's day. */
export interface MonitoredGate {
  /** Stable across runs: plan sheet, wave and metric. */
  key: string;
  wave: number;
  waveName: string;
  metric: string;
  owner: string;
  reviewDate: IsoDate;
  status: JudgedStatus;
  /** Why a STALE gate is stale: data older than the limit, no Data-as-of, or one after today. */
  staleness?: 'old' | 'missing' | 'future';
  /** The gate's numbers as the sheet shows them ('$9,000'), for the email; blank when unread. */
  shown?: { actual: string; goAt: string; stopAt: string; asOf: string };
}

/** A plan version that is not superseded, as read from its sheet. */
export interface MonitoredPlan {
  /** e.g. 'B0373 v2'. */
  label: string;
  planSheet: string;
  /** Opens the plan sheet. */
  url: string;
  /** Ordered: the first is told first when a STOP outlives its review date. */
  escalation: string[];
  gates: MonitoredGate[];
}

/** What the monitor remembers of one gate between runs. */
export interface GateMemory {
  status: JudgedStatus;
  /** How many people on the escalation path have been told of the current STOP. */
  escalated: number;
  /** The review date for which the owner was told the gate was still PENDING. */
  pendingToldFor?: IsoDate;
}

export interface MonitorMemory {
  gates: Record<string, GateMemory>;
  /** Reminders already sent: `${planSheet}|w${wave}|${reviewDate}`. */
  reminded: string[];
  /** Notifications a short mail quota held back; they go out with the next run's digests. */
  held: Notification[];
}

export type NotificationKind =
  | 'stop'
  | 'stale'
  | 'invalid'
  | 'pending-at-review'
  | 'escalation'
  | 'reminder';

export interface Notification {
  kind: NotificationKind;
  /** The gate's key, or for a reminder `${planSheet}|w${wave}|${reviewDate}`. */
  key: string;
  recipient: string;
  plan: string;
  planSheet: string;
  url: string;
  wave: number;
  waveName: string;
  /** The metric, or '' for a reminder about a whole wave. */
  metric: string;
  /** The last run's status ('' when the gate was not monitored before). */
  from: JudgedStatus;
  to: JudgedStatus;
  reviewDate: IsoDate;
  /** What the reader must know, in a sentence. */
  detail: string;
}

/** One email: everything one recipient is told in one run. */
export interface Digest {
  recipient: string;
  subject: string;
  body: string;
  notifications: Notification[];
}
