// Apps Script finds only top-level `function NAME()` declarations, and Sheets reads a
// custom function's help (description, @param) from the JSDoc directly above it
// (developers.google.com/apps-script/guides/sheets/functions). esbuild wraps
// the bundle in a closure and drops comments, so for each export of src/server/index.ts
// (the names come from esbuild's metafile) this module finds the declaration behind it,
// takes its JSDoc and parameter names, and writes a global stub that forwards to the bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Metafile, transformSync } from 'esbuild';
import { lineOf, type Token, tokenize } from './tokens.ts';

/** One global function of dist/Code.js. */
export interface EntryPoint {
  /** The exported name: the global's name and the namespace member it forwards to. */
  name: string;
  /** The declaration's doc comment, as written. */
  jsdoc: string;
  /** Parameter names in order; a rest parameter keeps its `...`. */
  params: string[];
}

type Statement =
  // export function NAME / export const NAME / export class NAME / export default …
  | { kind: 'declaration'; name: string; declares: string; at: number; jsdoc?: string }
  // export { local as name } from 'from'
  | { kind: 're-export'; name: string; local: string; from: string; at: number }
  // export * from 'from'
  | { kind: 'star'; from: string; at: number }
  // export { name }, naming a declaration made elsewhere in the file
  | { kind: 'list'; name: string; at: number };

interface Found {
  file: string;
  source: string;
  statement: Statement & { kind: 'declaration' | 'list' };
  /** Offsets along the re-export chain from the entry file: the stubs' sort key. */
  order: number[];
}

// Words that may stand between `export` and the declared name.
const DECLARES = new Set(
  'async function class const let var enum interface type namespace module declare abstract'.split(
    ' ',
  ),
);
const FUNCTION = new Set(['function', 'async function']);

/**
 * The entry points of a bundle built with `metafile: true` and `format: 'esm'` (esbuild
 * lists an output's `exports` only for ESM), in the order the entry file exports them
 * (and, behind an `export *`, in source order). Paths in `metafile` are relative to `root`.
 *
 * @throws Error listing every export that cannot be an Apps Script entry point: a name
 *   ending in `_` (private in Apps Script: google.script.run cannot call it, and a custom
 *   function's name must not end so; guides/html/reference/run, guides/sheets/functions
 *   on developers.google.com/apps-script), anything but a function declaration (`export const f = () =>`,
 *   a class, an `export { f }` list), a declaration without a doc comment directly above it,
 *   a destructured parameter (the stub forwards parameters by name), or an export whose
 *   declaration cannot be found.
 */
export function entryPoints(metafile: Metafile, root: string): EntryPoint[] {
  const outputs = Object.values(metafile.outputs);
  if (outputs.length !== 1 || !outputs[0].entryPoint)
    throw new Error('entryPoints expects the metafile of one bundled entry point');
  const { entryPoint: entry, exports } = outputs[0];
  const modules = new Map<string, { source: string; statements: Statement[] }>();
  const load = (file: string) => {
    let loaded = modules.get(file);
    if (!loaded) {
      const source = readFileSync(join(root, file), 'utf8');
      loaded = { source, statements: exportStatements(source, file) };
      modules.set(file, loaded);
    }
    return loaded;
  };
  // The specifier as written (`./menu`) to the path esbuild resolved it to.
  const resolve = (file: string, specifier: string) =>
    metafile.inputs[file]?.imports.find((i) => i.original === specifier)?.path;

  const find = (file: string, name: string, seen: Set<string>): Found | undefined => {
    // A cycle of `export *` would otherwise never end.
    if (seen.has(`${file}#${name}`)) return undefined;
    seen.add(`${file}#${name}`);
    const { source, statements } = load(file);
    for (const statement of statements) {
      if (statement.kind === 'star' || statement.name !== name) continue;
      if (statement.kind !== 're-export') return { file, source, statement, order: [statement.at] };
      const target = resolve(file, statement.from);
      const found = target && find(target, statement.local, seen);
      if (found) return { ...found, order: [statement.at, ...found.order] };
    }
    // As in ECMAScript, a name declared or re-exported by name wins over `export *`.
    for (const statement of statements) {
      if (statement.kind !== 'star') continue;
      const target = resolve(file, statement.from);
      const found = target && find(target, name, seen);
      if (found) return { ...found, order: [statement.at, ...found.order] };
    }
    return undefined;
  };

  const problems: string[] = [];
  const found: { order: number[]; entry: EntryPoint }[] = [];
  for (const name of exports) {
    const declaration = find(entry, name, new Set());
    if (!declaration) {
      problems.push(
        `${name}: ${entry} exports it, but the build could not follow it to a declaration (it follows \`export { … } from\` and \`export * from\`); export it from the file that declares \`export function ${name}(…)\`.`,
      );
      continue;
    }
    const { file, source, statement } = declaration;
    const at = `${file}:${lineOf(source, statement.at)}`;
    if (name.endsWith('_')) {
      problems.push(
        `${name} (${at}) ends with _, which Apps Script treats as private: google.script.run cannot call it and no custom function may be named so. Rename it, or stop exporting it from ${entry}.`,
      );
    } else if (statement.kind === 'list') {
      problems.push(
        `${name} (${at}) is exported by an \`export { … }\` list; put \`export\` on its declaration, \`export function ${name}(…)\`, so the build finds its JSDoc.`,
      );
    } else if (!FUNCTION.has(statement.declares)) {
      problems.push(
        `${name} (${at}) is exported as \`${statement.declares}\`, not as a function declaration; Apps Script calls only top-level functions, so write \`export function ${name}(…)\`.`,
      );
    } else if (!statement.jsdoc) {
      problems.push(
        `${name} (${at}) has no /** doc comment */ directly above it; every entry point needs one (what it does, its parameters, what it returns), and Sheets shows a custom function's JSDoc as its help.`,
      );
    } else {
      const params = parameterNames(source, file, statement.name);
      if (typeof params === 'string') problems.push(`${name} (${at}): ${params}`);
      else
        found.push({
          order: declaration.order,
          entry: { name, jsdoc: statement.jsdoc, params },
        });
    }
  }
  if (problems.length > 0)
    throw new Error(
      `${problems.length} export(s) of ${entry} cannot be Apps Script entry points:\n- ${problems.join('\n- ')}`,
    );
  return found.sort((a, b) => compareOrder(a.order, b.order)).map((f) => f.entry);
}

