/** The decision record's own fields (MADR: status, title, context): the request's `record`. */
import * as v from 'valibot';
import { say } from '../i18n/checks';
import { text } from './fields';
import { RECORD_QUALITIES, RECORD_STATUSES, valuesOf } from './options';

const NOT_AN_ID = say((t, issue) => t.record.notAnId({ input: String(issue.input) }));

// B and 4 to 19 digits: at most 20 characters, so sheet names stay short and the next
// ID is exact (src/domain/plan/decision-log.ts nextRecordId).
const RECORD_ID = /^B\d{4,19}$/;

const ANY_TEXT = say((t) => t.record.anyText);

const VARIANT = say((t) => t.record.variant);

/** A name the partner or plan is also known by; both parts given, or the pair removed. */
export const nameVariantSchema = () =>
  v.pipe(
    v.object(
      {
        /** e.g. 'English', 'Katakana', 'Kanji'. */
        label: v.string(VARIANT),
        text: v.string(VARIANT),
      },
      VARIANT,
    ),
    v.check((n) => n.label.trim() !== '' && n.text.trim() !== '', VARIANT),
  );

/** A risk the user adds to the record (MADR "Consequences"), always with its mitigation. */
export const userRiskSchema = () =>
  v.object({
    risk: text(say((t) => t.record.risk)),
    mitigation: text(say((t) => t.record.mitigation)),
  });

/**
 * The ID (the next free number in the decision log) and the source (the partner sheet)
 * have no constant default; they are filled before parsing.
 */
export const recordSchema = () =>
  v.object({
    /** 'B' and 4 to 19 digits (20 characters at most). */
    id: v.pipe(
      v.string(NOT_AN_ID),
      v.check((id) => RECORD_ID.test(id), NOT_AN_ID),
    ),
    title: v.optional(
      text(say((t) => t.record.title)),
      'Partner Channel Prioritization: Option B phased pilot',
    ),
    status: v.optional(
      v.picklist(
        valuesOf(RECORD_STATUSES),
        say((t) => t.record.status),
      ),
      'Proposed',
    ),
    quality: v.optional(
      v.picklist(
        valuesOf(RECORD_QUALITIES),
        say((t) => t.record.quality),
      ),
      'Draft',
    ),
    source: v.string(ANY_TEXT),
    conflictOfInterest: v.optional(v.string(ANY_TEXT), 'none'),
    nameVariants: v.optional(
      v.array(
        nameVariantSchema(),
        say((t) => t.record.variants),
      ),
      () => [],
    ),
    /** Added to the generated context. */
    context: v.optional(v.string(ANY_TEXT), ''),
    /** Added after the two risks every plan carries. */
    risks: v.optional(
      v.array(
        userRiskSchema(),
        say((t) => t.record.risks),
      ),
      () => [],
    ),
    /** Added after the stop conditions derived from the STOP thresholds. */
    stopConditions: v.optional(
      v.array(
        v.string(say((t) => t.record.stops)),
        say((t) => t.record.stops),
      ),
      () => [],
    ),
  });
