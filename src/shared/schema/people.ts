/** Who owns, decides, is consulted and is told: the request's `people`. */
import * as v from 'valibot';
import { text, texts } from './fields';

const owner = (label: string, role: string) =>
  v.optional(text(`Name an owner for ${label}.`), role);

const ESCALATION = 'Name at least one person on the escalation path.';

/**
 * The decision maker and the escalation path have no constant default: they start from
 * the person writing, filled before parsing.
 */
export const peopleSchema = () =>
  v.object({
    /** Owners of the three inputs the pilot validates. */
    inputOwners: v.optional(
      v.object({
        capability: owner('partner capability', 'Partner manager'),
        comarketingBudget: owner('co-marketing budget', 'Partner marketing manager'),
        enablementLoad: owner('enablement load', 'Partner enablement lead'),
      }),
      {},
    ),
    decisionMaker: text('Name the decision maker.'),
    /** Ordered: the first is told first. Names or emails. */
    escalation: v.pipe(
      v.array(text('Remove the empty step or name who it is.'), ESCALATION),
      v.check((list) => list.length > 0, ESCALATION),
    ),
    consulted: v.optional(texts('List names or emails.'), () => [
      'Channel sales lead',
      'Finance business partner',
    ]),
    informed: v.optional(texts('List names or emails.'), () => [
      'Sales leadership',
      'Partner managers',
    ]),
  });
