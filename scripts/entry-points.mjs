// Apps Script finds only top-level `function NAME()` declarations, and Sheets reads a
// custom function's help (description, @param) from the JSDoc directly above it.
// esbuild wraps modules in a closure and drops comments, so this script reads every
// `export function` of the top-level files in src/server/ together with its JSDoc and
// emits, for each, a global declaration that forwards to the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The JSDoc is the comment that ends right before the declaration (so not a file's header comment).
const EXPORTED =
  /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export (?:async )?function (\w+)\s*\(([^)]*)\)/g;

/** Every entry point found in `dir`'s top-level .ts files, in file then source order. */
export function findEntryPoints(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  return files.flatMap((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    return [...source.matchAll(EXPORTED)].map(([, jsdoc, name, params]) => {
      if (!jsdoc) throw new Error(`${file}: export function ${name} needs a JSDoc comment`);
      if (name.endsWith('_')) throw new Error(`${file}: ${name} ends with _ and would be private`);
      return { file, name, jsdoc: jsdoc.trim(), params: parameterNames(params) };
    });
  });
}

function parameterNames(list) {
  const names = [];
  let depth = 0;
  let current = '';
  for (const ch of `${list},`) {
    if ('([{<'.includes(ch)) depth++;
    if (')]}>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      const name = /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(current)?.[1];
      if (name) names.push(name);
      current = '';
    } else current += ch;
  }
  return names;
}

/** The global declarations, each under its JSDoc, forwarding to `namespace`. */
export function renderEntryPoints(entries, namespace) {
  return entries
    .map(({ jsdoc, name, params }) => {
      const args = params.join(', ');
      return `${jsdoc}\nfunction ${name}(${args}) {\n  return ${namespace}.${name}(${args});\n}\n`;
    })
    .join('\n');
}
