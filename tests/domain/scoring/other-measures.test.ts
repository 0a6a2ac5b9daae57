/**
 * Tester's findings 1 and 8 (2026-12-01): headers holding a criterion's word but naming
 * another measure of it (a count, a rating, a completion, a date) were read as that
 * criterion, and a date column was picked for one. Each header with the criterion it
 * names, or none.
 */
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../src/domain/scoring/criteria';
import { partnerScore } from '../../../src/domain/scoring/partner-score';
import { readHeader } from '../../../src/domain/scoring/table-header';
import { EN_US } from '../../support/sheet-settings';

describe('a header naming another measure of a criterion', () => {
  it.each([
    // Counts.
    'Partner-sourced pipeline',
    'Partner-sourced deals (#)',
    'Partner-sourced opportunities',
    'Coverage (# of regions)',
    'Number of partner-sourced deals',
    'MDF count',
    'Anzahl Partnerumsatz',
    'Nombre de Capacité',
    'パートナー経由売上件数',
    // Ratings and scores.
    'Enablement NPS',
    'Enablement CSAT',
    'Enablement score',
    'Coverage score',
    'イネーブルメント満足度',
    'イネーブルメント評価',
    // Completion and utilisation.
    'Enablement completion %',
    'Enablement hours completed',
    'MDF utilisation %',
    'MDF utilization',
    'Enablement-Abschlussquote',
    'MDF-Auslastung',
    'イネーブルメント完了率',
    // A rate where the criterion is an amount.
    'MDF rate',
    'Revenue (%)',
    'CAC %',
    'Taux MDF',
    'MDF Quote',
    '共同マーケティング予算消化率',
    // Dates.
    'Last enablement',
    'Last MDF claim',
    'Enablement date',
    'Partner revenue since',
    'Capability assessed on',
    'Letzte Befähigung',
    'Datum MDF',
    'MDF-Abrufdatum',
    'Dernier MDF',
    'イネーブルメント実施日付',
    '最終イネーブルメント',
  ])('"%s" names no criterion', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it.each([
    ['Revenue (EUR)', 'sourcedRevenue'],
    ['Partner revenue', 'sourcedRevenue'],
    ['Umsatz (EUR)', 'sourcedRevenue'],
    ['Partner Sourced Pipeline Revenue', 'sourcedRevenue'],
    ['Partner-sourced deal revenue', 'sourcedRevenue'],
    ['Partner revenue last year', 'sourcedRevenue'],
    ['Partner revenue (last 12 months)', 'sourcedRevenue'],
    ['Partner revenue to date', 'sourcedRevenue'],
    ['Partner revenue (NB: net of VAT)', 'sourcedRevenue'],
    ['売上', 'sourcedRevenue'],
    ['Revenue ($M)', 'sourcedRevenue'],
    ['MDF Allocated', 'comarketingBudget'],
    ['MDF Spent', 'comarketingBudget'],
    ['Enablement hours', 'enablementLoad'],
    ['Enablement hours required', 'enablementLoad'],
    ['イネーブルメント工数', 'enablementLoad'],
    ['Blended CAC', 'cac'],
    ['Capability score', 'capability'],
    ['Capability rating', 'capability'],
    ['パートナー能力スコア', 'capability'],
    ['Market coverage %', 'coverageGap'],
    ['Coverage gap (%)', 'coverageGap'],
    ['Coverage gap fill rate', 'coverageGap'],
    ['カバレッジ', 'coverageGap'],
    ['カバレッジギャップ充足率', 'coverageGap'],
  ])('"%s" still names %s', (header, id) => {
    expect(matchHeader(header)?.criterion.id).toBe(id);
  });

  it.each([['Umsatz Vorjahr'], ['Revenue 2025']])(
    '"%s" names nothing, as the README says of revenue with other words',
    (header) => {
      // 'revenue' and 'umsatz' are whole names only: `Annual revenue` is an account's size.
      expect(matchHeader(header)).toBeUndefined();
    },
  );
});

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const BODY = [
  ['Acme', 8, day('2026-03-01'), 20000, 60, 750000, 3000, 0.4],
  ['Beta', 5, day('2025-11-15'), 35000, 120, 300000, 5500, 0.25],
  ['Gamma', 7, day('2026-06-30'), 18000, 90, 420000, 4200, 0.3],
];
const HEADER = [
  'Partner',
  'Capability',
  'X',
  'MDF',
  'Training hrs',
  'Revenue',
  'CAC',
  'Coverage gap',
];
const withDateHeader = (name: string) => [HEADER.map((h) => (h === 'X' ? name : h)), ...BODY];

describe('a column of dates', () => {
  it('is never a criterion, whatever its header says', () => {
    // "Enablement" is the criterion's whole name, but the cells are days.
    const table = withDateHeader('Enablement');
    const header = readHeader(table[0], table);
    expect(header.columns.enablementLoad).toBeUndefined();
    // Without the cells, the header alone would take it.
    expect(readHeader(table[0]).columns.enablementLoad).toBe(2);
    // The formula scores on the other five and names the column of hours left unread.
    const result = partnerScore(table, undefined, undefined, EN_US).map((r) => r[0]);
    expect(result[0]).toBe('Score (columns not read: Training hrs)');
    const withoutDates = partnerScore(
      [HEADER.filter((h) => h !== 'X'), ...BODY.map((r) => r.filter((_, i) => i !== 2))],
      undefined,
      undefined,
      EN_US,
    ).map((r) => r[0]);
    expect(result.slice(1)).toEqual(withoutDates.slice(1));
  });

  it('is never offered in a tie: "Last MDF claim" beside "MDF budget"', () => {
    const table = [
      ['Partner', 'Capability', 'MDF claimed', 'MDF budget', 'Revenue'],
      ['Acme', 8, day('2026-03-01'), 20000, 750000],
      ['Beta', 5, '2025-11-15', 35000, 300000],
    ];
    const header = readHeader(table[0], table);
    expect(header.ties).toEqual([]);
    expect(header.columns.comarketingBudget).toBe(3);
    expect(readHeader(['Partner', 'Last MDF claim', 'MDF budget']).columns.comarketingBudget).toBe(
      2,
    );
  });
});

describe('PARTNER_SCORE with deal counts beside the criteria', () => {
  it('leaves the count unread, names it, and scores as the table without it', () => {
    const head = ['Partner', 'Capability', 'MDF', 'Enablement NPS', 'Partner-sourced deals (#)'];
    const rows = [
      ['Acme', 8, 20000, 72, 14],
      ['Beta', 5, 35000, -10, 3],
      ['Gamma', 7, 18000, 40, 9],
    ];
    const result = partnerScore([head, ...rows], undefined, undefined, EN_US).map((r) => r[0]);
    // A negative NPS is no longer refused as a negative enablement load.
    expect(result).toEqual([
      'Score (columns not read: Enablement NPS, Partner-sourced deals (#))',
      ...partnerScore(
        [head.slice(0, 3), ...rows.map((r) => r.slice(0, 3))],
        undefined,
        undefined,
        EN_US,
      )
        .slice(1)
        .map((r) => r[0]),
    ]);
    // Capability 8/5/7 (higher better): 1, 0, 2/3; MDF 20,000/35,000/18,000 (lower
    // better): 15/17, 0, 1; the mean of the two.
    expect(result.slice(1).map((v) => Math.round((v as number) * 100) / 100)).toEqual([
      94.12, 0, 83.33,
    ]);
  });
});
