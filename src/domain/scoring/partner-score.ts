/**
 * PARTNER_SCORE: each partner scored 0–100 against the other partners passed in the
 * same call, from the six criteria of the prioritisation frame.
 */

import { asTable } from '../ranges';
import { isMissing, MISSING, type SheetSettings, ValueReader } from '../values/reader';
import { CRITERIA, type CriterionId, criterionById } from './criteria';
import type { CriterionColumn, MethodResult } from './criterion-columns';
import { scoreMinmax } from './minmax';
import { isEmptyTable, locateCriteria } from './partner-table';
import {
  BLANK,
  checkColumns,
  HEADER,
  INVALID,
  type InvalidCell,
  type RowKinds,
  readRows,
  SCORABLE,
} from './read-rows';
import { scoreTopsis } from './topsis';
import { parseWeights, type Weights } from './weights';

export { parseWeights, type Weights } from './weights';

export type ScoringMethod = 'minmax' | 'topsis';

export type RowScore =
  | { kind: 'header' }
  | { kind: 'blank' }
  | {
      kind: 'score';
      score: number;
      values: Partial<Record<CriterionId, number>>;
      /** Each weighted criterion's value between worst (0) and best (1) among the partners. */
      normalised: Partial<Record<CriterionId, number>>;
    }
  | {
      kind: 'insufficient';
      values: Partial<Record<CriterionId, number>>;
      /** Weighted criteria the row has no value for: the data that would admit it. */
      missing: CriterionId[];
    }
  | { kind: 'invalid'; criterion: CriterionId; cell: unknown; message: string };

export interface ScoringResult {
  hasHeader: boolean;
  /** The column index of each criterion the table has. */
  columns: Partial<Record<CriterionId, number>>;
  /** As parsed from the argument; 0 for criteria a labelled range leaves out. */
  weights: Record<CriterionId, number>;
  method: ScoringMethod;
  /** One per input row, the header row (when there is one) at index 0. */
  rows: RowScore[];
}

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
 * The partner table scored: one entry per row, plus how the table was read. Cells are
 * read in the spreadsheet's locale and time zone (`sheet`); a %-headed column of
 * percentage points comes back as fractions (40 → 0.4), as the planner shows them.
 */
export function scorePartners(
  table: unknown[][],
  weights: unknown,
  method: unknown,
  sheet: SheetSettings,
): ScoringResult {
  const scored = scoreTable(table, weights, method, new ValueReader(sheet));
  const rows: RowScore[] = [];
  for (let row = 0; row < scored.kinds.length; row++) rows.push(describeRow(scored, row));
  return {
    hasHeader: scored.hasHeader,
    columns: scored.columns,
    weights: scored.weights,
    method: scored.method,
    rows,
  };
}

/**
 * The formula's result: one column, a score, INSUFFICIENT DATA, an Invalid note or ''
 * per row, and `Score` for the header. It renders the same scoring as
 * {@link scorePartners} without building each row's records, which a 50,000-row
 * range would spend most of its time on.
 */
export function partnerScore(
  partners: unknown,
  weights: unknown,
  method: unknown,
  sheet: SheetSettings,
): (number | string)[][] {
  return render(scoreTable(asTable(partners), weights, method, new ValueReader(sheet)));
}

function render({ kinds, scores, invalid }: ScoredTable): (number | string)[][] {
  const result: (number | string)[][] = [];
  for (let row = 0; row < kinds.length; row++) {
    const kind = kinds[row];
    if (kind === HEADER) result.push(['Score']);
    else if (kind === BLANK) result.push(['']);
    else if (kind === INVALID) result.push([(invalid.get(row) as InvalidCell).message]);
    else result.push([isMissing(scores[row]) ? 'INSUFFICIENT DATA' : scores[row]]);
  }
  return result;
}

interface ScoredTable extends MethodResult {
  hasHeader: boolean;
  columns: Partial<Record<CriterionId, number>>;
  weights: Weights;
  method: ScoringMethod;
  kinds: Uint8Array;
  criteria: CriterionColumn[];
  invalid: Map<number, InvalidCell>;
}

