/**
 * The gates step's number boxes in a de_DE spreadsheet, in Debian's Chromium (the sample's
 * headers name dollars, so amounts show as 1.500.000 $: German marks, the table's currency): they read
 * text as a cell does (value rules 1–7), a refused text stays in its box with the reader's
 * message, a typed baseline shows as stored, and a draft reopens with the boxes it had.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

async function toGates(session: SidebarSession): Promise<Frame> {
  const frame = await session.openPlanner();
  for (const title of ['Priorities', 'Waves and schedule', 'Gates']) {
    await session.click(frame, '#next');
    await frame.locator('#step-heading', { hasText: title }).waitFor();
  }
  return frame;
}

/** The text of the messages a box's aria-describedby names. */
async function described(frame: Frame, id: string): Promise<string> {
  const ids = (await frame.locator(`#${id}`).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((i) => frame.locator(`#${i}`).textContent()),
  );
  return texts.join(' ');
}

const GO = 'f-gates-0-metrics-0-goAt';
const STOP = 'f-gates-0-metrics-0-stopAt';
const BASELINE = 'f-gates-0-metrics-0-baseline';

describe('the gates step reads numbers as the cells do', () => {
  it('keeps a refused text in its box with the reader’s message; reads 1,5 Mio', async () => {
    const session = await openSession({ locale: 'de_DE' });
    try {
      const frame = await toGates(session);
      const go = frame.locator(`#${GO}`);
      const stop = frame.locator(`#${STOP}`);
      await expect.poll(() => stop.inputValue(), POLL).toMatch(/ \$$/);
      const stopBefore = await stop.inputValue();
      // Rule 3: 95,000 in de_DE is 95 typed, or 95000 pasted from an en_US source.
      await go.fill('95,000');
      await go.press('Tab');
      expect(await go.inputValue()).toBe('95,000');
      expect(await go.getAttribute('aria-invalid')).toBe('true');
      expect(await described(frame, GO)).toContain('"95,000" is ambiguous: 95000 or 95?');
      // Rule 2: 1.5 is a number only the en_US way; the message says how to type it here.
      await stop.fill('1.5');
      await stop.press('Tab');
      expect(await stop.inputValue()).toBe('1.5');
      expect(await described(frame, STOP)).toMatch(/"1\.5" is written .*; type 1,5/);
      // Corrected, the text reads, its message goes and the box shows the number.
      await go.fill('1,5 Mio');
      await go.press('Tab');
      await expect.poll(() => go.inputValue(), POLL).toBe('1.500.000 $');
      expect(await described(frame, GO)).not.toContain('ambiguous');
      // GO is judged in whole dollars (the plan rounds it so): the box shows that threshold.
      await go.fill('1.500.000,4');
      await go.blur();
      expect(await go.inputValue()).toBe('1.500.000 $');
      await stop.fill('');
      await stop.press('Tab');
      await expect.poll(() => stop.inputValue(), POLL).toBe(stopBefore);
      expect(await described(frame, STOP)).not.toContain('"1.5"');
    } finally {
      await session.close();
    }
  });

  it('shows a typed baseline of 0,5 $ as stored, with a message that matches the boxes, and reopens it whole', async () => {
    const session = await openSession({ locale: 'de_DE' });
    try {
      const frame = await toGates(session);
      const baseline = frame.locator(`#${BASELINE}`);
      await baseline.fill('0,5');
      await baseline.blur();
      // GO and STOP derived from half a dollar both round to 0 $: the boxes say so.
      await expect.poll(() => frame.locator(`#${GO}`).inputValue(), POLL).toBe('0 $');
      expect(await frame.locator(`#${STOP}`).inputValue()).toBe('0 $');
      expect(await baseline.inputValue()).toBe('0,5 $');
      expect(await described(frame, BASELINE)).toContain('its baseline 0,5 $ gives GO and STOP');
      const boxes = frame.locator('table.gates input');
      const shown = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(shown.filter((v) => v !== '').length).toBeGreaterThan(shown.length / 2);
      await expect
        .poll(() => Object.values(session.runtime.documentProperties()).join('\n'), POLL)
        .toContain('"baseline":0.5');
      await session.click(session.page, '#sidebar-close');
      const reopened = await toGates(session);
      const again = reopened.locator('table.gates input');
      await expect
        .poll(() => again.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), POLL)
        .toEqual(shown);
    } finally {
      await session.close();
    }
  });
});
