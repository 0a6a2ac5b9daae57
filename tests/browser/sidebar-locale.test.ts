/**
 * The sidebar's number boxes in a de_DE spreadsheet, in Debian's Chromium: a threshold is
 * typed and shown with the locale's marks (95.000 is ninety-five thousand), and text written
 * the en_US way is refused rather than read 1,000× off.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

async function atStep(frame: Frame, title: string) {
  await frame.locator('#step-heading', { hasText: title }).waitFor();
}

describe('numbers in the sidebar follow the spreadsheet locale', () => {
  it('de_DE: 95.000 is 95,000 and shown as 95.000; 1.5 is refused', async () => {
    const session = await openSession({ locale: 'de_DE' });
    try {
      const frame = await session.openPlanner();
      await atStep(frame, 'Data');
      for (const title of ['Priorities', 'Waves and schedule', 'Gates']) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      const box = frame.locator('table.gates input.num-input').first();
      await box.fill('95.000');
      await box.press('Tab');
      await expect.poll(() => box.getAttribute('aria-invalid'), POLL).toBe('false');
      await expect.poll(() => box.inputValue(), POLL).toMatch(/^\D*95\.000\D*$/);
      await box.focus();
      // While editing, the whole number with the locale's decimal mark and no grouping.
      await expect.poll(() => box.inputValue(), POLL).toBe('95000');
      await box.fill('1.5');
      await expect.poll(() => box.getAttribute('aria-invalid'), POLL).toBe('true');
      await box.fill('95.000,5');
      await expect.poll(() => box.getAttribute('aria-invalid'), POLL).toBe('false');
    } finally {
      await session.close();
    }
  });

  it('de_DE: the stability interval takes a decimal comma, as the plan and record write it', async () => {
    const session = await openSession({ locale: 'de_DE' });
    try {
      const frame = await session.openPlanner();
      await atStep(frame, 'Data');
      await session.click(frame, '#next');
      await atStep(frame, 'Priorities');
      const line = frame.locator('.sensitivity-line');
      await expect.poll(() => line.textContent(), POLL).toMatch(/stays .*\d,\d+× of its value/);
      expect(await line.textContent()).not.toMatch(/\d\.\d+×/);
    } finally {
      await session.close();
    }
  });
});
