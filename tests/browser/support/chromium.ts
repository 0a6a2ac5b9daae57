/**
 * Debian's Chromium, as every browser test starts it. Playwright cannot download its
 * own browser here; a missing one fails the test that needs it, never skips it.
 */
import { existsSync } from 'node:fs';

/** Flags that work on this closed network: no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser's path, or an Error saying how to install it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}
