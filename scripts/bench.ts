// npm run bench: figures, not pass/fail. Each formula is timed through the built global
// in dist/Code.js and set against a plain loop doing the same arithmetic on numbers that
// are already parsed, measured in the same run so the ratio does not depend on the machine.
import { statSync } from 'node:fs';
import vm from 'node:vm';
import { CODE_PATH, calendarServices, loadCode, readCode } from '../tests/support/code-js.ts';

type Row = [string, ...number[]];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `runs` calls after two warm-up calls. */
function time(fn: () => unknown, runs = 7): number {
  fn();
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function partnerTable(rows: number): Row[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: rows }, (_, i) => [
    `Partner ${i}`,
    1 + random() * 9,
    5_000 + random() * 55_000,
    20 + random() * 180,
    40_000 + random() * 900_000,
    1_800 + random() * 7_000,
    random(),
  ]);
}

function minmaxBaseline(rows: number[][]): number[] {
  const benefit = [true, false, false, true, false, true];
  const min = Array(6).fill(Number.POSITIVE_INFINITY);
  const max = Array(6).fill(Number.NEGATIVE_INFINITY);
  for (const row of rows)
    for (let c = 0; c < 6; c++) {
      if (row[c] < min[c]) min[c] = row[c];
      if (row[c] > max[c]) max[c] = row[c];
    }
  return rows.map((row) => {
    let sum = 0;
    for (let c = 0; c < 6; c++) {
      const span = max[c] - min[c];
      const r = span === 0 ? 0.5 : benefit[c] ? (row[c] - min[c]) / span : (max[c] - row[c]) / span;
      sum += r;
    }
    return (100 * sum) / 6;
  });
}

function gateBaseline(actuals: number[][], go: number[], stop: number[]): string[] {
  return actuals.map((row) => {
    let status = 'GO';
    for (let c = 0; c < row.length; c++) {
      const higher = go[c] > stop[c];
      const v = row[c];
      if (higher ? v <= stop[c] : v >= stop[c]) return 'STOP';
      if (higher ? v < go[c] : v > go[c]) status = 'HOLD';
    }
    return status;
  });
}

const lines: string[] = [];
const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
lines.push('| measure | value | baseline | ratio |', '|---|---|---|---|');

const context = loadCode(calendarServices('Etc/UTC'));
const header = [
  'Partner',
  'Capability',
  'Co-marketing budget',
  'Enablement load',
  'Revenue',
  'CAC',
  'Coverage gap',
];
for (const n of [1_000, 10_000, 50_000]) {
  const table = partnerTable(n);
  const numbers = table.map((r) => r.slice(1) as number[]);
  const formula = time(() => context.PARTNER_SCORE([header, ...table]));
  const baseline = time(() => minmaxBaseline(numbers));
  row(
    `PARTNER_SCORE, ${n.toLocaleString('en')} rows`,
    `${formula.toFixed(1)} ms`,
    `${baseline.toFixed(1)} ms`,
    (formula / baseline).toFixed(1),
  );
}

const gates = partnerTable(10_000).map((r) => r.slice(1, 6) as number[]);
const go = [5, 30_000, 100, 400_000, 4_000];
const stop = [2, 50_000, 180, 100_000, 7_000];
const gateFormula = time(() => context.GATE_STATUS(gates, [go], [stop], '', '', '2026-11-27'));
const gatePlain = time(() => gateBaseline(gates, go, stop));
row(
  'GATE_STATUS, 10,000 rows × 5 metrics',
  `${gateFormula.toFixed(1)} ms`,
  `${gatePlain.toFixed(1)} ms`,
  (gateFormula / gatePlain).toFixed(1),
);

const code = readCode();
const script = new vm.Script(code, { filename: 'Code.js' });
// Contexts are made beforehand: the figure is the evaluation of Code.js alone.
const evaluateIn = (s: vm.Script) => {
  const contexts = Array.from({ length: 60 }, () => vm.createContext({}));
  return time(() => s.runInContext(contexts.pop() as vm.Context), 51);
};
const evaluate = evaluateIn(script);
const emptyEvaluate = evaluateIn(new vm.Script('0', { filename: 'empty.js' }));
row(
  'Code.js global scope, fresh context',
  `${evaluate.toFixed(2)} ms`,
  `${emptyEvaluate.toFixed(2)} ms (empty script)`,
  (evaluate / emptyEvaluate).toFixed(1),
);
row('dist/Code.js size', `${(statSync(CODE_PATH).size / 1024).toFixed(1)} KB`, '', '');

console.log(lines.join('\n'));
