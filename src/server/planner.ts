/**
 * The planner's google.script.run entry points: read the context, preview a plan,
 * write it. They only translate between the spreadsheet and src/domain/plan.
 */
import type {
  DetectedTable,
  PlannerContext,
  PlanPreview,
  PlanRequestInput,
  Result,
  WriteResult,
} from '../shared/plan-types';

/**
 * Returns what the sidebar needs to start: the sheets, the partner table detected on the active sheet with its column mapping, a complete default request, the last request used in this document, and the decision log.
 */
export function getPlannerContext(): PlannerContext {
  throw new Error('getPlannerContext: not implemented yet');
}

/**
 * Detects the partner table on a sheet (header row and column mapping) for the sidebar's data step.
 *
 * @param sheetName The sheet to look at.
 * @param headerRow Optional 1-based header row; blank: detected.
 */
export function getSourceTable(sheetName: string, headerRow?: number): Result<DetectedTable> {
  throw new Error(`getSourceTable(${sheetName}, ${headerRow}): not implemented yet`);
}

/**
 * Builds the plan and decision record from a request without writing anything; returns field-level errors for bad input.
 *
 * @param request The plan request; missing parts take their defaults.
 */
export function previewPlan(request: PlanRequestInput): Result<PlanPreview> {
  throw new Error(`previewPlan(${typeof request}): not implemented yet`);
}

/**
 * Writes the pilot plan, the decision record and the decision-log row into new sheets under the document lock; returns their names and links, or field-level errors and writes nothing.
 *
 * @param request The plan request; missing parts take their defaults.
 */
export function writePlan(request: PlanRequestInput): Result<WriteResult> {
  throw new Error(`writePlan(${typeof request}): not implemented yet`);
}
