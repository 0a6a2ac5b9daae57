/**
 * The wizard in Japanese (issue 13): in a ja_JP spreadsheet every step speaks Japanese,
 * fits 300 pixels with no serious axe violation, and is photographed under
 * test-results/sidebar-ja/; the language switch is saved with the draft and the server's
 * field messages follow it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectSidebar } from './support/look';
import { closeBrowser, openSession } from './support/sidebar-harness';

const SAMPLE_JA = fileURLToPath(new URL('../../samples/partners-ja.csv', import.meta.url));
const SHOTS = 'test-results/sidebar-ja';
const POLL = { timeout: 10_000 };

afterAll(closeBrowser);

/** The sidebar's own words in English that must not show in Japanese (buttons, headings, labels). */
const ENGLISH_UI =
  /\b(Next|Back|Step \d|Weight|Share|Partners found|Wave name|Start date|Baseline|GO at|STOP at|Decision maker|Write plan|Daily gate monitor|Turn on)\b/;

describe('the sidebar in Japanese', () => {
  it('speaks Japanese on every step of a ja_JP spreadsheet, fits 300 px and is axe clean', async () => {
    const session = await openSession({ csvPath: SAMPLE_JA });
    try {
      const frame = await session.openPlanner();
      const titles = ['データ', '優先度', 'ウェーブと日程', 'ゲート', '担当者と記録'];
      for (const [i, title] of titles.entries()) {
        await frame.locator('#step-heading', { hasText: title }).waitFor();
        await inspectSidebar(
          session,
          SHOTS,
          `${i + 1}-${['data', 'priorities', 'waves', 'gates', 'people'][i]}`,
        );
        expect(await frame.locator('main').getAttribute('lang')).toBe('ja');
        expect(await frame.locator('main').textContent(), title).not.toMatch(ENGLISH_UI);
        await session.click(frame, '#next');
      }
      await frame.locator('#step-heading', { hasText: '確認と書き出し' }).waitFor();
      await inspectSidebar(session, SHOTS, '6-review');
      expect(await frame.locator('#write-plan').textContent()).toBe('計画を書き出す');

      // A field message from the schema, in the draft's language.
      await session.click(frame, '.dot[aria-label^="ステップ 5"]');
      await frame.locator('#f-record-id').fill('B12');
      await session.click(frame, '.dot[aria-label^="ステップ 6"]');
      await session.click(frame, '#write-plan');
      await frame.locator('#f-record-id-error').waitFor();
      expect(await frame.locator('#f-record-id-error').textContent()).toBe(
        '「B12」は記録 ID ではありません。B と 4〜19 桁の数字にしてください（例：B0373）。',
      );
      await inspectSidebar(session, SHOTS, '5-people-with-error');

      // The inline GO-against-STOP check, in Japanese too.
      await session.click(frame, '.dot[aria-label^="ステップ 4"]');
      await frame.locator('#f-gates-0-metrics-0-goAt').fill('1');
      await expect
        .poll(() => frame.locator('.field-error').first().textContent(), POLL)
        .toMatch(/^GO は STOP より大きくしてください/);
      await inspectSidebar(session, SHOTS, '4-gates-with-error');
    } finally {
      await session.close();
    }
  });

  it('shows amounts in yen and the server’s gate notes in Japanese on the gates step', async () => {
    // The Japanese sample without its CAC column: the planner leaves the CAC gate out and
    // says so, a note of kind 'gate' the gates step shows whatever its words.
    const rows = readFileSync(SAMPLE_JA, 'utf8').trim().split('\n');
    const noCac = rows.map((r) =>
      r
        .split(',')
        .filter((_, i) => i !== 8)
        .join(','),
    );
    const csvPath = join(mkdtempSync(join(tmpdir(), 'pp-ja-')), 'partners-ja.csv');
    writeFileSync(csvPath, `${noCac.join('\n')}\n`);
    const session = await openSession({ csvPath, locale: 'ja_JP' });
    try {
      const frame = await session.openPlanner();
      for (const title of ['データ', '優先度', 'ウェーブと日程']) {
        await frame.locator('#step-heading', { hasText: title }).waitFor();
        await session.click(frame, '#next');
      }
      await frame.locator('#step-heading', { hasText: 'ゲート' }).waitFor();
      const notes = frame.locator('p.intro + .field-error');
      await expect
        .poll(() => notes.textContent(), POLL)
        .toContain(
          '顧客獲得コスト（CAC）の列がないため、顧客獲得コスト（CAC）のゲートはありません。',
        );
      expect(await notes.textContent()).not.toContain('期間：');
      const shown = await frame
        .locator('table.gates input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      // Partner-sourced revenue's GO, in the spreadsheet's currency.
      expect(shown[1]).toMatch(/^¥\d{1,3}(,\d{3})+$/);
      expect(shown.join(' ')).not.toContain('$');
      expect(await frame.locator('label[for="f-gateSettings-directCac"]').textContent()).toBe(
        '直販チャネルの CAC（¥）',
      );
      await inspectSidebar(session, SHOTS, '4-gates-yen-and-notes');
    } finally {
      await session.close();
    }
  });

  it('switches language from the wizard and keeps the choice with the draft', async () => {
    const session = await openSession();
    try {
      let frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
      await frame.locator('#language').selectOption('ja');
      await frame.locator('#step-heading', { hasText: 'データ' }).waitFor();
      expect(await frame.locator('#next').textContent()).toBe('次へ');
      // The boxes show the defaults in the new language at once, as the plan will be written.
      await session.click(frame, '#next');
      await session.click(frame, '#next');
      await frame.locator('#step-heading', { hasText: 'ウェーブと日程' }).waitFor();
      const names = [0, 1, 2].map((i) => frame.locator(`#f-waves-names-${i}`).inputValue());
      expect(await Promise.all(names)).toEqual(['パイロット', '拡大', '本格展開']);
      // The draft is kept with its language (saveDraftRequest after 800 ms).
      await expect
        .poll(() => session.serverArgs('saveDraftRequest').at(-1)?.[0], POLL)
        .toMatchObject({ language: 'ja' });
      // Opened again, the planner starts from the kept draft: in Japanese.
      frame = await session.openPlanner();
      await frame.locator('#step-heading', { hasText: 'データ' }).waitFor();
      await frame.locator('#language').selectOption('en');
      await frame.locator('#step-heading', { hasText: 'Data' }).waitFor();
    } finally {
      await session.close();
    }
  });
});
