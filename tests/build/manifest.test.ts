import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('appsscript.json', () => {
  const manifest = read('../../appsscript.json');

  it('asks for the least scopes: this document, the sidebar, the monitor trigger and its mail', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 and logs exceptions to Cloud Logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
  });

  it('has no addOns section: that is for card-based Workspace add-ons, not Editor add-ons', () => {
    expect(manifest.addOns).toBeUndefined();
  });

  it('is copied unchanged into dist/ for clasp push', () => {
    expect(read('../../dist/appsscript.json')).toEqual(manifest);
  });
});
