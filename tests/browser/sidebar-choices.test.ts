/**
 * Issue 14's sidebar parts in Debian's Chromium: excluding a partner with a reason and
 * pinning one to a wave on the data step, removing a built-in metric on the gates step,
 * and the summary block of the plan they write.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { tableUnder } from './support/sheet-tables';
import { closeBrowser, openSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

async function atStep(frame: Frame, title: string) {
  await frame.locator('#step-heading', { hasText: title }).waitFor();
}

describe('choices in the sidebar', () => {
  it('excludes, pins and removes a metric, and the written plan shows them with its summary', async () => {
    const session = await openSession();
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      await atStep(frame, 'Data');
      const first = frame.locator('.partner-choice').first();
      await expect
        .poll(() => first.locator('.name').textContent(), POLL)
        .toBe('Copperleaf Partners');

      // Exclude the top partner with a reason.
      await session.click(frame, '#partner-16-exclude');
      const reason = frame.locator('[aria-label="Why Copperleaf Partners is excluded"]');
      await reason.fill('Under legal review');
      await expect
        .poll(() => frame.locator('.counts').textContent(), POLL)
        .toContain('Excluded by hand: 1');

      // Pin Northwind (row 2, ranked low) to the pilot, paging on until the list shows it.
      const pin = frame.locator('#partner-2-pin');
      while (!(await pin.isVisible())) await session.click(frame, '.pager button:has-text("Next")');
      await pin.selectOption('1');
      await expect.poll(() => pin.inputValue(), POLL).toBe('1');

      // Remove CAC on the gates step.
      for (const title of ['Priorities', 'Waves and schedule', 'Gates']) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      await session.click(frame, '#remove-metric-cac');
      await expect
        .poll(() => frame.locator('table.gates tbody tr', { hasText: 'CAC' }).count(), POLL)
        .toBe(0);
      await expect.poll(() => frame.locator('#add-metric-cac').count(), POLL).toBe(1);

      for (const title of ['People and record', 'Review and write']) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      await expect
        .poll(() => frame.locator('dl.summary').textContent(), POLL)
        .toContain('1 excluded by hand');
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      await session.page.screenshot({ path: 'test-results/written-plan.png' });

      const sent = session.serverArgs('writePlan').at(-1)?.[0] as {
        partners: { exclusions: unknown[]; pins: unknown[] };
      };
      expect(sent.partners.exclusions).toEqual([
        { sheetRow: 16, name: 'Copperleaf Partners', reason: 'Under legal review' },
      ]);
      expect(sent.partners.pins).toEqual([
        { sheetRow: 2, name: 'Northwind Channel Partners', wave: 1 },
      ]);

      const plan = runtime.values('Pilot plan B0373 v1');
      const summary = tableUnder(plan, ['Wave', 'Partners', 'Gate verdict', 'Next review']);
      expect(summary.map((r) => [r.Name, r.Partners, r['Gate verdict']])).toEqual([
        ['Pilot', 8, 'PENDING'],
        // 38 partners can enter a wave: 20%, 30% and the rest.
        ['Expand', 11, 'PENDING'],
        ['Scale', 19, 'PENDING'],
      ]);
      const excluded = tableUnder(plan, ['Partner', 'Source row', 'Reason']);
      expect(excluded[0]).toMatchObject({
        Partner: 'Copperleaf Partners',
        Reason: 'Under legal review',
      });
      const partners = tableUnder(plan, ['Rank', 'Partner', 'Score']);
      expect(partners.find((p) => p.Partner === 'Northwind Channel Partners')).toMatchObject({
        'Wave name': 'Pilot',
        Status: 'In a wave (pinned)',
      });
      const gates = tableUnder(plan, ['Checkpoint', 'Metric', 'GO at']);
      expect(gates.some((g) => g.Metric === 'CAC')).toBe(false);
      expect(session.dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('shows the live top list without scrolling in a 1280×720 window', async () => {
    const session = await openSession();
    try {
      await session.page.setViewportSize({ width: 1280, height: 720 });
      const frame = await session.openPlanner();
      await session.click(frame, '#next');
      await atStep(frame, 'Priorities');
      const first = frame.locator('table.ranking tbody tr').first();
      await first.waitFor(POLL);
      const [rowBottom, footerTop] = await frame.evaluate(() => [
        document.querySelector('table.ranking tbody tr')?.getBoundingClientRect().bottom ?? 1e9,
        document.querySelector('.footer')?.getBoundingClientRect().top ?? 0,
      ]);
      expect(rowBottom).toBeLessThanOrEqual(footerTop);
    } finally {
      await session.close();
    }
  });

  it('warns before the monitor is turned on while owners are role names', async () => {
    const session = await openSession();
    try {
      const frame = await session.openPlanner();
      for (const title of [
        'Priorities',
        'Waves and schedule',
        'Gates',
        'People and record',
        'Review and write',
      ]) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      await expect
        .poll(() => frame.locator('#monitor-role-owners').textContent(), POLL)
        .toContain('Channel sales lead');
      // One primary button on the step: Write plan.
      expect(await frame.locator('button.primary:visible').count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
