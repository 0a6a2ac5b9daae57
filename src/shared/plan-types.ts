/**
 * The plan request and the answers the planner's server functions send back. Both
 * the server (src/server/planner.ts) and the sidebar compile against this file, so
 * everything here is JSON-safe: google.script.run cannot carry Dates, so dates travel
 * as 'YYYY-MM-DD' texts in the spreadsheet's time zone.
 */
import type { CriterionId } from '../domain/scoring/criteria';

export type { CriterionId };

/** A calendar day, 'YYYY-MM-DD', in the spreadsheet's time zone. */
export type IsoDate = string;

export type ScoringMethod = 'minmax' | 'topsis';

// ---------------------------------------------------------------------------
// The plan request
// ---------------------------------------------------------------------------

/** Where the partner table is. Column numbers are the sheet's own, 1 = column A. */
export interface SourceSpec {
  sheetName: string;
  /**
   * The sheet's id when the context was read; a write checks it so a sheet renamed
   * or deleted since then is reported instead of silently reading another table.
   */
  sheetId: number | null;
  /** 1-based row of the header; partner rows run from the next row to the sheet's last row. */
  headerRow: number;
  partnerColumn: number;
  /** The partner's account owner, or null when the table has none. */
  ownerColumn: number | null;
  /** The column of each criterion; a criterion left out is not scored. */
  columns: Partial<Record<CriterionId, number>>;
}

export interface ScoringSpec {
  /** Relative weights, 0 or more; all six present. */
  weights: Record<CriterionId, number>;
  method: ScoringMethod;
}

export type WaveAssignment =
  /** Percent of the eligible partners per wave (20 = 20%), one per wave, adding up to 100. */
  | { mode: 'share'; sharesPercent: number[] }
  /** Partners per wave, one whole number (1 or more) per wave. */
  | { mode: 'count'; counts: number[] };

export interface PilotCaps {
  /** Total co-marketing budget the pilot may commit, or null for no cap. */
  comarketingBudget: number | null;
  /** Total enablement hours the pilot may take, or null for no cap. */
  enablementLoad: number | null;
}

export interface WavesSpec {
  /** 1 to 5. */
  count: number;
  /** One per wave; defaults Pilot, Expand, Scale, Wave 4, Wave 5. */
  names: string[];
  assignment: WaveAssignment;
  pilotCaps: PilotCaps;
}

export interface ScheduleSpec {
  /** The first wave's first day; default next Monday. */
  startDate: IsoDate;
  /** 1 to 26; default 6. */
  waveWeeks: number;
  /** A check-in half-way through each wave; default true. */
  midCheckIn: boolean;
}

/** The metrics a gate judges. `custom` is a guardrail the user adds. */
export type MetricKind =
  | 'sourcedRevenue'
  | 'cac'
  | 'coverageGap'
  | 'comarketingSpend'
  | 'enablementHours'
  | 'custom';

/** Which way is good: 'higher' (revenue) or 'lower' (CAC, spend against budget). */
export type MetricDirection = 'higher' | 'lower';

export type MetricUnit = 'currency' | 'percent' | 'hours' | 'number';

/** A metric judged at every gate; its owner is told when it turns STOP or STALE. */
export interface MetricDefinition {
  /** Stable key: the kind for the five built-in metrics, e.g. 'custom-1' for added ones. */
  id: string;
  kind: MetricKind;
  name: string;
  direction: MetricDirection;
  unit: MetricUnit;
  owner: string;
}

/**
 * One metric's numbers at one wave's gate. null means "use the default derived from
 * the baseline" (see src/domain/plan/gates.ts); custom metrics need goAt and stopAt.
 * Percent metrics are fractions (0.35 = 35%), as Sheets stores them.
 */
export interface GateThresholds {
  metricId: string;
  baseline: number | null;
  goAt: number | null;
  stopAt: number | null;
}

export interface WaveGates {
  metrics: GateThresholds[];
}

