/**
 * The monitor's memory as compact text for document properties. Apps Script keeps at
 * most 9 KB per property value and 500 KB per store (developers.google.com/apps-script
 * /guides/services/quotas): a 20-wave × 30-metric plan remembers 600 gates, so the text
 * drops what repeats (each key's plan sheet, JSON field names, status words) and the
 * store splits it across values (src/server/monitor/store.ts). Decoding gives back
 * exactly what was encoded; text that is not this format decodes to empty memory.
 */
import type { GateMemory, HeldNotification, MonitorMemory, NotificationKind } from './types';

const STATUS_CODES: Record<string, string> = {
  GO: 'G',
  HOLD: 'H',
  STOP: 'S',
  STALE: 'T',
  PENDING: 'P',
};
const STATUS_WORDS = Object.fromEntries(Object.entries(STATUS_CODES).map(([w, c]) => [c, w]));
// Stored by index: a new kind goes at the end, so memory written before it decodes the same.
const KINDS: NotificationKind[] = [
  'stop',
  'stale',
  'pending-at-review',
  'escalation',
  'reminder',
  'invalid',
];
const CODED = /^([GHSTP])(\d*)(?:@(.*))?$/;
// Gate and reminder keys are `${planSheet}|w${wave}|…`; the split is only compression,
// so a sheet name that happens to contain '|w1|' still round-trips.
const KEY = /^(.*?)\|(w\d+\|.*)$/;

type CompactGate = string | [string, number, string?];
interface Compact {
  /** Gates by plan sheet, then by the rest of their key. */
  g: Record<string, Record<string, CompactGate>>;
  r: string[];
  /** Held: kind index, key, recipient, from, to, detail. */
  h: [number, string, string, string, string, string][];
}

function splitKey(key: string): [string, string] {
  const m = KEY.exec(key);
  return m ? [m[1], m[2]] : ['', key];
}

const joinKey = (sheet: string, rest: string) => (sheet ? `${sheet}|${rest}` : rest);

/** `memory` as compact JSON text; decodeMemory gives it back exactly. */
export function encodeMemory(memory: MonitorMemory): string {
  const compact: Compact = { g: {}, r: memory.reminded, h: [] };
  for (const [key, gate] of Object.entries(memory.gates)) {
    const [sheet, rest] = splitKey(key);
    compact.g[sheet] ??= {};
    compact.g[sheet][rest] = encodeGate(gate);
  }
  compact.h = memory.held.map((n) => [
    KINDS.indexOf(n.kind),
    n.key,
    n.recipient,
    n.from,
    n.to,
    n.detail,
  ]);
  return JSON.stringify(compact);
}

function encodeGate(gate: GateMemory): CompactGate {
  const code = STATUS_CODES[gate.status];
  const pending = gate.pendingToldFor ?? '';
  if (code && !pending.includes('@'))
    return `${code}${gate.escalated || ''}${pending ? `@${pending}` : ''}`;
  return pending ? [gate.status, gate.escalated, pending] : [gate.status, gate.escalated];
}

/**
 * The memory encodeMemory wrote, for the caller to check against its schema; null for
 * text that is not JSON (a damaged value), which the schema then reports.
 */
export function decodeMemory(text: string): MonitorMemory | null {
  const memory: MonitorMemory = { gates: {}, reminded: [], held: [] };
  let compact: Partial<Compact>;
  try {
    compact = JSON.parse(text) as Partial<Compact>;
  } catch {
    return null;
  }
  if (typeof compact !== 'object' || compact === null) return null;
  try {
    return fromCompact(compact, memory);
  } catch {
    // Valid JSON of another shape: as damaged as text that is not JSON.
    return null;
  }
}

function fromCompact(compact: Partial<Compact>, memory: MonitorMemory): MonitorMemory {
  for (const [sheet, gates] of Object.entries(compact.g ?? {}))
    for (const [rest, value] of Object.entries(gates)) {
      const gate = decodeGate(value);
      if (gate) memory.gates[joinKey(sheet, rest)] = gate;
    }
  memory.reminded = Array.isArray(compact.r) ? compact.r.map(String) : [];
  memory.held = (Array.isArray(compact.h) ? compact.h : []).flatMap(
    ([kind, key, recipient, from, to, detail]): HeldNotification[] =>
      KINDS[kind]
        ? [{ kind: KINDS[kind], key, recipient, planSheet: splitKey(key)[0], from, to, detail }]
        : [],
  );
  return memory;
}

function decodeGate(value: CompactGate): GateMemory | undefined {
  if (Array.isArray(value)) {
    const [status, escalated, pending] = value;
    return {
      status,
      escalated: Number(escalated) || 0,
      ...(pending ? { pendingToldFor: pending } : {}),
    };
  }
  const m = CODED.exec(String(value));
  if (!m) return undefined;
  return {
    status: STATUS_WORDS[m[1]],
    escalated: Number(m[2]) || 0,
    ...(m[3] ? { pendingToldFor: m[3] } : {}),
  };
}
