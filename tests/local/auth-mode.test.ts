// The local runtime's AuthMode.NONE: onOpen may build menus and read the user's locale,
// and nothing that needs authorization (Google's AuthMode reference).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../local/runtime/index';
import { fixtureSidebar } from './fixture';

/** A script whose onOpen reads `what` and names its menu item after the answer. */
function runtimeReading(what: string, userLocale = 'ja') {
  const dir = mkdtempSync(join(tmpdir(), 'auth-mode-'));
  const codePath = join(dir, 'Code.js');
  writeFileSync(
    codePath,
    `function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem(String(${what}), 'f').addToUi(); }`,
  );
  return openWorkbook({ Data: [[1]] }, { codePath, sidebarPath: fixtureSidebar, userLocale });
}

describe('onOpen in AuthMode.NONE', () => {
  it('refuses the spreadsheet and properties with a permission error', () => {
    expect(() =>
      runtimeReading('SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()').open('NONE'),
    ).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => runtimeReading('PropertiesService.getDocumentProperties()').open('NONE')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it("answers the user's locale and builds the menu", () => {
    expect(runtimeReading('Session.getActiveUserLocale()').open('NONE')).toEqual([
      { name: 'ja', functionName: 'f' },
    ]);
  });

  it('reads the spreadsheet in LIMITED', () => {
    expect(
      runtimeReading('SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()').open()[0].name,
    ).toBe('en_US');
  });
});
