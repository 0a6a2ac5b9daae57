/**
 * Re-planning carries on: the Actuals and Data-as-of dates typed into the version being
 * superseded are copied into the new version's gate rows with the same wave, checkpoint
 * and metric (gateKey) when they measure the same wave (carry-rules.ts: its name, partners
 * and dates), and every value not carried is named with why, so nothing typed is lost
 * without a word. One read of the old gate table and one of its partner list.
 */

import { dateWriter, isIsoDate } from '../../domain/calendar';
import {
  type NotCarriedWhy,
  type OldActual,
  samePartnerNames,
  whyNotCarried,
} from '../../domain/plan/carry-rules';
import {
  CHECKPOINT_WORDS,
  checkpointOf,
  GATE_TABLE_HEADERS,
  type GateTableHeader,
  gateColumn,
  gateKey,
  gateTableHeaders,
  gateTableLanguage,
  planPropertiesKey,
} from '../../domain/plan/gate-table';
import { BALANCE_METRICS, BALANCE_WORDS, isShareKind, SHARE_KINDS } from '../../shared/balance';
import { defaultsText } from '../../shared/i18n/defaults';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type { CarriedActuals, LogEntry, PlanPreview } from '../../shared/plan-types';
import type { IsoDate } from '../../shared/schema/fields';
import { planPropertiesSchema } from '../../shared/schema/monitor';
import { parseStored } from '../../shared/schema/stored';
import { type CarriedInputs, directColumn } from './plan-gates';

/**
 * The partner share's rows are the plan's formulas: recomputed in the new version, never
 * copied. Built when a version is carried over, not at load: Code.js's global scope runs on
 * every formula call, and this builds the Japanese catalogue.
 */
let computed: Set<string> | undefined;
function isComputedMetric(name: string): boolean {
  computed ??= new Set(
    SHARE_KINDS.flatMap((k) => [
      BALANCE_METRICS[k].name.toLowerCase(),
      defaultsText('ja').metrics[k]?.name.toLowerCase() ?? '',
    ]).filter(Boolean),
  );
  return computed.has(name);
}

/**
 * The direct-revenue table of the version being superseded, from the facts the planner
 * stored for it ('' when it has none, or its facts cannot be read).
 */
