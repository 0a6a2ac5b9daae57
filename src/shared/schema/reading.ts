/**
 * The request's `reading` (src/shared/reading-types.ts): a team's own criteria and words
 * mapped to numbers. Kept in its own schema so the request's core changes apart from it;
 * the checks across fields (a column already used) are in src/domain/plan/validate-reading.ts.
 */
import * as v from 'valibot';
import { amount, column, text } from './fields';
import { DIRECTIONS, valuesOf } from './options';

/** Extra criteria and word maps, each list empty when left out. */
export const readingSchema = () =>
  v.object({
    extraCriteria: v.optional(
      v.array(
        v.object({
          column: column('Choose the column of the extra criterion.'),
          direction: v.picklist(valuesOf(DIRECTIONS), 'Say whether higher or lower is better.'),
          weight: v.optional(amount('The weight must be a number, 0 or more.', 0), 1),
        }),
        'List extra criteria, or none.',
      ),
      [],
    ),
    wordMaps: v.optional(
      v.array(
        v.object({
          column: column('Choose the column whose words to map.'),
          words: v.array(
            v.object({
              word: text('Give the word to map.'),
              value: amount('Give the word a number, 0 or more.', 0),
            }),
            'List the words and their numbers.',
          ),
        }),
        'List word maps, or none.',
      ),
      [],
    ),
  });
