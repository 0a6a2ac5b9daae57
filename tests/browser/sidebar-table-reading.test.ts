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

  it('takes the currency of the sheet chosen, not of the first table found', async () => {
    // The sample's Gates sheet made a partner table in euros; the planner opens on the
    // dollar sample.
    const euros = [
      ['Partner', 'Capability', 'MDF', 'Enablement hours', 'Revenue', 'CAC', 'Coverage gap'],
      ['Alpha GmbH', 4, '€20,000', 40, '€300,000', '€4,000', 0.3],
      ['Beta SARL', 3, '€15,000', 60, '€200,000', '€5,000', 0.2],
      ['Gamma BV', 5, '€30,000', 30, '€450,000', '€3,500', 0.4],
      ...Array.from({ length: 5 }, () => Array(7).fill('')),
    ];
    const session = await openSession({
      prepare: (runtime) => {
        for (const [r, row] of euros.entries())
          for (const [c, cell] of row.entries())
            runtime.setCell('Gates', `${String.fromCharCode(65 + c)}${r + 1}`, cell);
      },
    });
    try {
      const frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
      await settled(frame);
      await frame.locator('#f-source-sheetName').selectOption('Gates');
      await expect.poll(() => frame.locator('code.formula').textContent()).toContain("'Gates'!");
      await settled(frame);
      for (let i = 0; i < 3; i++) await session.click(frame, '#next');
      await frame.locator('#step-heading', { hasText: 'Gates' }).waitFor();
      await frame.locator('label', { hasText: 'Direct-channel CAC (€)' }).waitFor();
      // A box takes euros now, and refuses dollars.
      const box = frame.locator('#f-gateSettings-directCac');
      await box.fill('$4,500');
      await box.blur();
      await frame.locator('.field-error', { hasText: 'USD' }).waitFor();
    } finally {
      await session.close();
    }
  });
});
