/**
 * PARTNER_SCORE: each partner scored 0–100 against the other partners passed in the
 * same call. The table is read by table-reader.ts, the one reading the planner shares.
 */

import { asTable } from '../ranges';
import { isBlankCell, isMissing, type SheetSettings, ValueReader } from '../values/reader';
import { type CriterionId, criterionById } from './criteria';
import type { CriterionColumn, MethodResult } from './criterion-columns';
import { formulaLayout } from './formula-layout';
import { scoreMinmax } from './minmax';
import {
  BLANK,
  FILLER,
  HEADER,
  INVALID,
  type ReadColumn,
  type ReadTable,
  readTable,
  SCORABLE,
  type TableLayout,
  TOTAL,
} from './table-reader';
import { scoreTopsis } from './topsis';
import { parseWeights } from './weights';

export type ScoringMethod = 'minmax' | 'topsis';

/** Values keyed by criterion id, or `extra:<column>` for a team's own criterion. */
export type RowValues = Record<string, number>;

export type RowScore =
  | { kind: 'header' }
  | { kind: 'blank' }
  /** No partner name and every criterion 0 or blank: a filled-down formula row. */
  | { kind: 'filler' }
  /** A total row: takes part in nothing. */
  | { kind: 'excluded'; message: string }
  | {
      kind: 'score';
      score: number;
      values: RowValues;
      /** Each weighted criterion's value between worst (0) and best (1) among the partners. */
      normalised: RowValues;
    }
  | {
      kind: 'insufficient';
      values: RowValues;
      /** Weighted criteria (keys) the row has no value for: the data that would admit it. */
      missing: string[];
    }
  | { kind: 'invalid'; column: string; cell: unknown; message: string };

const FN = 'PARTNER_SCORE';
const EXAMPLE_CALL = '=PARTNER_SCORE(A1:I41)';

/**
 * Reads the method argument: minmax when omitted or blank, else minmax or topsis in any
 * case. Throws an Error starting `PARTNER_SCORE: ` otherwise; `reader` quotes the cell.
 */
export function parseMethod(raw: unknown, reader: ValueReader): ScoringMethod {
  const value = Array.isArray(raw) && raw.length === 1 && raw[0]?.length === 1 ? raw[0][0] : raw;
  if (value === undefined || value === null) return 'minmax';
  if (typeof value === 'string') {
    const method = value.trim().toLowerCase();
    if (method === '' || method === 'minmax') return 'minmax';
    if (method === 'topsis') return 'topsis';
  }
  const shown = Array.isArray(value) ? 'a range of several cells' : reader.quote(value);
  throw new Error(`${FN}: unknown method ${shown}. Use "minmax" (the default) or "topsis".`);
}

/**
 * The formula's result: one column, a score, INSUFFICIENT DATA, an Invalid or Excluded
 * note or '' per row, and `Score` for the header. It renders without building each
 * row's records, which a 50,000-row range would spend most of its time on. Cells are
 * read in the spreadsheet's locale and time zone (`sheet`, asked for lazily); a
 * %-headed column of percentage points is read as fractions (40 → 0.4).
 */
