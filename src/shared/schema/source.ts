/** Where the partner table is: the request's `source`, the one part without a default. */
import * as v from 'valibot';
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import { column, text, whole } from './fields';

/** A criterion's column, or none: null (as older sidebars sent it) reads as none. */
function criterionColumn(label: string) {
  return v.optional(
    v.pipe(
      v.nullable(column(`Choose the column for ${label}, or none.`)),
      v.transform((c) => c ?? undefined),
    ),
  );
}

const criterionColumns = () =>
  Object.fromEntries(CRITERIA.map((c) => [c.id, criterionColumn(c.label)])) as Record<
    CriterionId,
    ReturnType<typeof criterionColumn>
  >;

/** Column numbers are the sheet's own, 1 = column A. */
export const sourceSchema = () =>
  v.object(
    {
      sheetName: text('Choose the sheet that holds the partner table.'),
      /**
       * The sheet's id when the context was read; a write checks it so a sheet renamed
       * or deleted since then is reported instead of silently reading another table.
       */
      sheetId: v.optional(v.nullable(v.number('The sheet id must be a number.')), null),
      /** 1-based row of the header; partner rows run from the next row to the sheet's last row. */
      headerRow: whole(1, 1e7, 'The header row must be a row number, 1 or more.'),
      partnerColumn: column('Choose the column that holds the partner names.'),
      /** The partner's account owner, or null when the table has none. */
      ownerColumn: v.optional(v.nullable(column('Choose the owner column, or none.')), null),
      /** The column of each criterion; a criterion left out is not scored. */
      columns: v.optional(v.object(criterionColumns(), 'Choose the criterion columns.'), {}),
    },
    'Choose the sheet and columns of the partner table.',
  );
