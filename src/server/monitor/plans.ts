/**
 * Reads every plan the monitor watches: the decision log's versions that are not
 * superseded, each with the facts the planner stored for it in document properties
 * (gate table A1, escalation path, balance metrics), then each plan's gate table in one
 * getValues. Each gate is judged by the same judgeGate as GATE_STATUS, from the cells
 * themselves, so a sheet that has not recalculated cannot hide a STOP or STALE.
 */
import { judgeGate } from '../../domain/gating/judge-gate';
import { monitoredStatus } from '../../domain/monitor/gate-reading';
import type { HistoryGate } from '../../domain/monitor/history';
import type { MonitoredPlan } from '../../domain/monitor/types';
import {
  checkpointOf,
  type GATE_TABLE_HEADERS,
  gateColumn,
  gateKey,
  gateTableLanguage,
  PLAN_PROPERTIES_PREFIX,
  type PlanProperties,
  planPropertiesKey,
} from '../../domain/plan/gate-table';
import type { SheetSettings } from '../../domain/values/reader';
import type { MonitorText } from '../../shared/i18n/monitor';
import type { IsoDate } from '../../shared/plan-types';
import { planPropertiesSchema } from '../../shared/schema/monitor';
import { parseStored } from '../../shared/schema/stored';
import { readDecisionLog } from '../sheets/decision-log-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PlanReading {
  plans: MonitoredPlan[];
  /** Every gate row of every plan read, for the gate history. */
  history: HistoryGate[];
  /** Plans that could not be read, each with what to do. */
  problems: { plan: string; note: string }[];
  /** Superseded plan sheet → the live version's sheet, for carryMemory. */
  successors: Map<string, string>;
}

/**
 * The plans to monitor: every decision-log version with no "Superseded by", and every live
 * version whose log row is gone or retyped (followed from its stored facts, with a note for
 * the log, the status and its digests, so a tidied log never silences a STOP), its gates judged
 * as GATE_STATUS judges them (judgeGate) against `today` ('YYYY-MM-DD' in `timeZone`, the
 * spreadsheet's); Date cells become 'YYYY-MM-DD' in that zone through Utilities.formatDate.
 * `properties` is the document's properties read once (getProperties), where the planner stored
 * each version's facts. A plan whose facts are missing or damaged, whose sheet was deleted or
 * whose gate table moved is listed in `problems` with what to do (in `text`'s language), not thrown. Service calls:
 * one read of the log, then a fixed few per plan (one getValues, one getDisplayValues of its
 * gate table), whatever the number of gates. The spreadsheet's locale is asked for only when a
 * gate cell holds text to read (`95.000` in de_DE), so a run over typed numbers costs no
 * extra call.
 */
export function readMonitoredPlans(
  ss: Spreadsheet,
  properties: Record<string, string>,
  timeZone: string,
  today: IsoDate,
  text: MonitorText,
): PlanReading {
  const days = new Map<number, string>();
  let locale: string | undefined;
  // One formatDate per distinct instant: the gate rows share a handful of dates.
  const dayOf = (date: Date) => {
    const ms = date.getTime();
    let day = days.get(ms);
    if (day === undefined) {
      day = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      days.set(ms, day);
    }
    return day;
  };
  const settings: SheetSettings = {
    get locale() {
      locale ??= ss.getSpreadsheetLocale();
      return locale;
    },
    dayOf,
  };
  const url = ss.getUrl();
  const reading: PlanReading = { plans: [], history: [], problems: [], successors: new Map() };
  const follow = (label: string, facts: PlanProperties, note?: string) => {
    const sheet = ss.getSheetById(facts.planSheetId);
    if (!sheet) {
      reading.problems.push({ plan: label, note: text.sheetDeleted({ sheet: facts.planSheet }) });
      return;
    }
    const table = sheet.getRange(facts.gateTable);
    const rows = table.getValues();
    // A plan in either language, whatever this spreadsheet's locale.
    if (gateTableLanguage(rows[0] ?? []) === undefined) {
      const moved = text.tableMoved({ range: facts.gateTable, sheet: sheet.getName() });
      reading.problems.push({ plan: label, note: moved });
      return;
    }
    if (note) reading.problems.push({ plan: label, note });
    const gates = gatesOf(rows, table.getDisplayValues(), facts, today, settings, text);
    reading.plans.push({
      label,
      planSheet: facts.planSheet,
      url: `${url}#gid=${facts.planSheetId}`,
      escalation: facts.escalation,
      gates,
      ...(note ? { note } : {}),
    });
    reading.history.push(...historyOf(rows, gates, facts.id, facts.version, facts.planSheet));
  };
  const entries = readDecisionLog(ss, timeZone).entries;
  for (const entry of entries) {
    if (entry.supersededBy.trim()) continue;
    // The version this one superseded: its gates' memory carries on under this sheet.
    const before = entries.find((e) => e.id === entry.id && e.version === entry.version - 1);
    if (before) reading.successors.set(before.planSheet, entry.planSheet);
    const label = `${entry.id} v${entry.version}`;
    const stored = properties[planPropertiesKey(entry.id, entry.version)];
    const parsed = stored ? parseStored(planPropertiesSchema(), stored) : undefined;
    if (parsed?.ok) follow(label, parsed.value);
    else
      reading.problems.push({
        plan: label,
        note: parsed
          ? text.factsUnreadable({ label, problem: parsed.problem })
          : text.factsMissing({ label }),
      });
  }
  for (const facts of unlisted(properties, entries)) {
    const label = `${facts.id} v${facts.version}`;
    const before = entries.find((e) => e.id === facts.id && e.version === facts.version - 1);
    if (before) reading.successors.set(before.planSheet, facts.planSheet);
    // Its sheet deleted as well: the plan was retired, not lost.
    if (ss.getSheetById(facts.planSheetId)) follow(label, facts, text.unlisted({ label }));
  }
  return reading;
}

