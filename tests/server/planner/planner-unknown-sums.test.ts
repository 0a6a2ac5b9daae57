/**
 * Issue 16: a wave sum over partners without a value (n/a, TBD, blank) is never 0. Ten
 * invented partners ranked by capability alone, five per wave: none of the Pilot's five
 * has a partner-sourced revenue, three of the next wave's five have one. Written through
 * the built Code.js, in English and in Japanese: the Pilot's revenue is unknown in the
 * wave table, the record and its Markdown, its revenue gate is left out with the plan's
 * no-data note, and the next wave's revenue is the three partners' sum with a note
 * counting the two left out.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { amountWriter } from '../../../src/domain/plan/metrics';
import { planText } from '../../../src/shared/i18n/plan';
import { recordText } from '../../../src/shared/i18n/record';
import { sentenceText } from '../../../src/shared/i18n/sentences';
import type { PlanRequestInput } from '../../../src/shared/plan-types';
import { block, context, HEADER, NOW, written } from './planner-support';

/** Annual partner-sourced revenue of the partners ranked 1–10; '' and words are no value. */
const REVENUE = ['n/a', 'TBD', '', 'n/a', 'TBD', 260000, 520000, 780000, 'n/a', ''];
const KNOWN = 260000 + 520000 + 780000;
/** A six-week wave's share of an annual amount. */
const WAVE = 6 / 52;

function runtime(locale?: string) {
  const rows: unknown[][] = [HEADER];
  for (const [i, revenue] of REVENUE.entries())
    rows.push([`Partner ${i + 1}`, 'Owner', 10 - i, 5000, 40, revenue, 3000, 0.2]);
  return openWorkbook({ Partners: rows }, { now: NOW, locale });
}

function request(rt: ReturnType<typeof runtime>, language: 'en' | 'ja'): PlanRequestInput {
  const d = context(rt).defaults;
  if (!d) throw new Error('no table detected');
  const names = language === 'ja' ? ['試行', '拡大'] : ['Pilot', 'Expand'];
  return {
    ...d,
    language,
    // Capability alone ranks them, so the ten fall into the waves in row order.
    scoring: {
      ...d.scoring,
      weights: {
        capability: 1,
        comarketingBudget: 0,
        enablementLoad: 0,
        sourcedRevenue: 0,
        cac: 0,
        coverageGap: 0,
      },
    },
    waves: { ...d.waves, count: 2, names, assignment: { mode: 'count', counts: [5, 5] } },
  };
}

/** Every cell of a sheet's rows as text, one string per row. */
const lines = (values: unknown[][]) => values.map((r) => r.map(String).join(' | '));

describe.each([
  { language: 'en' as const, locale: undefined, currency: '$', zero: /\$0(?![\d,.])/ },
  { language: 'ja' as const, locale: 'ja_JP', currency: '¥', zero: /[¥￥]0(?![\d,.])/ },
])('a wave whose partners have no revenue ($language)', ({ language, locale, currency, zero }) => {
  const rt = runtime(locale);
  const req = request(rt, language);
  const result = written(rt, req);
  const [pilot, expand] = req.waves?.names ?? [];
  const t = planText(language);
  const said = sentenceText(language);
  const r = recordText(language);
  const planValues = rt.values(result.plan.name);
  const shown = rt.displayValues(result.plan.name);
  const revenueColumn = t.waveHeaders.length - 1;
  const expandRevenue = Math.round(KNOWN * WAVE);

  it('writes the Pilot’s expected revenue as unknown and the next wave’s as its known sum', () => {
    const header = planValues.findIndex(
      (row) => row.slice(0, t.waveHeaders.length).join('|') === t.waveHeaders.join('|'),
    );
    const waves = planValues.slice(header, header + 3);
    expect(waves[1].slice(0, 2)).toEqual([1, pilot]);
    expect(waves[1][revenueColumn]).toBe(t.unknown);
    expect(waves[2][revenueColumn]).toBe(expandRevenue);
    // Budget and hours are known for all five: 5 × 5,000 and 5 × 40 a year, pro-rated.
    expect(waves[1].slice(revenueColumn - 2, revenueColumn)).toEqual([
      Math.round(25000 * WAVE),
      Math.round(200 * WAVE),
    ]);
  });

  it('shows no zero amount anywhere in the plan sheet', () => {
    const amount = amountWriter('en')(expandRevenue, 'currency', currency);
    expect(lines(shown).join('\n')).toContain(amount);
    for (const line of lines(shown)) expect(line).not.toMatch(zero);
  });

  it('derives no revenue gate for the Pilot and says why; the next wave’s covers its three', () => {
    const notes = block(planValues, t.notes).map((row) => String(row[1]));
    expect(notes).toContain(
      said.gates.noGateNoData({ metric: req.metrics?.[0]?.name ?? '', wave: pilot }),
    );
    expect(notes).toContain(
      said.partialSum({
        wave: expand,
        column: said.criteriaInSentence.sourcedRevenue,
        known: 3,
        missing: 2,
      }),
    );
    expect(notes.join('\n')).toMatch(/\b2\b/);
    const gateRows = lines(planValues).filter((l) => l.includes(req.metrics?.[0]?.name ?? '?'));
    const pilotRevenue = gateRows.filter((l) => l.includes(` | ${pilot} | `));
    expect(pilotRevenue).toEqual([]);
    const expandReview = gateRows.find(
      (l) => l.includes(` | ${expand} | `) && l.includes(t.checkpoint.gateReview),
    );
    expect(expandReview).toContain(String(Math.round(expandRevenue * 0.9)));
    expect(expandReview).toContain(String(Math.round(expandRevenue * 0.5)));
  });

  it('writes no zero revenue in the decision record or its Markdown', () => {
    const record = lines(rt.values(result.record.name)).join('\n');
    const unknown = r.sums.unknown;
    const item = language === 'en' ? `${pilot} (wave 1)` : `${pilot}（ウェーブ 1）`;
    const pilotItem = record.split('\n').find((l) => l.includes(item));
    expect(pilotItem).toContain(
      `${said.criteriaInSentence.sourcedRevenue} of ${unknown}`.slice(
        language === 'en' ? 0 : Infinity,
      ),
    );
    expect(pilotItem).toContain(unknown);
    // Option A's "no new co-marketing or enablement ($0, 0 hrs)" is the only zero: it commits nothing.
    const optionA = language === 'en' ? '($0, 0 hrs)' : '（¥0・0 時間）';
    for (const text of [record, result.markdown]) {
      expect(text).toContain(optionA);
      expect(text.split(optionA).join('')).not.toMatch(zero);
    }
    // Option B's revenue is the known partners' sum, the seven without a value counted.
    const amount = amountWriter(language)(expandRevenue, 'currency', currency);
    expect(result.markdown).toContain(r.sums.partial({ amount, n: 7 }));
  });
});
