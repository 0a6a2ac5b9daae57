/**
 * The partner choices of the data step applied to the source rows: exclusions by hand
 * (with their reasons) and pins to a wave. A choice names a sheet row and the partner's
 * name; rows move when people sort or insert, so a choice whose row now holds another
 * name follows the name when exactly one row carries it, and is otherwise reported as
 * not applied rather than silently landing on another partner.
 */
import { type SentenceText, sentenceText } from '../../shared/i18n/sentences';
import type { FieldError, PartnerChoices } from '../../shared/plan-types';

/** The part of a source row a choice is matched against. */
interface Named {
  sheetRow: number;
  name: string;
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * The row each choice applies to, or a warning for a choice no row matches. Returns a
 * map from sheet row to the choice; `notApplied` words the warning (of an exclusion, a pin).
 */
function matchChoices<C extends Named>(
  choices: readonly C[],
  rows: readonly Named[],
  notApplied: (p: { name: string; row: number }) => string,
  field: string,
): { byRow: Map<number, C>; warnings: FieldError[] } {
  const byRowName = new Map(rows.map((r) => [r.sheetRow, key(r.name)]));
  const byName = new Map<string, number[]>();
  for (const r of rows) byName.set(key(r.name), [...(byName.get(key(r.name)) ?? []), r.sheetRow]);
  const byRow = new Map<number, C>();
  const warnings: FieldError[] = [];
  choices.forEach((choice, i) => {
    let row: number | undefined;
    if (byRowName.get(choice.sheetRow) === key(choice.name)) row = choice.sheetRow;
    else {
      const named = byName.get(key(choice.name)) ?? [];
      if (named.length === 1) row = named[0];
    }
    if (row === undefined)
      warnings.push({
        field: `${field}.${i}`,
        message: notApplied({ name: choice.name, row: choice.sheetRow }),
      });
    else byRow.set(row, choice);
  });
  return { byRow, warnings };
}

export interface AppliedChoices {
  /** Sheet row → the reason it was excluded by hand. */
  excluded: Map<number, string>;
  /** Sheet row → the 1-based wave it is pinned to. */
  pinned: Map<number, number>;
  warnings: FieldError[];
}

/**
 * Matches the request's exclusions and pins to the rows of the table; warnings in `t`'s
 * language (English when omitted).
 */
export function applyChoices(
  choices: PartnerChoices,
  rows: readonly Named[],
  t: SentenceText = sentenceText('en'),
): AppliedChoices {
  const said = t.messages;
  const exclusions = matchChoices(
    choices.exclusions,
    rows,
    said.exclusionNotApplied,
    'partners.exclusions',
  );
  const pins = matchChoices(choices.pins, rows, said.pinNotApplied, 'partners.pins');
  const excluded = new Map([...exclusions.byRow].map(([row, x]) => [row, x.reason.trim()]));
  const pinned = new Map<number, number>();
  const warnings = [...exclusions.warnings, ...pins.warnings];
  for (const [row, pin] of pins.byRow) {
    if (excluded.has(row))
      warnings.push({
        field: 'partners.pins',
        message: said.excludedAndPinned({ name: pin.name }),
      });
    else pinned.set(row, pin.wave);
  }
  return { excluded, pinned, warnings };
}
