/**
 * The priorities step's stability labels in Debian's Chromium: each partner of the live top
 * list says "stable" or "borderline (in the Pilot in 62 % of scenarios)" as the server's own
 * preview computes it, one line names the criterion the Pilot is most sensitive to, and both
 * follow a weight change and the uncertainty setting within the preview's debounce.
 */
import { fileURLToPath } from 'node:url';
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanPreview, PlanRequestInput, Result } from '../../src/shared/plan-types';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };
const SAMPLE_JA = fileURLToPath(new URL('../../samples/partners-ja.csv', import.meta.url));

afterAll(closeBrowser);

/** What the top list should say, from a previewPlan of the request the sidebar last sent. */
function expectedLabels(session: SidebarSession): string[] {
  const sent = session.serverArgs('previewPlan').at(-1)?.[0] as PlanRequestInput;
  const answer = session.runtime.run<Result<PlanPreview>>('previewPlan', sent);
  if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
  const { partners, request, sensitivity } = answer.value;
  if (!sensitivity) throw new Error('no sensitivity in the preview');
  return partners
    .filter((p) => p.rank !== null)
    .slice(0, 10)
    .map((p) => {
      if (p.inWaveShare === null) throw new Error(`${p.name} has no share`);
      if (p.inWaveShare >= sensitivity.stableShare) return 'stable';
      const where = p.wave ? `in the ${request.waves.names[p.wave - 1]}` : 'outside the waves';
      return `borderline (${where} in ${Math.floor(p.inWaveShare * 100 + 1e-9)} % of scenarios)`;
    });
}

const labels = (frame: Frame) =>
  frame
    .locator('table.ranking tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('.stability')?.textContent ?? '(none)'));

describe('stability on the priorities step', () => {
  it('labels each partner of the top list and names the most sensitive criterion, live', async () => {
    const session = await openSession();
    try {
      const frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
      await session.click(frame, '#next');
      await frame.locator('#step-heading', { hasText: 'Priorities' }).waitFor();
      await expect.poll(() => labels(frame), POLL).toHaveLength(10);
      await expect.poll(() => labels(frame), POLL).not.toContain('(none)');

      const first = await labels(frame);
      expect(first).toEqual(expectedLabels(session));
      // The sample's Pilot has partners near its edge at ±25 %.
      expect(first.some((l) => l.startsWith('borderline (in the Pilot in '))).toBe(true);
      expect(first.filter((l) => l === 'stable').length).toBeGreaterThan(0);
      const line = frame.locator('.sensitivity-line');
      expect(await line.textContent()).toMatch(
        /^The Pilot is most sensitive to the weight of .+: it keeps its partners while that weight stays between \d+(\.\d+)?× and \d+(\.\d+)?× of its value, the others unchanged\.$/,
      );
      const firstLine = await line.textContent();

      await frame.locator('#f-scoring-weights-cac').fill('4');
      await expect.poll(() => labels(frame), POLL).not.toEqual(first);
      await expect.poll(() => line.textContent(), POLL).not.toBe(firstLine);
      // Settled: what the list shows is what the server computes for the weights sent.
      await expect
        .poll(async () => (await labels(frame)).join('|'), POLL)
        .toBe(expectedLabels(session).join('|'));

      const uncertainty = frame.locator('#f-scoring-uncertainty');
      expect(await uncertainty.inputValue()).toBe('±25 %');
      expect(await frame.locator('#f-scoring-uncertainty-hint').textContent()).toContain(
        'a weight of 40 % might really be anywhere around 30 % to 50 %',
      );
      await uncertainty.fill('0');
      await expect.poll(() => labels(frame), POLL).toEqual(Array(10).fill('stable'));
      const sent = session.serverArgs('previewPlan').at(-1)?.[0] as PlanRequestInput;
      expect(sent.scoring?.uncertainty).toBe(0);

      await uncertainty.fill('150');
      await expect
        .poll(() => frame.locator('#f-scoring-uncertainty-error').textContent(), POLL)
        .toBe('The weight uncertainty must be a number from 0 % to 100 %.');
      expect(session.dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('says the same in Japanese in a ja_JP spreadsheet', async () => {
    const session = await openSession({ csvPath: SAMPLE_JA });
    try {
      const frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'データ' }).waitFor();
      await session.click(frame, '#next');
      await frame.locator('#step-heading', { hasText: '優先度' }).waitFor();
      await expect.poll(() => labels(frame), POLL).toHaveLength(10);
      await expect.poll(() => labels(frame), POLL).not.toContain('(none)');
      const shown = await labels(frame);
      for (const label of shown)
        expect(label).toMatch(/^(安定|境界（シナリオの \d+ % で.+に入る）)$/);
      expect(shown.filter((l) => l === '安定').length).toBe(
        expectedLabels(session).filter((l) => l === 'stable').length,
      );
      expect(await frame.locator('.sensitivity-line').textContent()).toMatch(
        /^パイロットは「.+」の重みに最も敏感です。/,
      );
      expect(await frame.locator('#f-scoring-uncertainty').inputValue()).toBe('±25 %');
    } finally {
      await session.close();
    }
  });
});
