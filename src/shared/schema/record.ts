/** The decision record's own fields (MADR: status, title, context): the request's `record`. */
import * as v from 'valibot';
import { text } from './fields';
import { RECORD_QUALITIES, RECORD_STATUSES, valuesOf } from './options';

const NOT_AN_ID = (issue: v.BaseIssue<unknown>) =>
  `"${String(issue.input)}" is not a record ID. Use B and 4 to 19 digits, e.g. B0373.`;

// B and 4 to 19 digits: at most 20 characters, so sheet names stay short and the next
// ID is exact (src/domain/plan/decision-log.ts nextRecordId).
const RECORD_ID = /^B\d{4,19}$/;

const ANY_TEXT = 'Enter text, or leave it empty.';

const VARIANT = 'A name variant needs a label and a text.';

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
    risk: text('Describe the risk, or remove it.'),
    mitigation: text('Every risk needs a mitigation.'),
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
      text('The record needs a title.'),
      'Partner Channel Prioritization: Option B phased pilot',
    ),
    status: v.optional(
      v.picklist(valuesOf(RECORD_STATUSES), 'Status is Proposed or Accepted.'),
      'Proposed',
    ),
    quality: v.optional(
      v.picklist(valuesOf(RECORD_QUALITIES), 'Quality is Draft or Reviewed.'),
      'Draft',
    ),
    source: v.string(ANY_TEXT),
    conflictOfInterest: v.optional(v.string(ANY_TEXT), 'none'),
    nameVariants: v.optional(
      v.array(nameVariantSchema(), 'List name variants, or none.'),
      () => [],
    ),
    /** Added to the generated context. */
    context: v.optional(v.string(ANY_TEXT), ''),
    /** Added after the two risks every plan carries. */
    risks: v.optional(v.array(userRiskSchema(), 'List risks, or none.'), () => []),
    /** Added after the stop conditions derived from the STOP thresholds. */
    stopConditions: v.optional(
      v.array(
        v.string('List stop conditions as texts, or none.'),
        'List stop conditions as texts, or none.',
      ),
      () => [],
    ),
  });
