/**
 * Local spellings through the built dist/Code.js in a bare node:vm context, as Apps Script
 * loads it: Swiss and German whole amounts and "no value" words, thousands in the
 * currency, hours, days as max_age_days, a wrong weekday, and lakh grouping in en_US.
 */
import { describe, expect, it } from 'vitest';
import { calendarServices, loadCode } from '../support/code-js';

describe('dist/Code.js reads local spellings', () => {
  it("PARTNER_SCORE reads Fr. 18'000.-, 3'000.–, 3 TEUR, 60h and k. A. as the numbers (and blank) they mean", () => {
    const ch = loadCode(calendarServices('Europe/Zurich', 'de_CH'));
    const header = ['Partner', 'Capability', 'MDF', 'Enablement hours', 'CAC'];
    const typed = [
      header,
      ['Alpen AG', 8, "Fr. 18'000.-", '60h', "3'000.–"],
      ['Matterhorn', 5, 'SFr. 500', '5 Std.', 'k. A.'],
      ['Rhône SA', 7, '3 TCHF', 90, "4'200.-"],
    ];
    const numbers = [
      header,
      ['Alpen AG', 8, 18_000, 60, 3000],
      ['Matterhorn', 5, 500, 5, ''],
      ['Rhône SA', 7, 3000, 90, 4200],
    ];
    expect(ch.PARTNER_SCORE(typed)).toEqual(ch.PARTNER_SCORE(numbers));
  });

  it('GATE_STATUS takes 14 Tage as max_age_days and names a wrong weekday', () => {
    const de = loadCode(calendarServices('Europe/Berlin', 'de_DE'));
    expect(de.GATE_STATUS(95_000, 90_000, 50_000, '20.11.2026', '14 Tage', '27.11.2026')).toEqual([
      ['GO'],
    ]);
    const ja = loadCode(calendarServices('Asia/Tokyo', 'ja_JP'));
    expect(ja.GATE_STATUS(95_000, 90_000, 50_000, '2026年11月20日 (月)', 14, '2026-11-27')).toEqual(
      [
        [
          '【無効】as_of：「2026年11月20日 (月)」は曜日が日付と合いません（2026-11-20 は金曜日）。日付か曜日を直してください',
        ],
      ],
    );
  });

  it('PARTNER_SCORE in en_US names both fixes for ₹2,00,000; a currency tie refuses both', () => {
    const us = loadCode(calendarServices('America/New_York', 'en_US'));
    const result = us.PARTNER_SCORE([
      ['Partner', 'Capability', 'MDF'],
      ['A', 8, '₹2,00,000'],
      ['B', 6, 150_000],
      ['C', 4, 100_000],
    ]);
    expect(result[1][0]).toBe(
      'Invalid MDF: "₹2,00,000" is grouped the Indian way (lakh, crore), but this spreadsheet\'s locale (en_US) groups thousands; type 200000, or set File ▸ Settings ▸ Locale to India (en_IN)',
    );
    const tie = us.PARTNER_SCORE([
      ['Partner', 'Capability', 'MDF'],
      ['A', 8, '€750,000'],
      ['B', 5, '$300,000'],
      ['C', 7, 420_000],
      ['D', 6, 500_000],
    ]);
    expect(tie.slice(1, 3).map((row: unknown[]) => row[0])).toEqual([
      'Invalid MDF: "€750,000" is in EUR, but this column has as many amounts in EUR as in USD; convert them to one currency, or keep each currency in its own column',
      'Invalid MDF: "$300,000" is in USD, but this column has as many amounts in EUR as in USD; convert them to one currency, or keep each currency in its own column',
    ]);
  });
});
