// Japanese costs every custom-function call a little: Apps Script compiles all of Code.js
// on each one. The bilingual build stays within 20 % of the English-only build's size
// (catalogues are built on first use, so size is what compile time follows); `npm run
// bench` times both.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildServerScript } from '../../scripts/server-bundle';
import { CODE_PATH } from '../support/code-js';

describe('dist/Code.js size', () => {
  it('is within 20 % of the English-only build', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const english = await buildServerScript(root, 'src/server/index.ts', '', {
      englishOnly: true,
    });
    const englishBytes = Buffer.byteLength(english);
    // The baseline really is English-only: no Japanese catalogue left in it.
    expect(english.includes('データ不足')).toBe(false);
    expect(english.includes('プランナーを開く')).toBe(false);
    expect(statSync(CODE_PATH).size / englishBytes).toBeLessThan(1.2);
  });
});