export interface GateSettings {
  /**
   * How to read the partner-sourced revenue column: 'annual' (default) expects
   * revenue × waveWeeks / 52 per wave; 'perWave' expects the column's sum.
   */
  revenueColumn: 'annual' | 'perWave';
  /** Direct-channel CAC baseline; null uses the scored partners' mean CAC. */
  directCac: number | null;
  /** Data older than this many days makes a gate STALE; default 14. */
  staleAfterDays: number;
}

export interface PeopleSpec {
  /** Owners of the three inputs the pilot validates. */
  inputOwners: { capability: string; comarketingBudget: string; enablementLoad: string };
  decisionMaker: string;
  /** Ordered: the first is told first. Names or emails. */
  escalation: string[];
  consulted: string[];
  informed: string[];
}

export type RecordStatus = 'Proposed' | 'Accepted';
export type RecordQuality = 'Draft' | 'Reviewed';

export interface NameVariant {
  /** e.g. 'English', 'Katakana', 'Kanji'. */
  label: string;
  text: string;
}

export interface UserRisk {
  risk: string;
  mitigation: string;
}

export interface RecordSpec {
  /** 'B' and four or more digits; default the next free number in the decision log. */
  id: string;
  title: string;
  status: RecordStatus;
  quality: RecordQuality;
  source: string;
  conflictOfInterest: string;
  nameVariants: NameVariant[];
  /** Added to the generated context. */
  context: string;
  /** Added after the two risks every plan carries. */
  risks: UserRisk[];
  /** Added after the stop conditions derived from the STOP thresholds. */
  stopConditions: string[];
}

export interface PlanRequest {
  source: SourceSpec;
  scoring: ScoringSpec;
  waves: WavesSpec;
  schedule: ScheduleSpec;
  /** The metrics every gate judges, in display order. */
  metrics: MetricDefinition[];
  /** One per wave, in wave order. */
  gates: WaveGates[];
  gateSettings: GateSettings;
  people: PeopleSpec;
  record: RecordSpec;
}

type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What previewPlan / writePlan accept: the source plus any part of the rest; what is
 * missing takes its default. Arrays replace the default array whole.
 */
export type PlanRequestInput = { source: SourceSpec } & DeepPartial<Omit<PlanRequest, 'source'>>;

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/** A message about one field of the request. */
export interface FieldError {
  /** Dotted path into PlanRequest, e.g. 'gates.0.metrics.1.goAt', 'source.sheetName'. */
  field: string;
  message: string;
}

/** Either the value or the field-level errors; warnings (e.g. duplicate names) never block. */
export type Result<T> =
  | { ok: true; value: T; warnings: FieldError[] }
  | { ok: false; errors: FieldError[]; warnings: FieldError[] };

export interface SheetSummary {
  name: string;
  sheetId: number;
  lastRow: number;
  lastColumn: number;
  /** True for sheets this add-on wrote (plans, records, the log). */
  writtenByPlanner: boolean;
}

/** A header found in the source table, for the column dropdowns. */
export interface ColumnOption {
  column: number;
  header: string;
}

export interface DetectedTable {
  sheetName: string;
  sheetId: number;
  headerRow: number;
  /** Every non-blank header of the header row. */
  columnOptions: ColumnOption[];
  partnerColumn: number;
  ownerColumn: number | null;
  columns: Partial<Record<CriterionId, number>>;
  /** Rows below the header up to the sheet's last row. */
  dataRows: number;
}

export interface LogEntry {
  id: string;
  version: number;
  title: string;
  status: string;
  date: IsoDate;
  supersedes: string;
  supersededBy: string;
  planSheet: string;
  recordSheet: string;
  /** The plan sheet's gate table with its header row, in A1 notation, e.g. 'A12:N27'. */
  gateTable: string;
}

