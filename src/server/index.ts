/**
 * Every Apps Script entry point of the add-on: menu items and triggers, the custom
 * functions, and what the sidebar calls with google.script.run. The build writes a global
 * `function NAME(…)` for each export here, under that function's JSDoc
 * (scripts/entry-points.ts), and fails on an export that is not a documented function
 * declaration. Anything not exported here stays private inside the bundle.
 */
export { GATE_STATUS, PARTNER_SCORE } from './custom-functions';
export { onInstall, onOpen, showFormulaHelp, showPlanner } from './menu';
export {
  getGateMonitorStatus,
  runGateMonitor,
  turnOffGateMonitor,
  turnOnGateMonitor,
} from './monitor';
export {
  getPlannerContext,
  getSourceTable,
  previewPlan,
  saveDraftRequest,
  writePlan,
} from './planner';
