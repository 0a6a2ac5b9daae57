/**
 * The daily gate monitor's switch on the wizard's last step, in Debian's Chromium over
 * the local preview: it installs exactly one trigger, never a second, and removes it.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

const statusIn = (frame: Frame) =>
  frame.locator('section[aria-labelledby="monitor-heading"] dt:has-text("Status") + dd');

describe('the gate monitor switch in the sidebar', () => {
  it('turns the daily monitor on once, keeps one trigger, and turns it off', async () => {
    const session = await openSession();
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      await session.click(frame, '.dot[aria-label^="Step 6"]');
      const monitor = frame.locator('section[aria-labelledby="monitor-heading"]');
      const status = statusIn(frame);
      await expect.poll(() => status.textContent(), POLL).toBe('Off');
      expect(runtime.triggers()).toEqual([]);

      await session.click(frame, 'button:has-text("Turn on daily gate monitor")');
      await expect.poll(() => status.textContent(), POLL).toBe('On');
      expect(runtime.triggers().map((t) => t.handlerFunction)).toEqual(['runGateMonitor']);

      // Text a number box cannot read (2-) reaches the page as '', which Number reads as 0:
      // refused, never sent as a reminder of 0 days.
      const days = monitor.getByLabel('Remind owners this many days before each review');
      await days.fill('');
      await days.pressSequentially('2-');
      expect(await days.getAttribute('aria-invalid')).toBe('true');
      expect(await monitor.locator('.field-error').count()).toBe(1);
      expect(await frame.locator('button:has-text("Update daily gate monitor")').isDisabled()).toBe(
        true,
      );
      expect(session.serverArgs('turnOnGateMonitor')).toHaveLength(1);

      await days.fill('3');
      await session.click(frame, 'button:has-text("Update daily gate monitor")');
      await expect.poll(() => monitor.getAttribute('aria-busy'), POLL).toBe('false');
      // The reminder lead time is the server's: a reopened sidebar shows it.
      const reopened = await session.openPlanner();
      await session.click(reopened, '.dot[aria-label^="Step 6"]');
      await expect
        .poll(() => reopened.locator('#monitor-reminder-days').inputValue(), POLL)
        .toBe('3');
      await expect.poll(() => statusIn(reopened).textContent(), POLL).toBe('On');
      expect(runtime.triggers()).toHaveLength(1);

      await session.click(reopened, 'button:has-text("Turn off")');
      await expect.poll(() => statusIn(reopened).textContent(), POLL).toBe('Off');
      expect(runtime.triggers()).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
