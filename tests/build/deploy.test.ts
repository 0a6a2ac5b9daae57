/**
 * npm run deploy's refusals, which come before it runs anything: a fresh clone's
 * placeholder script id (saying to create a standalone script, as an Editor add-on is), a
 * missing prod settings file, a rootDir other than dist.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs scripts/deploy.ts in a folder holding only `files`. */
function deployIn(files: Record<string, unknown>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-deploy-'));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(json));
  const tsx = join(root, 'node_modules/.bin/tsx');
  return spawnSync(tsx, [join(root, 'scripts/deploy.ts'), ...args], { cwd: dir, encoding: 'utf8' });
}

describe('npm run deploy', () => {
  it("refuses the repository's placeholder script id", () => {
    const result = deployIn({
      '.clasp.json': { scriptId: 'REPLACE_WITH_YOUR_DEV_SCRIPT_ID', rootDir: 'dist' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.clasp.json has no script id yet');
    expect(result.stderr).toContain('clasp create-script --type standalone');
    expect(result.stdout).toBe('');
  });

  it('asks for .clasp.prod.json when deploying to prod without one', () => {
    const result = deployIn({ '.clasp.json': { scriptId: 'abc123', rootDir: 'dist' } }, ['--prod']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.clasp.prod.json is missing');
  });

  it('refuses a rootDir other than dist, which is what the build writes', () => {
    const result = deployIn({ '.clasp.json': { scriptId: 'abc123', rootDir: 'src' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('rootDir must be "dist"');
  });
});
