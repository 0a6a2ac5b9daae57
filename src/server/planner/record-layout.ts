/**
 * The decision record sheet: label in column A, text in column B, the sections in the
 * seed one-pager's order. Everything is text, written as plain text.
 */
import type { RecordContent } from '../../shared/plan-types';
import { Grid } from '../sheets/grid';

export const RECORD_STATUS_SECTION = 'Decision status';

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

/**
 * Where a field of the Decision status section is in a written record (1-based row),
 * read back from its column A, so a later version can mark this one superseded.
 */
export function statusFieldRow(columnA: readonly unknown[], label: string): number | undefined {
  const start = columnA.indexOf(RECORD_STATUS_SECTION);
  if (start < 0) return undefined;
  for (let i = start + 1; i < columnA.length && columnA[i] !== ''; i++) {
    if (columnA[i] === label) return i + 1;
  }
  return undefined;
}
