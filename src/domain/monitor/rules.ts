/**
 * Who is told what in one run, from today's judgements and the last run's memory:
 * the metric's owner on a transition into STOP or STALE and when a review date arrives
 * with the gate still PENDING; the next person on the escalation path for each week a
 * STOP outlives its review date; the owners of a wave's metrics N days before its
 * gate review. A mid-wave check-in whose date has passed is no longer watched for
 * staleness: its Actual is the check-in's record and ages by design, while the wave's gate
 * review row, watched as ever, is what is decided next. Everything is decided on calendar
 * days, so a run repeated the same day decides nothing new.
 */
import { invalidNoteProblem } from '../../shared/i18n/formulas';
import type { Language } from '../../shared/i18n/language';
import { type MonitorText, monitorText } from '../../shared/i18n/monitor';
import type { IsoDate } from '../../shared/plan-types';
import { readRecipients } from '../../shared/recipients';
import { addDays, dateWriter, daysBetween, isIsoDate } from '../calendar';
import type {
  GateMemory,
  MonitoredGate,
  MonitoredPlan,
  MonitorMemory,
  Notification,
  NotificationKind,
} from './types';

export interface MonitorSettings {
  /** Reminders go out this many days before a gate review; default 2. */
  reminderDays: number;
  /** A STOP past its review date goes one step up the escalation path this often; default 7. */
  escalateEveryDays: number;
}

export const DEFAULT_SETTINGS: MonitorSettings = { reminderDays: 2, escalateEveryDays: 7 };

/** A status change seen by this run, notified or not. */
export interface Transition {
  plan: string;
  key: string;
  waveName: string;
  metric: string;
  from: string;
  to: string;
}

export interface Decision {
  transitions: Transition[];
  notifications: Notification[];
  /** What to remember for the next run (held notifications are the caller's to add). */
  memory: MonitorMemory;
}

/**
 * The memory of a monitor that has never run (no gate statuses seen, no reminders sent, nothing
 * held): the `last` of a first run.
 */
export function emptyMemory(): MonitorMemory {
  return { gates: {}, reminded: [], held: [] };
}

/**
 * One daily run's decision: the status transitions since `last`, the notifications they call for
 * (rules in the module header) and the memory for the next run. `today` is 'YYYY-MM-DD' in the
 * spreadsheet's time zone; `settings` counts calendar days (reminders `reminderDays` before a
 * review, one escalation step per `escalateEveryDays` a STOP outlives it). Gates whose review date
 * is not a date get no reminder or escalation. Pure and idempotent per day: a second run with the
 * returned memory on the same day notifies nobody. Throws an Error ("Not a YYYY-MM-DD date") only
 * when `today` is not a real date. Details are written in `language` (the spreadsheet's).
 */
