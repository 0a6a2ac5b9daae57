import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTotalName } from '../../../src/domain/scoring/total-rows';

const NAMES = [
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
  'average',
  '合計',
  '小計',
  'summe',
  'gesamt',
];

/** The rule as issue 10 states it, with no shortcut: normalise, lower-case, keep letters and digits. */
function byTheRule(cell: unknown): boolean {
  return (
    typeof cell === 'string' &&
    cell.length <= 20 &&
    NAMES.includes(
      cell
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ''),
    )
  );
}

describe('total row names', () => {
  it('are recognised however they are typed', () => {
    for (const name of [
      'Total',
      'TOTAL:',
      '— Grand total —',
      '(Subtotal)',
      'Ｔｏｔａｌ',
      '合計',
      'Summe',
      ' sum ',
      'Average',
    ])
      expect(isTotalName(name), name).toBe(true);
    for (const name of [
      'Partner total',
      'Totally Partners',
      'Summit Co',
      'Gesamtbank AG',
      'Acme',
      '',
      42,
    ])
      expect(isTotalName(name), String(name)).toBe(false);
  });

  it('follow the rule for any text, the shortcut for partner names included', () => {
    const piece = fc.constantFrom(
      'Total',
      'grand',
      'SUM',
      'a',
      'ge',
      'samt',
      ' ',
      '-',
      '(',
      '合計',
      'Ｓ',
      'é',
      '1',
      'Partner',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 5 }).map((p) => p.join('')),
        (text) => {
          expect(isTotalName(text)).toBe(byTheRule(text));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 22 }), (text) => isTotalName(text) === byTheRule(text)),
    );
  });
});
