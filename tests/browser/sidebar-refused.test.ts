/**
 * Text a number box refuses, in a de_DE spreadsheet in Debian's Chromium: the box keeps
 * its last number in the draft, so the plan must not be written while any box holds such
 * text, whatever the box (a weight, a pilot cap, a gate threshold, a baseline share). The
 * text survives a step change and a reopen, the review names each box, and once fixed the
 * plan is written with the numbers typed.
 */
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanRequest } from '../../src/shared/plan-types';
import { tableUnder } from './support/sheet-tables';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

const STEP_TITLES = [
  'Data',
  'Priorities',
  'Waves and schedule',
  'Gates',
  'People and record',
  'Review and write',
];

/** Next or Back until the wizard shows the step titled `title`. */
async function toStep(session: SidebarSession, frame: Frame, title: string) {
  const heading = frame.locator('#step-heading');
  const target = STEP_TITLES.indexOf(title);
  for (;;) {
    const text = (await heading.textContent()) ?? '';
    const at = STEP_TITLES.findIndex((t) => text.endsWith(t));
    if (at === target) return;
    await session.click(frame, at < target ? '#next' : '.footer .secondary');
    await frame
      .locator('#step-heading', { hasText: STEP_TITLES[at < target ? at + 1 : at - 1] })
      .waitFor();
  }
}

/** The boxes this test refuses text in, each with its step, a refused text and its fix. */
const BOXES = [
  // de_DE groups with dots: 2,000 is 2 typed, or 2000 pasted from an en_US source.
  { step: 'Priorities', id: 'f-scoring-weights-capability', refused: '2,000', fixed: '2' },
  {
    step: 'Waves and schedule',
    id: 'f-waves-pilotCaps-comarketingBudget',
    refused: '9,500,000',
    fixed: '9.500.000',
  },
  { step: 'Gates', id: 'f-gates-0-metrics-0-goAt', refused: '1,500,000', fixed: '1.500.000' },
  { step: 'Gates', id: 'f-gateSettings-baselineShare', refused: '1.5', fixed: '40' },
];

/** The box's name as a message names it: its aria-label, else its label's text. */
async function boxName(frame: Frame, id: string): Promise<string> {
  const box = frame.locator(`#${id}`);
  return (
    (await box.getAttribute('aria-label')) ??
    (await frame.locator(`label[for="${id}"]`).textContent()) ??
    ''
  );
}

async function type(frame: Frame, id: string, text: string) {
  const box = frame.locator(`#${id}`);
  await box.fill(text);
  await box.press('Tab');
}

describe('a box holding text it refused', () => {
  it('blocks the write, naming every such box, across step changes and a reopen; fixed, the plan has the typed numbers', async () => {
    const session = await openSession({ locale: 'de_DE' });
    const runtime = session.runtime;
    try {
      let frame = await session.openPlanner();
      const names: string[] = [];
      for (const box of BOXES) {
        await toStep(session, frame, box.step);
        await type(frame, box.id, box.refused);
        expect(await frame.locator(`#${box.id}`).getAttribute('aria-invalid')).toBe('true');
        names.push(await boxName(frame, box.id));
      }
      // Away and back: each box still holds what was typed, marked.
      for (const box of BOXES) {
        await toStep(session, frame, box.step);
        const input = frame.locator(`#${box.id}`);
        expect(await input.inputValue()).toBe(box.refused);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
      }

      await toStep(session, frame, 'Review and write');
      await expect.poll(() => frame.locator('#write-plan').isEnabled(), POLL).toBe(true);
      await session.click(frame, '#write-plan');
      const notice = frame.locator('#unread-boxes');
      await notice.waitFor();
      const said = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ');
      BOXES.forEach((box, i) => {
        expect(said).toContain(`${names[i]} ("${box.refused}")`);
      });
      // Nothing reached the server, nothing was written.
      expect(session.serverArgs('writePlan')).toEqual([]);
      expect(runtime.sheetNames().filter((n) => /plan|record|log/i.test(n))).toEqual([]);

      // The kept draft holds the texts, so a reopened sidebar shows them and still blocks.
      await expect
        .poll(() => Object.values(runtime.documentProperties()).join('\n'), POLL)
        .toContain('"text":"1.5"');
      await session.click(session.page, '#sidebar-close');
      frame = await session.openPlanner();
      await toStep(session, frame, 'Review and write');
      await expect
        .poll(async () =>
          ((await frame.locator('#unread-boxes').textContent()) ?? '').replace(/\s+/g, ' '),
        )
        .toContain(`${names[1]} ("${BOXES[1].refused}")`);

      // Each link takes the user to the box, which shows the text and why it is refused.
      for (const [i, box] of BOXES.entries()) {
        await session.click(
          frame,
          `#unread-boxes li:has-text(${JSON.stringify(box.refused)}) button`,
        );
        const input = frame.locator(`#${box.id}`);
        await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await input.inputValue()).toBe(box.refused);
        expect(await frame.locator('.field-error').allInnerTexts()).toEqual(
          expect.arrayContaining([expect.stringContaining(`"${box.refused}"`)]),
        );
        await type(frame, box.id, box.fixed);
        await toStep(session, frame, 'Review and write');
        expect(await frame.locator('#unread-boxes li').count()).toBe(BOXES.length - i - 1);
      }

      await expect.poll(() => frame.locator('#unread-boxes').count()).toBe(0);
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      const [[request]] = session.serverArgs('writePlan') as [[PlanRequest]];
      expect(request.unread).toBeUndefined();
      expect(request.scoring.weights.capability).toBe(2);
      expect(request.waves.pilotCaps.comarketingBudget).toBe(9_500_000);
      expect(request.gates[0].metrics[0].goAt).toBe(1_500_000);
      expect(request.gateSettings.baselineShare).toBe(0.4);
      const gates = tableUnder(runtime.values('Pilot plan B0373 v1'), [
        'Checkpoint',
        'Metric',
        'GO at',
      ]).filter((g) => g.Checkpoint === 'Gate review');
      expect(gates[0]['GO at']).toBe(1_500_000);
    } finally {
      await session.close();
    }
  });

  it('follows its row when a metric above is removed, and goes with its own metric', async () => {
    const session = await openSession({ locale: 'de_DE' });
    try {
      const frame = await session.openPlanner();
      await toStep(session, frame, 'Gates');
      const second = 'f-gates-0-metrics-1-goAt';
      await type(frame, second, '95,000');
      const name = await boxName(frame, second);
      const removeFirst = frame.locator('ul.metrics li button').first();
      await removeFirst.click();
      // The row moved up: its box has the first metric's id and still holds the text.
      const moved = frame.locator('#f-gates-0-metrics-0-goAt');
      await expect.poll(() => moved.getAttribute('aria-label')).toBe(name);
      expect(await moved.inputValue()).toBe('95,000');

      await toStep(session, frame, 'Review and write');
      const items = frame.locator('#unread-boxes li');
      expect(await items.allTextContents()).toEqual([`Gates: ${name} ("95,000")`]);
      await session.click(frame, '#unread-boxes li button');
      await expect.poll(() => moved.evaluate((el) => el === document.activeElement)).toBe(true);

      // Its metric removed, nothing holds refused text: the plan writes.
      await removeFirst.click();
      await toStep(session, frame, 'Review and write');
      expect(await frame.locator('#unread-boxes').count()).toBe(0);
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      const [[request]] = session.serverArgs('writePlan') as [[PlanRequest]];
      expect(request.unread).toBeUndefined();
    } finally {
      await session.close();
    }
  });
});
