/**
 * The decision log: one row per record version. It decides the next free record ID,
 * the next version of an ID, and the names of the sheets a version is written to.
 */
import type { Language } from '../../shared/i18n/language';
import { recordText } from '../../shared/i18n/record';
import { DECISION_LOG_HEADERS } from '../../shared/plan-columns';
import type { LogEntry } from '../../shared/plan-types';

/**
 * The log's columns by their English ids. A log in either language has them in this order
 * (i18n/{en,ja}/record.ts logHeaders), so readLog and the sheet adapter read both alike.
 */
export { DECISION_LOG_HEADERS };

/**
 * The seed one-pager is B0372, so a document whose log holds no record starts at B0373;
 * after that, one above the highest B number in the log.
 */
export const FIRST_RECORD_NUMBER = 373;

/** Record IDs are at most 20 characters: B and up to 19 digits. */
export const MAX_RECORD_ID_LENGTH = 20;
const RECORD_NUMBER = /^B(\d{1,19})$/;

/**
 * One above the highest B number in the log, as decimal text so B + 19 nines stays
 * exact (Number would round it and print 1e+19). A log ID longer than 20 characters
 * (typed by hand) is not a record ID and is skipped; past B + 19 nines there is no next
 * number, and the first free B number from B0373 up is offered instead.
 */
export function nextRecordId(log: readonly LogEntry[]): string {
  let highest = String(FIRST_RECORD_NUMBER - 1);
  for (const entry of log) {
    const match = RECORD_NUMBER.exec(entry.id);
    if (match && greater(match[1].replace(/^0+(?=\d)/, ''), highest))
      highest = match[1].replace(/^0+(?=\d)/, '');
  }
  const next = increment(highest).padStart(4, '0');
  if (next.length < MAX_RECORD_ID_LENGTH) return `B${next}`;
  const used = new Set(log.map((e) => e.id));
  for (let n = FIRST_RECORD_NUMBER; ; n++) {
    const id = `B${String(n).padStart(4, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** Whether decimal digits `a` exceed `b` (no leading zeros). */
function greater(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}

/** Decimal digits plus one: '999' → '1000'. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** What logVersion reads of an entry. */
export type LogVersionEntry = Pick<LogEntry, 'id' | 'version' | 'supersededBy'>;

/**
 * A fingerprint of the log's rows (IDs, versions, superseded marks): it changes with
 * every version written, so a sidebar that sends back the fingerprint it was shown can be
 * told when another write came first. The rows are taken in sorted order, so a workbook
 * with a log per language gives the same fingerprint whichever log is read first. Opaque
 * text; compare for equality only.
 */
export function logVersion(log: readonly LogVersionEntry[]): string {
  let hash = 0x811c9dc5;
  const text = log
    .map((e) => `${e.id}\u0000${e.version}\u0000${e.supersededBy}`)
    .sort()
    .join('\u0001');
  for (let i = 0; i < text.length; i++) {
    // FNV-1a, 32 bits.
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${log.length}.${hash.toString(36)}`;
}

/** The latest version written for an ID, or undefined when the ID is new. */
export function latestVersion(log: readonly LogEntry[], id: string): LogEntry | undefined {
  let latest: LogEntry | undefined;
  for (const entry of log)
    if (entry.id === id && (!latest || entry.version > latest.version)) latest = entry;
  return latest;
}

/**
 * The wanted name of a version's plan sheet, e.g. 'Pilot plan B0373 v2'; freeSheetName makes it
 * unique in the document.
 */
export function planSheetName(id: string, version: number): string {
  return `Pilot plan ${id} v${version}`;
}

/**
 * The wanted name of a version's decision record sheet in `language`, e.g. 'Decision record
 * B0373 v2' or '意思決定記録 B0373 v2' (well within Sheets' 100 characters even with a
 * 20-character ID); freeSheetName makes it unique in the document.
 */
export function recordSheetName(id: string, version: number, language: Language = 'en'): string {
  return recordText(language).sheetName({ id, version });
}

/**
 * A name not yet taken: a sheet the user made with the same name, in any letter case
 * (Sheets refuses 'pilot plan b0373 v1' beside 'Pilot plan B0373 v1'), is never reused
 * or overwritten; the new one gets " (2)", " (3)"….
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Reads the log sheet's rows (header first) back into entries; rows without an ID are skipped. */
export function readLog(rows: readonly (readonly unknown[])[]): LogEntry[] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return rows.slice(1).flatMap((row) => {
    const id = text(row[0]).trim();
    const version = Number(row[1]);
    if (!id || !Number.isInteger(version) || version < 1) return [];
    return [
      {
        id,
        version,
        title: text(row[2]),
        status: text(row[3]),
        // The adapter hands dates over as YYYY-MM-DD in the spreadsheet's time zone.
        date: text(row[4]),
        supersedes: text(row[5]),
        supersededBy: text(row[6]),
        planSheet: text(row[7]),
        recordSheet: text(row[8]),
        gateTable: text(row[9]),
      },
    ];
  });
}
