// The formula rows of `npm run bench`, run by scripts/bench.ts in processes of their own;
// prints them as JSON (FormulaFigure[]).
// Each formula is timed through the built global in dist/Code.js and set against a plain
// loop doing the same arithmetic on numbers that are already parsed, measured in the same
// process so the ratio does not depend on the machine. The plain loop takes the same rows
// the formula is given and returns the same shape (one row per input row), so the ratio is
// the cost of reading and checking the cells, not of a different memory layout.
//
// A process of their own: Apps Script runs Code.js in an isolate that holds nothing else,
// and what else a process has loaded moves the figure. With HyperFormula loaded (the local
// runtime, which the rest of the bench uses), the formula's fastest call at 1,000 rows was
// a fifth slower (2.4 → 3.0 of the baseline, which did not move). A CPU profile showed V8
// optimising Code.js differently there (render no longer inlined into its caller): a
// property of that process, not a cost of the formula.

import { calendarServices, loadCode } from '../tests/support/code-js.ts';

type Row = [string, ...number[]];

/** One formula row of the bench: the fastest call of each, in milliseconds, and their ratio. */
export interface FormulaFigure {
  measure: string;
  formula: number;
  baseline: number;
  ratio: number;
}

/**
 * The fastest of `runs` calls of `formula` and of `baseline`, taken in turns after warming
 * both up for at least 300 ms (and three calls) so V8 has optimised the code. Turns and
 * the minimum keep the ratio a property of the code, not of the machine's load: another
 * process slows whichever call it meets, and the fastest call is the one it met least
 * (the median of each turn's ratio, tried instead, grew with the machine's noise: on a
 * noisy hour it read 2.9 where the fastest calls read 2.5).
 * Each call gets an input of its own from `fresh`, built before its timer starts: Apps
 * Script hands a custom function new arrays on every call, laid out in row order. One
 * table kept for every call is moved by the garbage collector, and at 10,000 rows where
 * its cells ended up moved the formula's fastest call between 0.8 and 2.4 ms from run to
 * run. scripts/bench.ts gives this process a young generation large enough that building
 * those inputs rarely makes a scavenge land inside a timed call.
 */
function paired<T>(
  measure: string,
  fresh: () => T,
  formula: (input: T) => unknown,
  baseline: (input: T) => unknown,
  runs: number,
): FormulaFigure {
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
    formula(fresh());
    baseline(fresh());
  }
  let fastestFormula = Number.POSITIVE_INFINITY;
  let fastestBaseline = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    let input = fresh();
    let start = performance.now();
    formula(input);
    fastestFormula = Math.min(fastestFormula, performance.now() - start);
    input = fresh();
    start = performance.now();
    baseline(input);
    fastestBaseline = Math.min(fastestBaseline, performance.now() - start);
  }
  return {
    measure,
    formula: fastestFormula,
    baseline: fastestBaseline,
    ratio: fastestFormula / fastestBaseline,
  };
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

function minmaxBaseline(table: Row[]): (number | string)[][] {
  const benefit = [true, false, false, true, false, true];
  const min = Array(6).fill(Number.POSITIVE_INFINITY);
  const max = Array(6).fill(Number.NEGATIVE_INFINITY);
  for (const row of table)
    for (let c = 0; c < 6; c++) {
      const value = row[c + 1] as number;
      if (value < min[c]) min[c] = value;
      if (value > max[c]) max[c] = value;
    }
  const scores: (number | string)[][] = [['Score']];
  for (const row of table) {
    let sum = 0;
    for (let c = 0; c < 6; c++) {
      const value = row[c + 1] as number;
      const span = max[c] - min[c];
      sum += span === 0 ? 0.5 : benefit[c] ? (value - min[c]) / span : (max[c] - value) / span;
    }
    scores.push([(100 * sum) / 6]);
  }
  return scores;
}

function gateBaseline(actuals: number[][], go: number[], stop: number[]): string[][] {
  return actuals.map((row) => {
    let status = 'GO';
    for (let c = 0; c < row.length; c++) {
      const higher = go[c] > stop[c];
      const v = row[c];
      if (higher ? v <= stop[c] : v >= stop[c]) return ['STOP'];
      if (higher ? v < go[c] : v > go[c]) status = 'HOLD';
    }
    return [status];
  });
}

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
const figures: FormulaFigure[] = [];
// Fewer turns at 50,000 rows: building each input takes longer than the call.
for (const [n, runs] of [
  [1_000, 200],
  [10_000, 200],
  [50_000, 60],
]) {
  figures.push(
    paired(
      `PARTNER_SCORE, ${n.toLocaleString('en')} rows`,
      () => [header, ...partnerTable(n)],
      (range) => context.PARTNER_SCORE(range),
      (range) => minmaxBaseline(range.slice(1) as Row[]),
      runs,
    ),
  );
}

const go = [5, 30_000, 100, 400_000, 4_000];
const stop = [2, 50_000, 180, 100_000, 7_000];
figures.push(
  paired(
    'GATE_STATUS, 10,000 rows × 5 metrics',
    () => partnerTable(10_000).map((r) => r.slice(1, 6) as number[]),
    (gates) => context.GATE_STATUS(gates, [go], [stop], '', '', '2026-11-27'),
    (gates) => gateBaseline(gates, go, stop),
    200,
  ),
);

console.log(JSON.stringify(figures));
