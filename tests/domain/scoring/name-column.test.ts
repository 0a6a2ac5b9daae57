import { describe, expect, it } from 'vitest';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { sheetIn } from '../../support/sheet-settings';

const scoresIn = (locale: string, table: unknown[][]) =>
  partnerScore(table, undefined, undefined, sheetIn(locale)).map((row) => row[0]);

// A tester's French table: with its name column unknown, Total and Moyenne rows (CAC the
// average) were scored as partners in the sheet while the plan left them out.
const FRENCH = (name: string) => [
  [name, 'Capacité', 'Budget co-marketing', 'Chiffre d’affaires partenaire', 'CAC'],
  ['Nordvent SA', 8, '20 000 €', '750 000 €', '3 000 €'],
  ['Lumière SARL', 5, '35 000 €', '300 000 €', '5 500 €'],
  ['Azur Conseil', 7, '18 000 €', '420 000 €', '4 200 €'],
];

describe('the partner-name column', () => {
  it.each([
    'Partenaire',
    'Société',
    'Nom du partenaire',
    'Firma',
    'Unternehmen',
    'Partnername',
    'Reseller',
    '取引先',
    '販売店名',
  ])('is read under the header %j, so a Total row is told by its name', (header) => {
    const table = [...FRENCH(header), ['Total', 20, '73 000 €', '1 470 000 €', '4 500 €']];
    const scores = scoresIn('fr_FR', table);
    expect(scores[4]).toMatch(/^Excluded: "Total" is a total row/);
    expect(scoresIn('fr_FR', FRENCH(header)).slice(1)).toEqual(scores.slice(1, 4));
  });

  it('is the first column of words when its header is one the reader does not know', () => {
    const table = [...FRENCH('Kunde'), ['Moyenne', 6.67, '24 333 €', '490 000 €', '4 233 €']];
    const scores = scoresIn('fr_FR', table);
    expect(scores[4]).toMatch(/^Excluded: "Moyenne" is a total row/);
  });

  it('is not a column of numbers under an unknown header', () => {
    const table = [
      ['Kennzahl', 'Capability', 'CAC'],
      [101, 8, 4000],
      [102, 6, 5000],
      [103, 7, 4500],
      ['', 21, 13500],
    ];
    // No name column: the unnamed sum row is a total, as before.
    expect(scoresIn('en_US', table)[4]).toMatch(/^Excluded: a total row/);
  });
});
