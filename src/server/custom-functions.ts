/**
 * The two custom functions. They only translate between Sheets and the domain: the
 * rules live in src/domain/scoring/partner-score.ts and src/domain/gating/gate-status.ts.
 */
import { gateStatus } from '../domain/gating/gate-status';
import { partnerScore } from '../domain/scoring/partner-score';
import type { SheetSettings } from '../domain/values/reader';

/**
 * The spreadsheet's locale and time zone for one custom-function call, each asked for
 * once and only when a cell needs it: a text cell (the locale decides its separators,
 * Spreadsheet.getSpreadsheetLocale) or a Date (its calendar day is the one in the
 * spreadsheet's zone, which may differ from the script's). Each is a service call, and
 * custom functions may make read calls (developers.google.com/apps-script/guides/sheets/functions).
 */
function sheetSettings(): SheetSettings & { readonly today: string } {
  let locale: string | undefined;
  let timeZone: string | undefined;
  const dayOf = (date: Date) => {
    timeZone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
  };
  return {
    get locale() {
      locale ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
      return locale;
    },
    dayOf,
    get today() {
      return dayOf(new Date());
    },
  };
}

/**
 * Scores each partner from 0 to 100 against the other partners in the same range, from partner capability, co-marketing budget and enablement load (inputs) and partner-sourced revenue, CAC and coverage gap (outcomes). Pass the whole table with its header row; other columns are ignored. Returns one column: a score, INSUFFICIENT DATA, or an Invalid note per row.
 *
 * @param {any[][]} partners The partner table with a header row naming the criteria (Capability, Co-marketing budget, Enablement load, Partner-sourced revenue, CAC, Coverage gap), or exactly six columns in that order.
 * @param {any[][]} weights Optional. Six weights in the order above, or a two-column range of criterion name and weight. Blank: every criterion weighs 1.
 * @param {string} method Optional. "minmax" (default) scales each criterion between the lowest and highest partner; "topsis" ranks by distance to the ideal partner.
 * @return One score per row, 0 to 100.
 * @customfunction
 */
export function PARTNER_SCORE(partners: unknown, weights?: unknown, method?: unknown) {
  return partnerScore(partners, weights, method, sheetSettings());
}

/**
 * Judges the gates of a phased pilot: one row per gate, one column per metric. Returns GO, HOLD, STOP, PENDING (no actual yet), STALE (data older than the limit) or an Invalid note per row. Higher is better when go_at is above stop_at; lower is better (as for CAC) when go_at is below stop_at.
 *
 * @param {any[][]} actuals The measured values: one row per gate, one column per metric.
 * @param {any[][]} go_at The GO thresholds: the same shape as actuals, one row shared by every gate, or one value.
 * @param {any[][]} stop_at The STOP thresholds, shaped like go_at.
 * @param {any[][]} as_of Optional. The date each row's data was last refreshed (a date, YYYY-MM-DD or the locale's short date), one per row or one for all. Left out: not checked; a row with an actual and a blank date of its own is STALE.
 * @param {any[][]} max_age_days Optional. Days after which data counts as stale: one value, or a column with one per row. Blank: 14.
 * @param {Date} today Optional. The date to judge staleness against. Blank: today in the spreadsheet's time zone.
 * @return One status per gate row.
 * @customfunction
 */
export function GATE_STATUS(
  actuals: unknown,
  go_at: unknown,
  stop_at: unknown,
  as_of?: unknown,
  max_age_days?: unknown,
  today?: unknown,
) {
  return gateStatus(
    { actuals, goAt: go_at, stopAt: stop_at, asOf: as_of, maxAgeDays: max_age_days, today },
    sheetSettings(),
  );
}
