/**
 * PARTNER_SCORE: each partner scored 0–100 against the other partners passed in the
 * same call, from the six criteria of the prioritisation frame.
 */

import { asTable } from '../ranges';
import { tooFewComplete, tooFewPartners } from './call-errors';
import { CRITERIA, type CriterionId } from './criteria';
import type { CriterionColumn, MethodResult } from './criterion-columns';
import { scoreMinmax } from './minmax';
import { isEmptyTable, locateCriteria } from './partner-table';
import { scoreTopsis } from './topsis';
import {
  type CellProblem,
  describeProblem,
  isFiniteNumber,
  isMissing,
  MISSING,
  NON_NEGATIVE,
  quoteCell,
  readCell,
} from './values';
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

/** Reads the method argument: minmax when omitted or blank, else minmax or topsis in any case. */
export function parseMethod(raw: unknown): ScoringMethod {
  const value = Array.isArray(raw) && raw.length === 1 && raw[0]?.length === 1 ? raw[0][0] : raw;
  if (value === undefined || value === null) return 'minmax';
  if (typeof value === 'string') {
    const method = value.trim().toLowerCase();
    if (method === '' || method === 'minmax') return 'minmax';
    if (method === 'topsis') return 'topsis';
  }
  const shown = Array.isArray(value) ? 'a range of several cells' : quoteCell(value);
  throw new Error(`${FN}: unknown method ${shown}. Use "minmax" (the default) or "topsis".`);
}

/** The partner table scored: one entry per row, plus how the table was read. */
export function scorePartners(
  table: unknown[][],
  weights?: unknown,
  method?: unknown,
): ScoringResult {
  const scored = scoreTable(table, weights, method);
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
  weights?: unknown,
  method?: unknown,
): (number | string)[][] {
  return render(scoreTable(asTable(partners), weights, method));
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

// Row kinds, kept in a typed array: a large range should not cost an object per row.
const HEADER = 0;
const BLANK = 1;
const INVALID = 2;
const SCORABLE = 3;

interface InvalidCell {
  criterion: CriterionId;
  cell: unknown;
  message: string;
}

/** The table as both methods read it; `scorable[row]` is 1 for rows the method considers. */
export interface ScoredTable extends MethodResult {
  scorable: Uint8Array;
  hasHeader: boolean;
  columns: Partial<Record<CriterionId, number>>;
  weights: Weights;
  method: ScoringMethod;
  kinds: Uint8Array;
  criteria: CriterionColumn[];
  invalid: Map<number, InvalidCell>;
}

/**
 * The table read and scored as PARTNER_SCORE does (same errors, thrown as `PARTNER_SCORE: …`),
 * keeping the parsed criterion columns: the weight sensitivity analysis rescales from them.
 */
export function scoreTable(
  table: unknown[][],
  rawWeights: unknown,
  rawMethod: unknown,
): ScoredTable {
  if (table.length === 0 || isEmptyTable(table)) {
    throw new Error(
      `${FN}: the partners range is empty. Pass the partner table with its header row, e.g. ${EXAMPLE_CALL}.`,
    );
  }
  const { hasHeader, columns, names } = locateCriteria(table, FN);
  const weights = parseWeights(rawWeights);
  const method = parseMethod(rawMethod);
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
  const scorableRows = readRows(table, hasHeader ? 1 : 0, reading, readFrom, rowNames, rows);
  if (scorableRows < 2) throw tooFewPartners(scorableRows, rowCount, hasHeader, rows.invalid);

  const result =
    method === 'minmax'
      ? scoreMinmax(criteria, rows.scorable)
      : scoreTopsis(criteria, rows.scorable);
  if (!result) throw tooFewComplete(criteria);
  const { scorable, invalid } = rows;
  return { hasHeader, columns, weights, method, kinds, criteria, invalid, scorable, ...result };
}

interface RowKinds {
  kinds: Uint8Array;
  /** 1 for rows with a value in some criterion and no invalid cell. */
  scorable: Uint8Array;
  invalid: Map<number, InvalidCell>;
}

/**
 * Fills each criterion's values and each row's kind; returns the number of scorable
 * rows. `reading` is in sheet order, so the Invalid note names the first bad cell a
 * person sees. Like every loop over all rows, it touches no global (see values.ts).
 */
function readRows(
  table: readonly (readonly unknown[])[],
  firstRow: number,
  reading: readonly CriterionColumn[],
  readFrom: readonly number[],
  names: readonly string[],
  { kinds, scorable, invalid }: RowKinds,
): number {
  let scorableRows = 0;
  for (let row = firstRow; row < table.length; row++) {
    const cells = table[row];
    let hasValue = false;
    let bad: InvalidCell | undefined;
    for (let c = 0; c < reading.length; c++) {
      const cell = cells[readFrom[c]];
      // Most cells are plain numbers Sheets has already parsed; skip the general rules.
      if (typeof cell === 'number' && cell >= 0 && isFiniteNumber(cell)) {
        reading[c].values[row] = cell + 0;
        hasValue = true;
        continue;
      }
      const value = readCell(cell, NON_NEGATIVE);
      if (value.kind === 'number') {
        reading[c].values[row] = value.value;
        hasValue = true;
      } else if (value.kind === 'invalid') {
        bad = invalidCell(reading[c].id, names[c], cell, value.problem);
        break;
      }
    }
    if (bad) {
      kinds[row] = INVALID;
      invalid.set(row, bad);
      // An invalid row takes no part in anyone's normalisation.
      for (const column of reading) column.values[row] = MISSING;
    } else if (hasValue) {
      scorable[row] = 1;
      scorableRows++;
    } else kinds[row] = BLANK;
  }
  return scorableRows;
}

function invalidCell(
  criterion: CriterionId,
  name: string,
  cell: unknown,
  problem: CellProblem,
): InvalidCell {
  // "abc" plainly is not a number; say why only where the quoted value looks like one.
  const why = problem === 'text' ? '' : ` ${describeProblem(problem)}`;
  return { criterion, cell, message: `Invalid ${name}: ${quoteCell(cell)}${why}` };
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
