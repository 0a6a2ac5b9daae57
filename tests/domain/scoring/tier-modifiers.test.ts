/**
 * A fresh-eyes tester's tier words (2026-12-01, findings 7 and 8): `Gold+` and `Gold-` both
 * read as Gold and `Tier 1 (Gold)` as Tier 1, the modifier dropped without a word; German
 * Silber, Platin, Hoch/Mittel/Niedrig were off the scale, and the advice `"Fähigkeit:
 * Silber" | 3` would have made Silber equal to Gold.
 */
import { describe, expect, it } from 'vitest';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { suggestedValue, wordKey } from '../../../src/domain/scoring/tiers';
import { EN_US, sheetIn } from '../../support/sheet-settings';

const HEADER = ['Partner', 'Capability', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage'];
const REST = [
  [1000, 10, 5000, 300, 0.2],
  [2000, 20, 6000, 250, 0.3],
  [1500, 5, 9000, 200, 0.1],
  [1700, 15, 7000, 260, 0.15],
  [1200, 12, 8000, 280, 0.25],
];
const table = (tiers: unknown[], header = HEADER) => [
  header,
  ...tiers.map((tier, i) => [`P${i}`, tier, ...REST[i]]),
];
const scores = (rows: unknown[][], weights?: unknown, settings = EN_US) =>
  partnerScore(rows, weights, undefined, settings).map((r) => r[0]);
const METALS = ['Gold', 'Silver', 'Bronze', 'Platinum'];
const offScale = (word: string, scale: string, value: string, column = 'Capability') =>
  `Invalid ${column}: "${word}" is not on the scale the rest of the column uses (${scale}). ` +
  `To read words, map each to a number: a weights row "${column}: ${word}" | ${value}, or the planner's data step`;
const METAL_SCALE = 'Platinum 4 / Gold 3 / Silver 2 / Bronze 1';

describe('a tier word with a modifier', () => {
  it.each([
    ['Gold+', '3.5'],
    ['Gold-', '2.5'],
    ['Gold Plus', '3.5'],
    ['Gold (pending)', '3'],
  ])('%s is refused, never read as Gold, with a number between the tiers', (word, value) => {
    const result = scores(table([word, ...METALS]));
    expect(result[1]).toBe(offScale(word, METAL_SCALE, value));
  });

  it.each([
    ['Tier 1+', '4.5'],
    ['Tier 1 (Gold)', '4'],
  ])('%s is refused, never read as Tier 1', (word, value) => {
    const result = scores(table([word, 'Tier 1', 'Tier 2', 'Tier 3', 'Tier 4']));
    expect(result[1]).toBe(offScale(word, 'Tier 1 4 / Tier 2 3 / Tier 3 2 / Tier 4 1', value));
  });

  it('reads as the user maps it, and Tier-1 is still Tier 1', () => {
    const weights = [
      ['Capability', 1],
      ['MDF', 1],
      ['Enablement', 1],
      ['Revenue', 1],
      ['CAC', 1],
      ['Coverage', 1],
      ['Capability: Gold+', 3.5],
    ];
    const mapped = scores(table(['Gold+', ...METALS]), weights);
    expect(mapped).toEqual(scores(table([3.5, 3, 2, 1, 4]), weights.slice(0, 6)));
    expect(wordKey('Tier-1')).toBe(wordKey('TIER 1'));
    expect(wordKey('Gold +')).toBe('gold+');
    expect(wordKey('Gold+')).not.toBe(wordKey('Gold-'));
  });
});

describe('the number a refusal suggests', () => {
  it('collides with no tier of the scale the column uses', () => {
    const result = scores(table(['Diamond', ...METALS]));
    expect(result[1]).toBe(offScale('Diamond', METAL_SCALE, '5'));
    const high = scores(table(['Very High', 'High', 'Medium', 'Low', 'High']));
    expect(high[1]).toBe(offScale('Very High', 'High 3 / Medium 2 / Low 1', '4'));
    // A word of another scale among metals: not its own 3, which is Gold's.
    expect(suggestedValue(wordKey('High'), { name: METAL_SCALE })).toBe(5);
  });

  it("takes the locale's decimal mark", () => {
    const header = ['Partner', 'Fähigkeit', 'MDF', 'Enablement', 'Revenue', 'CAC', 'Coverage'];
    const result = scores(table(['Gold+', ...METALS], header), undefined, sheetIn('de_DE'));
    expect(result[1]).toBe(offScale('Gold+', METAL_SCALE, '3,5', 'Fähigkeit'));
  });

  it('is none for a word on no scale in a column with no scale', () => {
    const result = scores(table(['Registered', 3, 2, 1, 4]));
    expect(result[1]).toBe(
      'Invalid Capability: "Registered" is not a number. To read words, map each to a number: ' +
        'a weights row "Capability: Registered" | <number>, or the planner\'s data step',
    );
  });
});

describe('German, French and shortened tier words', () => {
  it.each([
    ['Silber / Platin', ['Gold', 'Silber', 'Bronze', 'Platin', 'Silber'], [3, 2, 1, 4, 2]],
    ['Or / Argent / Platine', ['Or', 'Argent', 'Bronze', 'Platine', 'Or'], [3, 2, 1, 4, 3]],
    ['Hoch / Mittel / Niedrig', ['Hoch', 'Mittel', 'Niedrig', 'Hoch', 'Mittel'], [3, 2, 1, 3, 2]],
    ['Élevé / Moyen / Faible', ['Élevé', 'Moyen', 'Faible', 'élevé', 'Moyen'], [3, 2, 1, 3, 2]],
    ['Med among High and Low', ['High', 'Med', 'Low', 'High', 'Medium'], [3, 2, 1, 3, 2]],
  ])('%s read on their scale', (_, words, numbers) => {
    expect(scores(table(words))).toEqual(scores(table(numbers)));
  });
});

describe('a Japanese word map (tester 2, finding 10)', () => {
  const rows = [
    ['パートナー名', 'パートナー能力', '売上'],
    ['甲', 'ゴールド', 100],
    ['乙', 'シルバー', 200],
    ['丙', 'ダイヤモンド', 300],
  ];
  const ja = sheetIn('ja_JP');

  it.each(['パートナー能力：ダイヤモンド', 'パートナー能力: ダイヤモンド', '能力﹕ダイヤモンド'])(
    '%s reads, whichever colon the IME typed',
    (label) => {
      const weights = [
        ['パートナー能力', 1],
        ['売上', 1],
        [label, 5],
      ];
      const result = scores(rows, weights, ja).slice(1);
      expect(result.map((s) => Math.round((s as number) * 100) / 100)).toEqual([16.67, 25, 100]);
    },
  );

  it('names the scale in the words the column uses', () => {
    const result = scores([...rows, ['丁', 'ゴールド', 300]], undefined, ja);
    expect(result[3]).toContain('（プラチナ 4 / ゴールド 3 / シルバー 2 / ブロンズ 1）にない語');
    const german = scores(table(['Diamant', 'Gold', 'Silber', 'Silber', 'Platin']));
    expect(german[1]).toContain('(Platin 4 / Gold 3 / Silber 2 / Bronze 1)');
  });
});
