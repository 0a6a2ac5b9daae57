// Issue 14's preview fixes in Debian's Chromium: a CSV with title lines above its header
// gets a working Score column, another tab opens at its top-left, many tabs scroll, the
// current step dot stays filled after a click, and the sidebar's port can be chosen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/preview/server';
import { freshCommand } from '../../local/preview/workbook-file';
import { parseCellA1 } from '../../local/runtime/index';
import type { PlannerContext } from '../../src/shared/plan-types';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

const dir = mkdtempSync(join(tmpdir(), 'pp-preview-fixes-'));
const csv = join(dir, 'crm export.csv');
let preview: Preview;
let browser: BrowserContext;
let page: Page;

const cell = (a1: string) => {
  const { row, col } = parseCellA1(a1);
  return page.locator(`td[data-row="${row}"][data-col="${col}"]`);
};

beforeAll(async () => {
  const rows = [
    'Partner export Q3,,,',
    'Generated 2026-10-01,,,',
    'Partner,Capability,CAC,Coverage gap',
    ...Array.from(
      { length: 60 },
      (_, i) => `P${i + 1},${1 + (i % 9)},${2000 + i * 37},${(i % 50) + 1}%`,
    ),
  ];
  writeFileSync(csv, `${rows.join('\n')}\n`);
  preview = await startPreview({ port: 0, fresh: true, csvPath: csv, sidebarPort: 0 });
  // Five written plans: eleven more tabs than fit a 1280-pixel window.
  const ctx = preview.runtime.run<PlannerContext>('getPlannerContext');
  for (let i = 0; i < 5; i++) preview.runtime.run('writePlan', { source: ctx.defaults?.source });
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 720 },
    args: CHROMIUM_ARGS,
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(preview.url);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the preview', () => {
  it('puts the automatic Score column on the detected header row', async () => {
    await page.locator('.tabs button', { hasText: 'crm export' }).click();
    await expect.poll(() => cell('E3').textContent()).toBe('Score');
    const scores = await Promise.all(['E4', 'E5', 'E63'].map((a1) => cell(a1).textContent()));
    for (const s of scores) expect(s).toMatch(/^\d+(\.\d)?$/);
    expect(preview.runtime.formulas('crm export')[2][4]).toBe('=PARTNER_SCORE(A3:D63)');
  });

  it('opens another sheet at its top-left, whatever the last one was scrolled to', async () => {
    const grid = page.locator('#grid-wrap');
    await grid.evaluate((el) => el.scrollTo(0, 900));
    await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.locator('.tabs button', { hasText: 'Pilot plan B0373 v1' }).click();
    await expect.poll(() => grid.evaluate((el) => [el.scrollTop, el.scrollLeft])).toEqual([0, 0]);
  });

  it('scrolls many tabs sideways on one line instead of wrapping them', async () => {
    const tabs = page.locator('.tabs');
    const [height, scrollWidth, width] = await tabs.evaluate((el) => [
      el.getBoundingClientRect().height,
      el.scrollWidth,
      el.clientWidth,
    ]);
    expect(height).toBeLessThanOrEqual(40);
    expect(scrollWidth).toBeGreaterThan(width);
    // Each name on one line, none squeezed to wrap.
    const lines = await page.locator('.tabs button').evaluateAll((buttons) =>
      buttons.map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.every((n) => n === 1)).toBe(true);
    // And the row scrolls to the tabs out of view.
    expect(
      await tabs.evaluate((el) => {
        el.scrollLeft = 300;
        return el.scrollLeft;
      }),
    ).toBeGreaterThan(0);
  });

  it('serves the sidebar from the port it is given, and names the user’s file to start over', async () => {
    const fixed = await startPreview({
      port: 0,
      sidebarPort: 0,
      fresh: true,
      csvPath: csv,
      savePath: join(dir, 'second.workbook.json'),
    });
    try {
      expect(fixed.sidebarOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await fixed.close();
    }
    const port = 40000 + Math.floor(Math.random() * 20000);
    const chosen = await startPreview({
      port: 0,
      sidebarPort: port,
      fresh: true,
      csvPath: csv,
      savePath: join(dir, 'third.workbook.json'),
    });
    try {
      expect(chosen.sidebarOrigin).toBe(`http://127.0.0.1:${port}`);
    } finally {
      await chosen.close();
    }
    expect(freshCommand(csv)).toMatch(/^npm start -- ".*crm export\.csv" --fresh$/);
  });
});

describe('the sidebar’s step dots', () => {
  it('keep the current step filled after it is clicked', async () => {
    await page.locator('.tabs button', { hasText: 'crm export' }).click();
    await page.locator('#extensions').click();
    await page.getByRole('menuitem', { name: 'Open planner' }).click();
    const frame = page.frameLocator('iframe');
    await frame.locator('#step-heading', { hasText: 'Data' }).waitFor({ timeout: 15_000 });
    const dot = frame.locator('nav.progress button', { hasText: '2' });
    await dot.click();
    await frame.locator('#step-heading', { hasText: 'Priorities' }).waitFor();
    // Still under the pointer after the click.
    await dot.hover();
    expect(await dot.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(26, 115, 232)',
    );
  });
});
