import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  criterionForHeader,
  normaliseHeader,
} from '../../../src/domain/scoring/criteria';

describe('criteria', () => {
  it('come in canonical order with their directions', () => {
    expect(CRITERIA.map((c) => [c.id, c.direction])).toEqual([
      ['capability', 'higher'],
      ['comarketingBudget', 'lower'],
      ['enablementLoad', 'lower'],
      ['sourcedRevenue', 'higher'],
      ['cac', 'lower'],
      ['coverageGap', 'higher'],
    ]);
  });

  it('are named by headers after dropping brackets, case and punctuation', () => {
    expect(normaliseHeader('Co-marketing budget ($)')).toBe('comarketingbudget');
    expect(normaliseHeader('Coverage gap [%] filled')).toBe('coveragegapfilled');
    expect(normaliseHeader('  CAC (USD) ')).toBe('cac');
  });

  it.each([
    ['Capability (1-10)', 'capability'],
    ['Partner capability', 'capability'],
    ['Co-marketing budget ($)', 'comarketingBudget'],
    ['Co-marketing', 'comarketingBudget'],
    ['MDF', 'comarketingBudget'],
    ['Marketing budget', 'comarketingBudget'],
    ['Enablement load (hrs)', 'enablementLoad'],
    ['Enablement', 'enablementLoad'],
    ['Enablement hours', 'enablementLoad'],
    ['Partner-sourced revenue ($)', 'sourcedRevenue'],
    ['Sourced revenue', 'sourcedRevenue'],
    ['Partner revenue', 'sourcedRevenue'],
    ['Revenue', 'sourcedRevenue'],
    ['CAC ($)', 'cac'],
    ['Customer acquisition cost', 'cac'],
    ['Coverage gap (%)', 'coverageGap'],
    ['Coverage gap filled', 'coverageGap'],
    ['Coverage', 'coverageGap'],
  ])('%j names %s', (header, id) => {
    expect(criterionForHeader(header)?.id).toBe(id);
  });

  it.each(['Partner', 'Owner', 'Region', 'Revenue share', '(CAC)', '', 42, null])(
    '%j names no criterion',
    (header) => {
      expect(criterionForHeader(header)).toBeUndefined();
    },
  );

  it('labels are themselves header names, so messages can suggest them', () => {
    for (const c of CRITERIA) expect(criterionForHeader(c.label)?.id).toBe(c.id);
  });
});
