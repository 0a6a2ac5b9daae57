// npm run deploy [-- --prod]: lint, test-free build, then clasp push of dist/ to the dev
// script (.clasp.json) or the prod script (.clasp.prod.json). Refuses a placeholder id so
// a fresh clone cannot push to nowhere and report success.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const prod = process.argv.includes('--prod');
const project = prod ? '.clasp.prod.json' : '.clasp.json';
if (!existsSync(project)) {
  console.error(`${project} is missing. Copy .clasp.json to ${project} and set its scriptId.`);
  process.exit(1);
}
const { scriptId, rootDir } = JSON.parse(readFileSync(project, 'utf8'));
if (!scriptId || scriptId.startsWith('REPLACE_')) {
  console.error(
    `${project} has no script id yet. Run \`npx clasp login\`, then ` +
      '`npx clasp create-script --type sheets --title "Partner Pilot" --rootDir dist` ' +
      `(or paste the id of an existing script into ${project}).`,
  );
  process.exit(1);
}
if (rootDir !== 'dist') {
  console.error(`${project}: rootDir must be "dist" (clasp pushes what npm run build writes).`);
  process.exit(1);
}
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npm', ['run', 'lint']);
run('npm', ['run', 'build']);
run('npx', ['clasp', '-P', project, 'push', '-f']);
