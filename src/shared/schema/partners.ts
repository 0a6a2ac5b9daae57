/**
 * The data step's choices about single partners: exclusions by hand with their reasons
 * (a test account, a partner under legal review), pins to a wave, and whether partners
 * scored without some criteria may enter waves. Matched to rows by sheet row and name
 * (src/domain/plan/partner-choices.ts); the wave of a pin is checked against the wave
 * count in src/domain/plan/validate.ts.
 */
import * as v from 'valibot';
import { text, whole } from './fields';

const sheetRow = () => whole(1, 1e7, 'The partner’s row must be a row number, 1 or more.');

/** The data step's choices: exclusions with reasons, pins to waves, the partial-data rule. */
export const partnerChoicesSchema = () =>
  v.object({
    exclusions: v.optional(
      v.array(
        v.object({
          sheetRow: sheetRow(),
          name: v.string('Give the excluded partner’s name.'),
          /** Why: written beside the partner in the plan and the record. */
          reason: text('Say why the partner is excluded (e.g. test account, under legal review).'),
        }),
        'List exclusions, or none.',
      ),
      [],
    ),
    pins: v.optional(
      v.array(
        v.object({
          sheetRow: sheetRow(),
          name: v.string('Give the pinned partner’s name.'),
          /** 1-based wave. */
          wave: whole(1, 5, 'Pin the partner to a wave from 1 to 5.'),
        }),
        'List pins, or none.',
      ),
      [],
    ),
    /**
     * false (default): partners scored without some criteria may enter waves, marked as
     * such; true: only partners with every weighted criterion enter a wave.
     */
    requireCompleteData: v.optional(
      v.boolean('Choose whether partners need complete data.'),
      false,
    ),
  });
