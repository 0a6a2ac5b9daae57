/**
 * Reading JSON the add-on kept in document properties. A value written by an older
 * version may lack fields added since (they take their schema defaults); a value that
 * is not JSON or has a field of the wrong type is reported, never passed on half-read.
 */
import * as v from 'valibot';
import { fieldErrors } from './fields';

export type StoredValue<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The first few issues in words, e.g. `gates.x.escalated: Invalid type: …`, for a log or a notice. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const errors = fieldErrors(issues);
  const shown = errors.slice(0, 3).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  if (errors.length > 3) shown.push(`and ${errors.length - 3} more`);
  return shown.join('; ');
}

/** `text` as JSON parsed through `schema`: the upgraded value, or what is wrong with it. */
export function parseStored<S extends v.GenericSchema>(
  schema: S,
  text: string,
): StoredValue<v.InferOutput<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  const parsed = v.safeParse(schema, json);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, problem: describeIssues(parsed.issues) };
}
