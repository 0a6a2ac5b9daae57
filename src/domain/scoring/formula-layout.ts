/**
 * Which columns PARTNER_SCORE reads, and how: from the header row and the weights
 * argument. Six numbers (or none) read every criterion the header names; a labelled
 * range reads exactly the columns its labels name: criteria, a table's own columns as
 * extra criteria, the partner-name column, and words mapped to numbers.
 */

import { widthOf } from '../ranges';
import { isBlankCell, SIGNED, type ValueReader } from '../values/reader';
import {
  CRITERIA,
  type Criterion,
  type CriterionId,
  criterionForHeader,
  matchHeader,
  normaliseHeader,
} from './criteria';
import { criteriaList, scoreError } from './errors';
import {
  columnHasData,
  type HeaderReading,
  nameColumnOf,
  readHeader,
  valueColumns,
} from './table-header';
import type { ReadColumn, TableLayout } from './table-reader';
import { wordKey } from './tiers';
import { equalWeights, type LabelledRow, readWeight, type WeightsArgument } from './weights';

/**
 * The layout of `table` under the weights argument; throws the whole-call error that
 * says how to fix it. `reader` reads the numbers beside labels and quotes cells in
 * messages, in the spreadsheet's locale and time zone.
 */
export function formulaLayout(
  table: readonly (readonly unknown[])[],
  weights: WeightsArgument,
  reader: ValueReader,
): TableLayout {
  checkTitleRow(table, reader);
  const header = readHeader(table[0] ?? [], table);
  if (!header.namesCriterion) return headerless(table, weights, reader);
  if (weights.kind === 'labelled') return labelledLayout(table, header, weights.rows, reader);
  const byCriterion = weights.kind === 'six' ? weights.weights : equalWeights();
  for (const tie of header.ties) throw tieError(tie.criterion, tie.columns, header, reader);
  if (Object.keys(header.columns).length < CRITERIA.length)
    checkErrorHeaders(table, header, reader);
  // A loop, not flatMap: this runs on every formula call, and flatMap's arrays cost more
  // than the rest of reading a small table's header.
  const columns: ReadColumn[] = [];
  for (const c of CRITERIA) {
    const column = header.columns[c.id];
    if (column !== undefined)
      columns.push(criterionColumn(c, column, header.texts[column], byCriterion[c.id]));
  }
  // A criterion without a column may be under a header this reader does not know
  // (Fähigkeit, a "Partner tier" of Gold/Silver/Bronze): the Score header names them.
  const read = new Set(columns.map((c) => c.column));
  const unread =
    columns.length < CRITERIA.length
      ? valueColumns(table, header, read).map((column) => header.texts[column])
      : [];
  return { hasHeader: true, nameColumn: nameColumnOf(table, header), columns, unread };
}

/**
 * Throws when the range starts with a title ("Partner revenue report Q4" alone in its row)
 * above a header row: read as the header, the title would make every partner row invalid
 * (or no header at all), and the message would not say why.
 */
function checkTitleRow(table: readonly (readonly unknown[])[], reader: ValueReader): void {
  if (table.length < 3) return;
  const filled = table[0].filter((cell) => !isBlankCell(cell));
  if (filled.length !== 1 || typeof filled[0] !== 'string') return;
  if (!readHeader(table[1]).namesCriterion) return;
  throw scoreError(reader, (t) => t.score.titleRow({ title: reader.quote(filled[0]) }));
}

function criterionColumn(
  criterion: Criterion,
  column: number,
  name: string,
  weight: number,
  benefit = criterion.direction === 'higher',
): ReadColumn {
  return { key: criterion.id, criterion: criterion.id, name, column, benefit, weight };
}

