/**
 * The data step's table reading (issue 10) in real Chromium over the CRM-style sample:
 * words mapped to numbers, a criterion of the team's own, a tie between two columns left
 * for the user, and the PARTNER_SCORE formula that gives the plan's scores in the sheet.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanRequest } from '../../src/shared/plan-types';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

const CSV = new URL('../../samples/crm-export.csv', import.meta.url).pathname;

afterAll(closeBrowser);

/** The request of the last preview the sidebar asked for. */
function lastPreview(session: SidebarSession): PlanRequest {
  const calls = session.serverArgs('previewPlan');
  return calls[calls.length - 1]?.[0] as PlanRequest;
}

async function settled(frame: Frame) {
  await frame.waitForFunction(
    () => !(document.getElementById('app')?.textContent ?? '').includes('…'),
  );
}

describe('the data step reads the table as the formula does', () => {
  it('maps words to numbers, adds a criterion and shows the formula that reproduces the plan', async () => {
    const session = await openSession({ csvPath: CSV });
    try {
      const frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
      await settled(frame);
      // Tier words are read without help; the plain formula already agrees.
      await frame
        .locator('.score-formula', { hasText: 'PARTNER_SCORE gives these scores too' })
        .waitFor();

      await frame.locator('input[aria-label="Capability score: Platinum"]').fill('10');
      await frame.locator('.score-formula .notice', { hasText: 'Your choices differ' }).waitFor();
      expect(lastPreview(session).reading?.wordMaps).toEqual([
        { column: 4, words: [{ word: 'Platinum', value: 10 }] },
      ]);
      await expect
        .poll(() => frame.locator('code.formula').textContent())
        .toMatch(
          /^=PARTNER_SCORE\('crm-export'!A1:I69, 'Pilot plan B0373 v1'!A\d+:B\d+, "minmax"\)$/,
        );
      await frame.locator('.score-formula td', { hasText: 'Capability score: platinum' }).waitFor();

      await session.click(frame, 'button:has-text("Add a criterion")');
      await frame
        .locator('select[aria-label="Extra criterion 1: column"]')
        .selectOption({ label: 'Certified reps' });
      await frame
        .locator('select[aria-label="Extra criterion 1: better when"]')
        .selectOption('lower');
      await frame.locator('.score-formula td', { hasText: 'Certified reps (cost)' }).waitFor();
      expect(lastPreview(session).reading?.extraCriteria).toEqual([
        { column: 10, direction: 'lower', weight: 1 },
      ]);
      expect(session.dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('leaves two columns that name one criterion for the user to choose', async () => {
    const session = await openSession({
      csvPath: CSV,
      // The "2026" column renamed "Revenue": it and "Partner-sourced revenue ($)" both name the criterion.
      prepare: (runtime) => runtime.setCell('crm-export', 'K1', 'Revenue'),
    });
    try {
      const frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
      const notice = frame.locator('.notice.tie');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(
        '2 columns could be Partner-sourced revenue: Partner-sourced revenue ($), Revenue.',
      );
      const select = frame.locator('#f-source-columns-sourcedRevenue');
      expect(await select.inputValue()).toBe('');
      await select.selectOption({ label: 'Partner-sourced revenue ($)' });
      await notice.waitFor({ state: 'detached' });
      await settled(frame);
      await frame
        .locator('.score-formula td', { hasText: 'Partner-sourced revenue ($)' })
        .waitFor();
    } finally {
      await session.close();
    }
  });
});
