// The preview's NAME.workbook.json when a save is stopped half way: the file-size limit
// (ulimit -f) makes the write fail with EFBIG after the first 64 KB, as a full disk
// would; a process killed there would stop at the same point. The previous save must
// still be there, whole, and the preview must say the save failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../local/preview/server';

const script = fileURLToPath(new URL('./fixtures/grow-and-save.ts', import.meta.url));

describe('a save stopped half way', () => {
  it('leaves the previous saved workbook whole, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-save-'));
    const csv = join(dir, 'grow.csv');
    writeFileSync(csv, 'Partner,CAC\nA,1\n');
    const first = await startPreview({ csvPath: csv, port: 0, fresh: true });
    first.runtime.setCell('grow', 'B2', '250');
    await first.close();
    const saved = readFileSync(first.savePath, 'utf8');
    expect(saved.length).toBeLessThan(64 * 1024);

    const run = spawnSync(
      'bash',
      ['-c', 'ulimit -f 64 && exec "$0" --import tsx "$1" "$2"', process.execPath, script, csv],
      { encoding: 'utf8', timeout: 60_000 },
    );
    // The child reopened the saved workbook (B2 = 250) and then failed to save.
    expect(run.stdout).toContain('{"restored":250}');
    expect(run.stderr).toContain(`${first.savePath}: the workbook could not be saved`);
    expect(run.stderr).toContain('EFBIG');

    expect(readFileSync(first.savePath, 'utf8')).toBe(saved);
    expect(readdirSync(dir).sort()).toEqual(['grow.csv', 'grow.workbook.json']);
    const again = await startPreview({ csvPath: csv, port: 0 });
    try {
      expect(again.runtime.values('grow')[1].slice(0, 2)).toEqual(['A', 250]);
    } finally {
      await again.close();
    }
  });
});
