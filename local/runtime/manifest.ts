/** The project's manifest, appsscript.json, read from beside the built Code.js. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The fields of appsscript.json the runtime honours. */
export interface Manifest {
  /** The script's time zone (Session.getScriptTimeZone), an IANA name. */
  timeZone?: string;
  /** Without it Apps Script infers the scopes, so nothing is refused for want of one. */
  oauthScopes?: string[];
}

/**
 * The appsscript.json in the folder of `codePath`, or undefined when there is none.
 * Read on every call, so a rebuilt manifest counts at once. Throws SyntaxError for invalid JSON.
 */
export function manifestBeside(codePath: string): Manifest | undefined {
  const path = join(dirname(codePath), 'appsscript.json');
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
