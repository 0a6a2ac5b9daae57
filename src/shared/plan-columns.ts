/**
 * The English headers of the plan sheet's tables, which are also their columns' ids: code
 * finds a column by these words (gate-table.ts, plan-summary.ts), plans written in English
 * carry them, and the English catalogue (en/plan.ts) writes them. Kept apart, with no
 * imports, so all three read one list without an import cycle or building a catalogue.
 */

/** The gate table's columns, in order. */
export const GATE_TABLE_HEADERS = [
  'Wave',
  'Wave name',
  'Checkpoint',
  'Metric',
  'Better',
  'Owner',
  'Review date',
  'Actual covers',
  'Baseline',
  'GO at',
  'STOP at',
  'Actual',
  'Data as of',
  'Stale after (days)',
  'Status',
] as const;

/** The wave summary's columns, in order. */
export const SUMMARY_HEADERS = [
  'Wave',
  'Name',
  'Gate verdict',
  'Check-in verdict',
  'Next review',
  'Partners',
  'Start',
  'Mid-wave check-in',
  'Gate review',
  'Owner (decides)',
] as const;

/**
 * The English decision log's columns, in order: the log sheet's header, which readers of
 * the log match (a Japanese log has its own words in the same order, i18n/ja/record.ts).
 */
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
