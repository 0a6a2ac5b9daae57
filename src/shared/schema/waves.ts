/** How many waves, who goes in which, and when: the request's `waves` and `schedule`. */
import * as v from 'valibot';
import { isIsoDate } from '../../domain/calendar';
import { say } from '../i18n/checks';
import { amount, type Message, whole } from './fields';
import { ASSIGNMENT_MODES } from './options';

export const MAX_WAVES = 5;

const SHARE = ASSIGNMENT_MODES[0].value;
const COUNT = ASSIGNMENT_MODES[1].value;

/** Per-wave numbers; each one's range is checked with its wave's name in validate.ts. */
const perWave = (message: Message) => v.array(amount(message), message);

/** Who goes in which wave: a share of the eligible partners, or a number of partners. */
export const waveAssignmentSchema = () =>
  v.variant(
    'mode',
    [
      v.object({
        mode: v.literal(SHARE),
        /** Percent of the eligible partners per wave (20 = 20%), one per wave, adding up to 100. */
        sharesPercent: perWave(say((t) => t.waves.shares)),
      }),
      v.object({
        mode: v.literal(COUNT),
        /** Partners per wave, one whole number (1 or more) per wave. */
        counts: perWave(say((t) => t.waves.counts)),
      }),
    ],
    say((t) => t.waves.assignment),
  );

function cap() {
  const message = say((t) => t.waves.cap);
  return v.optional(v.nullable(amount(message, 0, true)), null);
}

/** Limits on what the pilot wave may take; partners beyond them wait for a later wave. */
export const pilotCapsSchema = () =>
  v.object({
    /** Total co-marketing budget the pilot may commit, or null for no cap. */
    comarketingBudget: cap(),
    /** Total enablement hours the pilot may take, or null for no cap. */
    enablementLoad: cap(),
  });

/**
 * The names and the assignment have no constant default: they follow the wave count
 * (src/domain/plan/wave-defaults.ts), filled before parsing.
 */
export const wavesSchema = () =>
  v.object({
    count: v.optional(
      whole(
        1,
        MAX_WAVES,
        say((t) => t.waves.count({ max: MAX_WAVES })),
      ),
      3,
    ),
    /** One per wave; defaults Pilot, Expand, Scale, Wave 4, Wave 5. */
    names: v.array(
      v.string(say((t) => t.waves.name)),
      say((t) => t.waves.name),
    ),
    assignment: waveAssignmentSchema(),
    pilotCaps: v.optional(pilotCapsSchema(), {}),
  });

const notADate = say((t, issue) => t.waves.notADate({ input: String(issue.input) }));

/** The start date has no constant default: it is the next Monday after today, filled before parsing. */
export const scheduleSchema = () =>
  v.object({
    /** The first wave's first day. */
    startDate: v.pipe(
      v.string(notADate),
      v.check((day: string) => isIsoDate(day), notADate),
      // The schedule runs up to 5 × 26 weeks past the start: every date keeps a 4-digit year.
      v.check(
        (day: string) => day >= '1900-01-01' && day <= '2999-12-31',
        say((t, issue) => t.waves.outOfRange({ input: String(issue.input) })),
      ),
    ),
    /** 1 to 26 whole weeks. */
    waveWeeks: v.optional(
      whole(
        1,
        26,
        say((t) => t.waves.weeks),
      ),
      6,
    ),
    /** A check-in half-way through each wave. */
    midCheckIn: v.optional(v.boolean(say((t) => t.waves.midCheckIn)), true),
  });
