/**
 * The notices above a step: why the preview could not be updated, messages about fields no
 * control of the step shows, a draft too large to keep, and a preview left behind by errors.
 */

import type { SidebarText } from '../shared/i18n/sidebar';

interface NoticesProps {
  t: SidebarText;
  /** The server call behind the preview failed outright. */
  previewFailure: string | null;
  /** Messages of this step whose field no control shows (a whole list, a sheet id). */
  orphans: readonly string[];
  saveProblem: string | null;
  /** The draft has problems, so the preview shows the last settings without any. */
  stale: boolean;
  hasPreview: boolean;
  /** Titles of the steps with problems, e.g. 'Waves and schedule, Gates'. */
  problemSteps: string;
}

/** Renders each notice as text (never HTML), errors with role="alert". */
export function Notices(props: NoticesProps) {
  const { t, previewFailure, orphans, saveProblem, stale, hasPreview, problemSteps } = props;
  return (
    <>
      {previewFailure && (
        <p class="notice error" role="alert">
          {t.notices.previewFailed({ error: previewFailure })}
        </p>
      )}
      {orphans.length > 0 && (
        <div class="notice error" role="alert">
          {orphans.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {saveProblem && <p class="notice">{saveProblem}</p>}
      {stale && <p class="notice">{t.notices.stale({ hasPreview, steps: problemSteps })}</p>}
    </>
  );
}
