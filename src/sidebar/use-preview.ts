/**
 * The wizard's preview of its draft: previewPlan called on every change (latestCall), its
 * answer, the server's messages, and the gate thresholds the boxes of the gates step show
 * when the user typed none.
 */
import { useMemo, useState } from 'preact/hooks';
import type { FieldError, GateRow, PlanPreview, PlanRequest } from '../shared/plan-types';
import { latestCall } from './latest-call';
import { server } from './server';

const PREVIEW_DELAY_MS = 300;

/**
 * Previews each request 300 ms after the last change. A refused draft keeps the last
 * preview (marked stale) but takes the gate rows a refusal for its gates still derives
 * (Result.gates), so the gates step never shows thresholds the draft no longer gives, and
 * a draft reopened with a gate problem shows every other gate's thresholds, not blanks.
 */
export function usePreview() {
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [derivedGates, setDerivedGates] = useState<GateRow[]>([]);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [warnings, setWarnings] = useState<FieldError[]>([]);
  const [previewFailure, setPreviewFailure] = useState<string | null>(null);
  const [previewStale, setPreviewStale] = useState(false);
  const previews = useMemo(
    () =>
      latestCall(
        (request: PlanRequest) => server.previewPlan(request),
        (result) => {
          setPreviewFailure(null);
          setWarnings(result.warnings);
          setPreviewStale(!result.ok);
          if (result.ok) {
            setPreview(result.value);
            setDerivedGates(result.value.gates);
            setServerErrors([]);
          } else {
            if (result.gates) setDerivedGates(result.gates);
            setServerErrors(result.errors);
          }
        },
        (error) => setPreviewFailure(error.message),
        PREVIEW_DELAY_MS,
      ),
    [],
  );
  return {
    preview,
    derivedGates,
    previews,
    serverErrors,
    setServerErrors,
    warnings,
    setWarnings,
    previewFailure,
    setPreviewFailure,
    previewStale,
  };
}
