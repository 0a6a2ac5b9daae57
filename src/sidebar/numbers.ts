/**
 * Numbers in the sidebar's boxes and texts, written and read with the spreadsheet
 * locale's marks: a person in a de_DE spreadsheet types 1.200 for twelve hundred and
 * 0,25 for a quarter, in the sidebar as in the cells. A box reads its text with the value
 * reader itself (src/domain/values, rules 1–7 of the README), so a box and a cell read
 * the same text alike: `12k` and `1,5 Mio` are numbers, `95,000` in de_DE is refused as
 * ambiguous (rule 3), and a refusal says why in the reader's own words. Each box also
 * knows what it holds (box-units.ts): a unit that is not its own is refused, not dropped.
 */
import {
  conventionsFor,
  type LocaleConventions,
  localNumber,
  withLocaleMarks,
} from '../domain/values/locales';
import { normaliseText, readNumberText } from '../domain/values/number-text';
import { formulaText } from '../shared/i18n/formulas';
import type { Language } from '../shared/i18n/language';
import { sidebarText } from '../shared/i18n/sidebar';
import { type BoxKind, misfit, percentPoints } from './box-units';

// The spreadsheet's locale is fixed for the life of the sidebar (changing it in File ▸
// Settings reloads the page's data with a new context), so one setting serves every box.
const EN_US = conventionsFor('en_US');
let conventions: LocaleConventions = EN_US;
let language: Language = 'en';
let currency: string | null = null;

/** Sets the locale numbers follow, e.g. 'de_DE' from the planner context; unknown ones read as en_US. */
export function setNumberLocale(next: string): void {
  const c = conventionsFor(next);
  conventions = c.known ? c : EN_US;
}

/**
 * Sets the ISO code of the plan's currency (PlannerContext.currencyCode), the only one a
 * money box takes; null takes any.
 */
export function setNumberCurrency(code: string | null): void {
  currency = code;
}

/** Sets the language of the boxes' messages: the sidebar's (the draft's), not the locale's. */
export function setNumberLanguage(next: Language): void {
  language = next;
}

/** A box's text read: its number (null when empty), or why it is not one. */
export type BoxReading = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * The number a person typed into a sidebar box of `kind`, read as a cell in the
 * spreadsheet's locale reads the same text (readNumberText, rules 1–7; negatives allowed;
 * a days box reads `14 Tage`): null when empty, else the number in the unit the box
 * shows. A unit that is not the box's (`90 %` in a money box, `27 €` in a percent box, an
 * amount in another currency than the plan's) is refused, saying what the box takes. A
 * percent box shows points: `38.4%` and `38.4` are 38.4, a plain `0.27` is 27 as the
 * sheet reads it, and `1` or `1.5` are refused as the sheet's readers disagree on them
 * (percentPoints). With `max` (in the unit the box shows: 100 for a share's box) the
 * box holds a bounded quantity and refuses a number below 0 or above it, as a share of
 * `150%` or a revenue of `-5`. A refusal's message quotes the text and ends with the fix:
 * `"95,000" is ambiguous: 95000 or 95? …`. The reader's module, not the ValueReader
 * class, keeps the sidebar free of the date rules it does not need.
 */
export function readBoxNumber(text: string, kind: BoxKind, max?: number): BoxReading {
  const t = normaliseText(text);
  if (t === '') return { ok: true, value: null };
  const read = readNumberText(t, conventions, kind === 'days');
  const words = formulaText(language);
  const refuse = (why: string): BoxReading => ({
    ok: false,
    message: words.cellWhy({ cell: words.quote({ text: t }), why }),
  });
  if (!read.ok || !Number.isFinite(read.value))
    return refuse(read.ok ? words.value.notFinite : read.why(words));
  const box = sidebarText(language).boxes;
  const wrong = misfit(read, kind, currency);
  if (wrong) {
    const expects =
      kind === 'money' && currency ? box.inCurrency({ code: currency }) : box.expects[kind];
    const found =
      wrong.found === 'currency' ? box.inCurrency({ code: wrong.code }) : box.found[wrong.found];
    return refuse(box.wrongUnit({ found, expects }));
  }
  const inRange = (value: number): BoxReading =>
    max === undefined || (value >= 0 && value <= max)
      ? { ok: true, value }
      : refuse(value < 0 ? words.value.negative : box.share);
  if (kind !== 'percent') return inRange(read.value);
  // The reader builds 38.4% as the decimal text 0.384; back to 38.4 without float noise.
  const typed = read.percent ? Number((read.value * 100).toPrecision(15)) : read.value;
  const points = percentPoints(typed, read.percent);
  if (points !== undefined) return inRange(points);
  return refuse(
    box.eitherPercent({
      points: `${formatNumber(typed, 6)}%`,
      fraction: `${formatNumber(typed * 100, 4)}%`,
    }),
  );
}

/**
 * A number with the locale's grouping and at most `digits` decimals (default 0), e.g.
 * 12,500 or 35.2 in en_US, 12.500 or 35,2 in de_DE: the marks the server's messages use
 * too (localNumber).
 */
export function formatNumber(value: number, digits = 0): string {
  return localNumber(value, digits, conventions);
}

/** A score as the plan's sheets show it: one decimal always (58.0, not 58), in the locale's marks. */
export function formatScore(value: number): string {
  return localNumber(value, 1, conventions, 1);
}

/** A number as a box shows it while being edited: every digit, no grouping (1234.5 or 1234,5). */
export function plainNumber(value: number): string {
  return withLocaleMarks(String(value), conventions);
}
