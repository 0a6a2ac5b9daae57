/**
 * The six criteria of the partner channel prioritisation frame: three inputs the
 * company controls or spends (partner capability, co-marketing budget, enablement
 * load) and three outcomes it wants (partner-sourced revenue, CAC, coverage gap), and
 * the header names that identify them in English and Japanese tables.
 */
import type { Direction } from '../../shared/schema/options';
import { namesOtherMeasure, OTHER_QUANTITY, OTHER_QUANTITY_JA } from './other-measures';

export type CriterionId =
  | 'capability'
  | 'comarketingBudget'
  | 'enablementLoad'
  | 'sourcedRevenue'
  | 'cac'
  | 'coverageGap';

export interface Criterion {
  readonly id: CriterionId;
  /** The name shown to people, as the one-pager words it. */
  readonly label: string;
  readonly direction: Direction;
  readonly kind: 'input' | 'outcome';
  /** Whole header names, already normalised by {@link normaliseHeader}: an exact match. */
  readonly headers: readonly string[];
  /**
   * Key terms a longer header may hold ("MDF Allocated", "Capability score"): a partial
   * match, which an exact one beats. Latin terms match whole words run together
   * ("acquisition cost" in "Customer Acquisition Cost", not "cac" in "efficacy");
   * Japanese terms, written without spaces, match anywhere.
   */
  readonly terms: readonly string[];
}

/** Canonical order: headerless tables and six-number weights follow it. */
export const CRITERIA: readonly Criterion[] = [
  {
    id: 'capability',
    label: 'Partner capability',
    direction: 'higher',
    kind: 'input',
    headers: [
      'capability',
      'partnercapability',
      'パートナー能力',
      '能力',
      // German and French spreadsheets: named, not promised (the Score header names a
      // criterion no column was found for).
      'fähigkeit',
      'fähigkeiten',
      'partnerfähigkeit',
      'capacité',
      'capacitépartenaire',
    ],
    terms: ['capability', 'capabilities', 'capabilityscore', '能力', 'fähigkeit', 'capacité'],
  },
  {
    id: 'comarketingBudget',
    label: 'Co-marketing budget',
    direction: 'lower',
    kind: 'input',
    headers: [
      'comarketingbudget',
      'comarketing',
      'mdf',
      'marketingbudget',
      '共同マーケティング予算',
      'budgetcomarketing',
      'budgetmarketing',
    ],
    terms: ['mdf', 'comarketing', 'marketingdevelopmentfunds', '共同マーケティング'],
  },
  {
    id: 'enablementLoad',
    label: 'Enablement load',
    direction: 'lower',
    kind: 'input',
    headers: [
      'enablementload',
      'enablement',
      'enablementhours',
      'イネーブルメント負荷',
      'イネーブルメント工数',
    ],
    terms: ['enablement', 'イネーブルメント', 'befähigung'],
  },
  {
    id: 'sourcedRevenue',
    label: 'Partner-sourced revenue',
    direction: 'higher',
    kind: 'outcome',
    headers: [
      'partnersourcedrevenue',
      'sourcedrevenue',
      'partnerrevenue',
      'revenue',
      // The Japanese of the whole name 'revenue' above.
      '売上',
      'パートナー経由売上',
      'パートナーソース売上',
      'partnerumsatz',
      'umsatz',
      'revenupartenaire',
      'chiffredaffairespartenaire',
    ],
    terms: [
      'partnerumsatz',
      'chiffredaffairespartenaire',
      'sourcedrevenue',
      'partnerrevenue',
      'partnersourced',
      // Not 'revenue' alone: a CRM's "Annual revenue" or "Total revenue" of an account is
      // the partner company's own size, not the revenue it sources for us.
      'パートナー経由売上',
      'パートナーソース売上',
    ],
  },
  {
    id: 'cac',
    label: 'CAC',
    direction: 'lower',
    kind: 'outcome',
    headers: [
      'cac',
      'customeracquisitioncost',
      '顧客獲得コスト',
      'kundenakquisitionskosten',
      'coûtdacquisitionclient',
    ],
    terms: ['cac', 'acquisitioncost', '顧客獲得コスト', 'akquisitionskosten', 'coûtdacquisition'],
  },
  {
    id: 'coverageGap',
    label: 'Coverage gap filled',
    direction: 'higher',
    kind: 'outcome',
    headers: [
      'coveragegap',
      'coveragegapfilled',
      'coverage',
      'カバレッジ',
      'カバレッジギャップ',
      'abdeckungslücke',
      'écartdecouverture',
    ],
    terms: ['coveragegap', 'coverage', 'カバレッジギャップ', 'abdeckungslücke', 'couverture'],
  },
];

