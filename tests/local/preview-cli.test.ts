// `npm start` with bad input: it must stop with a message that says what to do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../local/preview/server';

const cli = fileURLToPath(new URL('../../local/preview/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));

function start(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('npm start with bad input', () => {
  it('names a missing file', () => {
    const missing = join(dir, 'missing.csv');
    const { status, stderr } = start([missing]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${missing}: file not found. Check the path`);
  });

  it('names the file and line of a broken CSV', () => {
    const ragged = join(dir, 'ragged.csv');
    writeFileSync(ragged, 'Partner,CAC\nA,1\nB,2,3\n');
    const { status, stderr } = start([ragged, '--fresh']);
    expect(status).toBe(1);
    expect(stderr).toContain(`${ragged}:3: this row has 3 values but the header has 2`);
  });

  it('says what to do when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const csv = join(dir, 'ok.csv');
      writeFileSync(csv, 'Partner,CAC\nA,1\n');
      const { status, stderr } = start([csv], { PORT: String(port) });
      expect(status).toBe(1);
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).toContain(`PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });
});

describe('a Code.js that throws while loading', () => {
  it('is reported in the page state instead of a menu', async () => {
    const csv = join(dir, 'partners.csv');
    writeFileSync(csv, 'Partner,CAC\nA,1\n');
    const preview = await startPreview({
      csvPath: csv,
      port: 0,
      fresh: true,
      codePath: fileURLToPath(new URL('./fixtures/broken-code.js', import.meta.url)),
    });
    try {
      const state = await (await fetch(`${preview.url}api/state`)).json();
      expect(state.loadError).toContain('Cannot read properties of undefined (reading "criteria")');
      expect(state.menu).toEqual([]);
      expect(state.sheet.display[0]).toEqual(['Partner', 'CAC', '#ERROR!']);
    } finally {
      await preview.close();
    }
  });
});

describe('the preview’s API', () => {
  it('refuses requests that did not come from the preview page', async () => {
    const csv = join(dir, 'api.csv');
    writeFileSync(csv, 'Partner,CAC\nA,1\n');
    const preview = await startPreview({ csvPath: csv, port: 0, fresh: true });
    const post = (headers: Record<string, string>) =>
      fetch(`${preview.url}api/cell`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ sheet: 'api', a1: 'B2', value: '99' }),
      });
    try {
      expect((await post({ 'content-type': 'text/plain' })).status).toBe(403);
      const foreign = await post({
        'content-type': 'application/json',
        origin: 'http://evil.example',
      });
      expect(foreign.status).toBe(403);
      expect(preview.runtime.values('api')[1][1]).toBe(1);
      expect((await post({ 'content-type': 'application/json' })).status).toBe(200);
      expect(preview.runtime.values('api')[1][1]).toBe(99);
    } finally {
      await preview.close();
    }
  });
});

describe('the preview’s saved workbook', () => {
  it('keeps what was typed across restarts, and --fresh starts over from the CSV', async () => {
    const csv = join(dir, 'keep.csv');
    writeFileSync(csv, 'Partner,CAC\nA,1\n');
    const first = await startPreview({ csvPath: csv, port: 0, fresh: true });
    first.runtime.setCell('keep', 'B2', '250');
    first.runtime.setCell('keep', 'A3', "'=not a formula");
    await first.close();
    const again = await startPreview({ csvPath: csv, port: 0 });
    try {
      expect(again.savePath).toBe(join(dir, 'keep.workbook.json'));
      expect(
        again.runtime
          .values('keep')
          .slice(1, 3)
          .map((row) => row.slice(0, 2)),
      ).toEqual([
        ['A', 250],
        ['=not a formula', ''],
      ]);
    } finally {
      await again.close();
    }
    const fresh = await startPreview({ csvPath: csv, port: 0, fresh: true });
    try {
      expect(fresh.runtime.values('keep')[1].slice(0, 2)).toEqual(['A', 1]);
    } finally {
      await fresh.close();
    }
  });
});
