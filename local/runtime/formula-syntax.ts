/**
 * How the workbook parses formula text: the spreadsheet locale's separators, or always
 * the en_US ones. Sheets shows comma-decimal locales (de_DE, fr_FR, tr_TR…) with `;`
 * between arguments and `,` as the decimal mark; whether formulas set by a script follow
 * that is not documented and public reports disagree (see src/server/sheets/
 * formula-syntax.ts), so both are modelled:
 * - 'locale': script formulas are parsed like typed ones, in the locale's syntax;
 * - 'comma': script formulas always take en_US syntax, whatever the locale.
 */
import type { ConfigParams } from 'hyperformula';

export type FormulaSyntax = 'locale' | 'comma';

/** HyperFormula's separators for `locale` ('de_DE') under `syntax`, from Node's ICU data. */
export function separatorsFor(
  locale: string,
  syntax: FormulaSyntax,
): Pick<ConfigParams, 'decimalSeparator' | 'thousandSeparator' | 'functionArgSeparator'> {
  const english = {
    decimalSeparator: '.',
    thousandSeparator: '',
    functionArgSeparator: ',',
  } as const;
  if (syntax === 'comma') return english;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(12345.6);
  } catch {
    return english;
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value;
  if (decimal !== ',') return english;
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  // HyperFormula takes '', ',', ' ' or '.' for thousands; fr_FR's narrow no-break space is a space.
  return {
    decimalSeparator: ',',
    thousandSeparator: group === '.' ? '.' : /\s/.test(group) ? ' ' : '',
    functionArgSeparator: ';',
  };
}
