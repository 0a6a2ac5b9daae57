/**
 * Issue 15's balance in the gates step, in Debian's Chromium: the partner-share band is
 * there by default, today's share moves it, a control guardrail is picked from the short
 * list with its explanation and the direct channel's level, and the written plan judges
 * both in every wave.
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

describe('the balance on the gates step', () => {
  it('sets the band from today’s share, adds a churn guardrail, and the plan judges both', async () => {
    const session = await openSession();
    try {
      const frame = await session.openPlanner();
      for (const title of ['Priorities', 'Waves and schedule', 'Gates']) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      const rows = frame.locator('table.gates tbody tr', { hasText: 'Share floor' });
      await expect.poll(() => rows.count(), POLL).toBe(3);

      await frame.locator('#f-gateSettings-baselineShare').fill('30');
      await frame.locator('#f-gateSettings-baselineShare').blur();
      const churn = frame.locator('#add-metric-partnerChurn');
      await expect
        .poll(() => churn.locator('xpath=..').textContent(), POLL)
        .toContain('Share of customers won through partners who leave in the period');
      await session.click(frame, '#add-metric-partnerChurn');
      const level = frame.locator('#f-gateSettings-directBaselines-partnerChurn');
      await level.fill('8');
      await level.blur();
      await expect
        .poll(
          () => frame.locator('table.gates tbody tr', { hasText: 'Partner churn' }).count(),
          POLL,
        )
        .toBe(3);

      for (const title of ['People and record', 'Review and write']) {
        await session.click(frame, '#next');
        await atStep(frame, title);
      }
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      const sent = session.serverArgs('writePlan').at(-1)?.[0] as {
        gateSettings: { baselineShare: number; directBaselines: { partnerChurn: number } };
      };
      expect(sent.gateSettings.baselineShare).toBeCloseTo(0.3, 12);
      expect(sent.gateSettings.directBaselines.partnerChurn).toBeCloseTo(0.08, 12);

      const plan = session.runtime.values('Pilot plan B0373 v1');
      const gates = tableUnder(plan, ['Checkpoint', 'Metric', 'GO at']);
      const review = (metric: string) =>
        gates.filter((g) => g.Metric === metric && g.Checkpoint === 'Gate review');
      expect(review('Partner share of new revenue (floor)').map((g) => g['GO at'])).toEqual([
        0.3, 0.3, 0.3,
      ]);
      expect(review('Partner-sourced customer churn').map((g) => g['STOP at'])).toEqual([
        0.12, 0.12, 0.12,
      ]);
      expect(session.dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
