/**
 * How much each criterion counts. People pass six numbers in canonical order (a row or
 * a column), or a labelled range: two columns (name | weight) or two rows (names over
 * weights). Only ratios matter, so 25%, 0.25 and 25 mean the same next to each other.
 */

import { asTable, widthOf } from '../ranges';
import { isBlankCell, SIGNED, type ValueReader } from '../values/reader';
import {
  CRITERIA,
  type Criterion,
  type CriterionId,
  criterionForHeader,
  listCriteria,
} from './criteria';

export type Weights = Record<CriterionId, number>;

const FN = 'PARTNER_SCORE';

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

function zeroWeights(): Weights {
  return {
    capability: 0,
    comarketingBudget: 0,
    enablementLoad: 0,
    sourcedRevenue: 0,
    cac: 0,
    coverageGap: 0,
  };
}

/**
 * Reads the weights argument. Throws an Error starting `PARTNER_SCORE: ` for a wrong
 * count or shape, an unknown or repeated label, and a negative or non-numeric weight.
 * Weights that add up to 0 over the table's criteria are the caller's to reject, since
 * only the caller knows which criteria the table has. `reader` reads each weight in the
 * spreadsheet's locale (`25 %`, `0,5` in de_DE), as every other cell.
 */
export function parseWeights(raw: unknown, reader: ValueReader): Weights {
  const cells = asTable(raw);
  const rows = cells.length;
  const cols = widthOf(cells);
  if (cells.every((row) => row.every(isBlankCell))) return equalWeights();

  const at = (r: number, c: number): unknown => cells[r]?.[c];
  if (rows === 1 || cols === 1) {
    const line = cells.flat();
    // One label beside (or above) its weight is the smallest labelled range.
    if (line.length === 2 && isLabel(line[0], reader))
      return labelled([[line[0], line[1]]], reader);
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
  throw new Error(
    `${FN}: weights is a ${rows}×${cols} range. Pass six numbers in one row or one column ` +
      `(${listCriteria()}), or a labelled range: two columns (name | weight) or two rows (names over weights).`,
  );
}

// Non-numeric text in the position of a label; a number there means the range holds numbers.
function isLabel(cell: unknown, reader: ValueReader): boolean {
  return typeof cell === 'string' && reader.number(cell, SIGNED).kind === 'invalid';
}

function isNumber(cell: unknown, reader: ValueReader): boolean {
  return reader.number(cell, SIGNED).kind === 'number';
}

function sixInOrder(cells: unknown[], reader: ValueReader): Weights {
  if (cells.length !== CRITERIA.length) {
    throw new Error(
      `${FN}: weights has ${cells.length} value${cells.length === 1 ? '' : 's'}; it needs six, one per criterion in this order: ` +
        `${listCriteria()}. Or pass a two-column range of criterion name and weight.`,
    );
  }
  const weights = zeroWeights();
  CRITERIA.forEach((criterion, index) => {
    weights[criterion.id] = readWeight(criterion, cells[index], reader);
  });
  return weights;
}

function labelled(pairs: (readonly [unknown, unknown])[], reader: ValueReader): Weights {
  const weights = zeroWeights();
  const labelOf = new Map<CriterionId, string>();
  for (const [label, cell] of pairs) {
    if (isBlankCell(label)) {
      if (isBlankCell(cell)) continue;
      throw new Error(
        `${FN}: the weight ${reader.quote(cell)} has no label. Put the criterion's name beside it, or remove it.`,
      );
    }
    const criterion = criterionForHeader(label);
    if (!criterion) {
      throw new Error(
        `${FN}: unknown weight label ${reader.quote(label)}. Label each weight with a criterion: ${listCriteria()} ` +
          '(and leave any title row out of the range).',
      );
    }
    const earlier = labelOf.get(criterion.id);
    if (earlier !== undefined) {
      throw new Error(
        `${FN}: the weights name ${criterion.label} twice ("${earlier}" and ${reader.quote(label)}). Give each criterion one weight.`,
      );
    }
    labelOf.set(criterion.id, String(label).trim());
    weights[criterion.id] = readWeight(criterion, cell, reader);
  }
  return weights;
}

function readWeight(criterion: Criterion, cell: unknown, reader: ValueReader): number {
  const value = reader.number(cell, SIGNED);
  if (value.kind === 'blank') return 0;
  if (value.kind === 'number' && value.value >= 0) return value.value;
  const problem = value.kind === 'number' ? 'is negative' : value.why;
  throw new Error(
    `${FN}: the weight of ${criterion.label}, ${reader.quote(cell)}, ${problem}. ` +
      'Give each weight as a number of 0 or more (25% and 1,200 are fine), or leave it blank for 0.',
  );
}
