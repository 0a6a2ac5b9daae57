/**
 * The sidebar wizard in the local preview, in Debian's Chromium: a first plan with the
 * defaults, a second version with changed weights, waves and one threshold, edits kept
 * across a reopen, and server messages taken back to their field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlannerContext, PlanRequest } from '../../src/shared/plan-types';
import { changedPaths, isoDay, tableUnder } from './support/sheet-tables';
import { closeBrowser, openSession, type SidebarSession } from './support/sidebar-harness';

/** UI answers that wait on a server round trip get the time a loaded machine needs. */
const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

async function atStep(frame: Frame, title: string) {
  await frame.locator('#step-heading', { hasText: title }).waitFor();
}

async function next(session: SidebarSession, frame: Frame, title: string) {
  await session.click(frame, '#next');
  await atStep(frame, title);
}

describe('the sidebar wizard', () => {
  it("writes a new user's first plan from the sample with the defaults in at most 8 clicks", async () => {
    const session = await openSession();
    const runtime = session.runtime;
    const sourceBefore = runtime.values('Partners');
    try {
      const frame = await session.openPlanner();
      await atStep(frame, 'Data');
      await expect
        .poll(() => frame.locator('.counts').textContent(), POLL)
        .toMatch(/40 rows below the header.*Partners found and scored: 39.*Insufficient data: 1/);

      await next(session, frame, 'Priorities');
      const ranked = frame.locator('table.ranking tbody tr');
      await expect.poll(() => ranked.count(), POLL).toBe(10);
      const topTen = await frame.locator('table.ranking tbody .name').allTextContents();

      await next(session, frame, 'Waves and schedule');
      const waveRows = await frame
        .locator('table.dates tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );

      await next(session, frame, 'Gates');
      const shownGates = await frame
        .locator('table.gates input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      // Shown as money, percent or hours ("$633,358", "38.4%", "72 hrs").
      expect(shownGates[1]).toMatch(/^\$[\d,]+$/);
      const shownNumbers = shownGates.map((v) => v.replace(/[^\d.-]/g, ''));

      await next(session, frame, 'People and record');
      await next(session, frame, 'Review and write');
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      expect(session.clicks()).toBeLessThanOrEqual(8);

      const sheets = runtime.sheetNames();
      expect(sheets).toEqual(
        expect.arrayContaining(['Pilot plan B0373 v1', 'Decision record B0373 v1', 'Decision log']),
      );
      expect(runtime.values('Partners')).toEqual(sourceBefore);

      const plan = runtime.values('Pilot plan B0373 v1');
      const partners = tableUnder(plan, ['Rank', 'Partner', 'Score']);
      expect(partners.slice(0, 10).map((p) => p.Partner)).toEqual(topTen);

      const waves = tableUnder(plan, ['Wave', 'Name', 'Start', 'Gate review']);
      expect(waves.map((w) => w.Name)).toEqual(['Pilot', 'Expand', 'Scale']);
      expect(
        waves.map((w) => [
          `${w.Name}${w.Partners} partners`,
          isoDay(w.Start),
          isoDay(w['Mid-wave check-in']),
          isoDay(w['Gate review']),
        ]),
      ).toEqual(waveRows);
      for (const w of waves) expect((w.Start as Date).getUTCDay()).toBe(1);

      const gates = tableUnder(plan, ['Checkpoint', 'Metric', 'GO at', 'STOP at']).filter(
        (g) => g.Checkpoint === 'Gate review',
      );
      // The seed's five metrics and the partner-share band's two rows, in each of 3 waves.
      expect(gates).toHaveLength(21);
      const written = gates.flatMap((g) => {
        const percent =
          g.Metric === 'Coverage gap filled' ||
          String(g.Metric).startsWith('Partner share of new revenue');
        const show = (v: unknown) =>
          v === ''
            ? ''
            : String(percent ? Math.round(Number(v) * 100 * 10) / 10 : Math.round(Number(v)));
        return [show(g.Baseline), show(g['GO at']), show(g['STOP at'])];
      });
      expect(written).toEqual(shownNumbers);
      const statusFormulas = runtime
        .formulas('Pilot plan B0373 v1')
        .flat()
        .filter((f) => f.startsWith('=GATE_STATUS('));
      // One GATE_STATUS judges the 42 gate rows (each wave's check-in and gate review),
      // spilling a status into each.
      expect(statusFormulas).toEqual([expect.stringMatching(/^=GATE_STATUS\(L\d+:L\d+,/)]);
      const [, first, last] = /L(\d+):L(\d+)/.exec(statusFormulas[0]) ?? [];
      expect(Number(last) - Number(first) + 1).toBe(42);

      const log = tableUnder(runtime.values('Decision log'), ['ID', 'Version', 'Superseded by']);
      expect(log.map((r) => [r.ID, r.Version])).toEqual([['B0373', 1]]);
      const record = runtime.values('Decision record B0373 v1').flat().map(String);
      expect(record.some((c) => c.includes('Partner Channel Prioritization'))).toBe(true);

      const ids = Object.fromEntries(runtime.snapshot().sheets.map((s) => [s.name, s.id]));
      const links = await frame
        .locator('#write-result a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
      expect(links).toHaveLength(3);
      expect(links.map(([href]) => href?.replace(/.*#gid=/, ''))).toEqual(
        ['Pilot plan B0373 v1', 'Decision record B0373 v1', 'Decision log'].map((n) =>
          String(ids[n]),
        ),
      );
      expect(links.every(([, target]) => target === '_top')).toBe(true);

      // Whichever way the copy goes (the Clipboard API, or the textarea fallback a
      // sandboxed frame may need), record the text it copies.
      await frame.evaluate(() => {
        const keep = (text: string) => {
          document.body.dataset.copied = text;
        };
        const api = navigator.clipboard;
        if (api) {
          const write = api.writeText.bind(api);
          api.writeText = (text: string) => {
            keep(text);
            return write(text);
          };
        }
        document.addEventListener('copy', () => {
          const area = document.activeElement as HTMLTextAreaElement;
          keep(area.value.slice(area.selectionStart, area.selectionEnd));
        });
      });
      await session.click(frame, '#copy-markdown');
      await expect
        .poll(() => frame.locator('#write-result [role=status]').textContent(), POLL)
        .toMatch(/Copied/);
      const copied = await frame.evaluate(() => document.body.dataset.copied ?? '');
      expect(copied).toContain('B0373');
      expect(copied).toContain('Option B');
      expect(session.dialogs).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('writes v2 with exactly the changed weights, waves and threshold, and the log supersedes v1', async () => {
    let restored: PlanRequest | null = null;
    let v1Plan: unknown[][] = [];
    // v1 is written by the server function itself, as an earlier session would have.
    const session = await openSession({
      prepare: (runtime) => {
        const first = runtime.run<PlannerContext>('getPlannerContext');
        const v1 = runtime.run<{ ok: boolean }>('writePlan', first.defaults);
        expect(v1.ok).toBe(true);
        v1Plan = runtime.values('Pilot plan B0373 v1');
        restored = runtime.run<PlannerContext>('getPlannerContext').lastRequest;
      },
    });
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      await atStep(frame, 'Data');
      await next(session, frame, 'Priorities');
      // The ranking before the change, once its preview has arrived: read earlier (on a
      // loaded machine), it is empty, and the first ranking to show would pass for the new one.
      await expect
        .poll(() => frame.locator('table.ranking tbody .name').count(), POLL)
        .toBeGreaterThan(0);
      const before = await frame.locator('table.ranking tbody .name').allTextContents();
      await frame.locator('#f-scoring-weights-cac').fill('4');
      await expect
        .poll(() => frame.locator('table.ranking tbody .name').allTextContents(), POLL)
        .not.toEqual(before);
      const share = await frame.locator('table.weights tbody tr', { hasText: 'CAC' }).textContent();
      expect(share).toContain('44%');
      const topTen = await frame.locator('table.ranking tbody .name').allTextContents();

      await next(session, frame, 'Waves and schedule');
      await frame.locator('#f-waves-count').selectOption('4');
      await expect.poll(() => frame.locator('table.dates tbody tr').count(), POLL).toBe(4);

      await next(session, frame, 'Gates');
      const cacGo = frame.locator('#f-gates-0-metrics-1-goAt');
      await cacGo.fill('5000');
      await cacGo.blur();
      await next(session, frame, 'People and record');
      await next(session, frame, 'Review and write');
      await expect
        .poll(() => frame.locator('dl.summary').textContent(), POLL)
        .toContain('B0373 v2');
      await session.click(frame, '#write-plan');
      await frame.locator('#write-result').waitFor({ timeout: 20_000 });
      expect(await frame.locator('#write-result').textContent()).toContain('supersedes v1');

      const sent = session.serverArgs('writePlan').at(-1)?.[0];
      expect(changedPaths(restored, sent).sort()).toEqual(
        [
          'scoring.weights.cac',
          'waves.count',
          'waves.names.3',
          'waves.assignment.sharesPercent.2',
          'waves.assignment.sharesPercent.3',
          'gates.3',
          'gates.0.metrics.1.goAt',
        ].sort(),
      );

      const plan = runtime.values('Pilot plan B0373 v2');
      const partners = tableUnder(plan, ['Rank', 'Partner', 'Score']);
      expect(partners.slice(0, 10).map((p) => p.Partner)).toEqual(topTen);
      const waves = tableUnder(plan, ['Wave', 'Name', 'Start', 'Gate review']);
      expect(waves.map((w) => w.Name)).toEqual(['Pilot', 'Expand', 'Scale', 'Wave 4']);
      const gates = tableUnder(plan, ['Checkpoint', 'Metric', 'GO at', 'STOP at']);
      const pilotCac = gates.find(
        (g) => g.Wave === 1 && g.Checkpoint === 'Gate review' && g.Metric === 'CAC',
      );
      expect(pilotCac?.['GO at']).toBe(5000);
      // What was not changed is written as in v1: owners, escalation, record settings.
      const section = (values: unknown[][]) => tableUnder(values, ['Role', 'Who']);
      expect(section(plan)).toEqual(section(v1Plan));
      expect(runtime.values('Pilot plan B0373 v1')).toEqual(v1Plan);

      const log = tableUnder(runtime.values('Decision log'), ['ID', 'Version', 'Superseded by']);
      expect(log.map((r) => [r.ID, r.Version, r.Supersedes, r['Superseded by']])).toEqual([
        ['B0373', 1, '', expect.stringContaining('v2')],
        ['B0373', 2, expect.stringContaining('v1'), ''],
      ]);
    } finally {
      await session.close();
    }
  });

  it('keeps edits in the document and restores them when the sidebar opens again', async () => {
    const session = await openSession();
    try {
      const frame = await session.openPlanner();
      await next(session, frame, 'Priorities');
      await frame.locator('#f-scoring-weights-sourcedRevenue').fill('3');
      await next(session, frame, 'Waves and schedule');
      await frame.locator('#f-schedule-waveWeeks').fill('8');
      await expect
        .poll(() => session.runtime.documentProperties(), { timeout: 10_000 })
        .toSatisfy((props: Record<string, string>) =>
          Object.values(props).some((v) => v.includes('"waveWeeks":8')),
        );
      await session.click(session.page, '#sidebar-close');
      const reopened = await session.openPlanner();
      await next(session, reopened, 'Priorities');
      expect(await reopened.locator('#f-scoring-weights-sourcedRevenue').inputValue()).toBe('3');
      await next(session, reopened, 'Waves and schedule');
      expect(await reopened.locator('#f-schedule-waveWeeks').inputValue()).toBe('8');
    } finally {
      await session.close();
    }
  });

  it('says what to do when no sheet holds a partner table', async () => {
    const csvPath = join(mkdtempSync(join(tmpdir(), 'pp-notes-')), 'notes.csv');
    writeFileSync(csvPath, 'Kick-off notes\nCall Ana\n');
    const session = await openSession({ csvPath });
    try {
      const frame = await session.openPlanner();
      await expect
        .poll(() => frame.locator('.notice').first().textContent(), POLL)
        .toContain('No partner table found on “notes”');
      expect(await frame.locator('#next').isDisabled()).toBe(true);
      await frame.locator('#f-source-sheetName').selectOption('notes');
      await expect.poll(() => frame.locator('[role=alert]').count(), POLL).toBeGreaterThan(0);
      // The server's own words, naming the sheet, shown although no control owns the field.
      const said = await frame.locator('[role=alert]').allTextContents();
      expect(said.join(' ')).toMatch(/header.*'notes'/);
      expect(await frame.locator('#next').isDisabled()).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('shows a busy state while writing, and a write that cannot start can be retried', async () => {
    const session = await openSession();
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      await session.click(frame, '.dot[aria-label^="Step 6"]');
      await atStep(frame, 'Review and write');
      const release = runtime.holdDocumentLock();
      await session.click(frame, '#write-plan');
      await expect
        .poll(() => frame.locator('.notice.error').textContent(), POLL)
        .toContain('Another plan is being written');
      release();

      // Hold the next write's answer back, to see the sidebar while it waits.
      let letGo = () => {};
      const held = new Promise<void>((resolve) => {
        letGo = resolve;
      });
      await session.page.route('**/api/run', async (route) => {
        if (route.request().postData()?.includes('"writePlan"')) await held;
        await route.continue();
      });
      await session.click(frame, '#write-plan');
      const button = frame.locator('#write-plan');
      await expect.poll(() => button.textContent(), POLL).toBe('Writing plan…');
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-busy')).toBe('true');
      letGo();
      await frame.locator('#write-result').waitFor();
      expect(runtime.sheetNames()).toContain('Pilot plan B0373 v1');
      expect(session.serverArgs('writePlan')).toHaveLength(2);
    } finally {
      await session.close();
    }
  });

  it('takes a server message back to its field on its step', async () => {
    const session = await openSession();
    const runtime = session.runtime;
    try {
      const frame = await session.openPlanner();
      for (const step of ['Priorities', 'Waves and schedule', 'Gates'])
        await next(session, frame, step);
      // Revenue: higher is better, so a GO below its STOP is flagged on the field: at once
      // by the inline check, then in the server's words once the preview answers.
      const revenueGo = frame.locator('#f-gates-0-metrics-0-goAt');
      await revenueGo.fill('1');
      await expect.poll(() => revenueGo.getAttribute('aria-invalid'), POLL).toBe('true');
      expect(await frame.locator('#f-gates-0-metrics-0-error').textContent()).toMatch(
        /GO.*must be above STOP/,
      );
      await revenueGo.fill('');
      await revenueGo.blur();
      await expect.poll(() => frame.locator('#f-gates-0-metrics-0-error').count(), POLL).toBe(0);
      await next(session, frame, 'People and record');
      await frame.locator('#f-record-id').fill('X1');
      // Enter in a text box must not submit or move on.
      await frame.locator('#f-record-id').press('Enter');
      await atStep(frame, 'People and record');
      await next(session, frame, 'Review and write');
      await expect.poll(() => frame.locator('.notice.error').textContent(), POLL).toContain('X1');
      await session.click(frame, '#write-plan');
      await atStep(frame, 'People and record');
      await expect
        .poll(() => frame.evaluate(() => document.activeElement?.id), POLL)
        .toBe('f-record-id');
      await expect
        .poll(() => frame.locator('#f-record-id').getAttribute('aria-invalid'), POLL)
        .toBe('true');
      expect(await frame.locator('#f-record-id-error').textContent()).toMatch(/not a record ID/);
      expect(runtime.sheetNames().filter((n) => /plan|record|log/i.test(n))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
