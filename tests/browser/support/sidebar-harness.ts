/**
 * The sidebar's browser tests run in the local preview (npm start's page): the add-on's
 * real onOpen builds the Extensions menu, showPlanner serves the real dist/Sidebar.html
 * in the preview's 300-pixel panel on its own origin, and google.script.run reaches the
 * local runtime through the preview's bridge. This file starts a fresh preview per test,
 * counts the user's clicks and records the server calls the sidebar makes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../../local/preview/server';
import type { LocalRuntime } from '../../../local/runtime/index';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** Playwright gives every launch a fresh temporary profile of its own. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

let shared: Promise<Browser> | undefined;

/** Closes the browser the sessions of this test file shared (for afterAll). */
export async function closeBrowser(): Promise<void> {
  const browser = await shared?.catch(() => undefined);
  shared = undefined;
  await browser?.close();
}

export interface SidebarSession {
  page: Page;
  runtime: LocalRuntime;
  /** The sidebar's frame, once opened from the menu. */
  sidebar(): Frame;
  /** Clicks the user made, on the menu and in the sidebar. */
  clicks(): number;
  /** Every alert/confirm/prompt any frame tried to show. */
  dialogs: string[];
  /** Requests to hosts other than the preview's two origins (the sidebar must make none). */
  foreignRequests: string[];
  /** The arguments of each call the sidebar made to one server function, oldest first. */
  serverArgs(name: string): unknown[][];
  click(frame: Frame | Page, selector: string): Promise<void>;
  /** Extensions → Open planner: two clicks, as in Sheets. */
  openPlanner(): Promise<Frame>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The workbook's CSV; default the sample. */
  csvPath?: string;
  /** Changes to the workbook before the page opens, as a person would type them. */
  prepare?: (runtime: LocalRuntime) => void;
  /** The spreadsheet's locale; default the preview's (en_US for the sample). */
  locale?: string;
}

const NOW = new Date('2026-03-04T10:00:00Z');

/**
 * A fresh preview with the sidebar's page open. The browser starts inside the first test
 * that needs it, so a missing browser or build fails that test rather than skipping it.
 */
export async function openSession(options: SessionOptions = {}): Promise<SidebarSession> {
  for (const built of ['dist/Code.js', 'dist/Sidebar.html'])
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first.`);
  shared ??= launchChromium();
  const browser = await shared;
  const dir = mkdtempSync(join(tmpdir(), 'pp-sidebar-'));
  const preview: Preview = await startPreview({
    port: 0,
    fresh: true,
    csvPath: options.csvPath,
    savePath: join(dir, 'workbook.json'),
    timeZone: 'Etc/UTC',
    locale: options.locale,
    now: NOW,
  });
  options.prepare?.(preview.runtime);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Below the test's own timeout, so a stuck wait reports which one it was.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  const calls: { name: string; args: unknown[] }[] = [];
  let clicks = 0;
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const own = [new URL(preview.url).origin, preview.sidebarOrigin];
  await context.route(
    (url) => !own.includes(url.origin),
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort();
    },
  );
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/run')) return;
    const body = request.postDataJSON() as { functionName: string; args: unknown[] };
    calls.push({ name: body.functionName, args: body.args });
  });
  await page.goto(preview.url);

  const sidebar = () => {
    const frame = page.frames().find((f) => f.url().startsWith(`${preview.sidebarOrigin}/sidebar`));
    if (!frame) throw new Error('The sidebar is not open.');
    return frame;
  };
  const click = async (where: Frame | Page, selector: string) => {
    await where.locator(selector).click();
    clicks++;
  };
  return {
    page,
    runtime: preview.runtime,
    sidebar,
    clicks: () => clicks,
    dialogs,
    foreignRequests,
    serverArgs: (name) => calls.filter((c) => c.name === name).map((c) => c.args),
    click,
    async openPlanner() {
      const source = () =>
        page.evaluate(() => (document.getElementById('sidebar-frame') as HTMLIFrameElement).src);
      const before = await source();
      await click(page, '#extensions');
      // The menu speaks the spreadsheet's language (ja_JP: プランナーを開く).
      await click(
        page,
        '#extensions-menu [role=menuitem]:text-matches("Open planner|プランナーを開く")',
      );
      // Each opening serves a new page (as Sheets does), also when one was open before.
      await page.waitForFunction((old) => {
        const src = (document.getElementById('sidebar-frame') as HTMLIFrameElement).src;
        return src.includes('/sidebar') && src !== old;
      }, before);
      const handle = await page.waitForSelector('#sidebar:not([hidden]) #sidebar-frame');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('The sidebar frame did not load.');
      await frame.waitForURL(await source());
      await frame.waitForSelector('#step-heading');
      return frame;
    },
    async close() {
      await context.close();
      await preview.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A picture of the whole sidebar at 300 pixels: the window is made tall enough for the
 * panel to show the sidebar's full height, so long steps are seen whole, then put back.
 */
export async function screenshotSidebar(session: SidebarSession, path: string): Promise<void> {
  const height = await session.sidebar().evaluate(() => document.documentElement.scrollHeight);
  const viewport = session.page.viewportSize() ?? { width: 1280, height: 800 };
  const frame = session.page.locator('#sidebar-frame');
  const top = (await frame.boundingBox())?.y ?? 0;
  await session.page.setViewportSize({
    width: viewport.width,
    height: Math.ceil(top + height + 60),
  });
  await session.page.waitForFunction(
    (h) => (document.getElementById('sidebar-frame')?.clientHeight ?? 0) >= h,
    height,
  );
  await frame.screenshot({ path });
  await session.page.setViewportSize(viewport);
}
