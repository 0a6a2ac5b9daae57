/**
 * Each number box takes only its own unit, in Debian's Chromium (tester finding 5): in a
 * de_DE spreadsheet of euro amounts, `90 %` in the Pilot CAC GO box was read as 90 € and
 * `0,27` in the Coverage gap GO box as 0.27 %. A unit that is not the box's is refused
 * with what the box takes, and a plain number in a percent box is read as the sheet reads
 * it (0,27 is 27 %) and shown back so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanRequest } from '../../src/shared/plan-types';
import { tableUnder } from './support/sheet-tables';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

/** The sample with its amounts headed in euros, as the tester's de_DE table had them. */
function euroSample(): string {
  const csv = readFileSync(new URL('../../samples/partners.csv', import.meta.url), 'utf8');
  const path = join(mkdtempSync(join(tmpdir(), 'pp-eur-')), 'partners.csv');
  writeFileSync(path, csv.split('($)').join('(€)'));
  return path;
}

async function next(session: SidebarSession, frame: Frame, titles: string[]) {
  for (const title of titles) {
    await session.click(frame, '#next');
    await frame.locator('#step-heading', { hasText: title }).waitFor();
  }
}

/** The Pilot gate's box of a metric (by the start of its name) and column. */
function gateBox(frame: Frame, metric: string, column: 'GO at' | 'STOP at') {
  return frame.locator(
    `table.gates input[aria-label^="Pilot"][aria-label*="${metric}"][aria-label*="${column}"]`,
  );
}

/** Types `text` into a box and leaves it. */
async function type(box: ReturnType<Frame['locator']>, text: string) {
  await box.fill(text);
  await box.press('Tab');
}