export function previousDirectTable(
  props: GoogleAppsScript.Properties.Properties,
  previous: LogEntry,
): string {
  const stored = props.getProperty(planPropertiesKey(previous.id, previous.version));
  const parsed = stored ? parseStored(planPropertiesSchema(), stored) : null;
  return parsed?.ok ? parsed.value.directTable : '';
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PreviousInputs {
  inputs: CarriedInputs;
  /** What each input looked like on the old sheet, for the notes. */
  shown: Map<string, { label: string; actual: string; asOf: string }>;
  /** Each input's wave and date, for whether it measures the new version's wave. */
  actuals: Map<string, OldActual>;
  /** The old version's partner names per wave; null when its partner list was not found. */
  partners: Map<number, string[]> | null;
  /** Set when the old table could not be read at all. */
  problem: string | null;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * Reads the superseded version's typed gate inputs: one getValues and one getDisplayValues,
 * and as many again for its direct-revenue table (`directTable`, A1 with header; '' for
 * none), whose inputs are keyed like gate rows of the metric 'Direct revenue'. A deleted
 * sheet or a moved table is reported, not thrown; service errors are thrown. What it says
 * is in `language`, the new version's (English when omitted).
 */
export function readPreviousInputs(
  ss: Spreadsheet,
  previous: LogEntry,
  directTable = '',
  language: Language = 'en',
): PreviousInputs {
  const t = sentenceText(language);
  const none = (problem: string | null): PreviousInputs => ({
    inputs: new Map(),
    shown: new Map(),
    actuals: new Map(),
    partners: null,
    problem,
  });
  const label = `${previous.id} v${previous.version}`;
  const sheet = ss.getSheetByName(previous.planSheet);
  if (!sheet) return none(t.carry.gone({ version: label, sheet: previous.planSheet }));
  // A log cell edited by hand may hold anything: only a plain A1 range is read. Service
  // errors are not caught, so a failed read fails the write instead of dropping the Actuals.
  if (!/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(previous.gateTable))
    return none(t.carry.notRange({ version: label, range: previous.gateTable }));
  const range = sheet.getRange(previous.gateTable);
  const values = range.getValues();
  const display = range.getDisplayValues();
  const header = (values[0] ?? []).map((h) => String(h).trim());
  // A whole gate table in either language; else (a plan from before the Checkpoint
  // column) the English names wherever they stand.
  const written = gateTableLanguage(header);
  const names = written ? gateTableHeaders(written) : GATE_TABLE_HEADERS;
  const at = (id: GateTableHeader) => header.indexOf(names[gateColumn(id)]);
  const [wave, waveName, checkpoint, metric, actual, asOf] = [
    at('Wave'),
    at('Wave name'),
    at('Checkpoint'),
    at('Metric'),
    at('Actual'),
    at('Data as of'),
  ];
  if (wave < 0 || metric < 0 || actual < 0 || asOf < 0)
    return none(t.carry.moved({ version: label, range: previous.gateTable }));
  const found = none(null);
  let zone: string | undefined;
  // A date cell is a Date at midnight in the spreadsheet's zone; a text date is read as typed.
  const dayOf = (v: unknown): IsoDate | null => {
    if (v instanceof Date) {
      zone ??= ss.getSpreadsheetTimeZone();
      return Utilities.formatDate(v, zone, 'yyyy-MM-dd') as IsoDate;
    }
    const text = String(v ?? '').trim();
    return isIsoDate(text) ? text : null;
  };
  values.slice(1).forEach((row, i) => {
    if (blank(row[actual]) && blank(row[asOf])) return;
    if (isComputedMetric(String(row[metric]).trim().toLowerCase())) return;
    // Plans written before the Checkpoint column had gate-review rows only.
    const point = checkpoint >= 0 ? String(row[checkpoint]) : CHECKPOINT_WORDS.gateReview;
    const key = gateKey(Number(row[wave]), point, String(row[metric]));
    found.inputs.set(key, { actual: row[actual], asOf: row[asOf] });
    found.actuals.set(key, {
      wave: Number(row[wave]),
      waveName: waveName >= 0 ? String(row[waveName]) : '',
      asOf: dayOf(row[asOf]),
    });
    found.shown.set(key, {
      label: itemLabel(t, row[wave], point, String(row[metric])),
      actual: display[i + 1][actual],
      asOf: display[i + 1][asOf],
    });
  });
  if (A1_RANGE.test(directTable)) readDirect(sheet.getRange(directTable), found, label, t, dayOf);
  found.partners = readPartners(sheet, Number(/\d+$/.exec(previous.gateTable)?.[0]));
  return found;
}

/** An old gate row as the notes name it: wave, checkpoint in `t`'s words (else as typed), metric. */
function itemLabel(t: SentenceText, wave: unknown, point: string, metric: string): string {
  const known = checkpointOf(point);
  const checkpoint = known ? t.gates.checkpoints[known] : point.toLowerCase();
  return t.carry.item({ wave: String(wave), checkpoint, metric });
}

const A1_RANGE = /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/;

/**
 * Adds the typed Direct revenue inputs of an old direct-revenue table to `found`: a table
 * written in either language (its header cell for cell, as planText's directHeaders), its
 * rows keyed by the language-neutral checkpoint words (gateKey).
 */
function readDirect(
  range: GoogleAppsScript.Spreadsheet.Range,
  found: PreviousInputs,
  label: string,
  t: SentenceText,
  dayOf: (v: unknown) => IsoDate | null,
): void {
  const values = range.getValues();
  const display = range.getDisplayValues();
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const known = LANGUAGES.some((language) =>
    planText(language).directHeaders.every((h, i) => header[i] === h),
  );
  if (!known) {
    found.shown.set('direct-moved', {
      label: t.carry.directMoved({ version: label }),
      actual: '',
      asOf: '',
    });
    return;
  }
  const [wave, waveName, checkpoint, amount, asOf] = (
    ['Wave', 'Wave name', 'Checkpoint', 'Direct revenue', 'Data as of'] as const
  ).map(directColumn);
  values.slice(1).forEach((row, i) => {
    if (blank(row[amount]) && blank(row[asOf])) return;
    const point = String(row[checkpoint]);
    const key = gateKey(Number(row[wave]), point, BALANCE_WORDS.directRevenue);
    found.inputs.set(key, { actual: row[amount], asOf: row[asOf] });
    found.actuals.set(key, {
      wave: Number(row[wave]),
      waveName: String(row[waveName]),
      asOf: dayOf(row[asOf]),
    });
    found.shown.set(key, {
      label: itemLabel(t, row[wave], point, t.carry.directRevenue),
      actual: display[i + 1][amount],
      asOf: display[i + 1][asOf],
    });
  });
}

/**
 * The old version's partner names per wave number, from its ranked partner list below the
 * gate table (`below`: the gate table's last row), whose header is found in either
 * language; null when there is none. One getLastRow and one getValues.
 */
function readPartners(sheet: GoogleAppsScript.Spreadsheet.Sheet, below: number) {
  const last = sheet.getLastRow();
  if (!(below > 0) || last <= below) return null;
  const rows = sheet.getRange(below + 1, 1, last - below, 6).getValues();
  const header = rows.findIndex((r) =>
    LANGUAGES.some((l) =>
      planText(l)
        .partnerHeaders.slice(0, 6)
        .every((h, i) => r[i] === h),
    ),
  );
  if (header < 0) return null;
  const partners = new Map<number, string[]>();
  for (const r of rows.slice(header + 1)) {
    if (blank(r[1])) break;
    const wave = Number(r[4]);
    if (r[4] !== '' && wave > 0) partners.set(wave, [...(partners.get(wave) ?? []), String(r[1])]);
  }
  return partners;
}

/** What a re-plan carries into `preview`'s gate rows, and what it does not. */
export interface CarryOver {
  /** The inputs to write, keyed as readPreviousInputs keys them. */
  inputs: CarriedInputs;
  carried: CarriedActuals;
}

/**
 * The old version's inputs that measure the new version's waves (carry-rules.ts), and in
 * `language`'s words each one not carried and why. `today`: the spreadsheet's day.
 */
export function carryOver(
  previous: PreviousInputs,
  preview: Pick<PlanPreview, 'gates' | 'waves' | 'partners'>,
  today: IsoDate,
  previousLabel: string,
  language: Language = 'en',
): CarryOver {
  const t = sentenceText(language).carry;
  const inputs: CarriedInputs = new Map();
  if (previous.problem) return { inputs, carried: { rows: 0, notCarried: [previous.problem] } };
  const keys = new Set(
    preview.gates.map((g) =>
      gateKey(
        g.wave,
        CHECKPOINT_WORDS[g.checkpoint],
        isShareKind(g.kind) ? BALANCE_WORDS.directRevenue : g.metric,
      ),
    ),
  );
  const waves = new Map(preview.waves.map((w) => [w.wave, w]));
  const names = (w: number) => preview.partners.filter((p) => p.wave === w).map((p) => p.name);
  const samePartners = (w: number) => {
    const old = previous.partners;
    return old ? samePartnerNames(old.get(w) ?? [], names(w)) : undefined;
  };
  const date = dateWriter(language);
  const because = (why: NotCarriedWhy, wave: number): string => {
    const w = waves.get(wave);
    if (why === 'noRow' || !w) return t.noRow;
    if (why === 'renamed') return t.renamed({ wave, name: w.name });
    if (why === 'partners') return t.otherPartners({ wave });
    return t.beforeStart({ wave, date: date(w.start) });
  };
  let rows = 0;
  const notCarried: string[] = [];
  for (const [key, shown] of previous.shown) {
    const old = previous.actuals.get(key);
    const input = previous.inputs.get(key);
    const why = old
      ? whyNotCarried(old, keys.has(key), waves, samePartners, today)
      : ('noRow' as const);
    if (why === null && input) {
      inputs.set(key, input);
      rows++;
      continue;
    }
    notCarried.push(
      t.notCarried({
        version: previousLabel,
        item: shown.label,
        actual: shown.actual || t.blank,
        asOf: shown.asOf || t.blank,
        why: because(why ?? 'noRow', old?.wave ?? 0),
      }),
    );
  }
  return { inputs, carried: { rows, notCarried } };
}

/** The plan sheet's lines about the carry-over, in `language` (English when omitted). */
export function carriedNotes(
  carried: CarriedActuals,
  previousLabel: string,
  language: Language = 'en',
): string[] {
  const t = sentenceText(language).carry;
  return [t.carried({ version: previousLabel, rows: carried.rows }), ...carried.notCarried];
}
