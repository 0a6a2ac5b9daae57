/**
 * The field kinds the request and the stored values are made of, and how valibot's
 * issues become the sidebar's field messages. Each field kind takes one message for
 * every way a value can be wrong (wrong type, not whole, out of range), because people
 * need to know what to enter, not which rule fired; so one `check` per field does what
 * valibot's separate integer/minValue/maxValue actions would, at a third of their size
 * in Code.js.
 */
import * as v from 'valibot';

/**
 * A message: a text, or one written when the issue is raised (src/shared/i18n/checks.ts
 * `say`, in the parse's language).
 */
export type Message = string | ((issue: v.BaseIssue<unknown>) => string);

/** A message about one field of the request. */
export interface FieldError {
  /** Dotted path into PlanRequest, e.g. 'gates.0.metrics.1.goAt', 'source.sheetName'. */
  field: string;
  message: string;
}

/**
 * A number JSON can carry (finite, so NaN and Infinity never reach a sheet) from `min`
 * to `max`, both included; `above` excludes `min` itself (a cap of 0 is no cap).
 */
export function amount(message: Message, min = -Infinity, above = false) {
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isFinite(n) && (above ? n > min : n >= min), message),
  );
}

/** A whole number from `min` to `max`, both included. */
export function whole(min: number, max: number, message: Message) {
  return v.pipe(
    v.number(message),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, message),
  );
}

/** A text with at least one character that is not white space. */
export function text(message: Message) {
  return v.pipe(
    v.string(message),
    v.check((s) => s.trim() !== '', message),
  );
}

/** A list of texts, e.g. names or emails one per line; blank entries are the caller's business. */
export function texts(message: Message) {
  return v.array(v.string(message), message);
}

/** A sheet column, 1 = column A; 18,278 = ZZZ is the last column Sheets allows. */
export function column(message: Message) {
  return whole(1, 18278, message);
}

/**
 * The issues of a parse as field messages, one per field (the first issue wins) in the
 * order the schema met them. Paths are valibot's dotted paths, which are the sidebar's
 * field ids.
 */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[] | undefined): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues ?? []) {
    const field = v.getDotPath(issue) ?? '';
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}

/**
 * A schema builder that builds on first use and then keeps the schema. Apps Script
 * runs a project's global scope before every execution, each custom-function
 * recalculation included, so schemas built at load would cost PARTNER_SCORE time for
 * nothing; built on first use they cost only the planner and the monitor, once.
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

/** A calendar day, 'YYYY-MM-DD', in the spreadsheet's time zone. */
export type IsoDate = string;
