/**
 * The currency of a partner table's amounts: what the plan labels its money with. The
 * spreadsheet's locale only guesses one (a ja_JP sheet of dollar amounts is still in
 * dollars), so the table's own marks come first: the currency its money columns' cells
 * name, else the one their headers name (`Revenue ($)`, `CAC (EUR)`, `売上（円）`).
 */
import type { CriterionId } from '../scoring/criteria';
import type { ReadTable } from '../scoring/table-reader';
import { currencyPrefix, currencySuffix } from '../values/currency';
import { headerScale, timesTenTo } from '../values/header-scale';
import type { LocaleConventions } from '../values/locales';
import type { SourceRow } from './ranking';

export type TableCurrency =
  /** One currency (ISO 4217 code, or `kr`), named by cells or headers. */
  | { kind: 'named'; code: string }
  /** No money column names one: the locale's currency stands. */
  | { kind: 'none' }
  /** The money columns name several: the plan cannot label them with one. */
  | { kind: 'several'; codes: string[] };

const MONEY = new Set<CriterionId>(['comarketingBudget', 'sourcedRevenue', 'cac']);

/**
 * The currency `read`'s money columns (co-marketing budget, partner-sourced revenue, CAC)
 * name: by their read cells (ReadTable.currencies), else by their headers; `conventions`
 * say what `$`, `¥` or `kr` name in the spreadsheet's locale.
 */
export function tableCurrency(read: ReadTable, conventions: LocaleConventions): TableCurrency {
  const codes = new Set<string>();
  read.layout.columns.forEach((column, c) => {
    if (column.criterion === undefined || !MONEY.has(column.criterion)) return;
    const code = read.currencies[c] ?? headerCurrency(column.name, conventions);
    if (code) codes.add(code);
  });
  if (codes.size === 0) return { kind: 'none' };
  if (codes.size === 1) return { kind: 'named', code: [...codes][0] };
  return { kind: 'several', codes: [...codes].sort() };
}

const BRACKETED = /[([（［]([^)\]）］]*)[)\]）］]/g;
// `(kEUR)`, `(MioEUR)`: a magnitude run into the code, which currencySuffix leaves alone.
const CODE_AFTER_SCALE = /[a-z]([A-Z]{3})$/;

/** The currency a header names in brackets (`Revenue ($)`, `CAC (k€)`) or at its end (`Umsatz EUR`). */
export function headerCurrency(header: string, conventions: LocaleConventions): string | undefined {
  for (const [, inner] of header.matchAll(BRACKETED)) {
    const text = inner.trim();
    const run = CODE_AFTER_SCALE.exec(text);
    const mark =
      currencyPrefix(text, conventions) ??
      currencySuffix(text, conventions) ??
      (run ? currencySuffix(run[1], conventions) : undefined);
    if (mark) return mark.code;
  }
  return currencySuffix(header.trim(), conventions)?.code;
}

/** A money column whose header names a magnitude: `Revenue ($M)` is 6. */
export interface HeaderUnit {
  criterion: CriterionId;
  header: string;
  /** The power of ten the header's amounts are in. */
  power: number;
}

/**
 * The money columns of `read` whose headers name a magnitude (values/header-scale.ts):
 * `Revenue ($M)`, `顧客獲得コスト（千円）`. A %-column is no money and has none.
 */
export function headerUnits(read: ReadTable, conventions: LocaleConventions): HeaderUnit[] {
  const units: HeaderUnit[] = [];
  for (const column of read.layout.columns) {
    if (column.criterion === undefined || !MONEY.has(column.criterion)) continue;
    const power = headerScale(column.name, conventions);
    if (power) units.push({ criterion: column.criterion, header: column.name, power });
  }
  return units;
}

/**
 * The rows with each money amount in units of one (2.75 under `Revenue ($M)` is 2,750,000),
 * as the plan's waves, gates, stop conditions and record state them. Scores are left as
 * they are: min–max and TOPSIS do not depend on a column's scale. A cell typed with its own
 * magnitude (`2.75M`) was read in the header's units already (column-reader.ts).
 */
export function inUnitsOfOne(
  rows: readonly SourceRow[],
  units: readonly HeaderUnit[],
): SourceRow[] {
  if (units.length === 0) return [...rows];
  return rows.map((row) => {
    const { outcome } = row;
    if (outcome.kind !== 'score' && outcome.kind !== 'insufficient') return row;
    const values = { ...outcome.values };
    for (const { criterion, power } of units)
      if (values[criterion] !== undefined) values[criterion] = timesTenTo(values[criterion], power);
    return { ...row, outcome: { ...outcome, values } };
  });
}
