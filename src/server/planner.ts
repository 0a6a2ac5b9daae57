/**
 * The planner's google.script.run entry points: read the context, preview a plan,
 * write it. The work is in src/server/planner/ and src/domain/plan.
 */

import type { Language } from '../shared/i18n/language';
import type {
  DetectedTable,
  PartnerPage,
  PlannerContext,
  PlanPreview,
  PlanRequestInput,
  Result,
  WriteResult,
} from '../shared/plan-types';
import { plannerContext, sourceTable } from './planner/context';
import { preview, previewPartners } from './planner/prepare';
import { saveDraft } from './planner/request-store';
import { write } from './planner/write';

/**
 * Returns what the sidebar needs to start: the sheets, the partner table detected on the active sheet with its column mapping, a complete default request, the last request used in this document, and the decision log.
 */
export function getPlannerContext(): PlannerContext {
  return plannerContext();
}

/**
 * Detects the partner table on a sheet (header row and column mapping) for the sidebar's data step.
 *
 * @param sheetName The sheet to look at.
 * @param headerRow Optional 1-based header row; omitted: detected.
 * @param language Optional: the sidebar's language (en or ja) for messages; omitted: the spreadsheet locale's.
 */
export function getSourceTable(
  sheetName: string,
  headerRow?: number,
  language?: Language,
): Result<DetectedTable> {
  return sourceTable(sheetName, headerRow, language);
}

/**
 * Runs a planner call whose request came from google.script.run, where any shape can
 * arrive: an exception the checks did not foresee becomes an answer saying so, never a
 * raw failure in the sidebar. Writes undo themselves before this sees the error.
 */
function answered<T>(call: () => Result<T>): Result<T> {
  try {
    return call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          field: '',
          message: `This plan request could not be used (${message}). Nothing was written. Check the steps for empty or unusual entries, or reopen the planner.`,
        },
      ],
      warnings: [],
    };
  }
}

/**
 * Builds the plan and decision record from a request without writing anything; returns field-level errors for bad input. The partners it returns are those the sidebar shows (each wave's head, the cut-offs between waves, the first of each group); getPlanPartners pages through the rest.
 *
 * @param request The plan request; missing parts take their defaults.
 */
export function previewPlan(request: PlanRequestInput): Result<PlanPreview> {
  return answered(() => preview(request));
}

/**
 * Returns one page of the plan's partners (ranked, then excluded by hand, then those that cannot be scored), so the sidebar can list a 50,000-partner table without previewPlan sending it whole.
 *
 * @param request The plan request; missing parts take their defaults.
 * @param offset 0-based position of the first partner.
 * @param limit Partners on the page, 1 to 100.
 */
export function getPlanPartners(
  request: PlanRequestInput,
  offset: number,
  limit: number,
): Result<PartnerPage> {
  return answered(() => previewPartners(request, Number(offset), Number(limit)));
}

/**
 * Writes the pilot plan, the decision record and the decision-log row into new sheets under the document lock; returns their names and links, or field-level errors and writes nothing.
 *
 * @param request The plan request; missing parts take their defaults.
 * @param logVersion Optional: the decision log's logVersion as getPlannerContext (or the last writePlan) returned it; if another write came since, nothing is written.
 */
export function writePlan(request: PlanRequestInput, logVersion?: string): Result<WriteResult> {
  return answered(() => write(request, logVersion));
}

/**
 * Keeps the sidebar's unsaved request in document properties so it is restored when the sidebar opens again; returns false when it is too large to keep.
 *
 * @param request The request as the sidebar holds it.
 */
export function saveDraftRequest(request: PlanRequestInput): boolean {
  try {
    return saveDraft(request);
  } catch {
    // A draft of a shape the defaults cannot complete is not kept; the sidebar says so.
    return false;
  }
}
