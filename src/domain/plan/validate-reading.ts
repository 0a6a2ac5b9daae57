/**
 * Checks the request's table reading (src/shared/reading-types.ts): extra criteria and
 * word maps. Apart from validate.ts so the request's core schema can change on its own.
 */

import type { FieldError, PlanRequest } from '../../shared/plan-types';
import { CRITERIA } from '../scoring/criteria';

const isColumn = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 18278;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Field errors of `reading`, under `reading.extraCriteria.N.*` and `reading.wordMaps.N.*`. */
export function validateReading({ reading, source }: PlanRequest): FieldError[] {
  if (reading === undefined) return [];
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (!Array.isArray(reading.extraCriteria) || !Array.isArray(reading.wordMaps)) {
    fail('reading', 'List extra criteria and word maps, or none.');
    return errors;
  }
  const taken = new Map<number, string>();
  for (const c of CRITERIA) {
    const column = source.columns?.[c.id];
    if (typeof column === 'number') taken.set(column, c.label);
  }
  taken.set(source.partnerColumn, 'the partner name');
  reading.extraCriteria.forEach((extra, i) => {
    const at = `reading.extraCriteria.${i}`;
    if (!isColumn(extra?.column)) fail(`${at}.column`, 'Choose the column of the extra criterion.');
    else if (taken.has(extra.column))
      fail(
        `${at}.column`,
        `That column is already ${taken.get(extra.column)}. Choose another column, or remove this criterion.`,
      );
    else taken.set(extra.column, 'an extra criterion');
    if (extra?.direction !== 'higher' && extra?.direction !== 'lower')
      fail(`${at}.direction`, 'Say whether higher or lower is better.');
    if (!isNumber(extra?.weight) || extra.weight < 0)
      fail(`${at}.weight`, 'The weight must be a number, 0 or more.');
  });
  reading.wordMaps.forEach((map, i) => {
    const at = `reading.wordMaps.${i}`;
    if (!isColumn(map?.column)) fail(`${at}.column`, 'Choose the column whose words to map.');
    if (!Array.isArray(map?.words)) {
      fail(`${at}.words`, 'List the words and their numbers.');
      return;
    }
    map.words.forEach((w, j) => {
      if (typeof w?.word !== 'string' || w.word.trim() === '')
        fail(`${at}.words.${j}.word`, 'Give the word to map.');
      if (!isNumber(w?.value) || w.value < 0)
        fail(`${at}.words.${j}.value`, `Give "${w?.word}" a number, 0 or more.`);
    });
  });
  return errors;
}
