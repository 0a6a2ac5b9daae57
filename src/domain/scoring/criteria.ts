/**
 * The six criteria of the partner channel prioritisation frame: three inputs the
 * company controls or spends (partner capability, co-marketing budget, enablement
 * load) and three outcomes it wants (partner-sourced revenue, CAC, coverage gap).
 */

export type CriterionId =
  | 'capability'
  | 'comarketingBudget'
  | 'enablementLoad'
  | 'sourcedRevenue'
  | 'cac'
  | 'coverageGap';

/** Benefit: higher is better. Cost: lower is better. */
export type Direction = 'benefit' | 'cost';

export interface Criterion {
  readonly id: CriterionId;
  /** The name shown to people, as the one-pager words it. */
  readonly label: string;
  readonly direction: Direction;
  readonly kind: 'input' | 'outcome';
  /** Header names that identify the criterion, already normalised by {@link normaliseHeader}. */
  readonly headers: readonly string[];
}

/** Canonical order: headerless tables and six-number weights follow it. */
export const CRITERIA: readonly Criterion[] = [
  {
    id: 'capability',
    label: 'Partner capability',
    direction: 'benefit',
    kind: 'input',
    headers: ['capability', 'partnercapability'],
  },
  {
    id: 'comarketingBudget',
    label: 'Co-marketing budget',
    direction: 'cost',
    kind: 'input',
    headers: ['comarketingbudget', 'comarketing', 'mdf', 'marketingbudget'],
  },
  {
    id: 'enablementLoad',
    label: 'Enablement load',
    direction: 'cost',
    kind: 'input',
    headers: ['enablementload', 'enablement', 'enablementhours'],
  },
  {
    id: 'sourcedRevenue',
    label: 'Partner-sourced revenue',
    direction: 'benefit',
    kind: 'outcome',
    headers: ['partnersourcedrevenue', 'sourcedrevenue', 'partnerrevenue', 'revenue'],
  },
  {
    id: 'cac',
    label: 'CAC',
    direction: 'cost',
    kind: 'outcome',
    headers: ['cac', 'customeracquisitioncost'],
  },
  {
    id: 'coverageGap',
    label: 'Coverage gap filled',
    direction: 'benefit',
    kind: 'outcome',
    headers: ['coveragegap', 'coveragegapfilled', 'coverage'],
  },
];

/**
 * Drops text in parentheses or brackets, lower-cases, and keeps only letters and
 * digits, so "Co-marketing budget ($)" and "co_marketing BUDGET" both read as
 * `comarketingbudget`.
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The criterion a header names, or undefined when it names none. */
export function criterionForHeader(text: unknown): Criterion | undefined {
  if (typeof text !== 'string') return undefined;
  const key = normaliseHeader(text);
  return key === '' ? undefined : CRITERIA.find((c) => c.headers.includes(key));
}

/** The six labels in canonical order, for messages: "Partner capability, Co-marketing budget, …". */
export function listCriteria(): string {
  return CRITERIA.map((c) => c.label).join(', ');
}

/** The criterion with this id. */
export function criterionById(id: CriterionId): Criterion {
  return CRITERIA.find((c) => c.id === id) as Criterion;
}
