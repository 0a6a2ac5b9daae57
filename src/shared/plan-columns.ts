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
 * The direct-revenue table's columns (below the gate table, when the plan judges the
 * partner share), in order; a re-plan finds its inputs by them in either language.
 */
export const DIRECT_TABLE_HEADERS = [
  'Wave',
  'Wave name',
  'Checkpoint',
  'Actual covers',
  'Direct revenue',
  'Data as of',
] as const;

/** The sensitivity table's columns (plan-scoring.ts), in order. */
export const SENSITIVITY_HEADERS = [
  'Criterion',
  'Weight',
  'Holds from (×)',
  'Holds to (×)',
  'Stability interval',
  'Most sensitive',
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
