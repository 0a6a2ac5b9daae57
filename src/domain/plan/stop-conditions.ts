/**
 * The plan's stop conditions: one per gate review, every STOP threshold of that gate in
 * words, the partner-share band's two rows as one condition (the share leaving the band
 * at STOP level), each control guardrail as any metric.
 */
import { isShareKind } from '../../shared/balance';
import { asLanguage } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type { GateRow, PlanRequest, WaveRow } from '../../shared/plan-types';
import { dateWriter } from '../calendar';
import type { AmountStyle } from './amount-style';
import { stopInWords } from './metrics';
import { bandStopInWords } from './record-balance';

/**
 * One sentence per wave in the request's language: its gate review's STOP thresholds
 * (amounts in the spreadsheet locale's `amounts` style) and what happens then; the decision
 * maker decides.
 */
export function stopConditions(
  gates: GateRow[],
  request: PlanRequest,
  waves: WaveRow[],
  amounts: AmountStyle,
): string[] {
  const language = asLanguage(request.language) ?? 'en';
  const t = sentenceText(language).stop;
  const date = dateWriter(language);
  return waves.map((wave) => {
    const next = waves[wave.wave];
    const rows = gates.filter((g) => g.wave === wave.wave && g.checkpoint === 'gateReview');
    const thresholds = rows
      .filter((g) => !isShareKind(g.kind))
      .map((g) => stopInWords(g.metric, g.direction, g.stopAt, g.unit, amounts, language));
    const band = bandStopInWords(rows, amounts, language);
    if (band) thresholds.push(band);
    const who = request.people.decisionMaker;
    const said = { wave: wave.name, date: date(wave.gateReview) };
    if (!thresholds.length) return t.noThreshold({ ...said, who, next: next?.name ?? '' });
    const consequence = next ? t.next({ next: next.name, who }) : t.last({ who });
    return t.condition({ ...said, thresholds, consequence });
  });
}
