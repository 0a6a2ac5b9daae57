// `npm start -- samples/partners-ja.csv`: a CSV with Japanese headers opens as a ja_JP
// spreadsheet (or the locale --locale names), so the add-on speaks Japanese to it, and
// every invented partner gets a score.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvLocale, openPreviewWorkbook } from '../../local/preview/workbook-file';
import type { PlannerContext, Result, WriteResult } from '../../src/shared/plan-types';

const SAMPLE_JA = fileURLToPath(new URL('../../samples/partners-ja.csv', import.meta.url));
const cli = fileURLToPath(new URL('../../local/preview/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pp-ja-'));
const open = (locale?: string) =>
  openPreviewWorkbook(SAMPLE_JA, {
    fresh: true,
    savePath: join(dir, `ja-${locale ?? 'auto'}.workbook.json`),
    now: new Date('2026-11-27T10:00:00Z'),
    ...(locale ? { locale } : {}),
  }).runtime;

describe('the Japanese sample in the preview', () => {
  it('opens ja_JP from its headers, with a Japanese menu and a score for each of its 40 partners', () => {
    const rt = open();
    expect(rt.open()[0].name).toBe('プランナーを開く');
    const sheet = rt.sheetNames()[0];
    const scores = rt
      .values(sheet)
      .slice(1)
      .map((r) => r.at(-1));
    expect(scores).toHaveLength(40);
    for (const score of scores) expect(typeof score).toBe('number');
  });

  it('writes a plan from it', () => {
    const rt = open();
    const ctx = rt.run<PlannerContext>('getPlannerContext');
    expect(ctx.locale).toBe('ja_JP');
    if (!ctx.defaults) throw new Error('no partner table detected');
    const result = rt.run<Result<WriteResult>>('writePlan', { source: ctx.defaults.source });
    expect(result.ok).toBe(true);
  });

  it('follows --locale over the headers', () => {
    expect(open('en_US').open()[0].name).toBe('Open planner');
  });

  it('reads English headers as en_US and Japanese ones as ja_JP', () => {
    expect(csvLocale([['Partner', 'CAC']])).toBe('en_US');
    expect(csvLocale([['パートナー名', 'CAC']])).toBe('ja_JP');
  });

  // A tester's German CSV opened as en_US: 1.200 read as 1.2, Blau AG the cheapest.
  it('opens a CSV written the comma-decimal way in de_DE or fr_FR', () => {
    const header = ['Partner', 'CAC', 'MDF'];
    expect(csvLocale([header, ['A', '950', '20.000 €'], ['B', '1.200', '7,5']])).toBe('de_DE');
    expect(csvLocale([header, ['A', '1 234,56 €', '950'], ['B', '2 500', '7,5']])).toBe('fr_FR');
    expect(csvLocale([header, ['A', '1,200', '$20,000'], ['B', '950', '7.5']])).toBe('en_US');
    expect(csvLocale([header, ['A', '950', '20000'], ['B', '1200', '7']])).toBe('en_US');
  });

  // A tester's Indian CSV opened as en_US: every ₹2,00,000 refused.
  it('opens a CSV of ₹ amounts or lakh grouping in en_IN', () => {
    const header = ['Partner', 'CAC', 'MDF'];
    expect(csvLocale([header, ['A', '₹30,000', '₹2,00,000'], ['B', '₹55,000', '7.5']])).toBe(
      'en_IN',
    );
    expect(csvLocale([header, ['A', '950', '1,61,53,846'], ['B', '1,200', '7.5']])).toBe('en_IN');
    expect(csvLocale([header, ['A', '₹ 950', '2.000,50'], ['B', '1.200', '7,5']])).toBe('de_DE');
  });

  it('refuses a --locale that is not a Sheets locale', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--locale', 'japanese'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--locale takes a Sheets locale such as ja_JP or en_US.');
  });
});
