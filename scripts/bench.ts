// npm run bench: figures, not pass/fail. The formulas are timed in a process of their own
// (bench-formulas.ts); then Code.js's size and load time, the preview, weight sensitivity,
// plan writes and the gate monitor, each set against a baseline in this same run.

import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { measureOpenAndScore, measureSampleRecalc } from '../local/runtime/bench.ts';
import type { LocalRuntime } from '../local/runtime/index.ts';
import { storeValues } from '../src/server/monitor/store.ts';
import { utf8Length } from '../src/shared/utf8.ts';
import {
  defaultsOf,
  generatedRuntime,
  previewOf,
  written,
} from '../tests/server/planner/planner-support.ts';
import { CODE_PATH, readCode } from '../tests/support/code-js.ts';
import { largestMonitorMemory } from '../tests/support/largest-monitor-memory.ts';
import type { FormulaFigure } from './bench-formulas.ts';
import { benchSensitivity } from './bench-sensitivity.ts';
import { buildServerScript } from './server-bundle.ts';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const lines: string[] = [];
const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);
lines.push('| measure | value | baseline | ratio |', '|---|---|---|---|');
/**
 * The formula rows (bench-formulas.ts), run in three processes of their own, and for each
 * row the process with the median ratio kept: one build's ratio moved by a tenth from
 * process to process (where V8 and the allocator placed things), and the median of three
 * leaves one odd process out.
 */
function formulaRows(): string[] {
  const runs = Array.from({ length: 3 }, () => {
    const output = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        // A young generation that holds a 50,000-row input and what the formula makes of
        // it, so a scavenge rarely lands inside a timed call (bench-formulas.ts, paired).
        '--max-semi-space-size=64',
        fileURLToPath(new URL('./bench-formulas.ts', import.meta.url)),
      ],
      {
        encoding: 'utf8',
        // glibc's malloc gives freed memory back to the kernel once enough of it is free
        // at the top of its heap, by heuristics whose state differs from process to
        // process. The ArrayBuffers a call reads its table into are freed in batches after
        // a scavenge; given back, the next call faults their pages in again. On this
        // virtual machine a fault costs about 15 µs: counted with process.resourceUsage(),
        // a 10,000-row call made 0 faults in 1.0 ms, or 156 (its buffers' 620 KB) in 3.5 ms,
        // whole processes in one mode or the other. Thresholds set keep freed memory in the
        // allocator, as a long-running server's allocator keeps it.
        env: {
          ...process.env,
          MALLOC_TRIM_THRESHOLD_: String(256 * 2 ** 20),
          MALLOC_MMAP_THRESHOLD_: String(64 * 2 ** 20),
        },
      },
    );
    return JSON.parse(output) as FormulaFigure[];
  });
  return runs[0].map((_, i) => {
    const ofRow = runs.map((figures) => figures[i]).sort((a, b) => a.ratio - b.ratio);
    const { measure, formula, baseline, ratio } = ofRow[1];
    const all = ofRow.map((f) => f.ratio.toFixed(2)).join(', ');
    return `| ${measure} | ${formula.toFixed(2)} ms | ${baseline.toFixed(2)} ms | ${ratio.toFixed(1)} (${all}) |`;
  });
}
lines.push(...formulaRows());

const code = readCode();
const script = new vm.Script(code, { filename: 'Code.js' });
// Contexts are made beforehand: the figure is the evaluation of Code.js alone.
const evaluateIn = (s: vm.Script) => {
  const contexts = Array.from({ length: 120 }, () => vm.createContext({}));
  const samples = contexts.map((context) => {
    const start = performance.now();
    s.runInContext(context);
    return performance.now() - start;
  });
  return median(samples.slice(20));
};
const evaluate = evaluateIn(script);
const emptyEvaluate = evaluateIn(new vm.Script('0', { filename: 'empty.js' }));
row(
  'Code.js global scope, fresh context',
  `${evaluate.toFixed(2)} ms`,
  `${emptyEvaluate.toFixed(2)} ms (empty script)`,
  (evaluate / emptyEvaluate).toFixed(1),
);
/**
 * Median milliseconds to compile and evaluate `source` in a fresh context. Each script
 * gets a name of its own (`tag`): V8 reuses a compiled script of the same source and name,
 * which would time the cache, not the compile.
 */
const compileAndEvaluateOf = (source: string, tag: string) => {
  const compileContexts = Array.from({ length: 40 }, () => vm.createContext({}));
  return median(
    compileContexts
      .map((context, i) => {
        const start = performance.now();
        new vm.Script(source, { filename: `${tag}-${i}.js` }).runInContext(context);
        return performance.now() - start;
      })
      .slice(10),
  );
};
// The English-only build (each Japanese catalogue replaced by its English twin) is the
// baseline the bilingual Code.js is held to: within 20 % in size and compile time.
const englishCode = await buildServerScript(
  fileURLToPath(new URL('..', import.meta.url)),
  'src/server/index.ts',
  code.slice(0, code.indexOf('\n') + 1),
  { englishOnly: true },
);
// Alternated, so a busy moment on the shared machine weighs on both alike.
const compileTimes = { both: [] as number[], english: [] as number[] };
for (let round = 0; round < 5; round++) {
  compileTimes.both.push(compileAndEvaluateOf(code, `Code-${round}`));
  compileTimes.english.push(compileAndEvaluateOf(englishCode, `English-${round}`));
}
const compileAndEvaluate = median(compileTimes.both);
const englishCompile = median(compileTimes.english);
row(
  'Code.js compiled and evaluated, fresh context',
  `${compileAndEvaluate.toFixed(2)} ms`,
  `${englishCompile.toFixed(2)} ms (English-only build)`,
  (compileAndEvaluate / englishCompile).toFixed(2),
);
const codeBytes = statSync(CODE_PATH).size;
const englishBytes = Buffer.byteLength(englishCode);
row(
  'dist/Code.js size',
  `${(codeBytes / 1024).toFixed(1)} KB`,
  `${(englishBytes / 1024).toFixed(1)} KB (English-only build)`,
  (codeBytes / englishBytes).toFixed(2),
);
const sidebarPath = fileURLToPath(new URL('../dist/Sidebar.html', import.meta.url));
row(
  'dist/Sidebar.html size (self-contained)',
  `${(statSync(sidebarPath).size / 1024).toFixed(1)} KB`,
  '',
  '',
);