// Module constants: a header is matched once per call, but a regex literal in a
// function would still be compiled on each use in some engines (see values.ts).
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[ -~]*$/;
const LATIN = /^[a-z0-9]+$/;

/**
 * The words of a header: NFKC-normalised (full-width ＭＤＦ is MDF), text in brackets
 * dropped, lower-cased, split at anything but a letter or digit.
 */
export function headerWords(text: string): string[] {
  // NFKC leaves printable ASCII as it is, and a call into Unicode normalisation costs more than
  // the test; most headers are ASCII, read on every formula call.
  return (ASCII.test(text) ? text : text.normalize('NFKC'))
    .replace(BRACKETED, ' ')
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter(Boolean);
}

/**
 * A header's words run together, so "Co-marketing budget ($)" and "co_marketing BUDGET"
 * both read as `comarketingbudget` and "パートナー能力（1-5）" as `パートナー能力`.
 */
export function normaliseHeader(text: string): string {
  return headerWords(text).join('');
}

/** How a header names a criterion: by one of its names, or by holding a key term. */
export interface HeaderMatch {
  criterion: Criterion;
  exact: boolean;
}

/**
 * The criterion a header names, exactly or partly; undefined for non-text, other names, and
 * a header that names another measure of a criterion (`Partner-sourced deals (#)`,
 * `Enablement NPS`, `Last MDF claim`: other-measures.ts).
 */
export function matchHeader(text: unknown): HeaderMatch | undefined {
  if (typeof text !== 'string') return undefined;
  return matchHeaderWords(headerWords(text), text);
}

// Each criterion's names, looked up on every formula call: a map, not a search of the
// lists. A name two criteria shared would stay the first's, as a search finds it.
const CRITERION_OF_HEADER = new Map<string, Criterion>();
for (const criterion of CRITERIA)
  for (const header of criterion.headers)
    if (!CRITERION_OF_HEADER.has(header)) CRITERION_OF_HEADER.set(header, criterion);

/** {@link matchHeader} for a header `text` already split by {@link headerWords}. */
export function matchHeaderWords(words: readonly string[], text: string): HeaderMatch | undefined {
  const key = words.join('');
  if (key === '') return undefined;
  const exact = CRITERION_OF_HEADER.get(key);
  const match = exact ? { criterion: exact, exact: true } : partialMatch(words, key);
  return match && !namesOtherMeasure(text, match.criterion.id) ? match : undefined;
}

function partialMatch(words: readonly string[], key: string): HeaderMatch | undefined {
  if (words.some((word) => OTHER_QUANTITY.has(word)) || OTHER_QUANTITY_JA.test(key))
    return undefined;
  const partial = CRITERIA.find((c) => c.terms.some((term) => holdsTerm(words, key, term)));
  return partial ? { criterion: partial, exact: false } : undefined;
}

/** A Latin term must be whole words run together; a Japanese one may sit anywhere. */
function holdsTerm(words: readonly string[], key: string, term: string): boolean {
  if (!LATIN.test(term)) return key.includes(term);
  for (let start = 0; start < words.length; start++) {
    let run = '';
    for (let end = start; end < words.length && run.length < term.length; end++) {
      run += words[end];
      if (run === term) return true;
    }
  }
  return false;
}

/** The criterion a header or weight label names, exactly or partly, or undefined. */
export function criterionForHeader(text: unknown): Criterion | undefined {
  return matchHeader(text)?.criterion;
}

/** The criterion with this id. */
export function criterionById(id: CriterionId): Criterion {
  return CRITERIA.find((c) => c.id === id) as Criterion;
}

/** Headers that name the partner column (normalised), in English, French, German and Japanese. */
export const NAME_HEADERS: readonly string[] = [
  'partner',
  'name',
  'account',
  'company',
  'accountname',
  'partnername',
  'reseller',
  'distributor',
  'partenaire',
  'nomdupartenaire',
  'société',
  'societe',
  'entreprise',
  'revendeur',
  'firma',
  'unternehmen',
  'vertriebspartner',
  'händler',
  'パートナー名',
  'パートナー',
  '会社名',
  '企業名',
  '取引先',
  '取引先名',
  '販売店',
  '販売店名',
  '代理店',
  '代理店名',
];

/** True for a header, split by {@link headerWords}, that names the partner column. */
export function isNameWords(words: readonly string[]): boolean {
  return NAME_HEADERS.includes(words.join(''));
}

// The value reader tells a formula's error from a word; header matching asks it too.
export { isErrorText } from '../values/reader';
