/**
 * PARTNER_SCORE's whole-call errors, in the language of the reader's messages (the
 * spreadsheet locale's, src/shared/i18n/en/formulas.ts). The message of an Error a custom
 * function throws is what Sheets shows on its #ERROR! cell.
 */
import type { FormulaText } from '../../shared/i18n/formulas';
import type { ValueReader } from '../values/reader';
import { CRITERIA } from './criteria';

const FN = 'PARTNER_SCORE';

/** An Error starting `PARTNER_SCORE: ` with `message` written in `reader`'s language. */
export function scoreError(reader: ValueReader, message: (t: FormulaText) => string): Error {
  const text = reader.text;
  return new Error(text.error({ fn: FN, message: message(text) }));
}

/** The six criteria in their canonical order, named in `text`'s language, as a list. */
export function criteriaList(text: FormulaText): string {
  return text.list({ items: CRITERIA.map((c) => text.criteria[c.id]) });
}
