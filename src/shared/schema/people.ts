/** Who owns, decides, is consulted and is told: the request's `people`. */
import * as v from 'valibot';
import { say } from '../i18n/checks';
import { text, texts } from './fields';

const owner = (input: 'capability' | 'comarketingBudget' | 'enablementLoad', role: string) =>
  v.optional(text(say((t) => t.people.owner({ criterion: t.inputs[input] }))), role);

const ESCALATION = say((t) => t.people.escalation);

/**
 * The decision maker and the escalation path have no constant default: they start from
 * the person writing, filled before parsing.
 */
export const peopleSchema = () =>
  v.object({
    /** Owners of the three inputs the pilot validates. */
    inputOwners: v.optional(
      v.object({
        capability: owner('capability', 'Partner manager'),
        comarketingBudget: owner('comarketingBudget', 'Partner marketing manager'),
        enablementLoad: owner('enablementLoad', 'Partner enablement lead'),
      }),
      {},
    ),
    decisionMaker: text(say((t) => t.people.decisionMaker)),
    /** Ordered: the first is told first. Names or emails. */
    escalation: v.pipe(
      v.array(text(say((t) => t.people.escalationStep)), ESCALATION),
      v.check((list) => list.length > 0, ESCALATION),
    ),
    consulted: v.optional(texts(say((t) => t.people.names)), () => [
      'Channel sales lead',
      'Finance business partner',
    ]),
    informed: v.optional(texts(say((t) => t.people.names)), () => [
      'Sales leadership',
      'Partner managers',
    ]),
  });
