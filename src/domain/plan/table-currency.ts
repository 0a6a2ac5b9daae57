/**
 * The currency of a partner table's amounts: what the plan labels its money with. The
 * spreadsheet's locale only guesses one (a ja_JP sheet of dollar amounts is still in
 * dollars), so the table's own marks come first: the currency its money columns' cells
 * name, else the one their headers name (`Revenue ($)`, `CAC (EUR)`, `売上（円）`).
 */
import type { CriterionId } from '../scoring/criteria';
import type { ReadTable } from '../scoring/table-reader';
import { currencyPrefix, currencySuffix } from '../values/currency';
import type { LocaleConventions } from '../values/locales';

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

/** The currency a header names in brackets (`Revenue ($)`, `CAC (k€)`) or at its end (`Umsatz EUR`). */
export function headerCurrency(header: string, conventions: LocaleConventions): string | undefined {
  for (const [, inner] of header.matchAll(BRACKETED)) {
    const text = inner.trim();
    const mark = currencyPrefix(text, conventions) ?? currencySuffix(text, conventions);
    if (mark) return mark.code;
  }
  return currencySuffix(header.trim(), conventions)?.code;
}