export interface PlannerContext {
  spreadsheetName: string;
  timeZone: string;
  locale: string;
  today: IsoDate;
  activeSheet: string;
  sheets: SheetSummary[];
  /** The table on the active sheet (or the last request's sheet), or null when none is found. */
  table: DetectedTable | null;
  /** A complete request with every default filled, or null without a table. */
  defaults: PlanRequest | null;
  /** The last request written or previewed in this document (document properties). */
  lastRequest: PlanRequest | null;
  nextRecordId: string;
  log: LogEntry[];
  /** The log as the sidebar saw it; writePlan(request, logVersion) refuses if another write came first. */
  logVersion: string;
}

export interface RowCounts {
  /** Non-blank rows below the header. */
  rows: number;
  scored: number;
  insufficient: number;
  invalid: number;
}

export type PartnerStatus = 'wave' | 'unassigned' | 'insufficient' | 'invalid';

export interface PlannedPartner {
  /** The partner's row in the source sheet (1-based). */
  sheetRow: number;
  name: string;
  owner: string;
  /** 1 = best; null when not scored. */
  rank: number | null;
  score: number | null;
  status: PartnerStatus;
  /** 1-based wave, or null. */
  wave: number | null;
  /** Why the partner is not where its rank alone would put it, or why it is excluded. */
  reason: string;
  /** For excluded partners: the data that would admit them. */
  admitWhen: string;
  /** The criterion adding most to the score, and the one costing it most. */
  helps: CriterionId | null;
  hurts: CriterionId | null;
  /** Other rows carry the same name. */
  duplicateName: boolean;
  values: Partial<Record<CriterionId, number>>;
}

export interface WaveRow {
  wave: number;
  name: string;
  start: IsoDate;
  midCheckIn: IsoDate | null;
  gateReview: IsoDate;
  partners: number;
  comarketingBudget: number;
  enablementLoad: number;
  expectedRevenue: number;
}

export interface GateRow {
  wave: number;
  waveName: string;
  metricId: string;
  metric: string;
  direction: MetricDirection;
  unit: MetricUnit;
  baseline: number | null;
  goAt: number;
  stopAt: number;
  owner: string;
  reviewDate: IsoDate;
}

export interface CalendarEntry {
  date: IsoDate;
  wave: number;
  event: 'Wave start' | 'Mid-wave check-in' | 'Gate review';
  who: string;
}

/** One section of the decision record: a heading, then labelled fields, paragraphs, list items. */
export interface RecordSection {
  heading: string;
  fields: { label: string; value: string }[];
  paragraphs: string[];
  items: string[];
}

export interface RecordContent {
  id: string;
  version: number;
  title: string;
  /** The seed's badge line, e.g. 'One-Pager · Reviewed · Proposed'. */
  badge: string;
  /**
   * In the seed's order: Name variants; Quality / Updated / Source / COI; Decision
   * status (MADR/Nygard: status, date, version, decision makers, consulted, informed,
   * supersedes, superseded by); Context; Options; Decision; Rationale; Risks; Next.
   */
  sections: RecordSection[];
}

export interface PlanPreview {
  /** The request with every default filled: what a write would use. */
  request: PlanRequest;
  counts: RowCounts;
  /** Every non-blank row, ranked partners first in rank order, then the excluded. */
  partners: PlannedPartner[];
  waves: WaveRow[];
  gates: GateRow[];
  stopConditions: string[];
  calendar: CalendarEntry[];
  record: RecordContent;
  /** The record as MADR-compatible Markdown. */
  markdown: string;
  /** The sheet names a write would create now. */
  planSheetName: string;
  recordSheetName: string;
  version: number;
}

export interface WrittenSheet {
  name: string;
  sheetId: number;
  /** Opens the sheet: the spreadsheet's URL with #gid=. */
  url: string;
}

export interface WriteResult {
  id: string;
  version: number;
  plan: WrittenSheet;
  record: WrittenSheet;
  log: WrittenSheet;
  /** The version this one superseded, or null for a first version. */
  supersedes: number | null;
  markdown: string;
  /** The log's fingerprint after this write, for the sidebar's next writePlan. */
  logVersion: string;
}