/**
 * The live versions whose facts the planner stored but whose decision-log row is gone (cleared,
 * or its ID or version retyped): a version with no row for it and no later version, stored or
 * logged. The planner removes a version's facts when it writes the next, so these are plans the
 * user still has, and their STOPs must still be told.
 */
function unlisted(
  properties: Record<string, string>,
  entries: readonly { id: string; version: number }[],
): PlanProperties[] {
  const facts = Object.keys(properties)
    .filter((key) => key.startsWith(PLAN_PROPERTIES_PREFIX))
    .flatMap((key) => {
      const parsed = parseStored(planPropertiesSchema(), properties[key]);
      return parsed.ok && key === planPropertiesKey(parsed.value.id, parsed.value.version)
        ? [parsed.value]
        : [];
    });
  // Logged at this version or a later one: read from the log, or superseded.
  const logged = (f: PlanProperties) =>
    entries.some((e) => e.id === f.id && e.version >= f.version);
  const later = (f: PlanProperties) => facts.some((g) => g.id === f.id && g.version > f.version);
  return facts.filter((f) => !logged(f) && !later(f));
}

/** The gate rows as the history keeps them, each with the status the monitor judged. */
function historyOf(
  rows: unknown[][],
  gates: MonitoredPlan['gates'],
  plan: string,
  version: number,
  planSheet: string,
): HistoryGate[] {
  const status = new Map(gates.map((g) => [g.key, g.status]));
  const at = (row: unknown[], h: (typeof GATE_TABLE_HEADERS)[number]) => row[gateColumn(h)];
  return rows.slice(1).flatMap((row) => {
    const wave = Number(at(row, 'Wave'));
    const checkpoint = String(at(row, 'Checkpoint') ?? '').trim();
    const metric = String(at(row, 'Metric') ?? '').trim();
    const judged = status.get(`${planSheet}|${gateKey(wave, checkpoint, metric)}`);
    if (judged === undefined) return [];
    const [actual, asOf] = [at(row, 'Actual'), at(row, 'Data as of')];
    return [{ plan, version, wave, checkpoint, metric, actual, asOf, status: judged }];
  });
}

/** The gate rows under the header; `shown` holds the same cells as the sheet displays them. */
function gatesOf(
  rows: unknown[][],
  shown: string[][],
  facts: PlanProperties,
  today: IsoDate,
  sheet: SheetSettings,
  words: MonitorText,
): MonitoredPlan['gates'] {
  // A check-in row names its wave's gate review once the check-in has passed.
  const reviews = new Map<number, IsoDate>();
  for (const row of rows.slice(1)) {
    const wave = Number(row[gateColumn('Wave')]);
    if (checkpointOf(String(row[gateColumn('Checkpoint')] ?? '').trim()) !== 'gateReview') continue;
    if (!reviews.has(wave)) reviews.set(wave, dayCell(row[gateColumn('Review date')], sheet));
  }
  return rows
    .slice(1)
    .flatMap((row, i) => gateOf(row, shown[i + 1], facts, today, sheet, words, reviews));
}

/** A date cell as 'YYYY-MM-DD' in the spreadsheet's zone; text as typed, for the caller to test. */
function dayCell(value: unknown, sheet: SheetSettings): IsoDate {
  if (value instanceof Date) return sheet.dayOf(value);
  return value === null || value === undefined ? '' : String(value).trim();
}

function gateOf(
  row: unknown[],
  display: string[],
  facts: PlanProperties,
  today: IsoDate,
  sheet: SheetSettings,
  words: MonitorText,
  reviews: ReadonlyMap<number, IsoDate>,
): MonitoredPlan['gates'] {
  const at = (h: (typeof GATE_TABLE_HEADERS)[number]) => row[gateColumn(h)];
  const as = (h: (typeof GATE_TABLE_HEADERS)[number]) => display[gateColumn(h)] ?? '';
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const checkpoint = text(at('Checkpoint'));
  const name = text(at('Metric'));
  // The check-in row of a metric is its own gate: say which one in every email and log row.
  const isCheckIn = checkpointOf(checkpoint) === 'checkIn';
  const metric = isCheckIn ? words.checkInMetric({ metric: name }) : name;
  const wave = Number(at('Wave'));
  if (!name || !Number.isInteger(wave)) return [];
  const verdict = judgeGate(
    [{ name: metric, actual: at('Actual'), goAt: at('GO at'), stopAt: at('STOP at') }],
    at('Data as of'),
    at('Stale after (days)'),
    today,
    sheet,
  );
  return [
    {
      key: `${facts.planSheet}|${gateKey(wave, checkpoint, name)}`,
      wave,
      waveName: text(at('Wave name')),
      metric,
      owner: text(at('Owner')),
      ...(facts.balanceMetrics[name] ? { balance: facts.balanceMetrics[name] } : {}),
      reviewDate: dayCell(at('Review date'), sheet),
      ...(isCheckIn ? { checkIn: { gateReview: reviews.get(wave) ?? '' } } : {}),
      ...monitoredStatus(verdict),
      shown: {
        actual: as('Actual'),
        goAt: as('GO at'),
        stopAt: as('STOP at'),
        asOf: as('Data as of'),
      },
    },
  ];
}
