/**
 * A plan written in Japanese (issue 13) in a ja_JP workbook, through the built Code.js:
 * its sheet name, headings, table headers and row labels are Japanese, dates read
 * 2026年11月30日, and the gate monitor reads its gate table; an English plan in the same
 * workbook is monitored too, and a re-plan carries Actuals across the two languages.
 * Statuses and formula names stay English.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters, type LocalRuntime, openCsv } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import { escapeMarkdown } from '../../../src/domain/plan/markdown';
import { planText } from '../../../src/shared/i18n/plan';
import { recordText } from '../../../src/shared/i18n/record';
import { sentenceText } from '../../../src/shared/i18n/sentences';
import type { PlanRequestInput, Result } from '../../../src/shared/plan-types';
import { context, previewOf, written } from './planner-support';

const SAMPLE_JA = new URL('../../../samples/partners-ja.csv', import.meta.url).pathname;
const at = (day: string) => new Date(`${day}T07:30:00Z`);

function jaRuntime(): LocalRuntime {
  return openCsv(SAMPLE_JA, { sheetName: 'パートナー', now: at('2026-11-27'), locale: 'ja_JP' });
}

/** `r` with its waves begun on 2026-11-02, so an Actual of 11-20 measures the Pilot. */
const begun = (r: PlanRequestInput): PlanRequestInput => ({
  ...r,
  schedule: { ...r.schedule, startDate: '2026-11-02' },
});

/** The request with everything the planner is given in Japanese, emails for the owners. */
function japaneseRequest(rt: LocalRuntime, language: 'ja' | 'en'): PlanRequestInput {
  const d = context(rt).defaults;
  if (!d) throw new Error('no table detected');
  return {
    ...d,
    language,
    waves: { ...d.waves, names: ['試行', '拡大', '本格展開'] },
    metrics: d.metrics.map((m, i) => ({
      ...m,
      name:
        ['パートナー経由売上', '顧客獲得コスト', 'カバレッジ', '共同販促費', '支援工数'][i] ??
        m.name,
      owner: `owner${i}@example.com`,
    })),
    people: {
      inputOwners: { capability: '佐藤', comarketingBudget: '鈴木', enablementLoad: '高橋' },
      decisionMaker: 'head@example.com',
      escalation: ['vp@example.com'],
      consulted: ['田中'],
      informed: ['営業部'],
    },
    record: {
      ...d.record,
      title: 'パートナーチャネル優先順位：Option B 段階的パイロット',
      source: '営業企画',
    },
  };
}

/** Every Latin word in `text` but the statuses, formula names, CAC/TOPSIS and emails. */
function englishWords(text: string): string[] {
  text = text.replace(/\S+@\S+/g, '');
  const kept =
    /\b(GO|HOLD|STOP|PENDING|STALE|PARTNER_SCORE|GATE_STATUS|CAC|TOPSIS|MADR|min–max|Option [ABC]|Proposed|Accepted|Draft|Reviewed|B\d{4}|ID|v\d+)\b/g;
  return text.replace(kept, '').match(/[A-Za-z]{2,}/g) ?? [];
}

