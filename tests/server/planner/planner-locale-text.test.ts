/**
 * The plan's sentences in the spreadsheet locale's numbers (issue 16), through the local
 * runtime's `locale` option and the built dist/Code.js: each stop condition states its
 * STOP thresholds exactly as the gate table's cells show them, and every amount the
 * planner writes reads back, through the add-on's own value reader in that locale, as
 * the amount it stands for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../local/runtime/index';
import { gateColumn } from '../../../src/domain/plan/gate-table';
import { formatAmount } from '../../../src/domain/plan/metrics';
import { conventionsFor, KNOWN_LOCALES } from '../../../src/domain/values/locales';
import { SIGNED, ValueReader } from '../../../src/domain/values/reader';
import { amountStyleOf } from '../../../src/server/sheets/formats';
import type { Language } from '../../../src/shared/i18n/language';
import type { MetricUnit, PlanPreview, Result } from '../../../src/shared/plan-types';
import { defaultsOf, generatedRows, NOW, written } from './planner-support';

/** A plan written in `locale` from 40 invented partners, with its preview and sheets. */
function planIn(locale: string, language: Language = 'en') {
  const rt = openWorkbook({ Partners: generatedRows(40) }, { now: NOW, locale, timeZone: 'UTC' });
  const request = { ...defaultsOf(rt), language };
  const preview = rt.run<Result<PlanPreview>>('previewPlan', request);
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  const result = written(rt, request);
  return { rt, plan: preview.value, sheet: result.plan.name, record: result.record.name };
}

/** The STOP cells of wave 1's gate review as the sheet shows them, by unit of the gate. */
function wave1Stops(locale: string) {
  const { rt, plan, sheet } = planIn(locale);
  const values = rt.values(sheet);
  const shown = rt.displayValues(sheet);
  const stops = plan.gates
    .filter((g) => g.wave === 1 && g.checkpoint === 'gateReview' && g.kind !== 'shareFloor')
    .filter((g) => g.kind !== 'shareCeiling')
    .map((g) => {
      const row = values.findIndex(
        (r) =>
          r[gateColumn('Wave')] === 1 &&
          r[gateColumn('Metric')] === g.metric &&
          r[gateColumn('Checkpoint')] === 'Gate review',
      );
      return { unit: g.unit, cell: shown[row][gateColumn('STOP at')] };
    });
  return { stops, sentence: plan.stopConditions[0], written: rt.values(sheet).flat() };
}

