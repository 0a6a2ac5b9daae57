/**
 * The decision record sheet: label in column A, text in column B, the sections in the
 * seed one-pager's order. Everything is text, written as plain text.
 */
import { LANGUAGES, type Language } from '../../shared/i18n/language';
import { recordText } from '../../shared/i18n/record';
import type { RecordContent } from '../../shared/plan-types';
import { Grid } from '../sheets/grid';

export interface RecordLayout {
  grid: Grid;
}

/**
 * The record sheet as an in-memory two-column Grid (label | text): the title 'B0373: …', the
 * badge, then each section of `record` (the seed one-pager's order plus Decision status) as a
 * bold heading, its fields, paragraphs and '•' items. All text, written as text. Writes nothing.
 */
export function recordLayout(record: RecordContent): RecordLayout {
  const grid = new Grid(2);
  grid.line([`${record.id}: ${record.title}`], [], true);
  grid.line([record.badge]);
  for (const s of record.sections) {
    grid.blank();
    grid.line([s.heading], [], true);
    for (const f of s.fields) grid.line([f.label, f.value]);
    for (const p of s.paragraphs) grid.line(['', p]);
    for (const item of s.items) grid.line(['•', item]);
  }
  return { grid };
}

/** Where a written record keeps its status, found in its column A. */
export interface StatusFields {
  /** The record's language, from the words of its Decision status section. */
  language: Language;
  /** 1-based rows of the Status and Superseded by fields. */
  status: number;
  supersededBy: number;
}

/**
 * The Status and Superseded by fields of a written record (1-based rows), read back from its
 * column A in either language's words, so a later version in any language can mark this one
 * superseded; undefined when the section or a field is not there (edited by hand).
 */
export function statusFields(columnA: readonly unknown[]): StatusFields | undefined {
  for (const language of LANGUAGES) {
    const t = recordText(language);
    const start = columnA.indexOf(t.headings.status);
    if (start < 0) continue;
    const row = (label: string) => {
      for (let i = start + 1; i < columnA.length && columnA[i] !== ''; i++)
        if (columnA[i] === label) return i + 1;
      return undefined;
    };
    const status = row(t.labels.status);
    const supersededBy = row(t.labels.supersededBy);
    return status && supersededBy ? { language, status, supersededBy } : undefined;
  }
  return undefined;
}