// The local runtime, as `npm start` uses it.
const recalc = measureSampleRecalc();
row(
  'Preview: 40-row sample recalculated after an edit',
  `${recalc.medianMs.toFixed(1)} ms (max ${recalc.maxMs.toFixed(1)})`,
  '',
  '',
);
const opened = measureOpenAndScore(5000);
row('Preview: 5,000-partner CSV opened and scored', `${opened.totalMs.toFixed(0)} ms`, '', '');

console.log(lines.join('\n'));
lines.length = 0;

// Weight sensitivity, through the domain module (no entry point calls it yet).
lines.push(
  '',
  '| weight sensitivity | value | baseline (products alone) | ratio |',
  '|---|---|---|---|',
);
lines.push(...benchSensitivity());
console.log(lines.join('\n'));
lines.length = 0;

// Plan writes through the local runtime: spreadsheet service calls must not grow with rows.
const callsOf = (rt: LocalRuntime, pattern: RegExp) =>
  Object.entries(rt.lastServiceCalls())
    .filter(([method]) => pattern.test(method))
    .reduce((sum, [, n]) => sum + n, 0);
const spreadsheetCalls = (rt: LocalRuntime) =>
  callsOf(rt, /^(SpreadsheetApp|Spreadsheet|Sheet|Range|EmbeddedChartBuilder|EmbeddedChart)\./);
// The native charts: building and inserting them (their data cells are one setFormulas each).
const chartCalls = (rt: LocalRuntime) =>
  callsOf(rt, /^(EmbeddedChartBuilder\.|EmbeddedChart\.|Sheet\.(newChart|insertChart)$)/);
lines.push(
  '',
  '| partners | writePlan time | spreadsheet service calls | of which chart builder |',
  '|---|---|---|---|',
);
for (const n of [10, 100, 1_000, 5_000]) {
  const rt = generatedRuntime(n);
  const request = defaultsOf(rt);
  const start = performance.now();
  written(rt, request);
  const ms = performance.now() - start;
  lines.push(
    `| ${n.toLocaleString('en')} | ${ms.toFixed(0)} ms | ${spreadsheetCalls(rt)} | ${chartCalls(rt)} |`,
  );
}

// previewPlan's answer travels to the sidebar on every debounced change: its size must
// not grow with the table (the counts do; the partners shown do not).
lines.push('', '| partners | previewPlan answer | previewPlan time |', '|---|---|---|');
for (const n of [5_000, 50_000]) {
  const rt = generatedRuntime(n);
  const request = defaultsOf(rt);
  const start = performance.now();
  const answer = previewOf(rt, request);
  const ms = performance.now() - start;
  if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
  const kb = JSON.stringify(answer).length / 1024;
  lines.push(`| ${n.toLocaleString('en')} | ${kb.toFixed(0)} KB | ${ms.toFixed(0)} ms |`);
}

// The gate monitor's daily run: calls per run for one and for three live plans.
lines.push('', '| gate monitor daily run | spreadsheet service calls |', '|---|---|');
for (const [partners, plans] of [
  [40, 1],
  [1_000, 1],
  [40, 3],
] as const) {
  const rt = generatedRuntime(partners);
  const request = defaultsOf(rt);
  for (let i = 0; i < plans; i++)
    written(rt, { ...request, record: { id: `B${String(373 + i).padStart(4, '0')}` } });
  rt.run('turnOnGateMonitor');
  rt.runTrigger('runGateMonitor');
  rt.clock.advanceDays(1);
  rt.runTrigger('runGateMonitor');
  lines.push(
    `| ${partners.toLocaleString('en')} partners, ${plans} plan${plans > 1 ? 's' : ''}, 3 waves | ${spreadsheetCalls(rt)} |`,
  );
}

// The monitor's memory for the largest plan tested: 20 waves × 30 metrics, every gate at
// STOP with its notice held, as storeValues splits it into document properties (9 KB a value).
{
  const memory = largestMonitorMemory();
  const sizes = Object.values(
    storeValues(memory, { reminderDays: 2, lastRunMs: 0, lastRun: null, memoryChunks: 0 }),
  ).map(utf8Length);
  lines.push(
    '',
    '| monitor memory, 20 waves × 30 metrics, 600 notices held | bytes |',
    '|---|---|',
    `| in all (${sizes.length} property values) | ${sizes.reduce((a, b) => a + b, 0).toLocaleString('en')} |`,
    `| largest value (limit 9,216) | ${Math.max(...sizes).toLocaleString('en')} |`,
  );
}

console.log(lines.join('\n'));
