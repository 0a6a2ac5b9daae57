/**
 * The preview page (bundled by server.ts from this entry): draws the sheet on show from
 * GET /api/state, edits cells through /api/cell, runs the add-on's menu items through
 * /api/menu, and carries the sidebar's google.script.run calls to /api/run.
 */
import type { PreviewState } from '../api';
import { renderCharts } from './charts';
import { showDialog } from './dialogs';
import { byId } from './dom';
import './editing';
import { renderGrid } from './grid';
import { renderMenu } from './menu';
import { onRefresh, openSheet, page, refresh } from './model';
import { renderLocalTools } from './outbox';
import { renderSidebar } from './sidebar';
import { renderTabs } from './tabs';

/** Alerts already shown; undefined until the first state, whose alerts are old news. */
let seenAlerts: number | undefined;

function render(state: PreviewState) {
  document.title = `${state.title} – Partner Pilot local preview`;
  byId('doc-title').textContent = state.title;
  const banner = byId('banner');
  const problems = [
    state.loadError &&
      `The add-on's script (dist/Code.js) failed to load, so its menu is missing:\n${state.loadError}`,
    state.saveError,
  ].filter(Boolean);
  banner.hidden = problems.length === 0;
  banner.textContent = problems.join('\n');
  // The address names the sheet on show, as Sheets' does (without a hashchange).
  const gid = page.currentSheet === undefined ? undefined : state.sheetIds[page.currentSheet];
  if (gid !== undefined && window.location.hash !== `#gid=${gid}`) {
    history.replaceState(null, '', `#gid=${gid}`);
  }
  renderTabs(state.sheets, page.currentSheet);
  renderGrid(state.sheet);
  renderCharts(state.sheet);
  renderMenu(state.menu, state.loadError);
  renderLocalTools(state.triggers, state.mail);
  renderSidebar(state.sidebar);
  if (seenAlerts === undefined) seenAlerts = state.alerts.length;
  for (const alert of state.alerts.slice(seenAlerts)) showDialog(alert);
  seenAlerts = state.alerts.length;
}

/** '#gid=N' (a link from the add-on or a cell) opens that sheet, as in Sheets. */
async function followHash() {
  const m = /^#gid=(\d+)/.exec(window.location.hash);
  const state = page.state;
  if (!m || !state) return;
  const name = Object.keys(state.sheetIds).find((n) => state.sheetIds[n] === Number(m[1]));
  if (name) await openSheet(name);
}

onRefresh(render);
window.addEventListener('hashchange', followHash);
const requestedHash = window.location.hash;
refresh().then(() => {
  if (requestedHash.startsWith('#gid=') && requestedHash !== window.location.hash) {
    history.replaceState(null, '', requestedHash);
    followHash();
  }
});
