/**
 * Headers that hold a criterion's word but name another measure of it: a count (`Partner-
 * sourced deals (#)`, `Coverage (# of regions)`), a rating (`Enablement NPS`), a completion
 * or utilisation rate (`Enablement completion %`, `MDF utilisation %`, `イネーブルメント完了率`)
 * or a date (`Last enablement`, `Last MDF claim`). Read as the criterion they would rank
 * partners on the wrong quantity, sometimes the wrong way round (tester's findings 1 and 8),
 * so such a column is left unread and, when a criterion lacks a column, named in the Score
 * header. English, German, French and Japanese words, as partner tables are typed.
 */
/**
 * Words that make a header another quantity than the criterion its key term names:
 * "LTV:CAC ratio" is no CAC (higher is better there), "Direct revenue" or "Revenue
 * target" no partner-sourced revenue, "CAC payback" no cost. A header holding one is
 * matched only by its whole name, never by a term.
 */
export const OTHER_QUANTITY = new Set([
  'ratio',
  'ltv',
  'payback',
  'growth',
  'share',
  'margin',
  'roi',
  'vs',
  'target',
  'goal',
  'quota',
  'forecast',
  'direct',
  'lost',
  'churn',
  'change',
  'delta',
  'yoy',
]);
export const OTHER_QUANTITY_JA = /比率|目標|予測|直接|成長|前年比/;

// Counts, ratings, completion and dates are another measure of any criterion, even under a
// criterion's whole name (`Coverage (# of regions)`), so these are read in brackets too.
// Deals are counted, unless the header says they are revenue (DEALS, below).
const DEAL_WORDS = ['deal', 'deals', 'opportunity', 'opportunities', 'opps', 'pipeline', 'leads'];
const COUNTS = ['count', 'counts', 'number', 'num', 'anzahl', 'nombre', ...DEAL_WORDS];
const RATINGS = ['nps', 'csat', 'satisfaction', 'zufriedenheit'];
const COMPLETION = [
  'completion',
  'completions',
  'completed',
  'complete',
  'utilisation',
  'utilization',
  'utilised',
  'utilized',
  'attainment',
  'abgeschlossen',
  'achèvement',
  'complété',
  'terminé',
];
const DATE_WORDS = new Set([
  'date',
  'dates',
  'since',
  'datum',
  'seit',
  'zuletzt',
  'depuis',
  'dernier',
  'dernière',
]);
// Words that name a score for anything but capability, which is itself a rating.
const SCORE_WORDS = new Set(['score', 'scores', 'rating', 'ratings', 'bewertung']);
// A share where the criterion is an amount (money or hours): coverage is a share anyway.
const RATE_WORDS = new Set(['%', 'rate', 'rates', 'percent', 'percentage', 'pct', 'taux', 'quote']);
// German compounds hold these inside one word: `Abschlussquote`, `Schulungsdatum`.
const GERMAN_PARTS = /anzahl|quote|datum|auslastung|ausschöpfung|abschluss/;

// One set, not three lists: each word of each header is looked up on every formula call.
const ALWAYS_OTHER = new Set([...COUNTS, ...RATINGS, ...COMPLETION, '#', '№']);

const ANY_JA =
  /件数|社数|人数|回数|個数|拠点数|地域数|数量|商談|案件|パイプライン|完了|修了|達成|満足度|日付|日時|最終|以降|年月日/;
const SCORES_JA = /評価|スコア|点数/;
const RATES_JA = /率|割合/;
// `Partner Sourced Pipeline Revenue` and `Deal revenue` are revenue still.
const REVENUE_WORDS = /revenue|umsatz|売上|chiffre|revenu/;
const DEALS = new Set(DEAL_WORDS);
const DEALS_JA = /商談|案件|パイプライン/;
// `Last 12 months revenue`, `Revenue last year`: a period, not the day of the last event.
const PERIOD = /^(?:\d+|year|years|quarter|quarters|month|months|week|weeks|fy|fiscal)$/;

// Criterion ids (criteria.ts, which imports this module) measured in money or hours.
const AMOUNTS = new Set(['comarketingBudget', 'enablementLoad', 'sourcedRevenue', 'cac']);

const ASCII = /^[ -~]*$/;
// A header's words, and each of #, % and № as a word of its own: `deals(#)`, `rate%`.
const WORDS = /[\p{L}\p{N}]+|[#%№]/gu;

/**
 * True when `text`, a header that names the criterion `criterion` (its id) by its words, measures something else
 * of it: a count, a rating, a completion or utilisation, a date, or (for an amount) a
 * rate or percentage. Bracketed text counts: `Coverage (# of regions)` is a count.
 */
export function namesOtherMeasure(text: string, criterion: string): boolean {
  // NFKC leaves ASCII as it is; most headers are, and are asked on every formula call.
  const lower = (ASCII.test(text) ? text : text.normalize('NFKC')).toLowerCase();
  const words = lower.match(WORDS) ?? [];
  const amount = AMOUNTS.has(criterion);
  const revenue = REVENUE_WORDS.test(lower);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (DEALS.has(word) && revenue) continue;
    if (ALWAYS_OTHER.has(word)) return true;
    // `Revenue to date` is an amount so far, not a day.
    if (DATE_WORDS.has(word) && words[i - 1] !== 'to') return true;
    if (word === 'last' || word === 'letzte' || word === 'letzter' || word === 'letztes')
      if (!PERIOD.test(words[i + 1] ?? '')) return true;
    // `Capability assessed on`: a day, when `on` ends the header.
    if (word === 'on' && i === words.length - 1 && i > 0) return true;
    if (criterion !== 'capability' && SCORE_WORDS.has(word)) return true;
    if (amount && RATE_WORDS.has(word)) return true;
    if (word.length > 6 && GERMAN_PARTS.test(word)) return true;
  }
  if (ANY_JA.test(lower) && !(DEALS_JA.test(lower) && revenue)) return true;
  if (criterion !== 'capability' && SCORES_JA.test(lower)) return true;
  return amount && RATES_JA.test(lower);
}
