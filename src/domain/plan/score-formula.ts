/**
 * The PARTNER_SCORE call that gives the plan's scores in the sheet: the planner's
 * reading of the table written as a labelled weights range (one row per column read,
 * labelled by its header, a direction suffix where the header alone would say the
 * other way, word maps as "Header: word", and the name column when the headers would
 * pick another), checked by reading it back with the formula's own layout.
 */

import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import { matchHeader } from '../scoring/criteria';
import { formulaLayout } from '../scoring/formula-layout';
import type { ReadColumn, TableLayout } from '../scoring/table-reader';
import type { Weights } from '../scoring/weights';
import type { ValueReader } from '../values/reader';

export type WeightRow = [string, number | string];

/**
 * The labelled weights rows for `layout` over a table whose header row is `header`, or
 * null when the formula cannot read the table that way (a column without a text header,
 * or two columns with one header), with the reason in `language` (English when omitted).
 * `reader` is the spreadsheet's, as the formula would read the rows back.
 */
export function scoreWeightRows(
  header: readonly unknown[],
  layout: TableLayout,
  reader: ValueReader,
  language: Language = 'en',
): { rows: WeightRow[] } | { reason: string } {
  const said = sentenceText(language).messages;
  const rows: WeightRow[] = [];
  const text = (column: number) => {
    const cell = header[column];
    return typeof cell === 'string' ? cell.trim() : '';
  };
  for (const column of layout.columns) {
    const label = text(column.column);
    if (!label) return { reason: said.noTextHeader({ column: column.column + 1 }) };
    const assumed = matchHeader(label)?.criterion.direction ?? 'higher';
    const suffix =
      column.benefit === (assumed === 'higher')
        ? ''
        : column.benefit
          ? ' (higher is better)'
          : ' (cost)';
    rows.push([`${label}${suffix}`, column.weight]);
    for (const [word, value] of column.words ?? []) rows.push([`${label}: ${word}`, value]);
  }
  const named = readBack([header], rows, reader);
  if (
    layout.nameColumn !== undefined &&
    (!named || named.nameColumn !== layout.nameColumn) &&
    text(layout.nameColumn)
  )
    rows.push(['Name column', text(layout.nameColumn)]);
  const back = readBack([header], rows, reader);
  if (!back || !sameReading(back, layout)) return { reason: said.sharedHeader };
  return { rows };
}

function readBack(
  table: readonly (readonly unknown[])[],
  rows: WeightRow[],
  reader: ValueReader,
): TableLayout | null {
  try {
    return formulaLayout(
      table,
      { kind: 'labelled', rows: rows.map(([label, cell]) => ({ label, cell })) },
      reader,
    );
  } catch {
    return null;
  }
}

/**
 * True when the formula with six weights over the headers alone would read the table
 * as `layout` does; false when the sidebar's mapping says otherwise. `reader` is the
 * spreadsheet's, as the formula would read it.
 */
export function headersGiveLayout(
  table: readonly (readonly unknown[])[],
  layout: TableLayout,
  weights: Weights,
  reader: ValueReader,
): boolean {
  try {
    return sameReading(formulaLayout(table, { kind: 'six', weights }, reader), layout);
  } catch {
    return false;
  }
}

/** Same columns, directions, weight ratios, word maps and name column. */
export function sameReading(a: TableLayout, b: TableLayout): boolean {
  if (a.nameColumn !== b.nameColumn || a.columns.length !== b.columns.length) return false;
  const largest = (l: TableLayout) => Math.max(...l.columns.map((c) => c.weight));
  const [wa, wb] = [largest(a), largest(b)];
  const key = (c: ReadColumn, w: number) =>
    `${c.column}|${c.benefit}|${c.weight / w}|${[...(c.words ?? [])].sort().join(';')}`;
  const keys = new Set(a.columns.map((c) => key(c, wa)));
  return b.columns.every((c) => keys.has(key(c, wb)));
}
