// The .xlsx export: a valid ZIP whose sheets keep formulas (not their spilled values),
// cached results, text and date formats, read back with fflate; text and sheet names
// XML or Excel would refuse made valid, every part parsed back by a strict XML parser.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { openFixture } from './fixture';

function readZip(zip: Buffer): Map<string, string> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('xlsx export', () => {
  it('writes formulas once, text as text and dates with their format', () => {
    const rt = openFixture({
      Data: [[1], [2], ['=GATE_STATUS(A1:A2)', 'a < b & "c"', '2026-01-15']],
    });
    const files = readZip(rt.xlsx());
    expect([...files.keys()]).toContain('xl/worksheets/sheet1.xml');
    const sheet = files.get('xl/worksheets/sheet1.xml') as string;
    expect(sheet).toContain('<c r="A3" t="str"><f>GATE_STATUS(A1:A2)</f><v>HOLD</v></c>');
    expect(sheet).not.toContain('<c r="A4"');
    expect(sheet).toContain('<t xml:space="preserve">a &lt; b &amp; &quot;c&quot;</t>');
    expect(sheet).toMatch(/<c r="C3" s="\d+"><v>46037<\/v><\/c>/);
    expect(files.get('xl/styles.xml')).toContain('formatCode="yyyy-mm-dd"');
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Data" sheetId="1" r:id="rId1"/>');
  });
});

/**
 * Every part of the package parsed by saxes, which enforces XML 1.0's well-formedness
 * constraints including its Char production (fast-xml-parser's validator and xmldom
 * accept U+FFFF and C0 controls). The bytes are decoded as strict UTF-8 first.
 */
function parseStrictly(zip: Buffer): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    const text = decoder.decode(data);
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (error) => errors.push(`${name}: ${error.message}`));
    parser.write(text).close();
    expect(errors).toEqual([]);
    files.set(name, text);
  }
  return files;
}

/** The sheet names written to workbook.xml, in order. */
const sheetNamesIn = (workbookXml: string) =>
  [...workbookXml.matchAll(/<sheet name="([^"]*)"/g)].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

describe('xlsx export of text XML or Excel would refuse', () => {
  // U+FFFE, U+FFFF, C0 controls but tab/LF/CR, a lone high and a lone low surrogate.
  const BAD = '\uFFFE\uFFFF\x00\x01\x08\x0B\x0C\x1F\uD800\uDC00'.split('');
  const long = 'Q1/Q2 [draft]* ok? a\\b: c and a tail past 31 characters';

  it('replaces every character XML 1.0 forbids, in cells, formulas and their results', () => {
    const rt = openFixture({
      Data: [
        // Apart from each other, so the two surrogate halves cannot pair up.
        [`a${BAD.join('|')}b`, 'tab\there\nline\r\nok 😀'],
        [`="x${BAD.slice(0, 4).join('')}y"`],
      ],
    });
    const files = parseStrictly(rt.xlsx());
    const sheet = files.get('xl/worksheets/sheet1.xml') as string;
    // Each bad character became one U+FFFD, so the cell shows where something was.
    expect(sheet).toContain(`<t xml:space="preserve">a${BAD.map(() => '\uFFFD').join('|')}b</t>`);
    expect(sheet).toContain('tab\there\nline\r\nok 😀');
    expect(sheet).toContain(
      '<f>&quot;x\uFFFD\uFFFD\uFFFD\uFFFDy&quot;</f><v>x\uFFFD\uFFFD\uFFFD\uFFFDy</v>',
    );
  });

  it('makes sheet names valid, unique in any letter case, and keeps formulas pointing at them', () => {
    const upper = `${long.toUpperCase()} X`;
    const withBad = `Plan${BAD.slice(0, 3).join('')}`;
    const rt = openFixture({
      [long]: [[5]],
      [upper]: [[7]],
      [withBad]: [[11]],
      "'Quoted'": [[13]],
      History: [[17]],
      [`ab${'😀'.repeat(15)}`]: [[19]],
      Summary: [
        [
          `='${long.replace(/'/g, "''")}'!A1+'${upper}'!A1`,
          `='${withBad}'!A1*2`,
          `='''Quoted'''!A1&"'${long}'!A1"`,
          '=History!A1',
          `=SUM('ab${'😀'.repeat(15)}'!A1, Summary!A1)`,
        ],
      ],
    });
    const files = parseStrictly(rt.xlsx());
    const names = sheetNamesIn(files.get('xl/workbook.xml') as string);
    expect(names).toEqual([
      'Q1_Q2 _draft__ ok_ a_b_ c and a',
      'Q1_Q2 _DRAFT__ OK_ A_B_ C A (2)',
      'Plan___',
      '_Quoted_',
      'History_',
      // Cut before the 31st unit, which would have split a surrogate pair.
      `ab${'😀'.repeat(14)}`,
      'Summary',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]*?/\\:]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    const summary = files.get('xl/worksheets/sheet7.xml') as string;
    const formulas = [...summary.matchAll(/<f>([^<]*)<\/f>/g)].map((m) =>
      m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    );
    expect(formulas).toEqual([
      `'${names[0]}'!A1+'${names[1]}'!A1`,
      `'${names[2]}'!A1*2`,
      // The reference follows the rename; the same text inside a string literal does not.
      `'${names[3]}'!A1&"'${long}'!A1"`,
      `'${names[4]}'!A1`,
      `SUM('${names[5]}'!A1, Summary!A1)`,
    ]);
    // The cached results are those of the workbook's own sheets.
    expect(summary).toMatch(/<f>[^<]*<\/f><v>12<\/v>/);
    expect(summary).toMatch(/<f>[^<]*<\/f><v>22<\/v>/);
  });
});
