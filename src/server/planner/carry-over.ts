/**
 * Re-planning carries on: the Actuals and Data-as-of dates typed into the version being
 * superseded are copied into the new version's gate rows with the same wave, checkpoint
 * and metric (gateKey), and every value that has no such row is named, so nothing typed
 * is lost without a word. One read of the old gate table.
 */
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
import type { CarriedActuals, GateRow, LogEntry } from '../../shared/plan-types';
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
  const [wave, checkpoint, metric, actual, asOf] = [
    at('Wave'),
    at('Checkpoint'),
    at('Metric'),
    at('Actual'),
    at('Data as of'),
  ];
  if (wave < 0 || metric < 0 || actual < 0 || asOf < 0)
    return none(t.carry.moved({ version: label, range: previous.gateTable }));
  const found = none(null);
  values.slice(1).forEach((row, i) => {
    if (blank(row[actual]) && blank(row[asOf])) return;
    if (isComputedMetric(String(row[metric]).trim().toLowerCase())) return;
    // Plans written before the Checkpoint column had gate-review rows only.
    const point = checkpoint >= 0 ? String(row[checkpoint]) : CHECKPOINT_WORDS.gateReview;
    const key = gateKey(Number(row[wave]), point, String(row[metric]));
    found.inputs.set(key, { actual: row[actual], asOf: row[asOf] });
    found.shown.set(key, {
      label: itemLabel(t, row[wave], point, String(row[metric])),
      actual: display[i + 1][actual],
      asOf: display[i + 1][asOf],
    });
  });
  if (A1_RANGE.test(directTable)) readDirect(sheet.getRange(directTable), found, label, t);
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
  const [wave, checkpoint, amount, asOf] = (
    ['Wave', 'Checkpoint', 'Direct revenue', 'Data as of'] as const
  ).map(directColumn);
  values.slice(1).forEach((row, i) => {
    if (blank(row[amount]) && blank(row[asOf])) return;
    const point = String(row[checkpoint]);
    const key = gateKey(Number(row[wave]), point, BALANCE_WORDS.directRevenue);
    found.inputs.set(key, { actual: row[amount], asOf: row[asOf] });
    found.shown.set(key, {
      label: itemLabel(t, row[wave], point, t.carry.directRevenue),
      actual: display[i + 1][amount],
      asOf: display[i + 1][asOf],
    });
  });
}

/** What was carried into `gates` and, in words, what could not be. */
export function carriedSummary(
  previous: PreviousInputs,
  gates: GateRow[],
  previousLabel: string,
  language: Language = 'en',
): CarriedActuals {
  const t = sentenceText(language).carry;
  if (previous.problem) return { rows: 0, notCarried: [previous.problem] };
  const keys = new Set(
    gates.map((g) =>
      gateKey(
        g.wave,
        CHECKPOINT_WORDS[g.checkpoint],
        isShareKind(g.kind) ? BALANCE_WORDS.directRevenue : g.metric,
      ),
    ),
  );
  let rows = 0;
  const notCarried: string[] = [];
  for (const [key, shown] of previous.shown) {
    if (keys.has(key)) rows++;
    else
      notCarried.push(
        t.notCarried({
          version: previousLabel,
          item: shown.label,
          actual: shown.actual || t.blank,
          asOf: shown.asOf || t.blank,
        }),
      );
  }
  return { rows, notCarried };
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
