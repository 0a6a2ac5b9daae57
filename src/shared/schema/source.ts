/** Where the partner table is: the request's `source`, the one part without a default. */
import * as v from 'valibot';
import { CRITERIA, type CriterionId } from '../../domain/scoring/criteria';
import { say } from '../i18n/checks';
import { column, text, whole } from './fields';

/** A criterion's column, or none: null (as older sidebars sent it) reads as none. */
function criterionColumn(id: CriterionId) {
  return v.optional(
    v.pipe(
      v.nullable(column(say((t) => t.source.criterionColumn({ criterion: t.criteria[id] })))),
      v.transform((c) => c ?? undefined),
    ),
  );
}

const criterionColumns = () =>
  Object.fromEntries(CRITERIA.map((c) => [c.id, criterionColumn(c.id)])) as Record<
    CriterionId,
    ReturnType<typeof criterionColumn>
  >;

/** Column numbers are the sheet's own, 1 = column A. */
export const sourceSchema = () =>
  v.object(
    {
      sheetName: text(say((t) => t.source.sheetName)),
      /**
       * The sheet's id when the context was read; a write checks it so a sheet renamed
       * or deleted since then is reported instead of silently reading another table.
       */
      sheetId: v.optional(v.nullable(v.number(say((t) => t.source.sheetId))), null),
      /** 1-based row of the header; partner rows run from the next row to the sheet's last row. */
      headerRow: whole(
        1,
        1e7,
        say((t) => t.source.headerRow),
      ),
      partnerColumn: column(say((t) => t.source.partnerColumn)),
      /** The partner's account owner, or null when the table has none. */
      ownerColumn: v.optional(v.nullable(column(say((t) => t.source.ownerColumn))), null),
      /** The column of each criterion; a criterion left out is not scored. */
      columns: v.optional(
        v.object(
          criterionColumns(),
          say((t) => t.source.columns),
        ),
        {},
      ),
    },
    say((t) => t.source.whole),
  );
