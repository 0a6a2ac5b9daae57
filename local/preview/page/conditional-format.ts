/**
 * The conditional-format rules the add-on writes, applied as Sheets draws them: the first
 * rule whose range holds the cell and whose text condition (equal to, contains) holds.
 */
import { columnIndex } from '../../runtime/a1';
import type { ConditionalFormatRuleInfo } from '../../runtime/workbook';

/** The rule that styles the cell at 0-based row and col showing `text`, if any. */
export function matchingRule(
  rules: ConditionalFormatRuleInfo[],
  row: number,
  col: number,
  text: string,
): ConditionalFormatRuleInfo | undefined {
  for (const rule of rules) {
    if (!rule.ranges.some((range) => inRange(range, row, col))) continue;
    const [value] = rule.condition.values;
    if (rule.condition.type === 'TEXT_EQUAL_TO' && text === String(value)) return rule;
    if (rule.condition.type === 'TEXT_CONTAINS' && text.includes(String(value))) return rule;
  }
  return undefined;
}

/** Whether 'B2' or 'B2:D9' (as the runtime records rule ranges) holds the cell. */
function inRange(range: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.replace(/\$/g, ''));
  if (!m) return false;
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return row >= r1 && row <= r2 && col >= c1 && col <= c2;
}
