/**
 * What the gate monitor reasons about: the gates of every live plan as judged today,
 * what it remembered from the last run, and the notifications a run decides to send.
 * All plain data, so the memory survives in document properties as JSON.
 */
import type * as v from 'valibot';
import type { IsoDate } from '../../shared/plan-types';
import type {
  gateMemorySchema,
  heldNotificationSchema,
  monitorMemorySchema,
  NOTIFICATION_KINDS,
  notificationSchema,
} from '../../shared/schema/monitor';

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
  /** The row's own date: its wave's gate review, or for a check-in row the check-in. */
  reviewDate: IsoDate;
  /** A mid-wave check-in row, with its wave's gate review date for when the check-in has passed. */
  checkIn?: { gateReview: IsoDate };
  status: JudgedStatus;
  /** The balance metric's kind ('shareFloor', 'partnerChurn', …) when the gate is one. */
  balance?: string;
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
  /** What its readers must know of the plan itself (e.g. its decision-log row is gone). */
  note?: string;
}

/** What the monitor remembers of one gate between runs. */
export type GateMemory = v.InferOutput<ReturnType<typeof gateMemorySchema>>;

/** The memory kept between runs; its schema upgrades what an older version stored. */
export type MonitorMemory = v.InferOutput<ReturnType<typeof monitorMemorySchema>>;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A held notification as remembered: only what cannot be read again from the plan on
 * the next run (the plan's label, link, wave and metric names come back from its gate
 * table), so a plan with hundreds of held notices still fits in document properties.
 */
export type HeldNotification = v.InferOutput<ReturnType<typeof heldNotificationSchema>>;

/** One thing one person is told; held ones wait in the memory for mail quota. */
export type Notification = v.InferOutput<ReturnType<typeof notificationSchema>>;

/** One email: everything one recipient is told in one run. */
export interface Digest {
  recipient: string;
  subject: string;
  body: string;
  notifications: Notification[];
}
