/**
 * The partner rows of the source sheet, scored by PARTNER_SCORE's own reader and
 * methods (src/domain/scoring/table-reader.ts, partner-score.ts) over the columns the
 * request maps, so the plan and the formula never rank the same table differently.
 */

import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type { FieldError, ScoringSpec, SourceSpec } from '../../shared/plan-types';
import type { TableReading } from '../../shared/reading-types';
import { CRITERIA } from '../scoring/criteria';
import { describeRow, type ScoredTable, scoreLayout } from '../scoring/partner-score';
import type { ReadColumn, TableLayout } from '../scoring/table-reader';
import { wordKey } from '../scoring/tiers';
import { hasTotalWord } from '../scoring/total-names';
import { isDate, isErrorText, type SheetSettings, ValueReader } from '../values/reader';
import type { RowOutcome, SourceRow } from './ranking';

const text = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());
/**
 * A partner's name as the sheet shows it where Sheets hands over another type: a date
 * (a name Sheets parsed as one) as its day in the spreadsheet's time zone, not
 * JavaScript's long date text; TRUE and FALSE in capitals.
 */
const nameText = (cell: unknown, sheet: SheetSettings) =>
  isDate(cell)
    ? sheet.dayOf(cell)
    : typeof cell === 'boolean'
      ? String(cell).toUpperCase()
      : text(cell);

/**
 * The reader's layout for a request: the mapped criteria, then the extra criteria,
 * each with its weight and the user's word map; the partner column names the rows.
 * `header` is the sheet's header row (column 1 at index 0), for the columns' names.
 */
export function plannerLayout(
  header: readonly unknown[],
  source: SourceSpec,
  scoring: ScoringSpec,
  reading: TableReading | undefined,
): TableLayout {
  const wordsOf = (column: number) => {
    const map = reading?.wordMaps.find((m) => m.column === column);
    if (!map || map.words.length === 0) return undefined;
    return new Map(map.words.map((w) => [wordKey(w.word), w.value]));
  };
  const nameOf = (column: number, fallback: string) => text(header[column - 1]) || fallback;
  const columns: ReadColumn[] = [];
  for (const c of CRITERIA) {
    const column = source.columns[c.id];
    if (typeof column !== 'number') continue;
    columns.push({
      key: c.id,
      criterion: c.id,
      name: nameOf(column, c.label),
      column: column - 1,
      benefit: c.direction === 'higher',
      weight: scoring.weights[c.id],
      words: wordsOf(column),
    });
  }
  for (const extra of reading?.extraCriteria ?? []) {
    columns.push({
      key: `extra:${extra.column}`,
      criterion: undefined,
      name: nameOf(extra.column, `Column ${extra.column}`),
      column: extra.column - 1,
      benefit: extra.direction === 'higher',
      weight: extra.weight,
      words: wordsOf(extra.column),
    });
  }
  return { hasHeader: true, nameColumn: source.partnerColumn - 1, columns };
}

/**
 * `table` is the sheet's rows from the header row down, as getValues returns them
 * (column 1 at index 0), read in the spreadsheet's locale and time zone (`sheet`), so a
 * %-headed column of percentage points comes out as fractions, as the plan shows them.
 * Blank and filler rows are dropped; total rows are dropped with a warning naming them,
 * so no total is ever planned, and a row kept as a partner with a total's name is warned of. `scored` is the table as PARTNER_SCORE scored it, for the
 * weight sensitivity analysis (absent when there are no partner rows). Every message (the
 * warnings, the rows' Invalid reasons, a whole-table error) is in `language`, the draft's,
 * whatever the spreadsheet's locale.
 */
export function scoreSourceRows(
  table: readonly (readonly unknown[])[],
  source: SourceSpec,
  scoring: ScoringSpec,
  reading: TableReading | undefined,
  sheet: SheetSettings,
  language: Language = 'en',
): { rows: SourceRow[]; warnings: FieldError[]; scored?: ScoredTable } | { error: FieldError } {
  const cells = table.slice(1);
  // No partner rows at all is the plan's "empty table" message, not PARTNER_SCORE's.
  const blank = (cell: unknown) =>
    cell === null || cell === undefined || String(cell).trim() === '';
  if (cells.every((row) => row.every(blank))) return { rows: [], warnings: [] };
  const layout = plannerLayout(table[0] ?? [], source, scoring, reading);
  let scored: ReturnType<typeof scoreLayout>;
  try {
    scored = scoreLayout(table, layout, scoring.method, new ValueReader({ ...sheet, language }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: { field: 'source.columns', message: message.replace(/^PARTNER_SCORE ?[:：] ?/, '') },
    };
  }
  const said = sentenceText(language).messages;
  const rows: SourceRow[] = [];
  const warnings: FieldError[] = [];
  const noValues: { sheetRow: number; name: string }[] = [];
  for (let i = 1; i < table.length; i++) {
    const outcome = describeRow(scored, i);
    const sheetRow = source.headerRow + i;
    // A name cell showing a formula's error (`#N/A`) names no one, as the reader has it.
    const cell = table[i][source.partnerColumn - 1];
    const name = isErrorText(cell) ? '' : nameText(cell, sheet);
    if (outcome.kind === 'filler') continue;
    if (outcome.kind === 'excluded') {
      warnings.push({
        field: 'source.headerRow',
        message: said.leftOut({ row: sheetRow, name, why: outcome.message }),
      });
      continue;
    }
    if (outcome.kind === 'blank') {
      // A name and no value in any criterion: PARTNER_SCORE leaves it blank, so no partner.
      if (name !== '') noValues.push({ sheetRow, name });
      continue;
    }
    // Its values are no sums, so the reader kept it: a partner (Total Networks Ltd) or a
    // total typed wrongly, which only the user can tell apart.
    if (hasTotalWord(name, true))
      warnings.push({
        field: 'source.headerRow',
        message: said.totalLike({ row: sheetRow, name }),
      });
    const owner = source.ownerColumn ? text(table[i][source.ownerColumn - 1]) : '';
    rows.push({
      sheetRow,
      name: name || said.noName({ row: sheetRow }),
      owner,
      outcome: outcome as RowOutcome,
    });
  }
  const last = rows.length ? rows[rows.length - 1].sheetRow : 0;
  if (noValues.some((row) => row.sheetRow < last || !isFooterText(row.name)))
    warnings.push({
      field: 'source.headerRow',
      message: said.noValues({ rows: noValues.map((row) => said.namedRow(row)) }),
    });
  return { rows, warnings, scored };
}

const WORD = /\p{L}+/gu;
const YEAR_OR_MARK = /\d{4}|©|\(c\)/i;

/**
 * Whether a named row without values, below every partner, reads as a report's footer
 * (`Generated by Salesforce on 11/27/2026`, `Confidential Information - Do Not
 * Distribute`, a copyright line): a sentence of five words or more, or a year or ©.
 * Such rows are left out without a warning; any other is listed, since it may be a partner
 * whose data is missing.
 */
function isFooterText(name: string): boolean {
  return YEAR_OR_MARK.test(name) || (name.match(WORD)?.length ?? 0) >= 5;
}
