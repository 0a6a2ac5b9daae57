/**
 * The request's `reading` (src/shared/reading-types.ts): a team's own criteria and words
 * mapped to numbers. Kept in its own schema so the request's core changes apart from it;
 * the checks across fields (a column already used) are in src/domain/plan/validate-reading.ts.
 */
import * as v from 'valibot';
import { say } from '../i18n/checks';
import { amount, column, text } from './fields';
import { DIRECTIONS, valuesOf } from './options';

/** Extra criteria and word maps, each list empty when left out. */
export const readingSchema = () =>
  v.object({
    extraCriteria: v.optional(
      v.array(
        v.object({
          column: column(say((t) => t.reading.extraColumn)),
          direction: v.picklist(
            valuesOf(DIRECTIONS),
            say((t) => t.reading.direction),
          ),
          weight: v.optional(
            amount(
              say((t) => t.reading.weight),
              0,
            ),
            1,
          ),
        }),
        say((t) => t.reading.extras),
      ),
      [],
    ),
    wordMaps: v.optional(
      v.array(
        v.object({
          column: column(say((t) => t.reading.wordColumn)),
          words: v.array(
            v.object({
              word: text(say((t) => t.reading.word)),
              value: amount(
                say((t) => t.reading.wordValue),
                0,
              ),
            }),
            say((t) => t.reading.words),
          ),
        }),
        say((t) => t.reading.maps),
      ),
      [],
    ),
  });
