/**
 * Partner names that are HTML, script or a formula: the sidebar shows them as text on
 * every step (no dialog, no injected element) and the plan writes them as text.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime/index';
import type { PlannerContext, PlanPreview, Result } from '../../src/shared/plan-types';
import { tableUnder } from './support/sheet-tables';
import { closeBrowser, openSession } from './support/sidebar-harness';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const FORMULA = '=HYPERLINK("http://evil.test","click me")';
const EXCLUDED = '<img src=y onerror=alert(3)>';
const OWNER = '@owner <b>bold</b>';

afterAll(closeBrowser);

/** Renames the sample's three best partners and its one excluded row, as a person would type. */
function makeHostile(runtime: LocalRuntime) {
  const ctx = runtime.run<PlannerContext>('getPlannerContext');
  const preview = runtime.run<Result<PlanPreview>>('previewPlan', ctx.defaults);
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  const ranked = preview.value.partners.filter((p) => p.rank !== null);
  const excluded = preview.value.partners.find((p) => p.status === 'insufficient');
  if (!excluded) throw new Error('The sample should hold a row with insufficient data.');
  // A leading apostrophe is how a person types text that starts with '='.
  runtime.setCell('Partners', `A${ranked[0].sheetRow}`, IMG);
  runtime.setCell('Partners', `A${ranked[1].sheetRow}`, SCRIPT);
  runtime.setCell('Partners', `A${ranked[2].sheetRow}`, `'${FORMULA}`);
  runtime.setCell('Partners', `D${ranked[0].sheetRow}`, OWNER);
  runtime.setCell('Partners', `A${excluded.sheetRow}`, EXCLUDED);
}

async function expectOnlyText(frame: Frame, dialogs: string[], names: string[]) {
  await frame.locator('details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  const page = await frame.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    injectedScripts: [...document.scripts].filter((el) => el.textContent?.includes('alert('))
      .length,
    bold: document.querySelectorAll('b').length,
    text: document.getElementById('app')?.textContent ?? '',
  }));
  expect(page.images).toBe(0);
  expect(page.injectedScripts).toBe(0);
  expect(page.bold).toBe(0);
  for (const name of names) expect(page.text).toContain(name);
  expect(dialogs).toEqual([]);
}

describe('hostile partner names', () => {
  it('render as text in every step and are written as text', async () => {
    const session = await openSession({ prepare: makeHostile });
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      const step = async (title: string, names: string[]) => {
        await frame.locator('#step-heading', { hasText: title }).waitFor();
        await frame.waitForFunction(
          () => !(document.getElementById('app')?.textContent ?? '').includes('…'),
        );
        await expectOnlyText(frame, session.dialogs, names);
      };
      await step('Data', [EXCLUDED]);
      await session.click(frame, '#next');
      await step('Priorities', [IMG, SCRIPT, FORMULA]);
      await session.click(frame, '#next');
      await step('Waves and schedule', [IMG, SCRIPT, FORMULA]);
      await session.click(frame, '#next');
      await step('Gates', []);
      await session.click(frame, '#next');
      await step('People and record', []);
      await session.click(frame, '#next');
      await step('Review and write', [IMG, SCRIPT, FORMULA]);
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      await expectOnlyText(frame, session.dialogs, []);

      const plan = runtime.sheetNames().find((n) => n.startsWith('Pilot plan'));
      if (!plan) throw new Error('No plan was written.');
      const partners = tableUnder(runtime.values(plan), ['Rank', 'Partner', 'Owner']);
      const names = partners.map((p) => p.Partner);
      for (const name of [IMG, SCRIPT, FORMULA, EXCLUDED]) expect(names).toContain(name);
      expect(partners.find((p) => p.Partner === IMG)?.Owner).toBe(OWNER);
      expect(
        runtime
          .formulas(plan)
          .flat()
          .filter((f) => /HYPERLINK/i.test(f)),
      ).toEqual([]);
      expect(runtime.displayValues(plan).flat()).toContain(FORMULA);
    } finally {
      await session.close();
    }
  });
});
