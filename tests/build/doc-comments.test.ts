/**
 * Every exported function of src/ carries a doc comment (shapes, units, errors, the source
 * of its rule): the project's rule, checked here so it cannot drift.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Exported functions (declarations, default exports and arrow or function-expression
 * constants) with no doc comment right above: the line before must close a `/** … *\/`
 * block that says something (a plain `/* … *\/` or an empty `/** *\/` does not count).
 */
function undocumentedExports(source: string): string[] {
  const missing: string[] = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const name =
      /^export (?:default )?(?:async )?function\*? ?(\w+)/.exec(line)?.[1] ??
      /^export const (\w+)\s*(?::.*?)?=\s*(?:async\s*)?(?:<[^>]*>)?(?:\(|\w+\s*=>|function\b)/.exec(
        line,
      )?.[1];
    if (!name) return;
    if (!hasDocComment(lines, i)) missing.push(name);
  });
  return missing;
}

/** Whether the lines just above line `i` are a `/** … *\/` block with some words in it. */
function hasDocComment(lines: string[], i: number): boolean {
  if (!/\*\/\s*$/.test(lines[i - 1] ?? '')) return false;
  let start = i - 1;
  // Walk up the block's ` * ` lines to its opening; anything else (code, `//`) is no doc block.
  while (start >= 0 && !lines[start].trimStart().startsWith('/*')) {
    if (!lines[start].trimStart().startsWith('*')) return false;
    start--;
  }
  if (start < 0) return false;
  const block = lines.slice(start, i).join('\n').trim();
  return block.startsWith('/**') && /[A-Za-z]/.test(block.replace(/^\/\*\*|\*\/$/g, ''));
}

describe('doc comments', () => {
  it('finds an undocumented export and accepts a documented one', () => {
    expect(
      undocumentedExports('export function a() {}\n/** Doc. */\nexport function b() {}'),
    ).toEqual(['a']);
    expect(
      undocumentedExports(
        '/** Doc. */\nexport const c = (x: number) => x;\nexport const d = (y) => y;',
      ),
    ).toEqual(['d']);
    expect(
      undocumentedExports(
        [
          '/**',
          ' * Several lines.',
          ' */',
          'export async function e() {}',
          '/* Not a doc comment. */',
          'export function f() {}',
          '/** */',
          'export function g() {}',
          '// A line comment. */',
          'export function h() {}',
          'export default function i() {}',
          'export const j: (n: number) => number = (n) => n;',
          'export const k = <T,>(t: T) => t;',
          'export const l = m => m;',
          'export const n = function () {};',
          'export const o = [1, 2];',
          'export const p = new Proxy({}, {});',
        ].join('\n'),
      ),
    ).toEqual(['f', 'g', 'h', 'i', 'j', 'k', 'l', 'n']);
  });

  it('are on every exported function of src/', () => {
    const missing = sourceFiles(SRC).flatMap((file) =>
      undocumentedExports(readFileSync(file, 'utf8')).map(
        (name) => `${relative(SRC, file)}: ${name}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
