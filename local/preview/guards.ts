/**
 * What the preview's two servers check before doing any work, because any web page the
 * user has open can send requests to 127.0.0.1: the Host header (a DNS-rebinding page
 * reaches this port under its own host name, and would then be same-origin with it), the
 * body's size (one request must not exhaust the server's memory), and who may frame the
 * page and the sidebar (clickjacking).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body either server reads; larger ones are answered 413 unread. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** What a refused request is told: status and a line saying why and what to do. */
export interface Refusal {
  status: number;
  message: string;
}

/**
 * Null when `request` was addressed to `127.0.0.1:port`, the only address the servers
 * listen on; else a 403 naming the address to open. A missing Host (HTTP/1.0) is refused
 * too. This is the defence against DNS rebinding that Vite and webpack-dev-server apply
 * (their `allowedHosts`): the browser sends the attacker's host name, which never matches.
 */
export function checkHost(request: IncomingMessage, port: number): Refusal | null {
  const expected = `127.0.0.1:${port}`;
  if (request.headers.host === expected) return null;
  return {
    status: 403,
    message: `This preview answers only requests addressed to ${expected}. Open http://${expected}/ instead.`,
  };
}

/**
 * Null when the declared Content-Length (if any) is within MAX_BODY_BYTES; else a 413.
 * Checked before the body is read, so a request announcing 600 MB is refused at once.
 */
export function checkDeclaredSize(request: IncomingMessage): Refusal | null {
  const declared = Number(request.headers['content-length'] ?? 0);
  return declared > MAX_BODY_BYTES ? tooLarge() : null;
}

const tooLarge = (): Refusal => ({
  status: 413,
  message: `The request body is over ${MAX_BODY_BYTES / 1024 / 1024} MB, the most this preview reads.`,
});

/** A body that grew past MAX_BODY_BYTES while being read (chunked, or lying about its length). */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * The request body as UTF-8 text, read up to MAX_BODY_BYTES. Rejects with
 * BodyTooLargeError as soon as it passes that (without reading the rest), and with the
 * stream's error if the connection fails.
 */
export function readBodyText(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', onData);
        request.pause();
        reject(new BodyTooLargeError(tooLarge().message));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Answers a refusal as plain text and closes the connection once the answer is out, so
 * Node does not go on reading (and discarding) a body nobody wants.
 */
export function refuse(response: ServerResponse, refusal: Refusal): void {
  response.shouldKeepAlive = false;
  response.writeHead(refusal.status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  response.end(refusal.message, () => response.req.socket.destroy());
}

/**
 * Headers for every answer of the page's server: no page may frame it (CSP
 * `frame-ancestors 'none'`, and `X-Frame-Options: DENY` for browsers without CSP 2).
 */
export const PAGE_FRAME_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
} as const;

/**
 * Headers for the sidebar's answers: only the preview page (`pageOrigin`) may frame it,
 * as only Sheets frames an add-on's sidebar. X-Frame-Options cannot name another origin
 * (ALLOW-FROM is obsolete and ignored), so CSP alone says it.
 */
export function sidebarFrameHeaders(pageOrigin: string): Record<string, string> {
  return { 'content-security-policy': `frame-ancestors ${pageOrigin}` };
}
