/**
 * Two live columns beside the plan's gate table, read from the gate history the monitor
 * keeps (sheets/gate-history-sheet.ts): each gate's Trend, a SPARKLINE of its Actuals over
 * the days the monitor ran, and Status since, the first day of its current status as the
 * history's rows record it. A gate is
 * found in the history by record ID, wave, checkpoint and metric, so the trend carries on
 * across versions of the plan. The formulas hold no number literal (the decimal mark never
 * matters) and take the spreadsheet's argument separator; the record ID is a string literal
 * with its quotes doubled, so nothing typed in it can become part of the formula.
 */
import type { ArgumentSeparator } from '../sheets/formula-syntax';

/** The history sheet's columns the formulas read (its header is in the i18n catalogue). */
const H = {
  date: 'A',
  plan: 'B',
  wave: 'D',
  checkpoint: 'E',
  metric: 'F',
  actual: 'G',
  since: 'J',
};

export interface TrendSources {
  historySheet: string;
  recordId: string;
  /** The gate table's header row and its number of gate rows; Wave in A, Checkpoint in C, Metric in D. */
  headerRow: number;
  gates: number;
  separator: ArgumentSeparator;
  /** The two columns' headers in the plan's language (planText's trend). */
  headers: { trend: string; since: string };
}

/**
 * The header and one row per gate: `=IFERROR(SPARKLINE(FILTER(actuals, this gate)), "")`
 * and `=IFERROR(MAX(FILTER(status since, this gate)), "")` (the latest run of a status
 * began last), blank until the monitor has run (FILTER finds nothing: an error IFERROR
 * turns into "").
 */
export function trendFormulas(s: TrendSources): string[][] {
  const sep = s.separator;
  const sheet = `'${s.historySheet.replace(/'/g, "''")}'`;
  const col = (c: string) => `${sheet}!$${c}:$${c}`;
  const id = `"${s.recordId.replace(/"/g, '""')}"`;
  const rows = Array.from({ length: s.gates }, (_, i) => {
    const r = s.headerRow + 1 + i;
    const gate = [
      `${col(H.plan)}=${id}`,
      `${col(H.wave)}=$A${r}`,
      `${col(H.checkpoint)}=$C${r}`,
      `${col(H.metric)}=$D${r}`,
    ].join(sep);
    return [
      `=IFERROR(SPARKLINE(FILTER(${col(H.actual)}${sep}${gate}))${sep}"")`,
      `=IFERROR(MAX(FILTER(${col(H.since)}${sep}${gate}))${sep}"")`,
    ];
  });
  const text = (words: string) => `="${words.replace(/"/g, '""')}"`;
  return [[text(s.headers.trend), text(s.headers.since)], ...rows];
}