/** The messages the box's aria-describedby names. */
async function said(frame: Frame, box: ReturnType<Frame['locator']>): Promise<string> {
  const ids = ((await box.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((i) => frame.locator(`#${i}`).textContent()));
  return texts.join(' ');
}

describe('a number box takes only its own unit', () => {
  it('de_DE: refuses 90 % and 130% in the CAC boxes and 90 $, reads 0,27 in Coverage gap as 27 %, and writes what it shows', async () => {
    const session = await openSession({ csvPath: euroSample(), locale: 'de_DE' });
    try {
      const frame = await session.openPlanner();
      await next(session, frame, ['Priorities', 'Waves and schedule', 'Gates']);
      const cacGo = gateBox(frame, 'CAC', 'GO at');
      const cacStop = gateBox(frame, 'CAC', 'STOP at');
      const gapGo = gateBox(frame, 'Coverage gap', 'GO at');
      const gapStop = gateBox(frame, 'Coverage gap', 'STOP at');
      await expect.poll(() => cacGo.inputValue(), POLL).toMatch(/^[\d.]+ €$/);

      await type(cacGo, '90 %');
      expect(await cacGo.inputValue()).toBe('90 %');
      expect(await cacGo.getAttribute('aria-invalid')).toBe('true');
      expect(await said(frame, cacGo)).toContain(
        '"90 %" is a percentage, but this box takes an amount in EUR',
      );
      await type(cacStop, '130%');
      expect(await said(frame, cacStop)).toContain(
        '"130%" is a percentage, but this box takes an amount in EUR',
      );
      await type(cacStop, '130 $');
      expect(await said(frame, cacStop)).toContain(
        '"130 $" is an amount in USD, but this box takes an amount in EUR',
      );

      // A plain fraction in a percent box is a share of one, as the sheet reads it.
      await type(gapStop, '0,27');
      await expect.poll(() => gapStop.inputValue(), POLL).toBe('27%');
      expect(await gapStop.getAttribute('aria-invalid')).toBe('false');
      // 1 is 1 % among points and 100 % among fractions: the box asks.
      await type(gapGo, '1');
      expect(await gapGo.inputValue()).toBe('1');
      expect(await said(frame, gapGo)).toContain('"1" could be 1% or 100%: type it with %');
      await type(gapGo, '45,5');
      await expect.poll(() => gapGo.inputValue(), POLL).toBe('45,5%');
      // Editing a percent keeps its %, so 0,5 % is not retyped as a fraction.
      await type(gapStop, '0,5 %');
      await expect.poll(() => gapStop.inputValue(), POLL).toBe('0,5%');
      await gapStop.focus();
      expect(await gapStop.inputValue()).toBe('0,5%');
      await type(gapStop, '0,27');
      await expect.poll(() => gapStop.inputValue(), POLL).toBe('27%');

      await type(cacGo, '4.000 €');
      await type(cacStop, '6.500');
      await expect.poll(() => cacStop.inputValue(), POLL).toBe('6.500 €');
      expect(await cacGo.inputValue()).toBe('4.000 €');

      await next(session, frame, ['People and record', 'Review and write']);
      expect(await frame.locator('#unread-boxes').count()).toBe(0);
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      const [[request]] = session.serverArgs('writePlan') as [[PlanRequest]];
      const pilot = (kind: string) =>
        request.gates[0].metrics[request.metrics.findIndex((m) => m.kind === kind)];
      expect(pilot('cac')).toMatchObject({ goAt: 4000, stopAt: 6500 });
      expect(pilot('coverageGap').goAt).toBeCloseTo(0.455, 12);
      expect(pilot('coverageGap').stopAt).toBeCloseTo(0.27, 12);
      const gates = tableUnder(session.runtime.values('Pilot plan B0373 v1'), [
        'Checkpoint',
        'Metric',
        'GO at',
        'STOP at',
      ]).filter((g) => g.Checkpoint === 'Gate review');
      const row = (name: string) => gates.find((g) => String(g.Metric).startsWith(name));
      expect(row('Coverage gap')).toMatchObject({ 'GO at': 0.455, 'STOP at': 0.27 });
      expect(row('CAC')).toMatchObject({ 'GO at': 4000, 'STOP at': 6500 });
    } finally {
      await session.close();
    }
  }, 60_000);

  it('en_US: reads 0.27 and 27 in a percent box as 27 %, refuses 150% for a share, €90 in a dollar box and a unit in a plain-number box', async () => {
    const session = await openSession({ locale: 'en_US' });
    try {
      const frame = await session.openPlanner();
      await next(session, frame, ['Priorities']);
      const weight = frame.locator('#f-scoring-weights-capability');
      await type(weight, '30%');
      expect(await said(frame, weight)).toContain(
        '"30%" is a percentage, but this box takes a weight (a plain number)',
      );
      await type(weight, '3');
      await next(session, frame, ['Waves and schedule']);
      const weeks = frame.locator('#f-schedule-waveWeeks');
      await type(weeks, '6 %');
      expect(await said(frame, weeks)).toContain(
        '"6 %" is a percentage, but this box takes a plain number',
      );
      await type(weeks, '6');
      const hours = frame.locator('#f-waves-pilotCaps-enablementLoad');
      await type(hours, '$400');
      expect(await said(frame, hours)).toContain(
        '"$400" is an amount in USD, but this box takes hours',
      );
      await type(hours, '400 hrs');
      await next(session, frame, ['Gates']);

      const gapGo = gateBox(frame, 'Coverage gap', 'GO at');
      const cacGo = gateBox(frame, 'CAC', 'GO at');
      await type(gapGo, '0.27');
      await expect.poll(() => gapGo.inputValue(), POLL).toBe('27%');
      await type(gapGo, '27');
      await expect.poll(() => gapGo.inputValue(), POLL).toBe('27%');
      await type(gapGo, '1.5');
      expect(await said(frame, gapGo)).toContain('"1.5" could be 1.5% or 150%: type it with %');
      // A share passes no 100 %, and a CAC is never negative: refused, not planned.
      await type(gapGo, '150%');
      expect(await gapGo.inputValue()).toBe('150%');
      expect(await gapGo.getAttribute('aria-invalid')).toBe('true');
      expect(await said(frame, gapGo)).toContain(
        '"150%" is outside 0%–100%, and a share cannot be; type a percentage from 0 to 100',
      );
      await type(cacGo, '-4,000');
      expect(await said(frame, cacGo)).toContain('"-4,000" is negative; use 0 or more');
      await type(gapGo, '0.6');
      await expect.poll(() => gapGo.inputValue(), POLL).toBe('60%');
      await type(cacGo, '€90');
      expect(await said(frame, cacGo)).toContain(
        '"€90" is an amount in EUR, but this box takes an amount in USD',
      );
      await type(cacGo, '4,000');
      await expect.poll(() => cacGo.inputValue(), POLL).toBe('$4,000');
      const share = frame.locator('#f-gateSettings-baselineShare');
      await type(share, '0.35');
      await expect.poll(() => share.inputValue(), POLL).toBe('35%');
      const stale = frame.locator('#f-gateSettings-staleAfterDays');
      await type(stale, '10 days');
      await expect.poll(() => stale.inputValue(), POLL).toBe('10');

      await next(session, frame, ['People and record', 'Review and write']);
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      const [[request]] = session.serverArgs('writePlan') as [[PlanRequest]];
      const pilot = (kind: string) =>
        request.gates[0].metrics[request.metrics.findIndex((m) => m.kind === kind)];
      expect(pilot('coverageGap').goAt).toBeCloseTo(0.6, 12);
      expect(pilot('cac').goAt).toBe(4000);
      expect(request.scoring.weights.capability).toBe(3);
      expect(request.schedule.waveWeeks).toBe(6);
      expect(request.waves.pilotCaps.enablementLoad).toBe(400);
      expect(request.gateSettings.baselineShare).toBeCloseTo(0.35, 12);
      expect(request.gateSettings.staleAfterDays).toBe(10);
    } finally {
      await session.close();
    }
  }, 60_000);
});
