// Weight sensitivity figures for npm run bench. The analysis runs inside writePlan and
// previewPlan, which time much else besides, so it is timed through the domain module under
// Node, not through dist/Code.js. The baseline is a plain typed-array loop doing the same
// products (scenarios × partners × criteria) in the same run, timed in turns with the
// analysis (fastest of each), as the formulas' ratios are, and in the process's CPU time
// (process.cpuUsage, user): on the shared 2-core machine a 200 ms call rarely finds a
// quiet wall-clock window where a 50 ms one does, which skewed wall-time ratios upwards.
import { stabilityIntervals } from '../src/domain/sensitivity/intervals.ts';
import { scaledFor } from '../src/domain/sensitivity/minmax-model.ts';
import { type MinmaxModel, sensitivityModel } from '../src/domain/sensitivity/model.ts';
import { dirichlet, seededRandom } from '../src/domain/sensitivity/random.ts';
import { waveShares } from '../src/domain/sensitivity/scenarios.ts';

const SCENARIOS = 1000;
/** An en_US spreadsheet in UTC: the bench tables hold plain numbers, so the locale is moot. */
const EN_US = { locale: 'en_US', dayOf: (date: Date) => date.toISOString().slice(0, 10) };

/** Median milliseconds of `runs` calls after `warm` calls. */
function time(fn: () => unknown, runs: number, warm = 1): number {
  for (let i = 0; i < warm; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** CPU milliseconds (user) that `fn` takes. */
function cpu(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  return process.cpuUsage(start).user / 1000;
}

/** The fastest of `runs` calls of `measured` and of `baseline`, taken in turns after one warm call each. */
function paired(
  measured: () => unknown,
  baseline: () => unknown,
  runs: number,
): { measured: number; baseline: number } {
  measured();
  baseline();
  const best = { measured: Number.POSITIVE_INFINITY, baseline: Number.POSITIVE_INFINITY };
  for (let i = 0; i < runs; i++) {
    best.measured = Math.min(best.measured, cpu(measured));
    best.baseline = Math.min(best.baseline, cpu(baseline));
  }
  return best;
}

/** `rows` partners with random values; each value cell blank with probability `blanks`. */
function table(rows: number, blanks = 0): unknown[][] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const header = [
    'Partner',
    'Capability',
    'Co-marketing',
    'Enablement',
    'Revenue',
    'CAC',
    'Coverage gap',
  ];
  return [
    header,
    ...Array.from({ length: rows }, (_, i) => [
      `Partner ${i}`,
      ...[
        1 + random() * 9,
        5_000 + random() * 55_000,
        20 + random() * 180,
        40_000 + random() * 900_000,
        1_800 + random() * 7_000,
        random(),
      ].map((value) => (random() < blanks ? '' : value)),
    ]),
  ];
}

/** The products alone: scores[row] = Σ w·r for each scenario's weights, nothing else. */
function productsBaseline(model: MinmaxModel, weights: Float64Array[]) {
  const m = model.weights.length;
  const n = model.tableRows.length;
  const scores = new Float64Array(n);
  const scaled = scaledFor(model, new Uint8Array(model.patternCount).fill(1));
  for (const w of weights) {
    for (let row = 0, at = 0; row < n; row++, at += m) {
      let sum = 0;
      for (let c = 0; c < m; c++) sum += w[c] * scaled[at + c];
      scores[row] = sum;
    }
  }
  return scores;
}

/** Markdown rows: measure, value, baseline, ratio. */
export function benchSensitivity(): string[] {
  const lines: string[] = [];
  for (const [n, blanks] of [
    [5_000, 0],
    [50_000, 0],
    [5_000, 0.1],
  ]) {
    const model = sensitivityModel(table(n, blanks), undefined, 'minmax', EN_US);
    if (model.method !== 'minmax') throw new Error('expected a min–max model');
    const random = seededRandom(1);
    const alpha = new Float64Array(6).fill(79 / 6);
    const weights = Array.from({ length: SCENARIOS }, () => {
      const w = new Float64Array(6);
      dirichlet(random, alpha, w);
      return w;
    });
    const counts = [
      Math.round(n * 0.2),
      Math.round(n * 0.3),
      n - Math.round(n * 0.2) - Math.round(n * 0.3),
    ];
    const { measured: shares, baseline } = paired(
      () => waveShares(model, counts, { scenarios: SCENARIOS }),
      () => productsBaseline(model, weights),
      n > 10_000 ? 5 : 11,
    );
    lines.push(
      `| Wave shares, ${SCENARIOS.toLocaleString('en')} scenarios × ${n.toLocaleString('en')} partners${blanks ? `, ${blanks * 100} % of cells blank` : ''} (min–max) | ${shares.toFixed(0)} ms | ${baseline.toFixed(0)} ms | ${(shares / baseline).toFixed(1)} |`,
    );
  }
  const n = 5_000;
  for (const method of ['minmax', 'topsis'] as const) {
    const model = sensitivityModel(table(n), undefined, method, EN_US);
    const ms = time(() => stabilityIntervals(model, n * 0.2), 5);
    lines.push(
      `| Stability intervals, 6 criteria, ${n.toLocaleString('en')} partners (${method === 'minmax' ? 'min–max, exact' : 'TOPSIS, scan + bisection'}) | ${ms.toFixed(0)} ms | | |`,
    );
  }
  const topsis = sensitivityModel(table(n), undefined, 'topsis', EN_US);
  const ms = time(() => waveShares(topsis, [1000, 1500, 2500], { scenarios: SCENARIOS }), 5);
  lines.push(
    `| Wave shares, 1,000 scenarios × 5,000 partners (TOPSIS) | ${ms.toFixed(0)} ms | | |`,
  );
  return lines;
}
