/** The request checks' catalogue, per language (see catalogue.ts). */
import type * as v from 'valibot';
import { lazyCatalogue } from './catalogue';
import { type CheckText, enChecks } from './en/checks';
import { jaChecks } from './ja/checks';
import { asLanguage } from './language';

/** The request checks' texts in `language`, built on first use. */
export const checkText = lazyCatalogue({ en: enChecks, ja: jaChecks });

export type { CheckText } from './en/checks';

/**
 * A valibot message written when an issue is raised, in the language the parse was given
 * (`v.safeParse(schema, input, { lang })`; English without one), so one schema speaks
 * every language and no catalogue is built until a message is.
 */
export function say(pick: (t: CheckText, issue: v.BaseIssue<unknown>) => string) {
  return (issue: v.BaseIssue<unknown>) => pick(checkText(asLanguage(issue.lang) ?? 'en'), issue);
}
