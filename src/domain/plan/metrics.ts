/**
 * The gate metrics: the seed's three outcomes (partner-sourced revenue, CAC, coverage
 * gap filled) and two input guardrails (co-marketing spend, enablement hours), with
 * how each one's default baseline and thresholds follow from the wave it judges.
 */
import { type ControlKind, isControlKind, isShareKind } from '../../shared/balance';
import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type { Direction, MetricKind, MetricUnit } from '../../shared/plan-types';
import type { CriterionId } from '../scoring/criteria';
import { type AmountStyle, EN_US_STYLE, groupedDigits, withSymbol } from './amount-style';
import { controlLevels, type Levels, shareLevels } from './balance';

/** What a wave brings that the metrics' baselines come from. */
export interface WaveBaselines {
  /** The wave table's sums (wave-rows.ts); null when none of the wave's partners has a value. */
  expectedRevenue: number | null;
  comarketingBudget: number | null;
  enablementLoad: number | null;
  /** Mean coverage gap (a fraction) of the wave's partners, or null without data. */
  coverageGap: number | null;
  /** The direct-channel CAC the user entered, else the scored partners' mean. */
  cac: number | null;
  /** The partner share of new revenue today (0–1), or null for the default band. */
  share: number | null;
  /** Each control guardrail's level in the direct channel (0–1), or null when not typed. */
  direct: Record<ControlKind, number | null>;
}

/**
 * GO and STOP as multiples of the baseline. Revenue and coverage must reach 90% of
 * what the wave's partners promise and stop below half; CAC must not exceed the
 * baseline and stops at 130%; spend and hours stop at 110% of what the wave planned.
 */
export function thresholdFactors(kind: MetricKind): { go: number; stop: number } | undefined {
  switch (kind) {
    case 'sourcedRevenue':
    case 'coverageGap':
      return { go: 0.9, stop: 0.5 };
    case 'cac':
      return { go: 1, stop: 1.3 };
    case 'comarketingSpend':
    case 'enablementHours':
      return { go: 1, stop: 1.1 };
    default:
      return undefined;
  }
}

/**
 * A metric's default GO and STOP from its `baseline` (in its unit): multiples of it for
 * the seed's five (thresholdFactors), the band's rows for the partner share (the default
 * band without a baseline), and multiples of the direct channel's level for the control
 * guardrails (src/domain/plan/balance.ts). Null when there is nothing to derive from.
 */
export function derivedThresholds(kind: MetricKind, baseline: number | null): Levels | null {
  if (isShareKind(kind)) return shareLevels(kind, baseline);
  if (baseline === null) return null;
  if (isControlKind(kind)) return controlLevels(kind, baseline);
  const factors = thresholdFactors(kind);
  return factors ? { go: baseline * factors.go, stop: baseline * factors.stop } : null;
}

/**
 * The baseline a metric's GO/STOP thresholds derive from when the user gives none: what the wave
 * itself plans (expected partner-sourced revenue and co-marketing budget in currency, enablement
 * load in hours, the partners' mean coverage gap as a 0–1 fraction, the direct or partners' mean
 * CAC in currency). Null when the source has no data for it (an unknown wave sum included, so
 * an unknown is never taken as 0), and always for a custom metric.
 */
export function defaultBaseline(kind: MetricKind, wave: WaveBaselines): number | null {
  switch (kind) {
    case 'sourcedRevenue':
      return wave.expectedRevenue;
    case 'cac':
      return wave.cac;
    case 'coverageGap':
      return wave.coverageGap;
    case 'comarketingSpend':
      return wave.comarketingBudget;
    case 'enablementHours':
      return wave.enablementLoad;
    case 'shareFloor':
    case 'shareCeiling':
      return wave.share;
    case 'custom':
      return null;
    default:
      return wave.direct[kind];
  }
}

/**
 * Rounds a threshold to the precision its cell displays (src/server/sheets/formats.ts:
 * percent to 0.1 point, money and hours to whole units, numbers to 2 decimals), so the
 * value the sheet compares is the value people read and type: a coverage GO shown as
 * 34.5% is 0.345, and typing 34.5% gives GO. Dividing by a power of ten (not
 * multiplying by its inverse) gives the same double as the typed decimal.
 */
export function roundThreshold(value: number, unit: MetricUnit): number {
  const digits = SHOWN_DIGITS[unit];
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * scale * (1 + Number.EPSILON)) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Decimal digits of the stored value each unit's cell shows (a percent as a fraction). */
const SHOWN_DIGITS: Record<MetricUnit, number> = { percent: 3, currency: 0, hours: 0, number: 2 };

/**
 * The source column a built-in metric's baseline comes from; CAC can also come from the
 * direct-channel CAC setting. Without it the metric has no default thresholds. The
 * partner share needs the partner-sourced revenue gate, whose Actual it divides; the
 * control guardrails and custom metrics need no column.
 */
export const METRIC_COLUMN: Partial<Record<MetricKind, CriterionId>> = {
  shareFloor: 'sourcedRevenue',
  shareCeiling: 'sourcedRevenue',
  sourcedRevenue: 'sourcedRevenue',
  cac: 'cac',
  coverageGap: 'coverageGap',
  comarketingSpend: 'comarketingBudget',
  enablementHours: 'enablementLoad',
};

/**
 * Metrics that add up over the wave (revenue, spend, hours): their check-in thresholds
 * are pro-rated to the check-in. CAC and coverage gap are rates, judged as they stand.
 */
