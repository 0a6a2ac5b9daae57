/**
 * A small Sheets-like page for the sidebar's browser tests: an Extensions menu built by
 * the add-on's real onOpen, and the real dist/Sidebar.html (from HtmlService, as
 * showPlanner serves it) in a 300-pixel iframe whose google.script.run performs each
 * call as an execution of the local runtime. Clicks on either are counted.
 */
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import type { LocalRuntime } from '../../../local/runtime/index';

const ORIGIN = 'http://preview.test';
export const SIDEBAR_WIDTH = 300;
const SIDEBAR_HEIGHT = 760;

/**
 * Debian's Chromium; a missing browser fails the test (it is never skipped). Playwright
 * gives every launch a fresh temporary profile of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const launcherPage = (menu: { name: string; functionName: string }[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Local sheet</title>
<style>
  body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; }
  #sheet { flex: 1; }
  #menu-list { display: none; list-style: none; margin: 0; padding: 4px 0; border: 1px solid #ccc; position: absolute; background: #fff; }
  #menu-list.open { display: block; }
  iframe { width: ${SIDEBAR_WIDTH}px; height: ${SIDEBAR_HEIGHT}px; border: 0; border-left: 1px solid #dadce0; }
</style></head>
<body><div id="sheet"><button id="extensions" type="button">Extensions</button>
<ul id="menu-list">${menu
  .map((m) => `<li><button type="button" data-fn="${m.functionName}">${m.name}</button></li>`)
  .join('')}</ul></div>
<iframe id="sidebar" title="Partner Pilot" hidden></iframe>
<script>
  document.getElementById('extensions').onclick = () => document.getElementById('menu-list').classList.toggle('open');
  for (const item of document.querySelectorAll('[data-fn]')) item.onclick = async () => {
    document.getElementById('menu-list').classList.remove('open');
    const shown = await window.__runMenuItem(item.dataset.fn);
    if (!shown) return;
    const frame = document.getElementById('sidebar');
    frame.hidden = false;
    frame.src = '${ORIGIN}/sidebar?' + Date.now();
  };
</script></body></html>`;

// google.script.run as HtmlService gives it: each withX returns a runner carrying its
// handlers, calls are asynchronous, and failures arrive as Errors with the server's
// message. A string, so the test transform cannot add helpers the page lacks.
const bridge = `
if (location.pathname.startsWith('/sidebar')) {
  const runner = (success, failure) => new Proxy({}, {
    get(_t, name) {
      if (name === 'withSuccessHandler') return (h) => runner(h, failure);
      if (name === 'withFailureHandler') return (h) => runner(success, h);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => {
        window.__serverCall(name, args).then((answer) => {
          if (answer.ok) success && success(answer.value);
          else failure && failure(new Error(answer.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
}`;

export interface SidebarSession {
  page: Page;
  /** The sidebar's frame, once opened from the menu. */
  sidebar(): Frame;
  /** Clicks the user made, on the menu and in the sidebar. */
  clicks(): number;
  /** Every alert/confirm/prompt the page tried to show. */
  dialogs: string[];
  /** Server calls made by the sidebar, in order, and requests to other hosts ('BLOCKED url'). */
  serverCalls: string[];
  /** The arguments of each call to one server function, oldest first. */
  serverArgs(name: string): unknown[][];
  click(frame: Frame | Page, selector: string): Promise<void>;
  /** Extensions → Open planner: two clicks, as in Sheets. */
  openPlanner(): Promise<Frame>;
  close(): Promise<void>;
}

export async function openSession(
  browser: Browser,
  runtime: LocalRuntime,
): Promise<SidebarSession> {
  const context = await browser.newContext({
    viewport: { width: 900, height: SIDEBAR_HEIGHT + 40 },
  });
  const p = await context.newPage();
  const dialogs: string[] = [];
  const serverCalls: string[] = [];
  const argsByCall: { name: string; args: unknown[] }[] = [];
  let clicks = 0;
  p.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/')
      return route.fulfill({ contentType: 'text/html', body: launcherPage(runtime.open()) });
    if (url.pathname === '/sidebar')
      return route.fulfill({ contentType: 'text/html', body: runtime.sidebarHtml() ?? '' });
    return route.fulfill({ status: 404, body: 'not here' });
  });
  // Nothing else may be fetched: the sidebar must be self-contained.
  await context.route(
    (url) => !url.href.startsWith(ORIGIN) && !url.href.startsWith('about:'),
    (route) => {
      serverCalls.push(`BLOCKED ${route.request().url()}`);
      return route.abort();
    },
  );
  await context.exposeFunction('__runMenuItem', (fn: string) => {
    runtime.runMenuItem(fn);
    return runtime.sidebarHtml() !== undefined;
  });
  await context.exposeFunction('__serverCall', (name: string, args: unknown[]) => {
    serverCalls.push(name);
    argsByCall.push({ name, args });
    try {
      return { ok: true, value: runtime.run(name, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await context.addInitScript({ content: bridge });
  await p.goto(`${ORIGIN}/`);

  const sidebar = () => {
    const frame = p.frames().find((f) => f.url().startsWith(`${ORIGIN}/sidebar`));
    if (!frame) throw new Error('The sidebar is not open.');
    return frame;
  };
  const click = async (where: Frame | Page, selector: string) => {
    await where.locator(selector).click();
    clicks++;
  };
  return {
    page: p,
    sidebar,
    clicks: () => clicks,
    dialogs,
    serverCalls,
    serverArgs: (name) => argsByCall.filter((c) => c.name === name).map((c) => c.args),
    click,
    async openPlanner() {
      await click(p, '#extensions');
      await click(p, '[data-fn="showPlanner"]');
      await p.waitForFunction(() =>
        [...document.querySelectorAll('iframe')].some((f) => f.src.includes('/sidebar')),
      );
      const frame = await (await p.waitForSelector('#sidebar:not([hidden])')).contentFrame();
      if (!frame) throw new Error('The sidebar frame did not load.');
      await frame.waitForSelector('#step-heading');
      return frame;
    },
    close: () => context.close(),
  };
}

/**
 * A picture of the whole sidebar at 300 pixels: the iframe is stretched to its content
 * for the shot, so long steps are seen whole, then put back.
 */
export async function screenshotSidebar(session: SidebarSession, path: string): Promise<void> {
  const frame = session.sidebar();
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  await session.page.evaluate((h) => {
    const el = document.getElementById('sidebar') as HTMLIFrameElement;
    el.style.height = `${Math.max(h, 760)}px`;
  }, height);
  await session.page.locator('#sidebar').screenshot({ path });
  await session.page.evaluate((h) => {
    (document.getElementById('sidebar') as HTMLIFrameElement).style.height = `${h}px`;
  }, SIDEBAR_HEIGHT);
}
