// dist/Code.js: the server code as one classic script, the form Apps Script loads (no
// modules). The bundle lives in one namespace and a global stub per entry point forwards
// to it (scripts/entry-points.ts).
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, type Plugin, transform } from 'esbuild';
import { entryPoints, renderEntryPoints } from './entry-points.ts';

export const NAMESPACE = 'PartnerPilot';

// Apps Script's V8 accepts ES2020 but neither modules nor class-field syntax.
const v8 = {
  target: 'es2020',
  supported: { 'class-field': false, 'class-static-field': false },
} as const;

// No identifier minification: Apps Script's execution log and Cloud Logging show stack
// traces with the bundle's function names, which should be the source's. Whitespace and
// syntax minification keep those names (see the size figures in the README).
const minify = {
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  charset: 'utf8',
} as const;

/**
 * Bundles `entry` (a path relative to `root` whose every export is an entry point) and
 * returns the text of Code.js: `header`, the bundle as `var PartnerPilot = …`, then a
 * top-level `function NAME(…)` under its JSDoc for each export.
 *
 * Two esbuild passes, because esbuild lists an output's export names in its metafile only
 * for ESM output: the bundle is built as ESM, and that same code is then wrapped as the
 * IIFE Apps Script needs, so the stubs always match what the bundle exports.
 *
 * @throws Error from esbuild (a compile error) or from `entryPoints` (an export that
 *   cannot be an entry point).
 */
export async function buildServerScript(
  root: string,
  entry: string,
  header: string,
  options: { englishOnly?: boolean } = {},
) {
  const bundled = await build({
    plugins: options.englishOnly ? [englishOnly] : [],
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    write: false,
    outfile: join(root, 'Code.js'),
    ...v8,
  });
  const wrapped = await transform(bundled.outputFiles[0].text, {
    format: 'iife',
    globalName: NAMESPACE,
    ...minify,
    ...v8,
  });
  const stubs = renderEntryPoints(entryPoints(bundled.metafile, root), NAMESPACE);
  return `${header}${withBuiltinsBound(wrapped.code)}\n${stubs}`;
}

// The built-ins the formulas' every call constructs or reads. Apps Script's global scope,
// like a node:vm context, may answer a global name through an interceptor rather than an
// inline cache; bound once inside the bundle they are looked up once per execution, not
// once per use (a 3-row PARTNER_SCORE call in node:vm: 12.9 µs with global lookups).
// Not Date: the local runtime sets the context's clock-driven Date before Code.js runs,
// and a formula looks it up at most once.
const BUILTINS = [
  'Array',
  'ArrayBuffer',
  'Boolean',
  'Float64Array',
  'Int32Array',
  'Map',
  'Math',
  'Number',
  'Object',
  'Set',
  'String',
  'Uint16Array',
  'Uint8Array',
];

/** `iife` with the BUILTINS it names bound to locals at the top of its function. */
function withBuiltinsBound(iife: string): string {
  const opening = `var ${NAMESPACE}=(()=>{`;
  if (!iife.startsWith(opening))
    throw new Error(`Code.js: expected the bundle to open with ${opening}`);
  const used = BUILTINS.filter((name) => new RegExp(`(?<![\\w$.])${name}\\b`).test(iife));
  const bound = used.map((name) => `${name}=globalThis.${name}`).join(',');
  return `${opening}var ${bound};${iife.slice(opening.length)}`;
}

/**
 * For the bench's baseline: every Japanese catalogue (src/shared/i18n/ja/NAME.ts, whose
 * builder jaX returns enX's shape) replaced by its English twin, so the bundle is the
 * English-only build: the Code.js size and compile time the Japanese ones are held to.
 */
const englishOnly: Plugin = {
  name: 'english-only',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/]shared[\\/]i18n[\\/]ja[\\/][^\\/]+\.ts$/ }, (args) => {
      const names = [...readFileSync(args.path, 'utf8').matchAll(/export function ja(\w+)/g)];
      const english = `../en/${basename(args.path, '.ts')}`;
      const contents = names
        .map(([, name]) => `export { en${name} as ja${name} } from '${english}';`)
        .join('\n');
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};