/** The global declarations, each under its JSDoc, forwarding to `namespace`. */
export function renderEntryPoints(entries: EntryPoint[], namespace: string): string {
  return entries
    .map(({ jsdoc, name, params }) => {
      const args = params.join(', ');
      return `${jsdoc}\nfunction ${name}(${args}) {\n  return ${namespace}.${name}(${args});\n}\n`;
    })
    .join('\n');
}

/** The module's top-level export statements, in source order. */
function exportStatements(source: string, file: string): Statement[] {
  const tokens = tokenize(source, file);
  const code = tokens.filter((t) => t.kind !== 'comment');
  const statements: Statement[] = [];
  code.forEach((token, i) => {
    // `x.export` is a property, not a statement.
    if (token.text !== 'export' || token.depth > 0 || code[i - 1]?.text === '.') return;
    const at = token.start;
    const before = tokens[tokens.indexOf(token) - 1];
    const jsdoc = before?.kind === 'comment' && before.text.startsWith('/**') ? before.text : '';
    let j = i + 1;
    const next = code[j];
    if (next?.text === 'type' && ['{', '*'].includes(code[j + 1]?.text)) return;
    if (next?.text === 'default') {
      statements.push({ kind: 'declaration', name: 'default', declares: 'export default', at });
    } else if (next?.text === '*') {
      if (code[j + 1]?.text === 'as')
        statements.push({
          kind: 'declaration',
          name: code[j + 2].text,
          declares: 'export * as',
          at,
        });
      else statements.push({ kind: 'star', from: specifier(code[j + 2]), at });
    } else if (next?.text === '{') {
      const close = code.findIndex((t, k) => k > j && t.text === '}');
      const from = code[close + 1]?.text === 'from' ? specifier(code[close + 2]) : undefined;
      for (const item of splitAt(code.slice(j + 1, close), ',')) {
        // `export { type T }` exports a type only.
        if (item[0].text === 'type' && item.length > 1) continue;
        const [local, as, exported] = item.map((t) => t.text);
        const name = as === 'as' ? exported : local;
        const at = item[0].start;
        statements.push(
          from === undefined
            ? { kind: 'list', name, at }
            : { kind: 're-export', name, local, from, at },
        );
      }
    } else {
      const words: string[] = [];
      for (; DECLARES.has(code[j]?.text) || code[j]?.text === '*'; j++) words.push(code[j].text);
      const name = code[j]?.kind === 'word' ? code[j].text : undefined;
      if (name)
        statements.push({ kind: 'declaration', name, declares: words.join(' '), at, jsdoc });
    }
  });
  return statements;
}

/**
 * The parameter names of `export function NAME` in `source`, or why there are none to
 * take. esbuild strips the types first, so a type such as `Map<string, number>` or
 * `(a: number) => void` cannot be mistaken for parameters; what is left is JavaScript.
 */
function parameterNames(source: string, file: string, name: string): string[] | string {
  const js = transformSync(source, { loader: 'ts', sourcefile: file }).code;
  const code = tokenize(js, file).filter((t) => t.kind !== 'comment');
  const at = code.findIndex(
    (t, i) =>
      t.depth === 0 &&
      t.text === name &&
      code[i - 1]?.text === 'function' &&
      code[i + 1]?.text === '(' &&
      [code[i - 2]?.text, code[i - 3]?.text].includes('export'),
  );
  if (at === -1) return `esbuild's output has no \`export function ${name}(\``;
  const close = code.findIndex((t, k) => k > at + 1 && t.depth === 0 && t.text === ')');
  const names: string[] = [];
  for (const [index, param] of splitAt(code.slice(at + 2, close), ',').entries()) {
    const rest = param[0]?.text === '...';
    const id = param[rest ? 1 : 0];
    if (id?.kind !== 'word')
      return `parameter ${index + 1} is a destructuring pattern; give it a name (the stub forwards parameters by name) and destructure inside.`;
    names.push(rest ? `...${id.text}` : id.text);
  }
  return names;
}

/** `tokens` split at each `separator` outside brackets; empty parts (a trailing comma) dropped. */
function splitAt(tokens: Token[], separator: string): Token[][] {
  const depth = tokens[0]?.depth ?? 0;
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === separator && t.depth === depth) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

function specifier(token: Token | undefined): string {
  return token?.kind === 'string' ? token.text.slice(1, -1) : '';
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
