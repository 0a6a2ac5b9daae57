/**
 * How the sidebar looks and whether everyone can use it: axe-core finds no serious or
 * critical violation on any step, nothing scrolls sideways at 300 pixels, screenshots
 * of every step are kept under test-results/sidebar/, and a keyboard alone writes a plan.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inspectSidebar } from './support/look';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

/** UI answers that wait on a server round trip get the time a loaded machine needs. */
const POLL = { timeout: 10_000 };

const SHOTS = 'test-results/sidebar';

afterAll(closeBrowser);

const inspect = (session: SidebarSession, name: string) => inspectSidebar(session, SHOTS, name);

describe('the sidebar for every user', () => {
  it('has no serious accessibility violation and fits 300 pixels on every step', async () => {
    const session = await openSession();
    try {
      const frame = await session.openPlanner();
      const titles = ['Data', 'Priorities', 'Waves and schedule', 'Gates', 'People and record'];
      for (const [i, title] of titles.entries()) {
        await frame.locator('#step-heading', { hasText: title }).waitFor();
        await inspect(session, `${i + 1}-${title.split(' ')[0].toLowerCase()}`);
        await session.click(frame, '#next');
      }
      await frame.locator('#step-heading', { hasText: 'Review and write' }).waitFor();
      await inspect(session, '6-review');

      // Messages on fields: a GO below its STOP and a malformed record ID.
      await session.click(frame, '.dot[aria-label^="Step 4"]');
      await frame.locator('#f-gates-0-metrics-0-goAt').fill('1');
      await inspect(session, '4-gates-with-error');
      await frame.locator('#f-gates-0-metrics-0-goAt').fill('');
      await session.click(frame, '.dot[aria-label^="Step 5"]');
      await frame.locator('#f-record-id').fill('B12');
      await session.click(frame, '.dot[aria-label^="Step 6"]');
      await session.click(frame, '#write-plan');
      await frame.locator('#f-record-id-error').waitFor();
      await inspect(session, '5-people-with-error');
      await frame.locator('#f-record-id').fill('B0373');

      await session.click(frame, '.dot[aria-label^="Step 6"]');
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      await inspect(session, '7-written');
    } finally {
      await session.close();
    }
  });

  it('writes a plan with the keyboard alone; Enter in a box never submits', async () => {
    const session = await openSession();
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      const keyboard = session.page.keyboard;
      const focused = () => frame.evaluate(() => document.activeElement?.id ?? '');
      const tabTo = async (id: string) => {
        for (let i = 0; i < 120 && (await focused()) !== id; i++) await keyboard.press('Tab');
        expect(await focused()).toBe(id);
      };
      await frame.locator('#f-source-sheetName').focus();
      await keyboard.press('Enter');
      await tabTo('next');
      await keyboard.press('Enter');
      await frame.locator('#step-heading', { hasText: 'Priorities' }).waitFor();
      // Focus moves to the new step's heading, so Tab continues from the top of the step.
      await expect.poll(focused, POLL).toBe('step-heading');
      await keyboard.press('Tab');
      expect(await focused()).toBe('f-scoring-weights-capability');
      await keyboard.press('Enter');
      expect(await frame.locator('#step-heading').textContent()).toContain('Priorities');
      for (const title of [
        'Waves and schedule',
        'Gates',
        'People and record',
        'Review and write',
      ]) {
        await tabTo('next');
        await keyboard.press('Space');
        await frame.locator('#step-heading', { hasText: title }).waitFor();
      }
      await tabTo('write-plan');
      await keyboard.press('Enter');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      expect(runtime.sheetNames()).toContain('Pilot plan B0373 v1');
      expect(session.serverArgs('writePlan')).toHaveLength(1);
      expect(session.clicks()).toBe(2);
    } finally {
      await session.close();
    }
  });
});