export function decide(
  plans: readonly MonitoredPlan[],
  last: MonitorMemory,
  today: IsoDate,
  settings: MonitorSettings = DEFAULT_SETTINGS,
  language: Language = 'en',
): Decision {
  const text = monitorText(language);
  const date = dateWriter(language);
  const transitions: Transition[] = [];
  const notifications: Notification[] = [];
  const gates: Record<string, GateMemory> = {};
  const reminded = new Set(
    // A reminder key is only needed until its review day has passed.
    last.reminded.filter((key) => key.slice(key.lastIndexOf('|') + 1) >= today),
  );

  for (const plan of plans) {
    for (const gate of plan.gates) {
      const before = last.gates[gate.key];
      const from = before?.status ?? '';
      const memory: GateMemory = { status: gate.status, escalated: 0 };
      if (before?.pendingToldFor) memory.pendingToldFor = before.pendingToldFor;
      if (from !== gate.status) {
        transitions.push({
          plan: plan.label,
          key: gate.key,
          waveName: gate.waveName,
          metric: gate.metric,
          from,
          to: gate.status,
        });
        // A check-in already held tells nobody of its STALE; the log says why (run.ts).
        if (gate.status === 'STOP' || (gate.status === 'STALE' && !checkInPassed(gate, today))) {
          const kind = gate.status === 'STOP' ? 'stop' : 'stale';
          const detail = intoDetail(gate, today, text, date);
          for (const owner of recipientsOf(gate.owner))
            notifications.push(notice(kind, owner, plan, gate, from, detail));
        } else if (invalidNoteProblem(gate.status) !== undefined) {
          // A row GATE_STATUS cannot judge hides whatever it would show: its owner fixes it.
          // Its note is in the spreadsheet's language, which may not be the plan's.
          const problem = invalidNoteProblem(gate.status) as string;
          const detail = text.invalidDetail({ problem });
          for (const owner of recipientsOf(gate.owner))
            notifications.push(notice('invalid', owner, plan, gate, from, detail));
        }
      }
      // Escalation is for a STOP that stays: one seen by the last run as well.
      if (gate.status === 'STOP' && from === 'STOP') {
        memory.escalated = before?.escalated ?? 0;
        const next = nextEscalation(plan, gate, memory.escalated, today, settings);
        if (next.length) {
          memory.escalated++;
          const detail = text.escalationDetail({
            days: daysBetween(gate.reviewDate, today),
            review: ownEvent(gate, text, date),
            owner: gate.owner,
          });
          for (const person of next)
            notifications.push(notice('escalation', person, plan, gate, from, detail));
        }
      }
      if (
        gate.status === 'PENDING' &&
        isIsoDate(gate.reviewDate) &&
        today >= gate.reviewDate &&
        memory.pendingToldFor !== gate.reviewDate
      ) {
        memory.pendingToldFor = gate.reviewDate;
        const detail = text.pendingDetail({ review: ownEvent(gate, text, date) });
        for (const owner of recipientsOf(gate.owner))
          notifications.push(notice('pending-at-review', owner, plan, gate, from, detail));
      }
      gates[gate.key] = memory;
    }
    notifications.push(...reminders(plan, today, settings, reminded, text, date));
  }
  return { transitions, notifications, memory: { gates, reminded: [...reminded], held: [] } };
}

type DateWriter = (d: IsoDate) => string;

/**
 * True for a mid-wave check-in row after its date: a STALE there is its data ageing past
 * the meeting it served, so nobody is told (run.ts drops a STALE notice still held for it).
 */
export function checkInPassed(gate: MonitoredGate, today: IsoDate): boolean {
  return gate.checkIn !== undefined && isIsoDate(gate.reviewDate) && today > gate.reviewDate;
}

/** The meeting on the row's own date: its gate review, or the mid-wave check-in of a check-in row. */
function ownEvent(gate: MonitoredGate, text: MonitorText, date: DateWriter): string {
  const on = isIsoDate(gate.reviewDate) ? date(gate.reviewDate) : null;
  return text.review({ date: on, checkIn: gate.checkIn !== undefined });
}

/**
 * The meeting to act before: a check-in row's check-in while it is today or ahead, else (once it
 * has passed) its wave's gate review, so an email never points to a meeting already held.
 */
function nextEvent(
  gate: MonitoredGate,
  today: IsoDate,
  text: MonitorText,
  date: DateWriter,
): string {
  if (!gate.checkIn || (isIsoDate(gate.reviewDate) && gate.reviewDate >= today)) {
    return ownEvent(gate, text, date);
  }
  const review = gate.checkIn.gateReview;
  return text.review({ date: isIsoDate(review) ? date(review) : null, checkIn: false });
}

function intoDetail(
  gate: MonitoredGate,
  today: IsoDate,
  text: MonitorText,
  date: DateWriter,
): string {
  const review = nextEvent(gate, today, text, date);
  const shown = gate.shown;
  if (gate.status === 'STOP') {
    const detail = text.stopDetail(
      shown?.actual
        ? { review, actual: shown.actual, stopAt: shown.stopAt, goAt: shown.goAt }
        : { review },
    );
    const why = balanceWhy(gate.balance, text);
    return why ? `${detail} ${why}` : detail;
  }
  // A share row's Actual and Data as of are formulas: its owner fixes the inputs instead.
  if ((gate.balance === 'shareFloor' || gate.balance === 'shareCeiling') && gate.staleness) {
    const [why, asOf, checkIn] = [gate.staleness, shown?.asOf ?? '', gate.checkIn !== undefined];
    return text.staleShareDetail({ why, asOf, wave: gate.waveName, checkIn, review });
  }
  if (gate.staleness === 'missing') return text.staleMissingDetail({ review });
  if (gate.staleness === 'future')
    return text.staleFutureDetail({ review, asOf: shown?.asOf ?? '' });
  return text.staleDetail(shown?.asOf ? { review, asOf: shown.asOf } : { review });
}

