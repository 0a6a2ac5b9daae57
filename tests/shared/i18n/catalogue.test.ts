// Every catalogue in src/shared/i18n/en has a Japanese twin with the same keys and kinds
// of value (the compiler checks this too: ja builders return the English type), and each
// Japanese message is written in Japanese, not left in English.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lazyCatalogue } from '../../../src/shared/i18n/catalogue';
import { languageOfLocale } from '../../../src/shared/i18n/language';

const dir = (lang: string) =>
  fileURLToPath(new URL(`../../../src/shared/i18n/${lang}/`, import.meta.url));
const sections = readdirSync(dir('en')).filter((f) => f.endsWith('.ts'));

type Tree = { [key: string]: unknown };

async function builder(lang: string, file: string): Promise<() => Tree> {
  const module = await import(`${dir(lang)}${file}`);
  const fns = Object.values(module).filter((v) => typeof v === 'function');
  expect(fns, `${lang}/${file} exports one builder`).toHaveLength(1);
  return fns[0] as () => Tree;
}

/** A parameter that reads as text, as a number and as a list, whatever a message does with it. */
const anyParam = ['1'];
const params = new Proxy({}, { get: () => anyParam });

/** Every message as [dotted key, text] with parameters filled by anyParam. */
function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') return [[path, value]] as [string, string][];
    if (typeof value === 'function') return [[path, String(value(params))]] as [string, string][];
    if (Array.isArray(value)) return value.map((v, i) => [`${path}.${i}`, String(v)]);
    return messages(value as Tree, `${path}.`);
  });
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('message catalogues', () => {
  it('have a Japanese file for every English one', () => {
    expect(readdirSync(dir('ja')).sort()).toEqual(sections.sort());
  });

  for (const file of sections) {
    it(`${file}: the same keys in both languages, every Japanese message in Japanese`, async () => {
      const en = messages((await builder('en', file))());
      const ja = messages((await builder('ja', file))());
      expect(ja.map(([k]) => k)).toEqual(en.map(([k]) => k));
      for (const [key, text] of ja) {
        // Formula syntax, statuses and the product name are the same in every language.
        if (!/[a-z]{4}/.test(text)) continue;
        expect(text, key).toMatch(JAPANESE);
      }
    });
  }

  it('builds each language once, on first use', () => {
    let builds = 0;
    const text = lazyCatalogue({ en: () => ({ n: ++builds }), ja: () => ({ n: ++builds }) });
    expect(builds).toBe(0);
    expect(text('ja').n).toBe(1);
    expect(text('ja').n).toBe(1);
    expect(text('en').n).toBe(2);
  });

  it('picks Japanese for Japanese locales only', () => {
    expect(['ja_JP', 'ja-JP', 'ja', 'JA_jp'].map(languageOfLocale)).toEqual([
      'ja',
      'ja',
      'ja',
      'ja',
    ]);
    expect(['en_US', 'de_DE', 'jam', '', undefined].map(languageOfLocale)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});
