/**
 * Vitest's global setup: builds dist/ once before any test file runs, and again before
 * each rerun in watch mode, so `npx vitest` alone never tests a stale or missing build.
 * It runs `npm run build`'s own script, so the tests see exactly what would be pushed.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));

function build() {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    // The build has printed what to change; vitest then runs no tests at all.
    throw new Error('The build failed (see above), so no tests ran.');
  }
}

export default function setup(project: TestProject) {
  build();
  project.onTestsRerun(build);
}
