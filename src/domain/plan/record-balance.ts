/**
 * The balance in the record's words: the partner-share band and the control guardrails,
 * the conditions to proceed (the seed one-pager B0372: "proceed only if the scale via
 * partners versus direct control balance remains acceptable") and to stop.
 */
import { isControlKind, isShareKind } from '../../shared/balance';
import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type { GateRow } from '../../shared/plan-types';
import { formatAmount, goInWords, stopInWords } from './metrics';

const pct = (n: number) => formatAmount(n, 'percent');

/** The partner-share band of one wave's rows in words, or '' when the wave judges no share. */
export function bandInWords(rows: GateRow[]): string {
  const floor = rows.find((g) => g.kind === 'shareFloor');
  const ceiling = rows.find((g) => g.kind === 'shareCeiling');
  if (!floor && !ceiling) return '';
  const go = [
    floor && `at or above ${pct(floor.goAt)}`,
    ceiling && `at or below ${pct(ceiling.goAt)}`,
  ];
  const stop = [
    floor && `at or below ${pct(floor.stopAt)}`,
    ceiling && `at or above ${pct(ceiling.stopAt)}`,
  ];
  return `the partner share of new revenue GO ${go.filter(Boolean).join(' and ')}, STOP ${stop.filter(Boolean).join(' or ')}`;
}

/** The band's STOP in a stop condition's words in `language`, or '' when the rows judge no share. */
export function bandStopInWords(rows: GateRow[], language: Language = 'en'): string {
  const floor = rows.find((g) => g.kind === 'shareFloor');
  const ceiling = rows.find((g) => g.kind === 'shareCeiling');
  if (!floor && !ceiling) return '';
  const t = sentenceText(language).stop;
  const sides = [
    floor && t.atOrBelow({ amount: pct(floor.stopAt) }),
    ceiling && t.atOrAbove({ amount: pct(ceiling.stopAt) }),
  ].filter((side): side is string => Boolean(side));
  return t.band({ sides });
}

/**
 * The conditions to proceed, from each wave's gate-review rows: the band (one phrase when
 * every wave has the same) and each control guardrail with its GO and STOP.
 */
export function balanceConditions(gates: GateRow[], currency: string): string {
  const reviews = gates.filter((g) => g.checkpoint === 'gateReview');
  const waves = [...new Set(reviews.map((g) => g.wave))];
  const bands = waves.map((w) => ({
    name: reviews.find((g) => g.wave === w)?.waveName ?? '',
    words: bandInWords(reviews.filter((g) => g.wave === w && isShareKind(g.kind))),
  }));
  const same = bands.every((b) => b.words === bands[0]?.words);
  const band = !bands.some((b) => b.words)
    ? 'no partner-share band (the plan has no partner-sourced revenue gate to divide)'
    : same
      ? bands[0].words
      : bands.map((b) => `${b.name}: ${b.words || 'no band'}`).join('; ');
  const controls = [
    ...new Map(reviews.filter((g) => isControlKind(g.kind)).map((g) => [g.metricId, g])).values(),
  ];
  const guardrails = controls.length
    ? `the control guardrails hold: ${controls
        .map(
          (g) =>
            `${g.metric} GO ${goInWords(g.direction, g.goAt, g.unit, currency)}, STOP ${stopInWords('', g.direction, g.stopAt, g.unit, currency).trim()}${g.baseline !== null ? ` (direct channel ${formatAmount(g.baseline, g.unit, currency)})` : ''}`,
        )
        .join('; ')}`
    : 'no control guardrail was chosen (add them on the gates step: churn, direct touch, discount, forecast accuracy)';
  return `Proceed to each next wave only while the balance between scale via partners and direct control holds: ${band}; and ${guardrails}.`;
}
