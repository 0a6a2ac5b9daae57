/**
 * The draft kept in the document as it changes (saveDraftRequest, 800 ms after the last
 * change), so closing the sidebar half-way loses nothing; the next opening starts from it.
 */
import { useMemo, useState } from 'preact/hooks';
import type { SidebarText } from '../shared/i18n/sidebar';
import type { PlanRequest } from '../shared/plan-types';
import { latestCall } from './latest-call';
import { server } from './server';

const SAVE_DELAY_MS = 800;

/**
 * The saving call (latestCall: only the latest draft is kept) and `notice(t)`: why the
 * draft is not kept in the document (too large, or the call failed with its error), or
 * null while it is.
 */
export function useDraftSaves() {
  const [problem, setProblem] = useState<{ error: string | null } | null>(null);
  const saves = useMemo(
    () =>
      latestCall(
        (request: PlanRequest) => server.saveDraftRequest(request),
        (kept) => setProblem(kept ? null : { error: null }),
        (error) => setProblem({ error: error.message }),
        SAVE_DELAY_MS,
      ),
    [],
  );
  const notice = (t: SidebarText) =>
    problem === null
      ? null
      : problem.error === null
        ? t.app.draftTooLarge
        : t.app.notKept({ error: problem.error });
  return { saves, notice };
}
