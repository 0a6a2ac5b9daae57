/**
 * How much each criterion counts. People pass six numbers in canonical order (a row or
 * a column), or a labelled range: two columns (label | value) or two rows (labels over
 * values). Only ratios matter, so 25%, 0.25 and 25 mean the same next to each other.
 * What a label names (a criterion, a column of the table, a word map) depends on the
 * table, so labelled rows are resolved in formula-layout.ts.
 */

import { asTable, widthOf } from '../ranges';
import { isBlankCell, SIGNED, type ValueReader } from '../values/reader';
import { CRITERIA, type CriterionId } from './criteria';
import { criteriaList, scoreError } from './errors';
import { isTotalName } from './total-names';

export type Weights = Record<CriterionId, number>;

/** One labelled row of the weights range, in the order given. */
export interface LabelledRow {
  /** The label as typed, trimmed. */
  label: string;
  /** The value beside it, as the sheet holds it. */
  cell: unknown;
}

export type WeightsArgument =
  | { kind: 'equal' }
  | { kind: 'six'; weights: Weights }
  | { kind: 'labelled'; rows: LabelledRow[] };

/** Every criterion weighs 1: the default when weights are omitted or blank. */
export function equalWeights(): Weights {
  return {
    capability: 1,
    comarketingBudget: 1,
    enablementLoad: 1,
    sourcedRevenue: 1,
    cac: 1,
    coverageGap: 1,
  };
}

/**
 * Reads the shape of the weights argument. Throws an Error starting `PARTNER_SCORE: `
 * for a wrong count or shape, a weight without a label, and a bad weight among six.
 * `reader` reads each weight in the spreadsheet's locale (`25 %`, `0,5` in de_DE), as
 * every other cell.
 */
export function parseWeights(raw: unknown, reader: ValueReader): WeightsArgument {
  const cells = asTable(raw);
  const rows = cells.length;
  const cols = widthOf(cells);
  if (cells.every((row) => row.every(isBlankCell))) return { kind: 'equal' };

  const at = (r: number, c: number): unknown => cells[r]?.[c];
  if (rows === 1 || cols === 1) {
    const line = cells.flat();
    // One label beside (or above) its weight is the smallest labelled range.
    if (line.length === 2 && isLabel(line[0], reader))
      return labelled([[line[0], line[1]]], reader);
    // A heading (`Weight`) above or before six numbers is no weight.
    if (line.length === CRITERIA.length + 1 && isLabel(line[0], reader))
      return sixInOrder(line.slice(1), reader);
    return sixInOrder(line, reader);
  }
  // A 2×2 range could run either way: labels down the first column have a weight, not
  // another label, to their right, and no number below them.
  const labelsDown =
    rows > 2 ||
    (isLabel(at(0, 0), reader) && !isLabel(at(0, 1), reader) && !isNumber(at(1, 0), reader));
  if (cols === 2 && labelsDown) {
    return labelled(
      cells.map((row) => [row[0], row[1]] as const),
      reader,
    );
  }
  if (rows === 2) {
    return labelled(
      Array.from({ length: cols }, (_, c) => [at(0, c), at(1, c)] as const),
      reader,
    );
  }
  throw scoreError(reader, (t) => t.score.weightsShape({ rows, cols, criteria: criteriaList(t) }));
}

// Non-numeric text in the position of a label; a number there means the range holds numbers.
function isLabel(cell: unknown, reader: ValueReader): boolean {
  return typeof cell === 'string' && reader.number(cell, SIGNED).kind === 'invalid';
}

function isNumber(cell: unknown, reader: ValueReader): boolean {
  return reader.number(cell, SIGNED).kind === 'number';
}

function sixInOrder(cells: unknown[], reader: ValueReader): WeightsArgument {
  if (cells.length !== CRITERIA.length) {
    throw scoreError(reader, (t) =>
      t.score.weightsCount({ count: cells.length, criteria: criteriaList(t) }),
    );
  }
  const weights = equalWeights();
  CRITERIA.forEach((criterion, index) => {
    weights[criterion.id] = readWeight(criterion.label, cells[index], reader, criterion.id);
  });
  return { kind: 'six', weights };
}

// What people head a column of weights with; text elsewhere in a weight's place is a bad weight.
const WEIGHT_HEADINGS = new Set([
  'weight',
  'weights',
  'weighting',
  'gewicht',
  'gewichtung',
  'poids',
  'pondération',
  'peso',
  '重み',
  'ウェイト',
  'ウエイト',
]);

/**
 * The labelled rows of `pairs`, leaving out a heading pair (`Criterion | Weight`) and a
 * total (`Total | 100%`), which weigh nothing.
 */
function labelled(pairs: (readonly [unknown, unknown])[], reader: ValueReader): WeightsArgument {
  const rows: LabelledRow[] = [];
  for (const [i, [label, cell]] of pairs.entries()) {
    const heading =
      typeof cell === 'string' && WEIGHT_HEADINGS.has(cell.normalize('NFKC').trim().toLowerCase());
    if ((i === 0 && heading) || isTotalName(label)) continue;
    if (isBlankCell(label)) {
      if (isBlankCell(cell)) continue;
      throw scoreError(reader, (t) => t.score.weightNoLabel({ cell: reader.quote(cell) }));
    }
    rows.push({ label: String(label).trim(), cell });
  }
  return { kind: 'labelled', rows };
}

/**
 * A weight: a number of 0 or more, blank for 0, read by `reader` in the spreadsheet's
 * locale. The message calls it by `criterion`'s label in the reader's language, else
 * `name` (a column's header). Throws the message that says how to write it.
 */
export function readWeight(
  name: string,
  cell: unknown,
  reader: ValueReader,
  criterion?: CriterionId,
): number {
  const value = reader.number(cell, SIGNED);
  if (value.kind === 'blank') return 0;
  if (value.kind === 'number' && value.value >= 0) return value.value;
  throw scoreError(reader, (t) =>
    t.score.weightBad({
      name: criterion ? t.criteria[criterion] : name,
      cell: reader.quote(cell),
      why: value.kind === 'number' ? t.value.negativeShort : value.why,
    }),
  );
}
