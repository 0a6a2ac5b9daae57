/**
 * The partial-data rule as the record states it. The record's tests read the names back
 * against the plan, so a name is never cut or reworded.
 */
import type { PlannedPartner } from '../../shared/plan-types';
import { namesOf, type RecordWriter } from './record-writer';

/**
 * The partial-data rule as it applied: which ranked partners were scored without some
 * criteria, whether they could enter waves, and where they are.
 */
export function partialDataSentence(
  w: RecordWriter,
  partners: readonly PlannedPartner[],
  requireCompleteData: boolean,
): string {
  const partial = partners.filter((p) => p.rank !== null && p.scoredWithout.length > 0);
  if (!partial.length) return w.t.partial.none;
  const inWave = partial.filter((p) => p.wave !== null);
  return w.t.partial.some({
    count: partial.length,
    names: namesOf(w, partial),
    rule: requireCompleteData ? w.t.partial.required : w.t.partial.allowed,
    inWave: inWave.length,
    inWaveNames: namesOf(w, inWave),
  });
}

/**
 * Why a partner was excluded by hand: the reason typed on the data step (the request's
 * partners.exclusions, matched by sheet row, else by name, as partner-choices.ts matches
 * them), whatever language the plan's own reason sentence is in.
 */
export function handReason(
  exclusions: readonly { sheetRow: number; name: string; reason: string }[],
  partner: PlannedPartner,
): string {
  const typed =
    exclusions.find((e) => e.sheetRow === partner.sheetRow) ??
    exclusions.find((e) => e.name.trim() === partner.name.trim());
  return typed ? typed.reason.trim() : partner.reason.replace(/^Excluded by hand: /, '');
}
