// npm run deploy [-- --prod]: lint, test, build, then clasp push of dist/ to the dev
// script (.clasp.json) or the prod script (.clasp.prod.json), as google/aside's deploy
// does, so nothing reaches Apps Script that fails a check. Refuses a placeholder id
// before running anything, so a fresh clone cannot push to nowhere and report success.
// The script to push is a standalone one: an Editor add-on is a standalone Apps Script
// project (developers.google.com/workspace/add-ons/how-tos/building-editor-addons); a
// .clasp.json cannot tell (parentId is a bound script's file or a standalone one's Drive
// folder), so the message and the README say which to create.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const prod = process.argv.includes('--prod');
const project = prod ? '.clasp.prod.json' : '.clasp.json';
if (!existsSync(project)) {
  console.error(`${project} is missing. Copy .clasp.json to ${project} and set its scriptId.`);
  process.exit(1);
}
const { scriptId, rootDir } = JSON.parse(readFileSync(project, 'utf8'));
const CREATE = 'npx clasp create-script --type standalone --title "Partner Pilot" --rootDir dist';
if (!scriptId || scriptId.startsWith('REPLACE_')) {
  console.error(
    `${project} has no script id yet. Run \`npx clasp login\`, delete this placeholder ` +
      `${project} (clasp will not overwrite it), then \`${CREATE}\`; or paste the id of an ` +
      `existing standalone script into ${project}. README: Deploying the add-on.`,
  );
  process.exit(1);
}
if (rootDir !== 'dist') {
  console.error(`${project}: rootDir must be "dist" (clasp pushes what npm run build writes).`);
  process.exit(1);
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });
try {
  // npm test is lint, the browser check and every test; the build after it writes the
  // dist/ that is pushed, from the same sources the tests just passed on.
  run('npm', ['test']);
  run('npm', ['run', 'build']);
  run('npx', ['clasp', '-P', project, 'push', '-f']);
} catch {
  // The failing step has printed its own output; its stack trace here would add nothing.
  console.error('Deploy stopped at the step that failed above.');
  process.exit(1);
}
