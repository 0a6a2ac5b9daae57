/** The page's calls to the preview server, typed by the contract in ../api.ts. */
import { type PostPath, type PostRoutes, type PreviewState, STATE_PATH } from '../api';

/** POSTs a JSON body to one of the server's routes; rejects when the server does not answer. */
export async function post<P extends PostPath>(
  path: P,
  body: PostRoutes[P]['request'],
): Promise<PostRoutes[P]['response']> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** The workbook with `sheet` drawn, or the active sheet when undefined. */
export async function fetchState(sheet: string | undefined): Promise<PreviewState> {
  const query = sheet ? `?sheet=${encodeURIComponent(sheet)}` : '';
  const response = await fetch(`${STATE_PATH}${query}`);
  return response.json();
}
