/**
 * The stub generator (scripts/entry-points.ts) through the build's own bundling
 * (scripts/server-bundle.ts), on small modules written to a temporary folder: which
 * exports become globals, with which parameters and JSDoc, in which order, and which
 * exports fail the build and with what message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServerScript } from '../../scripts/server-bundle';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Code.js built from `files` (path → source), with `index.ts` as the entry. */
function codeFrom(files: Record<string, string>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'pp-entry-points-'));
  dirs.push(root);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return buildServerScript(root, 'index.ts', '');
}

/** The names of the generated top-level stubs, in file order. */
const stubNames = (code: string) => [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);

describe('the global stubs of dist/Code.js', () => {
  it('take the parameter names from lists with nested parentheses, defaults and generics', async () => {
    const code = await codeFrom({
      'index.ts': "export { FANCY } from './fancy';",
      'fancy.ts': `
        const wrap = (s: string) => \`(\${s})\`;
        /** Returns its arguments, to show they arrive in order. */
        export function FANCY<T extends (x: number) => string>(
          table: Map<string, [number, (y: number) => void]> = new Map<string, [number, (y: number) => void]>(),
          label = wrap(')') + "(" + \`\${((s: string) => s)(')')}\` + /\\)/.source,
          options?: { format: (value: T, unit: string) => string },
          ...rest: Array<Record<string, number>>
        ): { ok: boolean; args: unknown[] } {
          return { ok: true, args: [table, label, options, rest] };
        }
      `,
    });
    expect(code).toMatch(/^function FANCY\(table, label, options, \.\.\.rest\) \{$/m);
    expect(code).toContain('  return PartnerPilot.FANCY(table, label, options, ...rest);');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(context.FANCY(1, undefined, 3, 4, 5).args).toEqual([1, '())()\\)', 3, [4, 5]]);
  });

  it("put each function's whole doc comment directly above its stub", async () => {
    const jsdoc = [
      '/**',
      ' * Doubles a number.',
      ' *',
      ' * @param {number} value The number to double.',
      ' * @return Twice the value.',
      ' * @customfunction',
      ' */',
    ].join('\n');
    const code = await codeFrom({
      'index.ts': "export { DOUBLE } from './double';",
      'double.ts': `/** The module's header, not DOUBLE's. */\n\n${jsdoc}\nexport function DOUBLE(value: number) {\n  return value * 2;\n}\n`,
    });
    expect(code).toContain(
      `${jsdoc}\nfunction DOUBLE(value) {\n  return PartnerPilot.DOUBLE(value);\n}`,
    );
    expect(code).not.toContain("The module's header");
  });

  it('follow the order of the entry file, then source order behind export *', async () => {
    const doc = (name: string) => `/** ${name}. */\nexport function ${name}() {}\n`;
    const code = await codeFrom({
      'index.ts':
        "export { zeta, alpha } from './z';\nexport * from './m';\nexport { renamed as beta } from './b';",
      'z.ts': doc('alpha') + doc('zeta'),
      'm.ts': `${doc('mu')}${doc('lambda')}export * from './n';\n`,
      'n.ts': doc('nu'),
      'b.ts': doc('renamed'),
    });
    expect(stubNames(code)).toEqual(['zeta', 'alpha', 'mu', 'lambda', 'nu', 'beta']);
    expect(code).toMatch(/\/\*\* renamed\. \*\/\nfunction beta\(\) \{/);
  });

  it('ignore what only looks like an export inside strings, templates, regular expressions and comments', async () => {
    const code = await codeFrom({
      'index.ts': "export * from './tricky';",
      'tricky.ts': `
        const brace = '{';
        const paren = /[{(]\\/export function fake(/;
        const template = \`\${'{'} export function fake(a) {\`;
        const share = (part: number | null, total: number) => part! / total;
        const source = \`\${/[{]/.source} export function fake(d) {\`;
        // export function fake(b) {
        /* export function fake(c) { */
        /** The real one. */
        export function real(x: string) {
          return [brace, paren, template, share, source, x];
        }
      `,
    });
    expect(stubNames(code)).toEqual(['real']);
    expect(code).toMatch(/\/\*\* The real one\. \*\/\nfunction real\(x\) \{/);
  });
});

describe('the build fails with a message saying what to change', () => {
  it('for an entry point without a doc comment directly above it', async () => {
    const build = codeFrom({
      'index.ts': "export * from './menu';",
      'menu.ts':
        '/** File header. */\nimport {} from "./x";\n\n// A line comment.\nexport function onOpen() {}\n',
      'x.ts': '',
    });
    await expect(build).rejects.toThrow(
      /onOpen \(menu\.ts:5\) has no \/\*\* doc comment \*\/ directly above it/,
    );
  });

  it('for exports that are not function declarations, naming each', async () => {
    const build = codeFrom({
      'index.ts': "export * from './shapes';",
      'shapes.ts': [
        '/** An arrow function. */\nexport const arrow = (a: number) => a;',
        '/** A class. */\nexport class Planner {}',
        'function listed() {}\nexport { listed };',
      ].join('\n'),
    });
    await expect(build).rejects.toThrow(/3 export\(s\) of index\.ts cannot be/);
    await expect(build).rejects.toThrow(/arrow \(shapes\.ts:2\) is exported as `const`/);
    await expect(build).rejects.toThrow(/Planner \(shapes\.ts:4\) is exported as `class`/);
    await expect(build).rejects.toThrow(
      /listed \(shapes\.ts:6\) is exported by an `export \{ … \}` list/,
    );
  });

  it('for a name ending in _, which Apps Script keeps private', async () => {
    const build = codeFrom({
      'index.ts': "export * from './helpers';",
      'helpers.ts': '/** Private to Apps Script. */\nexport function helper_() {}\n',
    });
    await expect(build).rejects.toThrow(/helper_ \(helpers\.ts:2\) ends with _/);
  });

  it('for a destructured parameter, which the stub could not forward by name', async () => {
    const build = codeFrom({
      'index.ts': "export * from './rpc';",
      'rpc.ts':
        '/** Takes a request. */\nexport function save({ id }: { id: string }) {\n  return id;\n}\n',
    });
    await expect(build).rejects.toThrow(
      /save \(rpc\.ts:2\): parameter 1 is a destructuring pattern/,
    );
  });
});
