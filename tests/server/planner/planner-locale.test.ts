/**
 * The planner in a de_DE spreadsheet (issue 16), through the local runtime's `locale`
 * option and the built dist/Code.js: the sample typed the German way, as text pasted
 * from a CRM, plans exactly as the sample typed as numbers; a %-column of points gives
 * real percentages; the written plan shows STALE for an Actual without a Data-as-of.
 */
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../local/runtime/csv';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import type { PlanPreview, Result } from '../../../src/shared/plan-types';
import { defaultsOf, NOW, SAMPLE, written } from './planner-support';

const sample = readCsvFile(SAMPLE).rows;
const [header, ...rows] = sample;
const at = (name: string) => header.indexOf(name);

/** 38500 → '€38.500', 4.5 → '4,5', 769000 → '769.000 €', as a German CRM export writes them. */
const german = (n: number) =>
  n.toLocaleString('de-DE', { maximumFractionDigits: 2, useGrouping: true });

function germanSample(): unknown[][] {
  return [
    header,
    ...rows.map((row) =>
      row.map((cell, c) => {
        // The sample's own en_US spellings ($12,500, 32%) as the number they stand for.
        const n = Number(cell.replace(/[$,%]/g, ''));
        if (cell === '' || Number.isNaN(n)) return cell;
        // A leading apostrophe keeps the text as text: what a paste of CRM text leaves.
        if (c === at('Capability (1-10)')) return `'${german(n)}`;
        if (c === at('Co-marketing budget ($)')) return `'€${german(n)}`;
        if (c === at('Partner-sourced revenue ($)')) return `'${german(n)} €`;
        if (c === at('CAC ($)')) return `'${german(n)}\u00a0€`;
        if (c === at('Coverage gap (%)')) return `'${german(n)} %`;
        return cell;
      }),
    ),
  ];
}

/** An en_US sentence's amounts the de_DE way: $12,345 → 12.345 €, 21.3% → 21,3%, 1,200 hrs → 1.200 hrs. */
const inGerman = (sentence: string) =>
  sentence
    .replace(/\$(\d{1,3}(?:,\d{3})*)/g, (_, d: string) => `${d.replace(/,/g, '.')} €`)
    .replace(/(\d)\.(\d)%/g, '$1,$2%')
    .replace(/(\d{1,3}(?:,\d{3})+) hrs/g, (_, d: string) => `${d.replace(/,/g, '.')} hrs`);

const preview = (locale: string, sheet: unknown[][]) => {
  const rt = openWorkbook({ Partners: sheet }, { now: NOW, locale, timeZone: 'Europe/Berlin' });
  const result = rt.run<Result<PlanPreview>>('previewPlan', defaultsOf(rt));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('a de_DE spreadsheet typed the German way', () => {
  const de = preview('de_DE', germanSample());
  const us = preview('en_US', sample);

  it('really is German text, which an en_US spreadsheet refuses rather than misreads', () => {
    expect(germanSample()[1]).toContain("'€38.500");
    expect(() => preview('en_US', germanSample())).toThrow(
      /€38\.500\\" is ambiguous: 38500 or 38\.5\?/,
    );
  });

  it('ranks, waves and gates the partners exactly as the numbers do', () => {
    const summary = (p: PlanPreview) =>
      p.partners.map((x) => [x.name, x.rank, x.wave, x.score === null ? null : x.score.toFixed(9)]);
    expect(summary(de)).toEqual(summary(us));
    expect(de.gates.map((g) => [g.goAt, g.stopAt])).toEqual(
      us.gates.map((g) => [g.goAt, g.stopAt]),
    );
    // The same sentences, with amounts as a de_DE spreadsheet's cells show them.
    expect(de.stopConditions).toEqual(us.stopConditions.map(inGerman));
    expect(de.stopConditions.join(' ')).toMatch(/ \d{1,3}(\.\d{3})+ €/);
  });
});

describe('a Coverage gap (%) column of points', () => {
  it('is read as percentages: thresholds and stop conditions show real percentages', () => {
    const points = sample.map((row, r) =>
      r === 0
        ? row
        : row.map((cell, c) =>
            c === at('Coverage gap (%)') && cell ? cell.replace('%', '') : cell,
          ),
    );
    const plan = preview('en_US', points);
    const coverage = plan.gates.filter((g) => g.metricId === 'coverageGap');
    expect(coverage.length).toBeGreaterThan(0);
    for (const g of coverage) expect(g.stopAt as number).toBeLessThan(1);
    for (const sentence of plan.stopConditions) {
      const [, percent] = /Coverage gap filled at or below ([\d.,]+)%/.exec(sentence) ?? [];
      expect(Number(percent)).toBeLessThan(100);
    }
    expect(plan.gates.map((g) => g.stopAt)).toEqual(
      preview('en_US', sample).gates.map((g) => g.stopAt),
    );
  });
});

describe('the written plan', () => {
  const rt = openWorkbook(
    { Partners: sample },
    { now: NOW, locale: 'de_DE', timeZone: 'Europe/Berlin' },
  );
  written(rt, defaultsOf(rt));
  const sheet = 'Pilot plan B0373 v1';
  const values = () => rt.values(sheet);
  const rowOf = (metric: string) =>
    values().findIndex((r) => r[0] === 1 && r[2] === 'Gate review' && r[3] === metric) + 1;
  const cell = (row: number, header: Parameters<typeof gateColumn>[0]) =>
    `${String.fromCharCode(65 + gateColumn(header))}${row}`;
  const status = (row: number) => values()[row - 1][gateColumn('Status')];

  it('shows STALE for an Actual with a blank Data as of, and GO once the date is in', () => {
    const revenue = rowOf('Partner-sourced revenue');
    const go = values()[revenue - 1][gateColumn('GO at')] as number;
    rt.setCell(sheet, cell(revenue, 'Actual'), go + 1);
    expect(status(revenue)).toBe('STALE');
    rt.setCell(sheet, cell(revenue, 'Data as of'), '2026-11-27');
    expect(status(revenue)).toBe('GO');
  });

  it('accepts only 0–100 % in a percent Actual: a typed 12 is refused with how to type it', () => {
    const coverage = rowOf('Coverage gap filled');
    expect(() => rt.setCell(sheet, cell(coverage, 'Actual'), 12)).toThrow(/type 12%/);
    rt.setCell(sheet, cell(coverage, 'Actual'), '12%');
    expect(values()[coverage - 1][gateColumn('Actual')]).toBe(0.12);
  });

  it('accepts only dates as Data as of, typed the German way', () => {
    const cac = rowOf('CAC');
    expect(() => rt.setCell(sheet, cell(cac, 'Data as of'), 'last week')).toThrow();
    // 12/20/2026 is no date in de_DE (there is no month 20): refused, not read as text.
    expect(() => rt.setCell(sheet, cell(cac, 'Data as of'), '12/20/2026')).toThrow();
    rt.setCell(sheet, cell(cac, 'Data as of'), '20.11.2026');
    expect(rt.displayValues(sheet)[cac - 1][gateColumn('Data as of')]).toMatch(/20/);
    expect(values()[cac - 1][gateColumn('Data as of')]).toBeInstanceOf(Date);
  });
});
