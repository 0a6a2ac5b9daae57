/**
 * Checks of the request's table reading (src/shared/reading-types.ts) across fields: an
 * extra criterion's column must not already be a criterion's, the partner names' or
 * another extra criterion's. Its shape is checked by src/shared/schema/reading.ts.
 */

import { type CheckText, checkText } from '../../shared/i18n/checks';
import type { FieldError, PlanRequest } from '../../shared/plan-types';
import { CRITERIA } from '../scoring/criteria';

/**
 * Field errors under `reading.extraCriteria.N.column`, in `t`'s language (English by
 * default); [] when each column is free.
 */
export function validateReading(
  { reading, source }: PlanRequest,
  t: CheckText = checkText('en'),
): FieldError[] {
  if (!reading || !Array.isArray(reading.extraCriteria) || typeof source !== 'object') return [];
  const errors: FieldError[] = [];
  type Owner = { owner: 'criterion' | 'name' | 'extra'; criterion: string };
  const taken = new Map<number, Owner>();
  for (const c of CRITERIA) {
    const column = source.columns?.[c.id];
    if (typeof column === 'number')
      taken.set(column, { owner: 'criterion', criterion: t.criteria[c.id] });
  }
  taken.set(source.partnerColumn, { owner: 'name', criterion: '' });
  reading.extraCriteria.forEach((extra, i) => {
    const column = extra?.column;
    if (typeof column !== 'number') return;
    const owner = taken.get(column);
    if (owner)
      errors.push({
        field: `reading.extraCriteria.${i}.column`,
        message: t.reading.taken(owner),
      });
    else taken.set(column, { owner: 'extra', criterion: '' });
  });
  return errors;
}
