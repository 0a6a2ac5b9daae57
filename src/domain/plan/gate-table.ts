/**
 * The gate table of a written plan: one row per wave, checkpoint and metric. The plan writer lays
 * it out with these columns and the gate monitor reads it back by the same names, so
 * neither re-declares the other's layout.
 */
import type * as v from 'valibot';
import { defaultsText } from '../../shared/i18n/defaults';
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import { planText } from '../../shared/i18n/plan';
import { GATE_TABLE_HEADERS } from '../../shared/plan-columns';
import type { Checkpoint } from '../../shared/plan-types';
import type { planPropertiesSchema } from '../../shared/schema/monitor';

export { GATE_TABLE_HEADERS };

export type GateTableHeader = (typeof GATE_TABLE_HEADERS)[number];

/** 0-based column of a header within the gate table. */
export function gateColumn(header: GateTableHeader): number {
  return GATE_TABLE_HEADERS.indexOf(header);
}

/** The Checkpoint column's words for each kind of gate row, in English: the keys' words. */
export const CHECKPOINT_WORDS: Record<Checkpoint, string> = {
  checkIn: 'Mid-wave check-in',
  gateReview: 'Gate review',
};

/**
 * The gate table's header row as a plan in `language` writes it (src/shared/i18n/{en,ja}/plan.ts),
 * in the order of GATE_TABLE_HEADERS.
 */
export function gateTableHeaders(language: Language): readonly string[] {
  return planText(language).gateHeaders;
}

/**
 * The language whose gate table headers `header` holds, cell for cell (trimmed), or
 * undefined when it is no gate table header. The writer and the readers (the monitor, a
 * re-plan's carry-over) meet here, so a plan written in either language is read in a
 * spreadsheet of either locale.
 */
export function gateTableLanguage(header: readonly unknown[]): Language | undefined {
  return LANGUAGES.find((language) =>
    gateTableHeaders(language).every((h, i) => String(header[i] ?? '').trim() === h),
  );
}

/** Which checkpoint a Checkpoint cell names, in any language's words; undefined if none. */
export function checkpointOf(text: string): Checkpoint | undefined {
  const word = text.trim().toLowerCase();
  for (const language of LANGUAGES) {
    const words = planText(language).checkpoint;
    if (word === words.checkIn.toLowerCase()) return 'checkIn';
    if (word === words.gateReview.toLowerCase()) return 'gateReview';
  }
  return undefined;
}

/**
 * The key that finds the same gate in another version of a plan: wave number,
 * checkpoint (in either language's words) and metric name, as the gate table shows them. Re-planning carries Actuals
 * by it and the monitor remembers statuses by it, so neither restarts with a version.
 */
export function gateKey(wave: number, checkpoint: string, metric: string): string {
  // The English words whatever the table's language, so a version written in the other
  // language (or memory kept before there was one) finds the same gate.
  const known = checkpointOf(checkpoint);
  const word = known ? CHECKPOINT_WORDS[known] : checkpoint;
  return `w${wave}|${word.trim().toLowerCase()}|${metricWord(metric)}`;
}

let defaultNames: Map<string, string> | undefined;

/**
 * A metric name as gateKey keys it: lower case, and a built-in metric's default name in
 * any language as its English one, since a version switched to the other language takes
 * that language's default names (default-words.ts) and must still find the same gate.
 */
export function metricWord(metric: string): string {
  const name = metric.trim().toLowerCase();
  if (!defaultNames) {
    const english = defaultsText('en').metrics;
    defaultNames = new Map(
      LANGUAGES.flatMap((l) =>
        Object.entries(defaultsText(l).metrics).map(([kind, m]) => [
          m.name.toLowerCase(),
          (english[kind]?.name ?? m.name).toLowerCase(),
        ]),
      ),
    );
  }
  return defaultNames.get(name) ?? name;
}

/** What the plan stores per written version in document properties, for the monitor. */
export type PlanProperties = v.InferOutput<ReturnType<typeof planPropertiesSchema>>;

/** What every planPropertiesKey starts with, to find all of them. */
export const PLAN_PROPERTIES_PREFIX = 'partnerPilot.plan.';

/** The document-property key of a version's PlanProperties, e.g. 'partnerPilot.plan.B0373.v1'. */
export function planPropertiesKey(id: string, version: number): string {
  return `${PLAN_PROPERTIES_PREFIX}${id}.v${version}`;
}