/** What a balance gate's STOP means, or '' for any other gate. */
function balanceWhy(kind: string | undefined, text: MonitorText): string {
  if (kind === 'shareFloor' || kind === 'shareCeiling') return text.balanceStop[kind];
  return kind ? text.balanceStop.control : '';
}

/**
 * The people to tell now, if any: one step up the path on the first run after the
 * review date, and one more for each further `escalateEveryDays` the STOP lasts.
 * The owners are skipped on the path: they were told when the gate turned STOP.
 */
function nextEscalation(
  plan: MonitoredPlan,
  gate: MonitoredGate,
  escalated: number,
  today: IsoDate,
  settings: MonitorSettings,
): string[] {
  if (!isIsoDate(gate.reviewDate)) return [];
  const daysPast = daysBetween(gate.reviewDate, today);
  if (daysPast <= 0) return [];
  const due = 1 + Math.floor((daysPast - 1) / settings.escalateEveryDays);
  if (escalated >= due) return [];
  const owners = new Set(recipientsOf(gate.owner).map(sameRecipient));
  // A step may name several people: all of them are told together.
  const steps = plan.escalation
    .map((p) => (p.trim() ? recipientsOf(p).filter((r) => !owners.has(sameRecipient(r))) : []))
    .filter((step) => step.length);
  return steps[escalated] ?? [];
}

function reminders(
  plan: MonitoredPlan,
  today: IsoDate,
  settings: MonitorSettings,
  reminded: Set<string>,
  text: MonitorText,
  date: DateWriter,
): Notification[] {
  const waves = new Map<string, MonitoredGate[]>();
  for (const gate of plan.gates) {
    if (!isIsoDate(gate.reviewDate)) continue;
    const key = `${plan.planSheet}|w${gate.wave}|${gate.reviewDate}`;
    waves.set(key, [...(waves.get(key) ?? []), gate]);
  }
  const out: Notification[] = [];
  for (const [key, gates] of waves) {
    const { reviewDate } = gates[0];
    // A run missed on the exact day still reminds, up to the day before the review.
    if (today < addDays(reviewDate, -settings.reminderDays) || today >= reviewDate) continue;
    if (reminded.has(key)) continue;
    reminded.add(key);
    // One reminder per wave and date: it names the gate review when any of its rows is one.
    const event = gates.find((g) => !g.checkIn) ?? gates[0];
    const detail = text.reminderDetail({
      review: ownEvent(event, text, date),
      statuses: gates.map((g) => text.metricStatus({ metric: g.metric, status: g.status })),
    });
    const owners = new Map<string, string>();
    for (const g of gates)
      if (g.owner.trim()) for (const o of recipientsOf(g.owner)) owners.set(sameRecipient(o), o);
    for (const owner of owners.values()) {
      out.push({ ...notice('reminder', owner, plan, gates[0], '', detail), key, metric: '' });
    }
  }
  return out;
}

function notice(
  kind: NotificationKind,
  recipient: string,
  plan: MonitoredPlan,
  gate: MonitoredGate,
  from: string,
  detail: string,
): Notification {
  return {
    kind,
    key: gate.key,
    recipient: recipient.trim(),
    plan: plan.label,
    planSheet: plan.planSheet,
    url: plan.url,
    wave: gate.wave,
    waveName: gate.waveName,
    metric: gate.metric,
    from,
    to: gate.status,
    reviewDate: gate.reviewDate,
    detail,
  };
}

/**
 * Everyone an Owner or escalation cell names (shared/recipients.ts): each address, and what is
 * not one, which delivery reports as not an email address; a blank cell is one blank recipient.
 */
function recipientsOf(cell: string): string[] {
  const { addresses, others } = readRecipients(cell);
  return addresses.length || others.length ? [...addresses, ...others] : [cell.trim()];
}

/** Addresses and names compare without case or surrounding space. */
export function sameRecipient(recipient: string): string {
  return recipient.trim().toLowerCase();
}
