/**
 * The decision log: one row per record version. It decides the next free record ID,
 * the next version of an ID, and the names of the sheets a version is written to.
 */
import type { LogEntry } from '../../shared/plan-types';

export const LOG_SHEET = 'Decision log';

export const DECISION_LOG_HEADERS = [
  'ID',
  'Version',
  'Title',
  'Status',
  'Date',
  'Supersedes',
  'Superseded by',
  'Plan sheet',
  'Record sheet',
  'Gate table',
  'Written at',
] as const;

/**
 * The seed one-pager is B0372, so a document whose log holds no record starts at B0373;
 * after that, one above the highest B number in the log.
 */
export const FIRST_RECORD_NUMBER = 373;

const RECORD_NUMBER = /^B(\d+)$/;

/**
 * The next free record ID, 'B' and at least four digits: one above the highest B number in the
 * log, or B0373 after the seed one-pager's B0372 when none is there. IDs not of the form
 * B<digits> (typed by hand) are ignored, never reused.
 */
export function nextRecordId(log: readonly LogEntry[]): string {
  let highest = FIRST_RECORD_NUMBER - 1;
  for (const entry of log) {
    const match = RECORD_NUMBER.exec(entry.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `B${String(highest + 1).padStart(4, '0')}`;
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
 * The wanted name of a version's decision record sheet, e.g. 'Decision record B0373 v2';
 * freeSheetName makes it unique in the document.
 */
export function recordSheetName(id: string, version: number): string {
  return `Decision record ${id} v${version}`;
}

/**
 * A name not yet taken: a sheet the user made with the same name is never reused or
 * overwritten, the new one gets " (2)", " (3)"….
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!taken.has(name)) return name;
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
