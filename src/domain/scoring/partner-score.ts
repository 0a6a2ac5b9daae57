/**
 * PARTNER_SCORE: each partner scored 0–100 against the other partners passed in the
 * same call. The table is read by table-reader.ts, the one reading the planner shares.
 */

import { type FormulaText, formulaText } from '../../shared/i18n/formulas';
import { asTable } from '../ranges';
import { isBlankCell, isMissing, type SheetSettings, ValueReader } from '../values/reader';
import type { CriterionId } from './criteria';
import type { CriterionColumn, MethodResult } from './criterion-columns';
import { scoreError } from './errors';
import { formulaLayout } from './formula-layout';
import { scoreMinmax } from './minmax';
import { BLANK, FILLER, HEADER, INVALID, TOTAL } from './row-kinds';
import { type ReadColumn, type ReadTable, readTable, type TableLayout } from './table-reader';
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
  throw scoreError(reader, (t) =>
    t.score.unknownMethod({
      method: Array.isArray(value) ? t.score.severalCells : reader.quote(value),
    }),
  );
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
  const reader = new ValueReader(sheet);
  if (table.length === 0 || table.every((row) => row.every(isBlankCell)))
    throw scoreError(reader, (t) => t.score.emptyRange);
  const layout = formulaLayout(table, parseWeights(weights, reader), reader);
  return render(table, scoreLayout(table, layout, parseMethod(method, reader), reader), reader);
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
  if (!layout.columns.some((c) => c.weight > 0)) {
    throw scoreError(reader, (t) =>
      t.score.zeroWeights({ names: layout.columns.map((c) => columnLabel(c, t)) }),
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
  if (read.partners < 2) throw tooFewPartners(read.partners, read, layout.hasHeader, reader);
  const result =
    method === 'minmax'
      ? scoreMinmax(criteria, read.scorable)
      : scoreTopsis(criteria, read.scorable);
  if (!result) throw tooFewComplete(layout, reader);
  return { read, method, criteria, ...result };
}

/** A criterion's name in messages: its label in the catalogue's language, else the header. */
function columnLabel(column: ReadColumn, text: FormulaText): string {
  return column.criterion ? text.criteria[column.criterion] : column.name;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The Score column's header: in Japanese beside a header row with Japanese in it, else
 * English. Read from the table, not the locale, so a table of plain numbers still costs
 * no service call (a custom function's every call pays for one).
 */
function scoreHeader(header: readonly unknown[] | undefined, layout: TableLayout): string {
  const japanese = header?.some((cell) => typeof cell === 'string' && JAPANESE.test(cell));
  const t = formulaText(japanese ? 'ja' : 'en');
  const unread = layout.unread ?? [];
  const noColumn = layout.noColumn ?? [];
  if (noColumn.length) return t.score.headerNoColumn({ labels: noColumn });
  return unread.length ? t.score.headerUnread({ columns: unread }) : t.score.header;
}

function render(
  table: readonly (readonly unknown[])[],
  { read, scores }: ScoredTable,
  reader: ValueReader,
): (number | string)[][] {
  const { kinds, notes } = read;
  // Sized once: pushing 50,000 rows would copy the array as it grows.
  const result: (number | string)[][] = new Array(kinds.length);
  let insufficient: string | undefined;
  for (let row = 0; row < kinds.length; row++) {
    const kind = kinds[row];
    if (kind === HEADER) result[row] = [scoreHeader(table[row], read.layout)];
    else if (kind === BLANK || kind === FILLER) result[row] = [''];
    else if (kind === INVALID || kind === TOTAL) result[row] = [notes.get(row)?.message ?? ''];
    else if (!isMissing(scores[row])) result[row] = [scores[row]];
    else {
      // INSUFFICIENT DATA is a message: in the sheet's language, at one locale lookup.
      insufficient ??= reader.text.score.insufficient;
      result[row] = [insufficient];
    }
  }
  return result;
}

function tooFewPartners(
  found: number,
  read: ReadTable,
  hasHeader: boolean,
  reader: ValueReader,
): Error {
  if (hasHeader && read.kinds.length === 1) return scoreError(reader, (t) => t.score.headerOnly);
  const invalid = [...read.notes].filter(([row]) => read.kinds[row] === INVALID);
  const first = invalid[0]?.[1]?.message ?? '';
  return scoreError(reader, (t) => t.score.tooFew({ found, invalid: invalid.length, first }));
}

function tooFewComplete(layout: TableLayout, reader: ValueReader): Error {
  return scoreError(reader, (t) =>
    t.score.topsisIncomplete({
      weighted: layout.columns.filter((c) => c.weight > 0).map((c) => columnLabel(c, t)),
    }),
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
