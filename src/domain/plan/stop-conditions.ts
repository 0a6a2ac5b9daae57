/**
 * The plan's stop conditions: one per gate review, every STOP threshold of that gate in
 * words, the partner-share band's two rows as one condition (the share leaving the band
 * at STOP level), each control guardrail as any metric.
 */
import { isShareKind } from '../../shared/balance';
import type { GateRow, PlanRequest, WaveRow } from '../../shared/plan-types';
import { longDate } from '../calendar';
import { stopInWords } from './metrics';
import { bandStopInWords } from './record-balance';

/**
 * One sentence per wave: its gate review's STOP thresholds (amounts in `currency`) and what
 * happens then; the decision maker decides.
 */
export function stopConditions(
  gates: GateRow[],
  request: PlanRequest,
  waves: WaveRow[],
  currency: string,
): string[] {
  return waves.map((wave) => {
    const next = waves[wave.wave];
    const rows = gates.filter((g) => g.wave === wave.wave && g.checkpoint === 'gateReview');
    const thresholds = rows
      .filter((g) => !isShareKind(g.kind))
      .map((g) => stopInWords(g.metric, g.direction, g.stopAt, g.unit, currency));
    const band = bandStopInWords(rows);
    if (band) thresholds.push(band);
    const who = request.people.decisionMaker;
    const consequence = next
      ? `${next.name} does not start until ${who} decides to fix, pause or end the pilot`
      : `no further scaling until ${who} decides`;
    if (!thresholds.length)
      return `${wave.name} gate review ${longDate(wave.gateReview)}: no metric has a STOP threshold for this wave; ${who} decides whether ${next ? `${next.name} starts` : 'to scale further'}.`;
    return `${wave.name} gate review ${longDate(wave.gateReview)}: STOP if ${thresholds.join(', or ')}; ${consequence}.`;
  });
}
