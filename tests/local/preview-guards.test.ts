// The preview's servers against other pages the user has open: a DNS-rebinding page
// (foreign Host) on the page's port and the sidebar's, bodies over 10 MB (declared or
// streamed), and framing by another origin. Requests go over raw sockets or node:http,
// because fetch may not set Host and always sends a whole body.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../local/preview/guards';
import { type Preview, startPreview } from '../../local/preview/server';

let preview: Preview;
let pagePort: number;
let sidebarPort: number;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-guards-'));
  const csv = join(dir, 'guards.csv');
  writeFileSync(csv, 'Partner,CAC\nA,1\n');
  preview = await startPreview({ csvPath: csv, port: 0, fresh: true });
  pagePort = Number(new URL(preview.url).port);
  sidebarPort = Number(new URL(preview.sidebarOrigin).port);
  // Something to serve on the sidebar's port.
  preview.runtime.run('showPlanner');
});

afterAll(async () => {
  await preview?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET (or a body-less POST) with exactly these headers, Host included. */
function get(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Writes `head` (request line and headers) and then `body` over a raw socket, and reads
 * whatever comes back until the server closes; the body is never finished.
 */
function rawExchange(port: number, head: string, body: Buffer = Buffer.alloc(0)): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.write(head);
    if (body.length) socket.write(body);
  });
}

describe('the Host header', () => {
  it('is refused on the page’s port unless it is the preview’s own address', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${pagePort}`,
      `localhost:${pagePort}`,
      `127.0.0.1:${pagePort + 1}`,
      '127.0.0.1',
    ]) {
      const answer = await get(pagePort, '/api/state', { host });
      expect(answer.status, host).toBe(403);
      expect(answer.body).toContain(`Open http://127.0.0.1:${pagePort}/ instead`);
      expect(answer.body).not.toContain('Partner');
    }
    const own = await get(pagePort, '/api/state', { host: `127.0.0.1:${pagePort}` });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body).sheets).toContain('guards');
  });

  it('is refused without a Host header (HTTP/1.0)', async () => {
    const answer = await rawExchange(pagePort, 'GET /api/state HTTP/1.0\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(answer).not.toContain('"sheets"');
  });

  it('is refused on the sidebar’s port unless it is the sidebar’s own address', async () => {
    const foreign = await get(sidebarPort, '/sidebar', { host: `rebind.example:${sidebarPort}` });
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('<script');
    // The page's address is not the sidebar's either.
    expect((await get(sidebarPort, '/sidebar', { host: `127.0.0.1:${pagePort}` })).status).toBe(
      403,
    );
    const own = await get(sidebarPort, '/sidebar', { host: `127.0.0.1:${sidebarPort}` });
    expect(own.status).toBe(200);
    expect(own.body).toContain('google.script');
  });
});

describe('framing', () => {
  it('no page may frame the preview page', async () => {
    for (const path of ['/', '/api/state', '/app.js']) {
      const answer = await get(pagePort, path, { host: `127.0.0.1:${pagePort}` });
      expect(answer.headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('only the preview page may frame the sidebar', async () => {
    const answer = await get(sidebarPort, '/sidebar', { host: `127.0.0.1:${sidebarPort}` });
    expect(answer.headers['content-security-policy']).toBe(
      `frame-ancestors http://127.0.0.1:${pagePort}`,
    );
    expect(answer.headers['x-frame-options']).toBeUndefined();
  });
});

describe('request bodies over 10 MB', () => {
  const post = (port: number, extra: string) =>
    `POST /api/cell HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n${extra}\r\n`;

  it('are answered 413 from the declared length, before any of the body is sent', async () => {
    // 600 MB announced and not one byte sent: an answer proves the server did not wait.
    const answer = await rawExchange(pagePort, post(pagePort, 'Content-Length: 629145600\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('over 10 MB');
  });

  it('are answered 413 once a chunked body passes the limit, and the server goes on', async () => {
    const chunk = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const body = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk]);
    // The chunk is never terminated: the server must answer without the end of the body.
    const answer = await rawExchange(
      pagePort,
      post(pagePort, 'Transfer-Encoding: chunked\r\n'),
      body,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    const after = await get(pagePort, '/api/state', { host: `127.0.0.1:${pagePort}` });
    expect(after.status).toBe(200);
    expect(preview.runtime.values('guards')[1][1]).toBe(1);
  });

  it('are refused on the sidebar’s port too', async () => {
    const answer = await rawExchange(
      sidebarPort,
      `GET /sidebar HTTP/1.1\r\nHost: 127.0.0.1:${sidebarPort}\r\nContent-Length: 629145600\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('up to the limit are read as before', async () => {
    const value = 'x'.repeat(1024 * 1024);
    const answer = await fetch(`${preview.url}api/cell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: 'guards', a1: 'C2', value }),
    });
    expect(await answer.json()).toEqual({ ok: true });
    expect(preview.runtime.values('guards')[1][2]).toBe(value);
  });
});
