/**
 * The add-on's sidebar: a 300-pixel panel whose iframe is served from the sidebar origin,
 * and the page's half of its google.script.run bridge (bridge/main.ts posts calls here;
 * the page runs them on the server and posts the outcome back).
 */
import type { BridgeReply, BridgeRequest, PreviewState, RunOutcome } from '../api';
import { byId, element } from './dom';
import { refresh } from './model';
import { post } from './requests';

const sidebarOrigin = document.body.dataset.sidebarOrigin ?? '';
const frame = element('sidebar-frame', HTMLIFrameElement);
const panel = byId('sidebar');
let shownVersion = 0;

/** Opens the panel on a sidebar the last execution showed, once per showing. */
export function renderSidebar(sidebar: PreviewState['sidebar']): void {
  if (!sidebar || sidebar.version === shownVersion) return;
  shownVersion = sidebar.version;
  byId('sidebar-title').textContent = sidebar.title || 'Add-on';
  frame.src = `${sidebarOrigin}/sidebar?v=${shownVersion}`;
  panel.hidden = false;
}

byId('sidebar-close').addEventListener('click', () => {
  panel.hidden = true;
});

window.addEventListener('message', async (event: MessageEvent<BridgeRequest | undefined>) => {
  if (event.source !== frame.contentWindow || event.origin !== sidebarOrigin) return;
  const message = event.data;
  if (!message) return;
  if (message.pp === 'close') {
    panel.hidden = true;
    return;
  }
  if (message.pp !== 'run') return;
  let outcome: RunOutcome;
  try {
    outcome = await post('/api/run', { functionName: message.functionName, args: message.args });
  } catch (error) {
    outcome = {
      ok: false,
      error: `The local server did not answer: ${(error as Error).message}`,
    };
  }
  const reply: BridgeReply = { pp: 'result', id: message.id, ...outcome };
  frame.contentWindow?.postMessage(reply, sidebarOrigin);
  // The server function may have written to sheets: redraw.
  await refresh();
});
