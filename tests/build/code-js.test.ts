import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarServices, loadCode, readCode, serviceTrap } from '../support/code-js';

// Every function Apps Script or the sidebar calls by name: menus, triggers, formulas, google.script.run.
const ENTRY_POINTS = [
  'getPlanPartners',
  'onOpen',
  'onInstall',
  'showPlanner',
  'showFormulaHelp',
  'PARTNER_SCORE',
  'GATE_STATUS',
  'getPlannerContext',
  'getSourceTable',
  'previewPlan',
  'writePlan',
  'saveDraftRequest',
  'turnOnGateMonitor',
  'turnOffGateMonitor',
  'getGateMonitorStatus',
  'runGateMonitor',
];

describe('dist/Code.js as Apps Script loads it', () => {
  it('is one classic script: no import, export or require', () => {
    const code = readCode();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('carries none of the preview and test tooling', () => {
    const built =
      readCode() + readFileSync(new URL('../../dist/Sidebar.html', import.meta.url), 'utf8');
    expect(built).not.toMatch(/hyperformula|playwright|fflate|axe-core|chart\.js|chartjs/i);
  });

  it('uses nothing Apps Script V8 lacks', () => {
    const code = readCode();
    for (const name of [
      'setTimeout',
      'setInterval',
      'fetch(',
      'TextEncoder',
      'atob(',
      'btoa(',
      'structuredClone',
    ]) {
      expect(code, name).not.toContain(name);
    }
    expect(code).not.toMatch(/[{;,]\s*#\w+\s*[=;(]/);
    expect(code).not.toMatch(/\bstatic\s+\w+\s*=/);
  });

  it('evaluates in a bare context without touching any service', () => {
    // Every service access throws: top-level code must run in AuthMode.NONE.
    const trap = serviceTrap();
    const context = loadCode({ SpreadsheetApp: trap, PropertiesService: trap, HtmlService: trap });
    for (const name of ENTRY_POINTS) expect(typeof context[name], name).toBe('function');
  });

  it('declares a global function for exactly the entry points src/server/index.ts lists', () => {
    const globals = [...readCode().matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(globals.sort()).toEqual([...ENTRY_POINTS].sort());
  });

  it("keeps the source's function names, so Apps Script's stack traces are readable", () => {
    const code = readCode();
    for (const name of ['partnerScore', 'gateStatus', 'plannerContext'])
      expect(code).toContain(`function ${name}(`);
  });

  it('declares every entry point as a top-level function with named parameters', () => {
    const code = readCode();
    expect(code).toMatch(/^function PARTNER_SCORE\(partners, weights, method\) \{$/m);
    expect(code).toMatch(
      /^function GATE_STATUS\(actuals, go_at, stop_at, as_of, max_age_days, today\) \{$/m,
    );
    expect(code).toMatch(/^function onInstall\(e\) \{$/m);
  });

  it("keeps each custom function's whole JSDoc directly above it", () => {
    const code = readCode();
    for (const [name, params] of [
      ['PARTNER_SCORE', ['partners', 'weights', 'method']],
      ['GATE_STATUS', ['actuals', 'go_at', 'stop_at', 'as_of', 'max_age_days', 'today']],
    ] as const) {
      const jsdoc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(
        code,
      )?.[1];
      expect(jsdoc, name).toBeDefined();
      expect(jsdoc).toContain('@customfunction');
      const description =
        jsdoc
          ?.split('@')[0]
          .replace(/\s*\*\s?/g, ' ')
          .trim() ?? '';
      expect(description.length).toBeGreaterThan(60);
      for (const param of params) {
        const line = new RegExp(`@param \\{[^}]+\\} ${param} (.+)`).exec(jsdoc ?? '');
        expect(line?.[1].length ?? 0, `${name} ${param}`).toBeGreaterThan(20);
      }
    }
  });

  it('scores partners through the global PARTNER_SCORE', () => {
    const context = loadCode(calendarServices('Etc/UTC'));
    const table = [
      ['Partner', 'Capability', 'CAC ($)'],
      ['Northwind', 8, '$2,000'],
      ['Blue Fjord', 4, 4000],
      ['Cedar', 6, 'abc'],
    ];
    expect(context.PARTNER_SCORE(table)).toEqual([
      ['Score'],
      [100],
      [0],
      [
        'Invalid CAC ($): "abc" is not a number. To read words, map each to a number: a weights row "CAC ($): abc" | <number>, or the planner\'s data step',
      ],
    ]);
  });

  it('reads a CRM-style table through the global PARTNER_SCORE: tiers, a Total row, filler rows, an extra criterion', () => {
    const context = loadCode();
    const table = [
      ['Account Name', 'Capability score', 'MDF Allocated', 'Certified reps', 2026],
      ['Northwind', 'Platinum', 20000, 9, 1],
      ['Blue Fjord', 'Bronze', 35000, 2, 1],
      ['Harbor Point', 'Gold', 18000, 5, 1],
      ['Total', '', 73000, 16, ''],
      ['', '', 0, 0, ''],
    ];
    // Capability 4 / 1 / 3 → 1, 0, 2/3; MDF (cost) → 15/17, 0, 1. Certified reps holds
    // numbers no criterion is read from while four criteria have no column: the header says so.
    expect(context.PARTNER_SCORE(table)).toEqual([
      ['Score (columns not read: Certified reps)'],
      [(100 * (1 + 15 / 17)) / 2],
      [0],
      [(100 * (2 / 3 + 1)) / 2],
      ['Excluded: "Total" is a total row, not a partner'],
      [''],
    ]);
    const weights = [
      ['Capability', 1],
      ['Certified reps', 1],
    ];
    // Reps 9 / 2 / 5 → 1, 0, 3/7.
    expect(context.PARTNER_SCORE(table, weights)).toEqual([
      ['Score'],
      [100],
      [0],
      [(100 * (2 / 3 + 3 / 7)) / 2],
      ['Excluded: "Total" is a total row, not a partner'],
      [''],
    ]);
  });

  it('judges gates through the global GATE_STATUS in the spreadsheet time zone', () => {
    const context = loadCode(calendarServices('Pacific/Auckland'));
    const result = context.GATE_STATUS(
      [
        [95, 4000],
        [40, 4000],
        [95, 9000],
        ['', ''],
      ],
      [[90, 5000]],
      [[50, 6500]],
      '2026-11-20',
      14,
      '2026-11-27',
    );
    expect(result).toEqual([['GO'], ['STOP'], ['STOP'], ['']]);
  });

  it('asks for the spreadsheet time zone only when a date needs it', () => {
    // Each service call costs a round trip in every custom-function call.
    const trap = serviceTrap();
    const context = loadCode({ SpreadsheetApp: trap, Utilities: trap });
    expect(context.GATE_STATUS([[95, 4000]], [[90, 5000]], [[50, 6500]])).toEqual([['GO']]);
    expect(() => context.GATE_STATUS([[95]], 90, 50, '2026-11-20')).toThrow(/touched/);
  });

  it('reports a whole-call error as an Error that names the function', () => {
    const context = loadCode();
    expect(() => context.PARTNER_SCORE([[1, 2, 3, 4, 5]])).toThrow(/^PARTNER_SCORE: /);
  });
});

describe('dist/Code.js reads cells in the spreadsheet locale and time zone (issue 16)', () => {
  it('PARTNER_SCORE reads de_DE text: €20.000 is 20000 and 6,1250 is 6.125', () => {
    const context = loadCode(calendarServices('Europe/Berlin', 'de_DE'));
    const typed = [
      ['Partner', 'Capability', 'Co-marketing budget', 'CAC'],
      ['A', '6,1250', '€20.000', '4.100 €'],
      ['B', 8, 35_000, 5000],
      ['C', 4, '18.000', '€4.300'],
    ];
    const numbers = [
      ['Partner', 'Capability', 'Co-marketing budget', 'CAC'],
      ['A', 6.125, 20_000, 4100],
      ['B', 8, 35_000, 5000],
      ['C', 4, 18_000, 4300],
    ];
    expect(context.PARTNER_SCORE(typed)).toEqual(context.PARTNER_SCORE(numbers));
  });

  it('PARTNER_SCORE refuses text of the other convention, naming the locale', () => {
    const context = loadCode(calendarServices('Etc/UTC', 'en_US'));
    const result = context.PARTNER_SCORE([
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, '1.234,56'],
      ['B', 6, 5000],
      ['C', 4, 6000],
    ]);
    expect(result[1][0]).toMatch(/^Invalid CAC: "1\.234,56" is written with .* locale \(en_US\)/);
  });

  it('GATE_STATUS("95.000"; 90000; 50000) is GO in de_DE; a future as_of is Invalid in any locale', () => {
    const context = loadCode(calendarServices('Europe/Berlin', 'de_DE'));
    expect(context.GATE_STATUS('95.000', 90_000, 50_000)).toEqual([['GO']]);
    expect(
      context.GATE_STATUS(95_000, 90_000, 50_000, '2062-11-20', undefined, '2026-11-27'),
    ).toEqual([['Invalid as_of: 2062-11-20 is after today (2026-11-27)']]);
    // A skipped argument, as Sheets passes it to a custom function: ''.
    expect(context.GATE_STATUS(95_000, 90_000, 50_000, '2062-11-20', '', '2026-11-27')).toEqual([
      ['Invalid as_of: 2062-11-20 is after today (2026-11-27)'],
    ]);
    expect(context.GATE_STATUS([[95_000]], 90_000, 50_000, '20.11.2026', 14, '27.11.2026')).toEqual(
      [['GO']],
    );
  });

  it('GATE_STATUS takes as_of and max_age_days as columns: a blank as_of beside an actual is STALE', () => {
    const context = loadCode(calendarServices('Pacific/Auckland', 'en_NZ'));
    const aucklandMidnight = new Date(Date.UTC(2026, 10, 12, 11)); // 13 Nov 2026 there
    expect(
      context.GATE_STATUS(
        [[95], [95], [95], ['']],
        [[90], [90], [90], [90]],
        [[50], [50], [50], [50]],
        [[aucklandMidnight], [''], ['20/11/2026'], ['']],
        [[14], [14], [3], [14]],
        '2026-11-27',
      ),
    ).toEqual([['GO'], ['STALE'], ['STALE'], ['PENDING']]);
  });

  it('GATE_STATUS refuses pasted text read 1,000× apart: 4.500 in en_US, 4,500 in de_DE, 20.000 in fr_FR', () => {
    const cases: [string, string, string][] = [
      ['en_US', '4.500', '"4.500" is ambiguous: 4500 or 4.5?'],
      ['de_DE', '4,500', '"4,500" is ambiguous: 4500 or 4,5?'],
      ['fr_FR', '20.000', '"20.000" is ambiguous: 20000 or 20?'],
    ];
    for (const [locale, actual, message] of cases) {
      const context = loadCode(calendarServices('Etc/UTC', locale));
      expect(context.GATE_STATUS(actual, 4, 3)[0][0], locale).toContain(
        `Invalid metric 1: actual ${message}`,
      );
    }
    const context = loadCode(calendarServices('Etc/UTC', 'en_US'));
    expect(context.GATE_STATUS('4.50', 4, 3)).toEqual([['GO']]);
  });

  it('reads zł, 원, ₺, US$ and 千円 amounts, Japanese dates, and tells an error cell as one', () => {
    const pl = loadCode(calendarServices('Europe/Warsaw', 'pl_PL'));
    expect(pl.GATE_STATUS([['95 000 zł']], '90 000 zł', 50_000)).toEqual([['GO']]);
    const ja = loadCode(calendarServices('Asia/Tokyo', 'ja_JP'));
    const header = ['パートナー名', 'パートナー能力', '顧客獲得コスト'];
    const typed = [header, ['A', 8, '1,200千円'], ['B', 6, '150万円'], ['C', 5, '90万']];
    const numbers = [header, ['A', 8, 1_200_000], ['B', 6, 1_500_000], ['C', 5, 900_000]];
    expect(ja.PARTNER_SCORE(typed)).toEqual(ja.PARTNER_SCORE(numbers));
    expect(ja.PARTNER_SCORE([...typed, ['D', 4, '₩5,000']])[4][0]).toMatch(
      /^【無効】顧客獲得コスト：「₩5,000」はKRW の金額ですが、この列のほかの金額は JPY です/,
    );
    const us = loadCode(calendarServices('America/New_York', 'en_US'));
    for (const asOf of ['2026年11月20日 (金)', '令和8年11月20日'])
      expect(us.GATE_STATUS(95_000, 90_000, 50_000, asOf, 14, '2026-11-27'), asOf).toEqual([
        ['GO'],
      ]);
    expect(us.GATE_STATUS('#N/A', 90_000, 50_000)).toEqual([
      [
        'Invalid metric 1: actual "#N/A" is an error from a formula, not a value; fix the formula behind the cell, or clear the cell',
      ],
    ]);
    expect(us.GATE_STATUS('US$ 95,000', 90_000, 50_000)).toEqual([['GO']]);
  });

  it('asks for the locale only when a text cell needs it', () => {
    const trap = serviceTrap();
    const context = loadCode({ SpreadsheetApp: trap, Utilities: trap });
    const numbers = [
      ['Partner', 'Capability', 'CAC'],
      ['A', 8, 4000],
      ['B', 6, 5000],
    ];
    expect(context.PARTNER_SCORE(numbers)).toEqual([['Score'], [100], [0]]);
    expect(() => context.PARTNER_SCORE([...numbers, ['C', '4,5', 6000]])).toThrow(/touched/);
  });
});
