// The .xlsx export: a valid ZIP whose sheets keep formulas (not their spilled values),
// cached results, text and date formats, read back with fflate.
import { strFromU8, unzipSync } from 'fflate';
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