describe('a plan written in Japanese in a ja_JP workbook', () => {
  it('has Japanese labels, headers and dates, and its gate table is the Japanese one', () => {
    const rt = jaRuntime();
    const request = japaneseRequest(rt, 'ja');
    const preview = previewOf(rt, request);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    const plan = written(rt, request);
    expect(plan.plan.name).toBe('パイロット計画 B0373 v1');
    const t = planText('ja');
    const values = rt.values(plan.plan.name);
    const shown = rt.displayValues(plan.plan.name);
    const header = values.findIndex((r) => r[0] === t.gateHeaders[0] && r[1] === t.gateHeaders[1]);
    expect(values[header].slice(0, 15)).toEqual(t.gateHeaders);
    const first = values[header + 1];
    expect(t.checkpoint.checkIn + t.checkpoint.gateReview).toContain(
      String(first[gateColumn('Checkpoint')]),
    );
    expect(String(first[gateColumn('Better')])).toMatch(/^[↑↓] (大きい|小さい)ほど良い$/);
    expect(shown[header + 1][gateColumn('Review date')]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    // User text: the partners' names (from the sample) and the formula's own syntax.
    const userText = new Set([
      preview.value.scoreFormula?.formula ?? '',
      ...preview.value.partners.map((p) => p.name),
    ]);
    expect(plan.record.name).toBe('意思決定記録 B0373 v1');
    const english = [
      ...new Set(
        shown.flat().filter((cell) => cell && !userText.has(cell) && englishWords(cell).length),
      ),
    ];
    expect(english).toEqual([]);
    // The charts' titles and axis titles are the plan's language's too.
    const charts = rt.charts(plan.plan.name);
    expect(charts.map((c) => c.options.title)).toEqual([
      t.charts.statusTitle,
      t.charts.scoresTitle,
      t.charts.stabilityTitle,
    ]);
    for (const c of charts)
      for (const title of [c.options.title, c.options['vAxis.title'], c.options['hAxis.title']])
        if (title !== undefined) expect(englishWords(String(title))).toEqual([]);
    expect(charts[1].data[0][0].slice(0, 2)).toEqual([t.charts.partner, '試行']);
  });

  it('writes its decision record, Markdown and decision log in Japanese', () => {
    const rt = jaRuntime();
    const request = japaneseRequest(rt, 'ja');
    const preview = previewOf(rt, request);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    const plan = written(rt, request);
    // The plan's own sentences the record quotes (notes, stop conditions, partners' reasons:
    // src/domain/plan's, other work of issue 13) and the user's typed text are taken out.
    const quoted = [
      ...preview.value.notes,
      ...preview.value.stopConditions,
      ...preview.value.partners.flatMap((p) => [p.reason, p.admitWhen, p.name]),
    ]
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const unquoted = (text: string) =>
      quoted.reduce((t, q) => t.split(q).join(' ').split(escapeMarkdown(q)).join(' '), text);
    const t = recordText('ja');

    const record = rt.displayValues(plan.record.name);
    expect(record.map((r) => r[0])).toEqual(expect.arrayContaining(Object.values(t.headings)));
    const variants = record.findIndex((r) => r[0] === t.headings.names);
    expect(record.slice(variants + 1, variants + 4)).toEqual([
      ['英語', 'B0373: Partner Channel Prioritization Framework'],
      ['カタカナ', 'パートナーチャネル / フレームワーク'],
      ['漢字', '優先順位'],
    ]);
    const status = record.findIndex((r) => r[0] === t.headings.status);
    expect(record[status + 2]).toEqual(['日付', '2026年11月27日 (金)']);
    const englishInRecord = record
      .slice(variants + 2)
      .flat()
      .map(unquoted)
      .filter((cell) => englishWords(cell).length);
    expect(englishInRecord).toEqual([]);

    // The Markdown the write hands the sidebar: MADR's front-matter keys and status values
    // are its format, read by ADR tools.
    const markdown = plan.markdown
      .split('\n')
      .map((line) =>
        line
          .replace(/^status: "(proposed|accepted)"$/, '')
          .replace(/^(date|decision-makers|consulted|informed):/, ''),
      )
      .filter((line) => !line.includes('Partner Channel Prioritization Framework'));
    expect(plan.markdown).toContain('## 背景と課題');
    expect(markdown.map(unquoted).filter((line) => englishWords(line).length)).toEqual([]);

    expect(plan.log.name).toBe('意思決定ログ');
    expect(rt.sheetNames()).not.toContain('Decision log');
    const log = rt.displayValues('意思決定ログ');
    expect(log[0]).toEqual(t.logHeaders);
    expect(log[1].slice(0, 4)).toEqual(['B0373', '1', request.record?.title, '提案中（Proposed）']);
    expect(log.flat().filter((cell) => englishWords(cell).length)).toEqual([]);
  });

  it('is monitored, and so is an English plan in the same ja_JP workbook', () => {
    const rt = jaRuntime();
    const ja = written(rt, japaneseRequest(rt, 'ja'));
    const en = written(rt, {
      ...japaneseRequest(rt, 'en'),
      record: { ...japaneseRequest(rt, 'en').record, id: 'B0374' },
    });
    expect(en.plan.name).toBe('Pilot plan B0374 v1');
    const status = rt.run<Result<unknown>>('turnOnGateMonitor');
    expect(status.ok).toBe(true);
    for (const plan of [ja, en]) {
      const values = rt.values(plan.plan.name);
      const header = values.findIndex(
        (r, i) => i > 0 && String(r[gateColumn('Status')]).match(/^(Status|ステータス)$/),
      );
      const row =
        header +
        1 +
        values
          .slice(header + 1)
          .findIndex((r) =>
            String(r[gateColumn('Checkpoint')]).match(/Gate review|ゲートレビュー/),
          );
      const stopAt = Number(values[row][gateColumn('STOP at')]);
      const goAt = Number(values[row][gateColumn('GO at')]);
      const below = goAt > stopAt ? stopAt / 2 : stopAt * 2;
      rt.setCell(plan.plan.name, `${columnLetters(gateColumn('Actual'))}${row + 1}`, below);
      rt.setCell(
        plan.plan.name,
        `${columnLetters(gateColumn('Data as of'))}${row + 1}`,
        '2026-11-26',
      );
    }
    rt.clock.set(at('2026-11-27'));
    rt.runTrigger('runGateMonitor');
    const bodies = rt
      .mail()
      .map((m) => m.body)
      .join('\n');
    expect(bodies).toContain(ja.plan.name);
    expect(bodies).toContain(en.plan.name);
    expect(bodies).not.toContain('監視対象外');
  });

  it('carries Actuals from a Japanese v1 into an English v2 of the same plan', () => {
    const rt = jaRuntime();
    const v1 = written(rt, begun(japaneseRequest(rt, 'ja')));
    const values = rt.values(v1.plan.name);
    const t = planText('ja');
    const header = values.findIndex((r) => r[0] === t.gateHeaders[0] && r[1] === t.gateHeaders[1]);
    rt.setCell(v1.plan.name, `${columnLetters(gateColumn('Actual'))}${header + 2}`, 12345);
    rt.setCell(
      v1.plan.name,
      `${columnLetters(gateColumn('Data as of'))}${header + 2}`,
      '2026-11-20',
    );
    const english = begun(japaneseRequest(rt, 'en'));
    const v2 = written(rt, { ...english, record: { ...english.record, id: 'B0373' } });
    expect(v2.version).toBe(2);
    const after = rt.values(v2.plan.name);
    const enHeader = after.findIndex((r) => r[0] === 'Wave' && r[1] === 'Wave name');
    expect(after[enHeader + 1][gateColumn('Actual')]).toBe(12345);

    // v1 is in the Japanese log, v2 in the English one: v2 marks v1 in v1's own words.
    expect(rt.values('意思決定ログ')[1][6]).toBe('v2');
    const jaRecord = rt.values(v1.record.name);
    expect(jaRecord.find((r) => r[0] === 'ステータス')?.[1]).toBe(
      'v2 により置き換え済み（以前は 提案中（Proposed））',
    );
    expect(jaRecord.find((r) => r[0] === '置き換え先')?.[1]).toBe(
      `B0373 v2：「${v2.record.name}」`,
    );
    expect(rt.values('Decision log')[1].slice(0, 7)).toEqual([
      'B0373',
      2,
      english.record?.title,
      'Proposed',
      expect.anything(),
      'B0373 v1',
      '',
    ]);

    // A Japanese v3 supersedes the English v2, marked in English; the next ID counts both logs.
    const japanese = japaneseRequest(rt, 'ja');
    expect(japanese.record?.id).toBe('B0374');
    const v3 = written(rt, { ...japanese, record: { ...japanese.record, id: 'B0373' } });
    expect(v3.version).toBe(3);
    expect(v3.log.name).toBe('意思決定ログ');
    expect(rt.values('Decision log')[1][6]).toBe('v3');
    expect(rt.values(v2.record.name).find((r) => r[0] === 'Status')?.[1]).toBe(
      'Superseded by v3 (was Proposed)',
    );
    expect(rt.values('意思決定ログ')[2].slice(0, 2)).toEqual(['B0373', 3]);
  });
});

/** The 1-based row of wave 1's gate-review Direct revenue input, in a plan of `language`. */
function directRow(values: unknown[][], language: 'en' | 'ja'): number {
  const t = planText(language);
  const title = values.findIndex((r) => r[0] === t.directTitle);
  expect(values[title + 1]).toEqual([...t.directHeaders, ...Array(values[0].length - 6).fill('')]);
  return (
    values.findIndex((r, i) => i > title && r[0] === 1 && r[2] === t.checkpoint.gateReview) + 1
  );
}

describe('the direct-revenue table of a Japanese plan', () => {
  it.each([
    ['ja', 'en'],
    ['en', 'ja'],
  ] as const)(
    'is Japanese, and a re-plan from %s into %s carries its Direct revenue',
    (from, to) => {
      const rt = jaRuntime();
      // Both requests read the partner table before v1 is written (the defaults follow
      // the active sheet, which is then the plan).
      const next = begun(japaneseRequest(rt, to));
      const v1 = written(rt, begun(japaneseRequest(rt, from)));
      const row = directRow(rt.values(v1.plan.name), from);
      expect(row).toBeGreaterThan(0);
      if (from === 'ja')
        expect(rt.values(v1.plan.name)[row - 1][3]).toBe(planText('ja').coversWave({ days: 42 }));
      rt.setCell(v1.plan.name, `E${row}`, 7_000_000);
      rt.setCell(v1.plan.name, `F${row}`, '2026-11-20');
      const v2 = written(rt, { ...next, record: { ...next.record, id: 'B0373' } });
      expect(v2.version).toBe(2);
      const after = rt.values(v2.plan.name);
      expect(after[directRow(after, to) - 1][4]).toBe(7_000_000);
      // The carry-over's note is in the new version's language.
      expect(after.flat()).toContain(
        sentenceText(to).carry.carried({ version: 'B0373 v1', rows: 1 }),
      );
    },
  );
});
