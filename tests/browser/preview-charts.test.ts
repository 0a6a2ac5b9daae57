// The plan's native charts in the preview, in Debian's Chromium: a plan written through
// the add-on (as the sidebar's google.script.run would) shows its three charts over the
// plan sheet, drawn from the cells they name, the stability intervals as floating bars,
// and the gate chart changes when a gate turns STOP. Screenshots go to test-results/, and
// the README's picture to docs/plan-charts.png too with UPDATE_DOCS=1.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/preview/server';
import { columnLetters } from '../../local/runtime/index';
import { gateColumn } from '../../src/domain/plan/gate-table';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

const SHOTS = join(process.cwd(), 'test-results');

let preview: Preview;
let browser: BrowserContext;
let page: Page;
let plan: string;

/** How many pixels of the chart's canvas are within a small distance of `hex`. */
function countColour(chartId: number, hex: string): Promise<number> {
  return page.evaluate(
    ({ id, hex }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        `.embedded-chart[data-chart-id="${id}"] canvas`,
      );
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return -1;
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (want.every((v, k) => Math.abs(data[i + k] - v) < 8) && data[i + 3] > 200) n++;
      return n;
    },
    { id: chartId, hex },
  );
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-charts-'));
  preview = await startPreview({ port: 0, fresh: true, savePath: join(dir, 'p.workbook.json') });
  const rt = preview.runtime;
  const ctx = rt.run<PlannerContext>('getPlannerContext');
  const result = rt.run<Result<WriteResult>>('writePlan', { source: ctx.defaults?.source });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  plan = result.value.plan.name;
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath(),
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

describe('charts in the preview', () => {
  it('draws the plan’s three charts where the add-on anchored them', async () => {
    await page.locator('.tabs button', { hasText: plan }).click();
    const boxes = page.locator('.embedded-chart');
    await expect.poll(() => boxes.count()).toBe(3);
    const [status, scores] = preview.runtime.charts(plan);
    // Bars in each wave's colour, and every gate PENDING (grey) before any Actual.
    expect(await countColour(scores.id, '#4285f4')).toBeGreaterThan(200);
    expect(await countColour(scores.id, '#34a853')).toBeGreaterThan(200);
    expect(await countColour(status.id, '#999999')).toBeGreaterThan(1000);
    // Only the legend's STOP swatch is red before any Actual.
    expect(await countColour(status.id, '#cc0000')).toBeLessThan(600);
    // Anchored right of the plan's blocks: the first chart's left edge is column S's.
    const column = page.locator(`td[data-row="0"][data-col="${status.position.column - 1}"]`);
    const [cellBox, chartBox] = await Promise.all([
      column.boundingBox(),
      boxes.first().boundingBox(),
    ]);
    expect(Math.abs((cellBox?.x ?? 0) - (chartBox?.x ?? -99))).toBeLessThan(2);
    await boxes.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'preview-charts.png') });
  });

  it('draws each stability interval as a bar floating from Holds from to Holds to', async () => {
    const stability = preview.runtime.charts(plan)[2];
    const box = page.locator(`.embedded-chart[data-chart-id="${stability.id}"]`);
    await box.scrollIntoViewIfNeeded();
    // The visible part of each bar in the chart's green, and nothing else in colour: the
    // base series (0 to Holds from) is transparent and out of the legend.
    const pixels = await page.evaluate((id) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        `.embedded-chart[data-chart-id="${id}"] canvas`,
      );
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return null;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let green = 0;
      let other = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a < 200) continue;
        if (Math.abs(r - 0x34) < 8 && Math.abs(g - 0xa8) < 8 && Math.abs(b - 0x53) < 8) green++;
        else if (Math.max(r, g, b) - Math.min(r, g, b) > 60 && g < Math.max(r, b)) other++;
      }
      return { green, other };
    }, stability.id);
    expect(pixels?.green).toBeGreaterThan(2000);
    expect(pixels?.other).toBe(0);
    await box.screenshot({ path: join(SHOTS, 'preview-stability-chart.png') });
  });

  it('redraws the gate chart when a gate turns STOP', async () => {
    const rt = preview.runtime;
    const values = rt.values(plan);
    const row = values.findIndex((r) => r[gateColumn('Status')] === 'PENDING');
    const goAt = Number(values[row][gateColumn('GO at')]);
    const stopAt = Number(values[row][gateColumn('STOP at')]);
    const at = (h: Parameters<typeof gateColumn>[0]) => `${columnLetters(gateColumn(h))}${row + 1}`;
    rt.setCell(plan, at('Actual'), goAt > stopAt ? stopAt / 2 : stopAt * 2);
    const today = new Date().toISOString().slice(0, 10);
    rt.setCell(plan, at('Data as of'), today);
    await page.reload();
    await page.locator('.tabs button', { hasText: plan }).click();
    const [status] = rt.charts(plan);
    await expect.poll(() => countColour(status.id, '#cc0000')).toBeGreaterThan(1500);
    // Three days of the monitor with the gate's Actual changing: its Trend cell draws them.
    rt.run('turnOnGateMonitor');
    for (const share of [3, 2, 1]) {
      rt.setCell(plan, at('Actual'), goAt > stopAt ? (stopAt * share) / 4 : stopAt * (1 + share));
      rt.runTrigger('runGateMonitor');
      rt.clock.advanceDays(1);
    }
    const trend = `${columnLetters(gateColumn('Status') + 1)}${row + 1}`;
    expect(rt.sparklines(plan)[trend]).toHaveLength(3);
    await page.reload();
    await page.locator('.tabs button', { hasText: plan }).click();
    const line = page.locator(
      `td[data-row="${row}"][data-col="${gateColumn('Status') + 1}"] svg.sparkline polyline`,
    );
    await expect
      .poll(() => line.getAttribute('points'))
      .toMatch(/^0\.00,[\d.]+ 50\.00,[\d.]+ 100\.00,/);
    // The whole top of the plan with its three charts and a trend, at half size (the README's picture).
    await page.setViewportSize({ width: 1560, height: 740 });
    await page.evaluate(() => {
      document.body.style.zoom = '0.5';
    });
    await page.locator('#grid-wrap').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'preview-plan.png') });
    if (process.env.UPDATE_DOCS === '1')
      copyFileSync(join(SHOTS, 'preview-plan.png'), join(process.cwd(), 'docs', 'plan-charts.png'));
    await page.evaluate(() => {
      document.body.style.zoom = '';
    });
    await page.setViewportSize({ width: 1600, height: 900 });
    await page
      .locator('.embedded-chart')
      .first()
      .screenshot({ path: join(SHOTS, 'preview-gate-chart.png') });
  });
});
