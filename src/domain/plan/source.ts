import type { DetectedTable, SourceSpec } from '../../shared/plan-types';

/** The request's source for a detected table: what the server defaults and the sidebar's column picks start from. */
export function sourceOf(table: DetectedTable): SourceSpec {
  return {
    sheetName: table.sheetName,
    sheetId: table.sheetId,
    headerRow: table.headerRow,
    partnerColumn: table.partnerColumn,
    ownerColumn: table.ownerColumn,
    columns: { ...table.columns },
  };
}
