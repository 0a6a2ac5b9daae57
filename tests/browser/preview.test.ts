// The preview in Debian's Chromium: the sample renders with scores from the add-on's own
// PARTNER_SCORE, editing a criterion rescores its row, and the Extensions menu opens the
// real sidebar, whose google.script.run reaches the server. A missing browser fails.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/preview/server';
import { parseCellA1 } from '../../local/runtime/index';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

const SHOTS = join(process.cwd(), 'test-results');

let preview: Preview;
let browser: BrowserContext;
let page: Page;
let profile: string;

/** google.script.run as the sidebar sees it. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  PARTNER_SCORE(...args: unknown[]): void;
}

const cell = (a1: string) => {
  const { row, col } = parseCellA1(a1);
  return page.locator(`td[data-row="${row}"][data-col="${col}"]`);
};

beforeAll(async () => {
  const executablePath = chromiumPath();
  const dir = mkdtempSync(join(tmpdir(), 'pp-preview-'));
  profile = join(dir, 'profile');
  preview = await startPreview({
    port: 0,
    fresh: true,
    savePath: join(dir, 'partners.workbook.json'),
  });
  // A fresh user-data dir per run (launchPersistentContext is how Playwright takes one).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    viewport: { width: 1600, height: 900 },
    args: CHROMIUM_ARGS,
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(preview.url);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the preview page', () => {
  it('shows the sample scored by the add-on’s own PARTNER_SCORE', async () => {
    await expect.poll(() => cell('K1').textContent()).toBe('Score');
    const expected = preview.runtime.displayValues('Partners').map((row) => row[10]);
    expect(expected[1]).toMatch(/^\d+(\.\d)?$/);
    for (const a1 of ['K2', 'K3', 'K20', 'K41']) {
      const row = Number(a1.slice(1)) - 1;
      expect(await cell(a1).textContent()).toBe(expected[row]);
    }
    await cell('K1').click();
    await expect
      .poll(() => page.locator('#formula-input').inputValue())
      .toBe('=PARTNER_SCORE(A1:J41)');
    expect(await page.locator('.tabs button').allTextContents()).toEqual(['Partners', 'Gates']);
    await page.screenshot({ path: join(SHOTS, 'preview-grid.png') });
  });

  it('shows the Gates sheet judged by the add-on’s own GATE_STATUS', async () => {
    await page.locator('.tabs button', { hasText: 'Gates' }).click();
    await expect.poll(() => cell('F1').textContent()).toBe('Status');
    const statuses = preview.runtime
      .displayValues('Gates')
      .slice(1, 4)
      .map((row) => row[5]);
    for (const status of statuses) expect(status).toMatch(/^(GO|HOLD|STOP|PENDING|STALE)/);
    expect(await cell('F2').textContent()).toBe(statuses[0]);
    expect(await cell('F4').textContent()).toBe(statuses[2]);
    await page.screenshot({ path: join(SHOTS, 'preview-gates.png') });
    await page.locator('.tabs button', { hasText: 'Partners' }).click();
    await expect.poll(() => cell('K1').textContent()).toBe('Score');
  });

  it('rescores a row when one of its criteria is edited', async () => {
    const before = await cell('K2').textContent();
    await cell('I2').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('I2').textContent()).toBe('100');
    await expect.poll(() => cell('K2').textContent()).not.toBe(before);
    expect(await cell('K2').textContent()).toBe(preview.runtime.displayValues('Partners')[1][10]);
  });

  it('opens the add-on’s sidebar from Extensions, with a working google.script.run', async () => {
    await page.locator('#extensions').click();
    await page.getByRole('menuitem', { name: 'Open planner' }).click();
    const panel = page.locator('#sidebar');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const box = await panel.boundingBox();
    expect(box?.width).toBe(300);
    const frame = page.frameLocator('#sidebar-frame');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 10_000 }).not.toBe('');
    const table = [
      ['Capability', 'CAC'],
      [5, 100],
      [7, 300],
    ];
    const viaBridge = await page.frame({ url: /\/sidebar/ })?.evaluate(
      (args) =>
        new Promise((resolve, reject) => {
          const run = (window as unknown as { google: { script: { run: ScriptRunner } } }).google
            .script.run;
          run
            .withSuccessHandler(resolve)
            .withFailureHandler((e: Error) => reject(e.message))
            .PARTNER_SCORE(args);
        }),
      table,
    );
    expect(viaBridge).toEqual(preview.runtime.run('PARTNER_SCORE', table));
    const dateRefused = await page.frame({ url: /\/sidebar/ })?.evaluate(() => {
      try {
        (
          window as unknown as { google: { script: { run: ScriptRunner } } }
        ).google.script.run.PARTNER_SCORE(new Date());
        return 'sent';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(dateRefused).toBe('Failed due to illegal value in property: 0');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'preview-sidebar.png') });
  });
});

describe('links and export', () => {
  it('opens the sheet a #gid link names, as the add-on’s links do', async () => {
    const gid = preview.runtime.sheetIds().Gates;
    preview.runtime.setCell('Partners', 'M1', `=HYPERLINK("#gid=${gid}","Go to gates")`);
    await page.goto(`${preview.url}#gid=${gid}`);
    await expect.poll(() => cell('F1').textContent()).toBe('Status');
    expect(preview.runtime.activeSheet()).toBe('Gates');
    await page.locator('.tabs button', { hasText: 'Partners' }).click();
    await expect.poll(() => cell('M1').textContent()).toBe('Go to gates');
    await cell('M1').click();
    await page.locator('.link-card').click();
    await expect.poll(() => cell('F1').textContent()).toBe('Status');
  });

  it('downloads the workbook as .xlsx from the File menu', async () => {
    await page.locator('#file').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /xlsx/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('partners.xlsx');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('installed triggers', () => {
  it('fire from the page on request, as an execution of their handler', async () => {
    preview.runtime.run('turnOnGateMonitor');
    const [handler] = preview.runtime.triggers().map((t) => t.handlerFunction);
    expect(handler).toBeTruthy();
    await page.goto(preview.url);
    const button = page.locator('#run-triggers');
    await expect.poll(() => button.textContent()).toBe('Run triggers now (1)');
    const runs = () => preview.runtime.executions().filter((e) => e.kind === 'trigger');
    expect(runs()).toEqual([]);
    await button.click();
    await expect.poll(() => runs().map((e) => e.functionName)).toEqual([handler]);
    expect(await page.locator('#dialog').isVisible()).toBe(false);
  });
});

describe('a Code.js that throws while loading', () => {
  it('shows the error on the page above the sheet, not a blank page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-broken-'));
    const broken = await startPreview({
      port: 0,
      fresh: true,
      savePath: join(dir, 'broken.workbook.json'),
      codePath: fileURLToPath(new URL('../local/fixtures/broken-code.js', import.meta.url)),
    });
    try {
      await page.goto(broken.url);
      const banner = page.locator('#banner');
      await expect.poll(() => banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toContain(
        'Cannot read properties of undefined (reading "criteria")',
      );
      expect(await cell('A2').textContent()).toBe('Northwind Channel Partners');
      await page.screenshot({ path: join(SHOTS, 'preview-load-error.png') });
    } finally {
      await broken.close();
    }
  });
});

describe('framing by another site', () => {
  it('is refused for the page and the sidebar, which only the page may frame', async () => {
    if (preview.runtime.sidebarHtml() === undefined) preview.runtime.run('showPlanner');
    // Another origin (another port of 127.0.0.1) whose page frames both.
    const foreign = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<iframe id="page" src="${preview.url}"></iframe><iframe id="sidebar" src="${preview.sidebarOrigin}/sidebar"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const port = (foreign.address() as { port: number }).port;
    try {
      const other = await browser.newPage();
      await other.goto(`http://127.0.0.1:${port}/`);
      await other.waitForTimeout(500);
      for (const id of ['page', 'sidebar']) {
        const frame = await (await other.locator(`#${id}`).elementHandle())?.contentFrame();
        // A blocked frame shows Chromium's error page: none of the preview's content loads.
        expect(await frame?.locator('#grid').count(), id).toBe(0);
        expect(await frame?.evaluate(() => 'google' in window), id).toBe(false);
      }
      await other.close();
      // The preview page itself still frames its sidebar.
      await page.goto(preview.url);
      const sidebar = page.frameLocator('#sidebar-frame');
      await expect
        .poll(() => sidebar.locator('body').textContent(), { timeout: 10_000 })
        .not.toBe('');
      expect(await page.frame({ url: /\/sidebar/ })?.evaluate(() => 'google' in window)).toBe(true);
    } finally {
      foreign.close();
    }
  });
});