export function isCumulative(kind: MetricKind): boolean {
  return kind === 'sourcedRevenue' || kind === 'comarketingSpend' || kind === 'enablementHours';
}

/** True when GO is on the good side of STOP for the metric's direction. */
export function goBeatsStop(direction: Direction, goAt: number, stopAt: number): boolean {
  return direction === 'higher' ? goAt > stopAt : goAt < stopAt;
}

/**
 * A number as the plan's texts show it, in the spreadsheet locale's `style` (amount-style.ts):
 * $12,500 · 8.277 € · ₹1,00,000 · 35% · 12,5% · 120 hrs (120 時間 in Japanese), the currency
 * symbol and percent sign where the gate cells' formats (src/server/sheets/formats.ts) put
 * them. Money shows `cents` decimals at most (none by default: thresholds are whole units),
 * hours are whole, percents (0–1 fractions) to 0.1 point, numbers to 2 decimals, trailing
 * zeros dropped. A Japanese text writes yen in 万 and 億 (japaneseAmount),
 * the one form of every Japanese sentence and the record.
 */
export function formatAmount(
  value: number,
  unit: MetricUnit,
  style: AmountStyle = EN_US_STYLE,
  language: Language = 'en',
  cents = 0,
): string {
  if (language === 'ja') return japaneseAmount(value, unit, style);
  const digits = unit === 'currency' ? cents : UNIT_DIGITS[unit];
  const sign = signOf(value, unit === 'percent' ? value * 100 : value, digits);
  switch (unit) {
    case 'currency':
      return `${sign}${withSymbol(groupedDigits(value, style, cents), style)}`;
    case 'percent':
      return `${sign}${groupedDigits(value * 100, style, 1)}%`;
    case 'hours':
      return sentenceText(language).hours({ n: `${sign}${groupedDigits(value, style)}` });
    case 'number':
      return `${sign}${groupedDigits(value, style, 2)}`;
  }
}

/** Decimals the texts show per unit, in the unit as written (a percent in points). */
const UNIT_DIGITS: Record<MetricUnit, number> = { currency: 0, percent: 1, hours: 0, number: 2 };

/** '-' for a negative value that does not round to 0 at `digits` decimals of `shown`. */
function signOf(value: number, shown: number, digits: number): string {
  return value < 0 && Math.round(Math.abs(shown) * 10 ** digits) > 0 ? '-' : '';
}

const YEN = new Set(['¥', '￥', '円', 'JP¥']);

/**
 * A number as a Japanese text shows it: yen amounts of 10,000 and more in 万 (10⁴) and 億
 * (10⁸) units with every digit kept (¥12,000,000 → ¥1,200万, ¥12,345,678 → ¥1,234万5,678,
 * ¥150,000,000 → ¥1億5,000万), so the number is exact, never rounded to a unit; hours as
 * 120 時間; other currencies, percents and numbers as formatAmount writes them in `style`.
 * Amounts are whole units as formatAmount rounds them. The 万/億 grouping is the one
 * Japanese business documents use for yen (the Cabinet Office's and METI's reports, e.g.
 * "1,200万円"); the value reader reads it back (src/domain/values).
 */
export function japaneseAmount(
  value: number,
  unit: MetricUnit,
  style: AmountStyle = { ...EN_US_STYLE, symbol: '¥' },
): string {
  if (unit === 'hours') return `${signOf(value, value, 0)}${groupedDigits(value, style)} 時間`;
  if (unit !== 'currency' || !YEN.has(style.symbol) || !Number.isFinite(value))
    return formatAmount(value, unit, style);
  const whole = Math.round(Math.abs(value));
  if (!Number.isSafeInteger(whole)) return formatAmount(value, unit, style);
  const grouped = (n: number) => groupedDigits(n, style);
  const oku = Math.floor(whole / 100_000_000);
  const man = Math.floor((whole % 100_000_000) / 10_000);
  const rest = whole % 10_000;
  const text =
    whole < 10_000
      ? grouped(whole)
      : `${oku ? `${grouped(oku)}億` : ''}${man ? `${grouped(man)}万` : ''}${rest ? grouped(rest) : ''}`;
  // A value that rounds to ¥0 has no sign.
  return `${value < 0 && whole > 0 ? '-' : ''}${withSymbol(text, style)}`;
}

/**
 * The STOP condition in words in `language`, e.g. "CAC at or above $6,500" or
 * "顧客獲得コストが¥6,500以上"; `name` '' for the side and amount alone.
 */
export function stopInWords(
  name: string,
  direction: Direction,
  stopAt: number,
  unit: MetricUnit,
  style: AmountStyle,
  language: Language = 'en',
): string {
  const t = sentenceText(language).stop;
  const amount = formatAmount(stopAt, unit, style, language);
  const side = direction === 'higher' ? t.atOrBelow({ amount }) : t.atOrAbove({ amount });
  return t.metricAt({ metric: name, side });
}

/**
 * The GO side in words, e.g. "at or above $12,500" for a higher-is-better metric and "at or
 * below 35%" for a lower-is-better one (「¥1万2,500以上」 in Japanese); `goAt` in the metric's
 * unit (percent as a 0–1 fraction), in the spreadsheet locale's `style`.
 */
export function goInWords(
  direction: Direction,
  goAt: number,
  unit: MetricUnit,
  style: AmountStyle,
  language: Language = 'en',
): string {
  const t = sentenceText(language).stop;
  const amount = formatAmount(goAt, unit, style, language);
  return direction === 'higher' ? t.atOrAbove({ amount }) : t.atOrBelow({ amount });
}