export function partnerScore(
  partners: unknown,
  weights: unknown,
  method: unknown,
  sheet: SheetSettings,
): (number | string)[][] {
  const table = asTable(partners);
  if (table.length === 0 || table.every((row) => row.every(isBlankCell))) {
    throw new Error(
      `${FN}: the partners range is empty. Pass the partner table with its header row, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const reader = new ValueReader(sheet);
  const layout = formulaLayout(table, parseWeights(weights, reader), reader);
  return render(scoreLayout(table, layout, parseMethod(method, reader), reader));
}

export interface ScoredTable extends MethodResult {
  read: ReadTable;
  method: ScoringMethod;
  criteria: CriterionColumn[];
}

/**
 * Scores a table read under `layout`: what the formula and the planner both call, so
 * one table, layout and method give one set of scores. `reader` reads the cells in the
 * spreadsheet's locale and time zone. Throws `PARTNER_SCORE: …` when fewer than two
 * partners can be compared.
 */
export function scoreLayout(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  method: ScoringMethod,
  reader: ValueReader,
): ScoredTable {
  const label = (c: ReadColumn) => (c.criterion ? criterionById(c.criterion).label : c.name);
  if (!layout.columns.some((c) => c.weight > 0)) {
    const names = layout.columns.map(label).join(', ');
    throw new Error(
      `${FN}: the weights of the criteria in this table (${names || 'none'}) add up to 0. ` +
        'Give at least one of them a weight above 0.',
    );
  }
  const read = readTable(table, layout, reader);
  const largestWeight = Math.max(...layout.columns.map((c) => c.weight));
  const criteria: CriterionColumn[] = layout.columns.map((column, c) => ({
    id: column.key,
    benefit: column.benefit,
    weight: column.weight / largestWeight,
    values: read.values[c],
  }));
  const scorable = new Uint8Array(table.length);
  let count = 0;
  for (let row = 0; row < table.length; row++) {
    if (read.kinds[row] !== SCORABLE) continue;
    scorable[row] = 1;
    count++;
  }
  if (count < 2) throw tooFewPartners(count, read, layout.hasHeader);
  const result =
    method === 'minmax' ? scoreMinmax(criteria, scorable) : scoreTopsis(criteria, scorable);
  if (!result) throw tooFewComplete(layout);
  return { read, method, criteria, ...result };
}

function render({ read, scores }: ScoredTable): (number | string)[][] {
  const { kinds, notes } = read;
  // Sized once: pushing 50,000 rows would copy the array as it grows.
  const result: (number | string)[][] = new Array(kinds.length);
  for (let row = 0; row < kinds.length; row++) {
    const kind = kinds[row];
    if (kind === HEADER) result[row] = ['Score'];
    else if (kind === BLANK || kind === FILLER) result[row] = [''];
    else if (kind === INVALID || kind === TOTAL) result[row] = [notes.get(row)?.message ?? ''];
    else result[row] = [isMissing(scores[row]) ? 'INSUFFICIENT DATA' : scores[row]];
  }
  return result;
}

function tooFewPartners(found: number, read: ReadTable, hasHeader: boolean): Error {
  if (hasHeader && read.kinds.length === 1) {
    return new Error(
      `${FN}: the range holds only the header row, no partners. Pass the header and the partner rows, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const partners = found === 0 ? 'no partner' : 'only 1 partner';
  const invalid = [...read.notes].filter(([row]) => read.kinds[row] === INVALID);
  const first = invalid[0]?.[1];
  const fix = first
    ? ` ${invalid.length} row${invalid.length === 1 ? ' is' : 's are'} invalid, the first with ${first.message}: fix them, or pass`
    : ' Pass';
  return new Error(
    `${FN}: found ${partners} with values to compare; a score is relative to the other partners in the same call, so it needs at least two.` +
      `${fix} the whole table with its header row, e.g. ${EXAMPLE_CALL}.`,
  );
}

function tooFewComplete(layout: TableLayout): Error {
  const weighted = layout.columns
    .filter((c) => c.weight > 0)
    .map((c) => (c.criterion ? criterionById(c.criterion).label : c.name));

  return new Error(
    `${FN}: topsis needs at least two partners with a value for every weighted criterion (${weighted.join(', ')}). ` +
      'Fill in the missing values, give a criterion with gaps a weight of 0, or use method "minmax".',
  );
}

/** One row of a scored table as a record: what the planner ranks. */
export function describeRow(scored: ScoredTable, row: number): RowScore {
  const { kinds, notes, layout } = scored.read;
  const kind = kinds[row];
  if (kind === HEADER) return { kind: 'header' };
  if (kind === BLANK) return { kind: 'blank' };
  if (kind === FILLER) return { kind: 'filler' };
  if (kind === TOTAL) return { kind: 'excluded', message: notes.get(row)?.message ?? '' };
  if (kind === INVALID) {
    const note = notes.get(row);
    return {
      kind: 'invalid',
      column: note?.column?.name ?? '',
      cell: note?.cell,
      message: note?.message ?? '',
    };
  }
  const values: RowValues = {};
  const normalised: RowValues = {};
  const missing: string[] = [];
  scored.criteria.forEach((column, c) => {
    const value = column.values[row];
    const normalise = scored.normalisers[c];
    // In the plan's units: a %-column of points as fractions (table-reader.ts, divisors).
    if (!isMissing(value)) values[column.id] = value / scored.read.divisors[c];
    if (normalise === undefined) return;
    if (isMissing(value)) missing.push(layout.columns[c].key);
    else normalised[column.id] = normalise(value);
  });
  const score = scored.scores[row];
  if (isMissing(score)) return { kind: 'insufficient', values, missing };
  return { kind: 'score', score, values, normalised };
}

/** The criteria values of a row, keyed by criterion only (extra criteria left out). */
export function criterionValues(values: RowValues): Partial<Record<CriterionId, number>> {
  const out: Partial<Record<CriterionId, number>> = {};
  for (const [key, value] of Object.entries(values))
    if (!key.startsWith('extra:')) out[key as CriterionId] = value;
  return out;
}
