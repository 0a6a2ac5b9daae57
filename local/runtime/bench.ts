/**
 * Figures for `npm run bench` (scripts/bench prints them): how long the preview takes to
 * recalculate the 40-row sample after an edit, and to open and score a 5,000-partner
 * CSV. Both run the built dist/Code.js through the runtime, as the preview does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnLetters } from './a1';
import { openCsv } from './index';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples', 'partners.csv');

export interface RecalcFigures {
  edits: number;
  medianMs: number;
  maxMs: number;
}

export interface OpenAndScoreFigures {
  partners: number;
  openMs: number;
  scoreMs: number;
  totalMs: number;
  /** Rows whose score came back as a number (a check that the work was done). */
  scoredRows: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Edits a criterion cell of the sample `edits` times; each edit's recalculation and read-back. */
export function measureSampleRecalc(edits = 25, codePath?: string): RecalcFigures {
  const runtime = openCsv(SAMPLE, { sheetName: 'Partners', codePath });
  const last = runtime.values('Partners').length;
  runtime.setCell('Partners', 'K1', `=PARTNER_SCORE(A1:J${last})`);
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const start = performance.now();
    runtime.setCell('Partners', 'E2', String(1 + (i % 9)));
    runtime.displayValues('Partners');
    times.push(performance.now() - start);
  }
  return { edits, medianMs: median(times), maxMs: Math.max(...times) };
}

/** A partner table like the sample's, with a few messy cells, written to a temp file. */
export function writeGeneratedPartnersCsv(partners: number): string {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const lines = [
    'Partner,Type,Region,Owner,Capability (1-10),Co-marketing budget ($),Enablement load (hrs),Partner-sourced revenue ($),CAC ($),Coverage gap (%)',
  ];
  for (let i = 1; i <= partners; i++) {
    const messy = random() < 0.02;
    lines.push(
      [
        `Partner ${i}`,
        pick(['Reseller', 'Referral', 'SI', 'MSP']),
        pick(['EMEA', 'APAC', 'LATAM', 'NA East', 'NA West']),
        pick(['Dana Whitfield', 'Luis Ortega', 'Priya Raman', 'Tom Becker']),
        (Math.round(random() * 18) / 2 + 1).toFixed(1),
        messy ? 'TBD' : String(Math.round(random() * 60_000)),
        String(Math.round(random() * 200)),
        messy ? '"$1,250,000"' : String(Math.round(random() * 900_000)),
        String(Math.round(1000 + random() * 8000)),
        `${Math.round(random() * 60)}%`,
      ].join(','),
    );
  }
  const path = join(mkdtempSync(join(tmpdir(), 'pp-bench-')), `partners-${partners}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Opens a generated CSV and scores it with one whole-table PARTNER_SCORE formula. */
export function measureOpenAndScore(partners = 5000, codePath?: string): OpenAndScoreFigures {
  const path = writeGeneratedPartnersCsv(partners);
  const start = performance.now();
  const runtime = openCsv(path, { sheetName: 'Partners', codePath });
  const opened = performance.now();
  const width = runtime.values('Partners')[0].length;
  runtime.setCell(
    'Partners',
    `${columnLetters(width)}1`,
    `=PARTNER_SCORE(A1:${columnLetters(width - 1)}${partners + 1})`,
  );
  const scores = runtime.values('Partners').map((row) => row[width]);
  const end = performance.now();
  return {
    partners,
    openMs: opened - start,
    scoreMs: end - opened,
    totalMs: end - start,
    scoredRows: scores.filter((s) => typeof s === 'number').length,
  };
}
