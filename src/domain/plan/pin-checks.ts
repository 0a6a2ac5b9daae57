/**
 * Pins that cannot hold as asked are said, not dropped in silence (tester 2, finding 7): a
 * pin of a row with no score places nobody, a pin can carry the pilot past its caps (the
 * pilot's fill stops at them, pins do not), and pins can grow a wave past its share or
 * count, pushing its best-ranked partners to later waves. Warnings, since a pin is the
 * user's explicit choice and the plan is still written. Pure.
 */
import type { SentenceText } from '../../shared/i18n/sentences';
import type { FieldError, PlannedPartner } from '../../shared/plan-types';
import type { CapWords, WaveSettings } from './wave-assignment';

const FIELD = 'partners.pins';

/**
 * The warnings about `pinned` (sheet row → 1-based wave) once the waves are filled:
 * `partners` every planned partner, `sizes` what each wave takes before pins (waveSizes),
 * `words` how caps are written. In `t`'s language.
 */
export function pinWarnings(
  partners: readonly PlannedPartner[],
  pinned: ReadonlyMap<number, number>,
  sizes: readonly number[],
  input: WaveSettings,
  words: CapWords,
  t: SentenceText,
): FieldError[] {
  const said = t.messages;
  const name = (wave: number) => input.waveNames[wave - 1] ?? String(wave);
  const warnings: FieldError[] = [];
  for (const p of partners)
    if (pinned.has(p.sheetRow) && !p.pinned)
      warnings.push({
        field: FIELD,
        message: said.pinUnscored({
          name: p.name,
          row: p.sheetRow,
          wave: name(pinned.get(p.sheetRow) ?? 1),
        }),
      });
  const pilotPins = partners.filter((p) => p.pinned && p.wave === 1);
  const factors = input.periodFactors ?? { comarketingBudget: 1, enablementLoad: 1 };
  const sum = (key: 'comarketingBudget' | 'enablementLoad') =>
    pilotPins.reduce((s, p) => s + (p.values[key] ?? 0) * factors[key], 0);
  const names = pilotPins.map((p) => p.name).join(', ');
  const { comarketingBudget: budgetCap, enablementLoad: loadCap } = input.pilotCaps;
  if (budgetCap !== null && sum('comarketingBudget') > budgetCap)
    warnings.push({
      field: FIELD,
      message: said.pinsOverCap({
        wave: name(1),
        cap: said.capBudget({ cap: words.money(budgetCap) }),
        total: words.money(sum('comarketingBudget')),
        names,
      }),
    });
  if (loadCap !== null && sum('enablementLoad') > loadCap)
    warnings.push({
      field: FIELD,
      message: said.pinsOverCap({
        wave: name(1),
        cap: said.capLoad({ cap: words.hours(loadCap) }),
        total: words.hours(sum('enablementLoad')),
        names,
      }),
    });
  sizes.forEach((size, i) => {
    const count = partners.filter((p) => p.wave === i + 1).length;
    const pins = partners.filter((p) => p.pinned && p.wave === i + 1).length;
    if (count > size && pins > 0)
      warnings.push({
        field: FIELD,
        message: said.pinsGrowWave({ wave: name(i + 1), count, size, pins }),
      });
  });
  return warnings;
}
