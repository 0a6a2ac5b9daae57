/**
 * The last request of this document, kept in document properties so the sidebar opens
 * where the user left it.
 */
import {
  type PlanEnvironment,
  readStoredRequest,
  resolveRequest,
} from '../../domain/plan/defaults';
import type { PlanRequest, PlanRequestInput } from '../../shared/plan-types';
import { PROPERTY_VALUE_BYTES, utf8Length } from '../../shared/utf8';
import { readDecisionLog } from '../sheets/decision-log-sheet';
import { environment, openDocument } from './document';

const LAST_REQUEST_KEY = 'partnerPilot.lastRequest';

/** What the sidebar gets of the kept request: the request, or the problem that kept it out. */
export interface LastRequest {
  request: PlanRequest | null;
  /** A sentence for the sidebar, or null when nothing was kept or it was read. */
  problem: string | null;
}

/**
 * The kept request parsed through the request schema: one kept by an older version
 * takes the defaults of fields added since; a damaged one (not JSON, a field of the
 * wrong type) is reported so the sidebar starts from the defaults and says why.
 */
export function readLastRequest(env: PlanEnvironment): LastRequest {
  const text = PropertiesService.getDocumentProperties().getProperty(LAST_REQUEST_KEY);
  if (!text) return { request: null, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unreadable('it is not valid JSON');
  }
  const stored = readStoredRequest(json, env);
  return stored.ok ? { request: stored.request, problem: null } : unreadable(stored.problem);
}

const unreadable = (why: string): LastRequest => ({
  request: null,
  problem: `The draft kept in this document could not be read (${why}), so the planner starts from the defaults.`,
});

/** Stores the request for the next session; a request over the 9 KB property limit (UTF-8 bytes) is skipped. */
function saveLastRequest(request: PlanRequest): boolean {
  const text = JSON.stringify(request);
  if (utf8Length(text) > PROPERTY_VALUE_BYTES) return false;
  PropertiesService.getDocumentProperties().setProperty(LAST_REQUEST_KEY, text);
  return true;
}

/**
 * Keeps the sidebar's draft, completed with the defaults so the next session starts
 * from a whole request; false without a source or over the property size limit.
 */
export function saveDraft(input: PlanRequestInput): boolean {
  if (!input || typeof input !== 'object' || !input.source || typeof input.source !== 'object')
    return false;
  const doc = openDocument();
  return saveLastRequest(
    resolveRequest(input, environment(doc, readDecisionLog(doc.ss, doc.timeZone))),
  );
}

/** After the log row the version is written; keeping the request is a convenience that must not undo it. */
export function rememberRequest(request: PlanRequest) {
  try {
    saveLastRequest(request);
  } catch {
    // A full property store loses only the sidebar's restored request.
  }
}
