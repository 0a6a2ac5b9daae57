import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTotalName } from '../../../src/domain/scoring/total-names';

const NAMES = [
  'total',
  'totals',
  'grandtotal',
  'subtotal',
  'sum',
  'average',
  'mean',
  'avg',
  'ø',
  'σ',
  'summe',
  'gesamt',
  'gesamtsumme',
  'gesamtergebnis',
  'summegesamt',
  'insgesamt',
  'zwischensumme',
  'durchschnitt',
  'mittelwert',
  'somme',
  'moyenne',
  'totale',
  'totalgeneral',
  'soustotal',
  'sommetotale',
  'totaal',
  'suma',
  'summa',
  'yhteensa',
  'итого',
  'итог',
  'всего',
  'toplam',
  'geneltoplam',
  'razem',
  'συνολο',
  'ergebnis',
  'totalegenerale',
  '合計',
  '小計',
  '総計',
  '計',
  '平均',
  '合计',
  '小计',
  '总计',
];

/**
 * The rule with no shortcut: a text of at most 30 characters, not starting like a formula,
 * whose letters and digits (NFKC, Latin accents dropped, lower case), with or without its
 * bracketed parts, are a total name, or Chinese or Japanese ending in a word for total,
 * with or without a trailing year or currency code.
 */
function byTheRule(cell: unknown): boolean {
  if (typeof cell !== 'string' || cell.length > 30 || /^\s*[=@]|^\s*[+-]\s*\p{L}+\s*\(/u.test(cell))
    return false;
  const text = cell
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase();
  const keys = [text, text.replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, '')].map((t) =>
    t.replace(/[^\p{L}\p{N}]+/gu, ''),
  );
  return keys.some((key) =>
    [
      key,
      key.replace(/(?:(?:fy)?\d{4}(?:年度|年)?|fy\d{2}|usd|eur|gbp|jpy|chf|inr|cad|aud)$/, ''),
    ].some(
      (k) =>
        NAMES.includes(k) ||
        /^[^a-z0-9]*(?:(?:合計|総計|小計|合计|总计|小计)(?:金?[額额])?|総額|总额)$/.test(k),
    ),
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
      'Total (EUR)',
      'Total 2025',
      'Gesamtsumme',
      'Mean',
      '総計',
      '計',
      '平均',
      '合計（円）',
      '-- Total --',
      // A tester's names (pivot grand totals, French, Japanese, a fiscal year, an average).
      'Gesamtergebnis',
      'Summe gesamt',
      'Total général',
      'Sous-total',
      '総合計',
      '全社合計',
      '合計 2026年度',
      'Total FY26',
      'Ø',
    ])
      expect(isTotalName(name), name).toBe(true);
    for (const name of [
      'Partner total',
      'Totally Partners',
      'Summit Co',
      'Gesamtbank AG',
      'Acme',
      '@SUM(A1)',
      '=SUM(B2:B9)',
      '+SUM(A1)',
      'Total Solutions GmbH',
      'Meantime Ltd',
      'AVG Technologies',
      '会計パートナーズ',
      'Total APAC',
      'Ergebnis Consulting',
      'Razem Partners',
      '小額',
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
      'Mean',
      '2025',
      'EUR',
      ')',
      '@',
      '計',
      'é',
      'FY',
      '年度',
      '全社',
      '額',
      'Итого',
      'Ergebnis',
      'Razem',
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
      fc.property(fc.string({ maxLength: 32 }), (text) => isTotalName(text) === byTheRule(text)),
    );
  });
});
