/**
 * Checks of the request's table reading (src/shared/reading-types.ts) across fields: an
 * extra criterion's column must not already be a criterion's, the partner names' or
 * another extra criterion's. Its shape is checked by src/shared/schema/reading.ts.
 */

import type { FieldError, PlanRequest } from '../../shared/plan-types';
import { CRITERIA } from '../scoring/criteria';

/** Field errors under `reading.extraCriteria.N.column`; [] when each column is free. */
export function validateReading({ reading, source }: PlanRequest): FieldError[] {
  if (!reading || !Array.isArray(reading.extraCriteria) || typeof source !== 'object') return [];
  const errors: FieldError[] = [];
  const taken = new Map<number, string>();
  for (const c of CRITERIA) {
    const column = source.columns?.[c.id];
    if (typeof column === 'number') taken.set(column, c.label);
  }
  taken.set(source.partnerColumn, 'the partner name');
  reading.extraCriteria.forEach((extra, i) => {
    const column = extra?.column;
    if (typeof column !== 'number') return;
    const owner = taken.get(column);
    if (owner)
      errors.push({
        field: `reading.extraCriteria.${i}.column`,
        message: `That column is already ${owner}. Choose another column, or remove this criterion.`,
      });
    else taken.set(column, 'an extra criterion');
  });
  return errors;
}
