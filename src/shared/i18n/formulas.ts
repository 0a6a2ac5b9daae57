/** The formulas' catalogue, per language (see catalogue.ts). */
import { lazyCatalogue } from './catalogue';
import { enFormulas } from './en/formulas';
import { jaFormulas } from './ja/formulas';

/** The formulas' and the value reader's texts in `language`, built on first use. */
export const formulaText = lazyCatalogue({ en: enFormulas, ja: jaFormulas });

export type { FormulaText } from './en/formulas';

// The start of an Invalid note (en/formulas.ts `invalid`) in each language. Kept here,
// not read from the catalogues, so the monitor can recognise a note written in either
// language (a gate table's GATE_STATUS follows the spreadsheet's locale, not the plan's)
// without building both catalogues.
const INVALID_NOTE = /^(?:Invalid |【無効】)/;

/**
 * The problem of a GATE_STATUS Invalid note in either language (`Invalid CAC: "x" is not
 * a number` → `CAC: "x" is not a number`), or undefined when `text` is no Invalid note.
 */
export function invalidNoteProblem(text: string): string | undefined {
  const match = INVALID_NOTE.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}
