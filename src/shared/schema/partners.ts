/**
 * The data step's choices about single partners: exclusions by hand with their reasons
 * (a test account, a partner under legal review), pins to a wave, and whether partners
 * scored without some criteria may enter waves. Matched to rows by sheet row and name
 * (src/domain/plan/partner-choices.ts); the wave of a pin is checked against the wave
 * count in src/domain/plan/validate.ts.
 */
import * as v from 'valibot';
import { say } from '../i18n/checks';
import { text, whole } from './fields';

const sheetRow = () =>
  whole(
    1,
    1e7,
    say((t) => t.partners.row),
  );

/** The data step's choices: exclusions with reasons, pins to waves, the partial-data rule. */
export const partnerChoicesSchema = () =>
  v.object({
    exclusions: v.optional(
      v.array(
        v.object({
          sheetRow: sheetRow(),
          name: v.string(say((t) => t.partners.excludedName)),
          /** Why: written beside the partner in the plan and the record. */
          reason: text(say((t) => t.partners.reason)),
        }),
        say((t) => t.partners.exclusions),
      ),
      [],
    ),
    pins: v.optional(
      v.array(
        v.object({
          sheetRow: sheetRow(),
          name: v.string(say((t) => t.partners.pinnedName)),
          /** 1-based wave. */
          wave: whole(
            1,
            5,
            say((t) => t.partners.pinWave),
          ),
        }),
        say((t) => t.partners.pins),
      ),
      [],
    ),
    /**
     * false (default): partners scored without some criteria may enter waves, marked as
     * such; true: only partners with every weighted criterion enter a wave.
     */
    requireCompleteData: v.optional(v.boolean(say((t) => t.partners.complete)), false),
  });
