/**
 * Which argument separator this spreadsheet takes in formulas a script writes.
 *
 * Sheets writes `,` between arguments in dot-decimal locales (en_US, ja_JP) and `;` in
 * comma-decimal ones (de_DE, fr_FR, tr_TR…), where `,` is the decimal mark. Whether a
 * formula set by a script follows that is not documented, and public reports disagree:
 * - `,` from a script fails to parse in comma-decimal spreadsheets:
 *   googleapis/google-api-nodejs-client#1994 (formulaValue in a Turkish spreadsheet),
 *   diegomanuel/binance-to-google-sheets#78 (Netherlands locale: "Formula parse error"
 *   until switched to the UK), mricon/ingress-fieldplan#5 (HYPERLINK in a European locale);
 * - "Google now accepts semicolons in all locales" (mricon/ingress-fieldplan#5, 2019), and
 *   axemonk/Spreadsheet-Formula#19 sees `;` auto-corrected to `,` in a US spreadsheet;
 * - a published add-on writes `HYPERLINK(…;…)` but asks whether it works in the UK
 *   (ISA-tools/OntoMaton#37).
 * So the add-on does not guess: it writes a probe whose value shows whether it parsed,
 * `=CONCATENATE("a","b")` (only text arguments, so no separator can be read as a decimal
 * mark), reads it back, and tries `;` if `,` did not give "ab". Formulas the add-on writes
 * hold no decimal number (the partner share's formula, planner/plan-gates.ts, holds only a
 * 0, written the same in every locale), so the decimal mark never matters; only the
 * separator does.
 */

export type ArgumentSeparator = ',' | ';';

const CANDIDATES: ArgumentSeparator[] = [',', ';'];

/**
 * Probes `cell` (which the caller overwrites afterwards) and returns the separator that
 * parsed; ',' when neither did, which leaves the written formulas showing Sheets' own
 * parse error rather than a wrong value. Two service calls per candidate tried.
 */
export function probeArgumentSeparator(
  cell: GoogleAppsScript.Spreadsheet.Range,
): ArgumentSeparator {
  for (const separator of CANDIDATES) {
    cell.setFormula(`=CONCATENATE("a"${separator}"b")`);
    if (cell.getDisplayValue() === 'ab') return separator;
  }
  return ',';
}