describe('a stop condition states STOP as its cell shows it', () => {
  const NNBSP = '\u202f';
  const cases: [string, RegExp][] = [
    ['de_DE', /^\d{1,3}(\.\d{3})* €$/],
    ['fr_FR', new RegExp(`^\\d{1,3}(${NNBSP}\\d{3})* €$`)],
    ['de_CH', /^CHF \d{1,3}('\d{3})*$/],
    ['en_IN', /^₹(\d{1,2},)*\d{1,3}$/],
    ['pt_BR', /^R\$ \d{1,3}(\.\d{3})*$/],
    ['ja_JP', /^¥\d{1,3}(,\d{3})*$/],
    ['en_US', /^\$\d{1,3}(,\d{3})*$/],
  ];
  for (const [locale, money] of cases) {
    it(`in ${locale}`, () => {
      const { stops, sentence, written } = wave1Stops(locale);
      expect(written).toContain(sentence);
      const amounts = stops.filter((s) => s.unit === 'currency');
      expect(amounts.length).toBeGreaterThan(0);
      for (const { cell } of amounts) {
        expect(cell).toMatch(money);
        expect(sentence).toContain(cell);
      }
      // Percent cells show 0.0%; the sentence drops a trailing ,0 / .0.
      for (const { cell } of stops.filter((s) => s.unit === 'percent'))
        expect(sentence).toContain(cell.replace(/[.,]0%$/, '%'));
      for (const { cell } of stops.filter((s) => s.unit === 'hours'))
        expect(sentence).toContain(`${cell} hrs`);
    });
  }

  it('in de_DE: a German amount, never the en_US one a German reads 1,000× off', () => {
    const { stops, sentence } = wave1Stops('de_DE');
    const cac = stops.find((s) => s.unit === 'currency' && /^\d\.\d{3} €$/.test(s.cell));
    expect(cac, JSON.stringify(stops)).toBeDefined();
    expect(sentence).not.toMatch(/€\d|\d,\d{3}\b/);
  });
});

describe('a de_DE plan', () => {
  it('writes no en_US number in any text of its plan, record, Markdown or log', () => {
    const rt = openWorkbook(
      { Partners: generatedRows(40) },
      { now: NOW, locale: 'de_DE', timeZone: 'UTC' },
    );
    const request = defaultsOf(rt);
    const result = written(rt, {
      ...request,
      waves: { ...request.waves, pilotCaps: { comarketingBudget: 90_000, enablementLoad: null } },
    });
    const texts = [result.plan.name, result.record.name, result.log.name]
      .flatMap((sheet) => rt.values(sheet).flat())
      .filter((v): v is string => typeof v === 'string');
    texts.push(result.markdown);
    const all = texts.join('\n');
    expect(all).toMatch(/\d{1,3}\.\d{3} €/);
    expect(all).not.toMatch(/\$|€\d|\d,\d{3}(?!\d)/);
  });

  it('states the stability multipliers with a decimal comma, as their cells show them', () => {
    const { rt, sheet, record } = planIn('de_DE');
    const shown = rt.displayValues(sheet).flat();
    const text = [...rt.values(sheet).flat(), ...rt.values(record).flat()]
      .filter((v): v is string => typeof v === 'string')
      .join('\n');
    const multipliers = text.match(/\d+(?:[.,]\d+)?×/g) ?? [];
    expect(multipliers.length).toBeGreaterThan(0);
    for (const m of multipliers) {
      expect(m).not.toMatch(/\./);
      // Each stated end is a cell of the sensitivity table, as that cell shows it.
      if (m.includes(',')) expect(shown).toContain(m.replace('×', ''));
    }
  });
});

/** The yen amounts of a Japanese text: '¥1,234万5,678' and '¥1億' as written. */
const yen = (text: string) => text.match(/¥(?:[\d,]+億)?(?:[\d,]+万)?[\d,]*/g) ?? [];

describe('a Japanese plan in a ja_JP spreadsheet', () => {
  const { rt, plan, record } = planIn('ja_JP', 'ja');
  const reader = new ValueReader({ locale: 'ja_JP', dayOf: () => '2026-11-27' });
  const read = (text: string) => {
    const cell = reader.number(text, SIGNED);
    if (cell.kind !== 'number') throw new Error(`${text}: ${JSON.stringify(cell)}`);
    return cell.value;
  };

  it('writes yen one way in its stop conditions and its record: in 万 from ¥10,000 on', () => {
    const recordText = rt.values(record).flat().join('\n');
    const all = [...plan.stopConditions, recordText].flatMap(yen);
    expect(all.length).toBeGreaterThan(5);
    for (const amount of all) {
      if (read(amount) >= 10_000) expect(amount).toMatch(/[万億]/);
      else expect(amount).toMatch(/^¥\d{1,3}(,\d{3})?$/);
    }
  });

  it('states each STOP at the gate row amount', () => {
    const review = plan.gates.filter(
      (g) => g.wave === 1 && g.checkpoint === 'gateReview' && g.unit === 'currency',
    );
    const stated = yen(plan.stopConditions[0]).map(read);
    for (const g of review) expect(stated).toContain(g.stopAt);
  });
});

/**
 * `abs` rounded to `digits` decimals half away from zero, on its shortest decimal spelling
 * (1.005 → 1.01): the rounding the plan's texts state.
 */
function halfAwayFromZero(abs: number, digits: number): number {
  const text = String(abs);
  if (text.includes('e')) return abs < 1 ? 0 : abs;
  return Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
}

describe('the value reader reads back what the writer writes', () => {
  const locales = [...KNOWN_LOCALES, 'fr_CH', 'en_ZA'];
  const digits: Record<MetricUnit, number> = { currency: 0, percent: 1, hours: 0, number: 2 };

  it('in every listed locale, and in two it does not list, for any amount in any unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom<MetricUnit>('currency', 'percent', 'hours', 'number'),
        fc.constantFrom<Language>('en', 'ja'),
        fc.oneof(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
        ),
        (locale, unit, language, value) => {
          const style = amountStyleOf(locale);
          const text = formatAmount(value, unit, style, language).replace(/ (hrs|時間)$/, '');
          const reader = new ValueReader({ locale, dayOf: () => '2026-11-27' });
          const cell = reader.number(text, SIGNED);
          if (cell.kind !== 'number') throw new Error(`${locale} ${text}: ${JSON.stringify(cell)}`);
          const shown = unit === 'percent' ? value * 100 : value;
          const rounded = Math.sign(shown) * halfAwayFromZero(Math.abs(shown), digits[unit]);
          const expected = unit === 'percent' ? rounded / 100 : rounded;
          expect(Math.abs(cell.value - expected)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(expected)),
          );
          if (unit === 'currency' && conventionsFor(locale).known)
            expect([conventionsFor(locale).currency, 'kr']).toContain(cell.currency);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
