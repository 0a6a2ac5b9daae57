/**
 * The six criteria's names in Japanese, typed as the English shape: one list every
 * Japanese catalogue uses.
 */
import type { CriteriaText } from '../en/criteria';

/** The criteria's Japanese names, keyed by criterion id. */
export function jaCriteria(): CriteriaText {
  return {
    capability: 'パートナー能力',
    comarketingBudget: '共同マーケティング予算',
    enablementLoad: 'イネーブルメント負荷',
    sourcedRevenue: 'パートナー経由売上',
    cac: '顧客獲得コスト（CAC）',
    coverageGap: 'カバレッジギャップの解消',
  };
}
