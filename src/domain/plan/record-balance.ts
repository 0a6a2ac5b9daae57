/**
 * The balance in the record's words: the partner-share band and the control guardrails,
 * the conditions to proceed (the seed one-pager B0372: "proceed only if the scale via
 * partners versus direct control balance remains acceptable") and to stop.
 */
import { isControlKind, isShareKind } from '../../shared/balance';
import type { Language } from '../../shared/i18n/language';
import { sentenceText } from '../../shared/i18n/sentences';
import type { GateRow } from '../../shared/plan-types';
import type { AmountStyle } from './amount-style';
import { formatAmount } from './metrics';
import { type RecordWriter, sideInWords } from './record-writer';

/** The partner-share band of one wave's rows in `w`'s words, or '' when the wave judges no share. */
export function bandInWords(rows: GateRow[], w: RecordWriter): string {
  const floor = rows.find((g) => g.kind === 'shareFloor');
  const ceiling = rows.find((g) => g.kind === 'shareCeiling');
  if (!floor && !ceiling) return '';
  const pc = (n: number) => ({ amount: w.amount(n, 'percent') });
  const go = [floor && w.t.atOrAbove(pc(floor.goAt)), ceiling && w.t.atOrBelow(pc(ceiling.goAt))];
  const stop = [
    floor && w.t.atOrBelow(pc(floor.stopAt)),
    ceiling && w.t.atOrAbove(pc(ceiling.stopAt)),
  ];
  return w.t.band({
    go: go.filter((x): x is string => Boolean(x)),
    stop: stop.filter((x): x is string => Boolean(x)),
  });
}

/**
 * The band's STOP in a stop condition's words in `language` and the locale's `amounts`
 * style, or '' when the rows judge no share.
 */
export function bandStopInWords(
  rows: GateRow[],
  amounts: AmountStyle,
  language: Language = 'en',
): string {
  const floor = rows.find((g) => g.kind === 'shareFloor');
  const ceiling = rows.find((g) => g.kind === 'shareCeiling');
  if (!floor && !ceiling) return '';
  const t = sentenceText(language).stop;
  const pct = (n: number) => formatAmount(n, 'percent', amounts, language);
  const sides = [
    floor && t.atOrBelow({ amount: pct(floor.stopAt) }),
    ceiling && t.atOrAbove({ amount: pct(ceiling.stopAt) }),
  ].filter((side): side is string => Boolean(side));
  return t.band({ sides });
}

/**
 * The conditions to proceed, from each wave's gate-review rows: the band (one phrase when
 * every wave has the same) and each control guardrail with its GO and STOP, in `w`'s
 * language and currency.
 */
export function balanceConditions(gates: GateRow[], w: RecordWriter): string {
  const { t } = w;
  const reviews = gates.filter((g) => g.checkpoint === 'gateReview');
  const waves = [...new Set(reviews.map((g) => g.wave))];
  const bands = waves.map((wave) => ({
    name: reviews.find((g) => g.wave === wave)?.waveName ?? '',
    words: bandInWords(
      reviews.filter((g) => g.wave === wave && isShareKind(g.kind)),
      w,
    ),
  }));
  const same = bands.every((b) => b.words === bands[0]?.words);
  const band = !bands.some((b) => b.words)
    ? t.noBand
    : same
      ? bands[0].words
      : bands.map((b) => t.waveBand({ wave: b.name, band: b.words })).join(t.semi);
  const controls = [
    ...new Map(reviews.filter((g) => isControlKind(g.kind)).map((g) => [g.metricId, g])).values(),
  ];
  const guardrails = controls.length
    ? t.guardrails({
        list: controls
          .map((g) =>
            t.guardrail({
              metric: g.metric,
              go: sideInWords(w, 'go', g.direction, g.goAt, g.unit),
              stop: sideInWords(w, 'stop', g.direction, g.stopAt, g.unit),
              direct: g.baseline !== null ? w.amount(g.baseline, g.unit) : null,
            }),
          )
          .join(t.semi),
      })
    : t.noGuardrail;
  return t.balance({ band, guardrails });
}
