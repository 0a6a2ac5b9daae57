// Opens workbooks over the fixture script (tests/local/fixtures/fixture-code.js), which
// exercises the services without depending on the add-on's own code.
import { fileURLToPath } from 'node:url';
import { type OpenOptions, openWorkbook } from '../../local/runtime/index';

export const fixtureCode = fileURLToPath(new URL('./fixtures/fixture-code.js', import.meta.url));
export const fixtureSidebar = fileURLToPath(
  new URL('./fixtures/fixture-sidebar.html', import.meta.url),
);

export function openFixture(sheets: Record<string, unknown[][]>, options: OpenOptions = {}) {
  return openWorkbook(sheets, { codePath: fixtureCode, sidebarPath: fixtureSidebar, ...options });
}