function scoreTable(
  table: unknown[][],
  rawWeights: unknown,
  rawMethod: unknown,
  reader: ValueReader,
): ScoredTable {
  if (table.length === 0 || isEmptyTable(table)) {
    throw new Error(
      `${FN}: the partners range is empty. Pass the partner table with its header row, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const { hasHeader, columns, names } = locateCriteria(table, FN, reader);
  const weights = parseWeights(rawWeights, reader);
  const method = parseMethod(rawMethod, reader);
  const present = CRITERIA.filter((c) => columns[c.id] !== undefined);
  const largestWeight = Math.max(...present.map((c) => weights[c.id]));
  if (!(largestWeight > 0)) {
    throw new Error(
      `${FN}: the weights of the criteria in this table (${present.map((c) => c.label).join(', ')}) add up to 0. ` +
        'Give at least one of them a weight above 0.',
    );
  }

  const rowCount = table.length;
  const kinds = new Uint8Array(rowCount).fill(SCORABLE);
  const criteria: CriterionColumn[] = present.map((c) => ({
    id: c.id,
    benefit: c.direction === 'benefit',
    weight: weights[c.id] / largestWeight,
    values: new Float64Array(rowCount).fill(MISSING),
  }));
  const reading = [...criteria].sort(
    (a, b) => (columns[a.id] as number) - (columns[b.id] as number),
  );
  const readFrom = reading.map((column) => columns[column.id] as number);
  const rowNames = reading.map((column) => names[column.id] as string);
  if (hasHeader) kinds[0] = HEADER;
  const rows: RowKinds = { kinds, scorable: new Uint8Array(rowCount), invalid: new Map() };
  const read = { table, reading, readFrom, names: rowNames, reader };
  let scorableRows = readRows(read, hasHeader ? 1 : 0, rows);
  scorableRows -= checkColumns(read, rows);
  if (scorableRows < 2) throw tooFewPartners(scorableRows, rowCount, hasHeader, rows.invalid);

  const result =
    method === 'minmax'
      ? scoreMinmax(criteria, rows.scorable)
      : scoreTopsis(criteria, rows.scorable);
  if (!result) throw tooFewComplete(criteria);
  return { hasHeader, columns, weights, method, kinds, criteria, invalid: rows.invalid, ...result };
}

function tooFewPartners(
  found: number,
  rowCount: number,
  hasHeader: boolean,
  invalid: Map<number, InvalidCell>,
): Error {
  if (hasHeader && rowCount === 1) {
    return new Error(
      `${FN}: the range holds only the header row, no partners. Pass the header and the partner rows, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const partners = found === 0 ? 'no partner' : 'only 1 partner';
  const first = invalid.values().next().value;
  const fix = first
    ? ` ${invalid.size} row${invalid.size === 1 ? ' is' : 's are'} invalid, the first with ${first.message}: fix them, or pass`
    : ' Pass';
  return new Error(
    `${FN}: found ${partners} with values to compare; a score is relative to the other partners in the same call, so it needs at least two.` +
      `${fix} the whole table with its header row, e.g. ${EXAMPLE_CALL}.`,
  );
}

function tooFewComplete(criteria: readonly CriterionColumn[]): Error {
  const weighted = criteria.filter((c) => c.weight > 0).map((c) => criterionById(c.id).label);
  return new Error(
    `${FN}: topsis needs at least two partners with a value for every weighted criterion (${weighted.join(', ')}). ` +
      'Fill in the missing values, give a criterion with gaps a weight of 0, or use method "minmax".',
  );
}

function describeRow(scored: ScoredTable, row: number): RowScore {
  const kind = scored.kinds[row];
  if (kind === HEADER) return { kind: 'header' };
  if (kind === BLANK) return { kind: 'blank' };
  if (kind === INVALID) return { kind: 'invalid', ...(scored.invalid.get(row) as InvalidCell) };
  const values: Partial<Record<CriterionId, number>> = {};
  const normalised: Partial<Record<CriterionId, number>> = {};
  const missing: CriterionId[] = [];
  scored.criteria.forEach((column, c) => {
    const value = column.values[row];
    const normalise = scored.normalisers[c];
    if (!isMissing(value)) values[column.id] = value;
    if (normalise === undefined) return;
    if (isMissing(value)) missing.push(column.id);
    else normalised[column.id] = normalise(value);
  });
  const score = scored.scores[row];
  if (isMissing(score)) return { kind: 'insufficient', values, missing };
  return { kind: 'score', score, values, normalised };
}
