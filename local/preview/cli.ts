/**
 * npm start [-- path/to/partners.csv] [--fresh] [--locale ja_JP]: serves the preview on
 * 127.0.0.1 (port from PORT, default 8080; the sidebar's second port from SIDEBAR_PORT,
 * default any free one) and prints both addresses. Bad input ends with a message that
 * says what to do, not a stack trace.
 */
import { resolve } from 'node:path';
import { startPreview } from './server';
import { freshCommand, SAMPLE_CSV } from './workbook-file';

const USAGE = 'Usage: npm start -- [path/to/partners.csv] [--fresh] [--locale ja_JP]';

/** A Sheets locale name: language, underscore, country (en_US, ja_JP, de_DE). */
const LOCALE = /^[a-z]{2,3}_[A-Z]{2}$/;

function parseArgs(argv: string[]): { csvPath?: string; fresh: boolean; locale?: string } {
  let csvPath: string | undefined;
  let fresh = false;
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--fresh') fresh = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      locale = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
      if (!locale || !LOCALE.test(locale))
        throw new Error(`--locale takes a Sheets locale such as ja_JP or en_US. ${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        `${USAGE}\n\nOpens the CSV (default: samples/partners.csv) with a live PARTNER_SCORE column in a Sheets-like page. Changes are saved beside the CSV as NAME.workbook.json and reloaded next time; --fresh starts over from the CSV. The spreadsheet's locale is ja_JP when the CSV's headers are Japanese, else de_DE or fr_FR when most of its numbers are written the comma-decimal way (1.234,56 or 1 234,56), else en_IN when its amounts name ₹ or group the Indian way (2,00,000), else en_US; --locale sets it, for a saved workbook too.`,
      );
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}. ${USAGE}`);
    else if (csvPath) throw new Error(`Give one CSV file, not several. ${USAGE}`);
    else csvPath = resolve(arg);
  }
  if (csvPath && !/\.csv$/i.test(csvPath)) {
    throw new Error(
      `${csvPath}: the preview opens .csv files. Export your table as CSV (UTF-8) and try again.`,
    );
  }
  return { csvPath, fresh, locale };
}

/** A port from the environment variable `name`, or `fallback` when unset; throws on junk. */
function portFrom(name: string, fallback: number): number {
  const text = process.env[name];
  const port = text === undefined || text === '' ? fallback : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`${name}=${text} is not a port number; use e.g. ${name}=8081 npm start`);
  return port;
}

async function main() {
  const { csvPath, fresh, locale } = parseArgs(process.argv.slice(2));
  const port = portFrom('PORT', 8080);
  const sidebarPort = portFrom('SIDEBAR_PORT', 0);
  const preview = await startPreview({ csvPath, fresh, port, sidebarPort, locale });
  console.log(`Partner Pilot preview: ${preview.url}`);
  console.log(`Its sidebar is served from ${preview.sidebarOrigin} (SIDEBAR_PORT to choose).`);
  console.log(
    `Spreadsheet locale: ${preview.locale}${locale ? '' : ", guessed from the CSV's headers and numbers"} (--locale to set it: 1.200 is 1200 in de_DE, 1.2 in en_US).`,
  );
  console.log(
    `Workbook saved to ${preview.savePath} on every change (${freshCommand(csvPath ?? SAMPLE_CSV)} to start over).`,
  );
  const stop = () => {
    preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Partner Pilot preview could not start: ${error.message}`);
  process.exit(1);
});