function headerless(
  table: readonly (readonly unknown[])[],
  weights: WeightsArgument,
  reader: ValueReader,
): TableLayout {
  const width = widthOf(table);
  if (width !== CRITERIA.length) {
    throw scoreError(reader, (t) => t.score.noHeader({ width, criteria: criteriaList(t) }));
  }
  const positions: Partial<Record<CriterionId, number>> = {};
  CRITERIA.forEach((c, index) => {
    positions[c.id] = index;
  });
  const header: HeaderReading = {
    columns: positions,
    ties: [],
    nameColumn: undefined,
    errorColumns: [],
    texts: CRITERIA.map((c) => c.label),
    namesCriterion: false,
  };
  if (weights.kind === 'labelled') {
    const layout = labelledLayout(table, header, weights.rows, reader);
    return { ...layout, hasHeader: false };
  }
  const byCriterion = weights.kind === 'six' ? weights.weights : equalWeights();
  const columns = CRITERIA.map((c, index) => criterionColumn(c, index, c.label, byCriterion[c.id]));
  return { hasHeader: false, nameColumn: undefined, columns };
}

// "(cost)" and "(lower is better)" make a column lower-is-better; "(higher is better)"
// says so explicitly. Brackets are dropped before a label is matched, so the rest is
// the column's or criterion's name.
const COST_SUFFIX = /\((?:cost|lower is better)\)\s*$/i;
const BENEFIT_SUFFIX = /\((?:benefit|higher is better)\)\s*$/i;
const NAME_COLUMN = 'namecolumn';

function labelledLayout(
  table: readonly (readonly unknown[])[],
  header: HeaderReading,
  rows: readonly LabelledRow[],
  reader: ValueReader,
): TableLayout {
  const columns: ReadColumn[] = [];
  const noColumn: string[] = [];
  const wordMaps: { label: string; target: string; word: string; cell: unknown }[] = [];
  let nameColumn = nameColumnOf(table, header);
  const keyOfColumn = new Map<number, string>();
  for (const { label, cell } of rows) {
    const key = normaliseHeader(label);
    if (key === NAME_COLUMN) {
      nameColumn = headerColumn(header, String(cell ?? ''), label, reader);
      if (nameColumn === undefined) throw unknownLabel(`${label}: ${String(cell)}`, header, reader);
      continue;
    }
    const direction = COST_SUFFIX.test(label)
      ? false
      : BENEFIT_SUFFIX.test(label)
        ? true
        : undefined;
    const exact = headerColumn(header, label, label, reader);
    const colon = label.search(COLON);
    if (exact === undefined && colon > 0) {
      wordMaps.push({
        label,
        target: label.slice(0, colon),
        word: label.slice(colon + 1),
        cell,
      });
      continue;
    }
    const criterion = exact === undefined ? criterionForHeader(label) : undefined;
    let column = exact;
    if (criterion) {
      const tie = header.ties.find((t) => t.criterion.id === criterion.id);
      if (tie) throw tieError(criterion, tie.columns, header, reader);
      column = header.columns[criterion.id];
      if (column === undefined) {
        checkErrorHeaders(table, header, reader);
        // A criterion the table does not have: nothing to read, but a weight given to it
        // is named, in the Score header or, when nothing else is weighted, in the error.
        if (readWeight(label, cell, reader, criterion.id) > 0) noColumn.push(label);
        continue;
      }
    }
    if (column === undefined) throw unknownLabel(label, header, reader);
    const id = exact === undefined ? criterion : matchHeader(header.texts[column])?.criterion;
    const name = header.texts[column] || label;
    const weight = readWeight(name, cell, reader, id?.id);
    const earlier = columns.find((c) => c.column === column);
    if (earlier) {
      throw scoreError(reader, (t) =>
        t.score.namedTwice({
          named: id ? t.criteria[id.id] : t.quote({ text: name }),
          first: reader.quote(keyOfColumn.get(earlier.column)),
          second: reader.quote(label),
        }),
      );
    }
    // A column picked by its header whose criterion another column already has counts
    // on its own, so two labelled revenue columns are two criteria, not an error.
    const taken = id !== undefined && columns.some((c) => c.criterion === id.id);
    const read: ReadColumn =
      id && !taken
        ? criterionColumn(id, column, name, weight, direction ?? id.direction === 'higher')
        : {
            key: `extra:${column + 1}`,
            criterion: undefined,
            name,
            column,
            benefit: direction ?? (id ? id.direction === 'higher' : true),
            weight,
          };
    keyOfColumn.set(column, label);
    columns.push(read);
  }
  if (noColumn.length && !columns.some((c) => c.weight > 0)) {
    const headers = header.texts.filter(Boolean).map((t) => reader.quote(t));
    throw scoreError(reader, (t) => t.score.noColumn({ labels: noColumn, headers }));
  }
  return {
    hasHeader: true,
    nameColumn,
    columns: columns.map((column) => withWords(column, wordMaps, header, reader)),
    noColumn,
  };
}

