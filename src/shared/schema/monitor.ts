/**
 * What the gate monitor keeps in document properties between runs: per plan, the gates'
 * last statuses, the reminders sent and the notifications held for mail quota; and the
 * run record. Every field added after the first release has a default, so an older value
 * is upgraded rather than forgotten.
 */
import * as v from 'valibot';
import { once, whole } from './fields';

/** Stored counts; messages are for the monitor log, where a damaged value is reported. */
const count = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  whole(
    min,
    max,
    `Expected a whole number, ${min} or more${max < Number.MAX_SAFE_INTEGER ? ` and at most ${max}` : ''}`,
  );

export const NOTIFICATION_KINDS = [
  'stop',
  'stale',
  'invalid',
  'pending-at-review',
  'escalation',
  'reminder',
] as const;

/** What the monitor remembers of one gate between runs. */
export const gateMemorySchema = () =>
  v.object({
    /** GATE_STATUS's text: GO, HOLD, STOP, PENDING, STALE, or an 'Invalid …' note. */
    status: v.string(),
    /** How many people on the escalation path have been told of the current STOP. */
    escalated: v.optional(count(0), 0),
    /** The review date for which the owner was told the gate was still PENDING. */
    pendingToldFor: v.optional(v.string()),
  });

/** One thing one person is told; a held one waits in the memory for mail quota. */
export const notificationSchema = () =>
  v.object({
    kind: v.picklist(NOTIFICATION_KINDS),
    /** The gate's key, or for a reminder `${planSheet}|w${wave}|${reviewDate}`. */
    key: v.string(),
    recipient: v.string(),
    plan: v.string(),
    planSheet: v.string(),
    url: v.string(),
    wave: v.number(),
    waveName: v.string(),
    /** The metric, or '' for a reminder about a whole wave. */
    metric: v.string(),
    /** The last run's status ('' when the gate was not monitored before). */
    from: v.string(),
    to: v.string(),
    /** 'YYYY-MM-DD'. */
    reviewDate: v.string(),
    /** What the reader must know, in a sentence. */
    detail: v.string(),
  });

/**
 * A held notification as kept: what the next run cannot read again from the plan (its
 * label, link, wave and metric names come back from the gate table).
 */
export const heldNotificationSchema = () =>
  v.object({
    kind: v.picklist(NOTIFICATION_KINDS),
    key: v.string(),
    recipient: v.string(),
    planSheet: v.string(),
    from: v.string(),
    to: v.string(),
    detail: v.string(),
  });

/**
 * The memory of every monitored plan's gates, as decoded from the compact text the store
 * splits across property values (src/domain/monitor/memory-codec.ts).
 */
export const monitorMemorySchema = once(() =>
  v.object({
    gates: v.optional(v.record(v.string(), gateMemorySchema()), () => ({})),
    /** Reminders already sent: `${planSheet}|w${wave}|${reviewDate}`. */
    reminded: v.optional(v.array(v.string()), () => []),
    /** Notifications a short mail quota held back; they go out with the next run's digests. */
    held: v.optional(v.array(heldNotificationSchema()), () => []),
  }),
);

/** The reminder setting and what the last run did, kept as one property value. */
export const runRecordSchema = once(() =>
  v.object({
    /** Reminders go out this many days before each gate review. */
    reminderDays: v.optional(count(0, 14), 2),
    /** When the last run ended (ms since the epoch). */
    lastRunMs: v.optional(v.nullable(v.number()), null),
    /** The last run's log line and its counts of unsent notifications. */
    lastRun: v.optional(
      v.nullable(
        v.object({
          text: v.string(),
          held: v.optional(v.number(), 0),
          undeliverable: v.optional(v.number(), 0),
          /** What the run said of plans it could not monitor, or follows without a log row. */
          plans: v.optional(v.array(v.string()), () => []),
        }),
      ),
      null,
    ),
    /** How many property values the last run's memory took. */
    memoryChunks: v.optional(count(0), 0),
  }),
);

/** What the planner stores per written version in document properties, for the monitor. */
export const planPropertiesSchema = once(() =>
  v.object({
    id: v.string(),
    version: count(1),
    planSheet: v.string(),
    planSheetId: v.number(),
    /** A1 of the gate table with its header row on the plan sheet. */
    gateTable: v.string(),
    /** Ordered: the first is told first. */
    escalation: v.optional(v.array(v.string()), () => []),
    decisionMaker: v.optional(v.string(), ''),
    staleAfterDays: v.optional(count(1), 14),
    /** A1 of the direct-revenue table with its header ('' for none, or a plan written before it). */
    directTable: v.optional(v.string(), ''),
    /** Each balance metric's name in the gate table → its kind, so emails can say what it guards. */
    balanceMetrics: v.optional(v.record(v.string(), v.string()), () => ({})),
  }),
);