/** The one column whose header reads as `text` (normalised); throws when two do. */
function headerColumn(
  header: HeaderReading,
  text: string,
  label: string,
  reader: ValueReader,
): number | undefined {
  const key = normaliseHeader(text);
  if (key === '') return undefined;
  const found = header.texts.flatMap((t, i) => (normaliseHeader(t) === key ? [i] : []));
  if (found.length > 1) {
    throw scoreError(reader, (t) =>
      t.score.labelMatchesMany({
        label: reader.quote(label),
        count: found.length,
        columns: found.map((i) => i + 1),
      }),
    );
  }
  return found[0];
}

function withWords(
  column: ReadColumn,
  maps: readonly { label: string; target: string; word: string; cell: unknown }[],
  header: HeaderReading,
  reader: ValueReader,
): ReadColumn {
  const words = new Map<string, number>();
  for (const map of maps) {
    const target = headerColumn(header, map.target, map.label, reader);
    const criterion = target === undefined ? criterionForHeader(map.target) : undefined;
    const at = target ?? (criterion ? header.columns[criterion.id] : undefined);
    if (at !== column.column) continue;
    const value = reader.number(map.cell, SIGNED);
    if (value.kind !== 'number')
      throw scoreError(reader, (t) =>
        t.score.wordMapNumber({ label: reader.quote(map.label), cell: reader.quote(map.cell) }),
      );
    words.set(wordKey(map.word), value.value);
  }
  return words.size ? { ...column, words } : column;
}

function tieError(
  criterion: Criterion,
  columns: readonly number[],
  header: HeaderReading,
  reader: ValueReader,
): Error {
  return scoreError(reader, (t) =>
    t.score.tie({
      criterion: t.criteria[criterion.id],
      columns: columns.map((c) => ({ header: header.texts[c], column: c + 1 })),
    }),
  );
}

/**
 * A header cell holding an error (#REF!) above data, in a table that lacks a criterion,
 * may be that criterion: reading on without it would be a silent wrong score.
 */
function checkErrorHeaders(
  table: readonly (readonly unknown[])[],
  header: HeaderReading,
  reader: ValueReader,
): void {
  const broken = header.errorColumns.find((column) => columnHasData(table, column));
  if (broken === undefined) return;
  const missing = CRITERIA.filter((c) => header.columns[c.id] === undefined);
  throw scoreError(reader, (t) =>
    t.score.errorHeader({
      column: broken + 1,
      cell: reader.quote((table[0] ?? [])[broken]),
      missing: missing.map((c) => t.criteria[c.id]),
    }),
  );
}

// The colon of a word map ("Capability: Diamond"), or the full-width one a Japanese IME
// types (パートナー能力：ダイヤモンド), or its small form: each is ":" under NFKC.
const COLON = /[:：﹕]/;

function unknownLabel(label: string, header: HeaderReading, reader: ValueReader): Error {
  const all = header.texts.filter(Boolean);
  const headers = all.slice(0, 8).map((t) => reader.quote(t));
  const more = all.length - headers.length;
  return scoreError(reader, (t) =>
    t.score.unknownLabel({ label: reader.quote(label), criteria: criteriaList(t), headers, more }),
  );
}
