// The .xlsx export: a valid ZIP whose sheets keep formulas (not their spilled values),
// cached results, text and date formats. The ZIP is read back here by hand; its CRCs are
// checked with node:zlib's own crc32.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openFixture } from './fixture';

function readStoredZip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const crc = zip.readUInt32LE(at + 14);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 30 + nameLength + size;
  }
  expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
  return files;
}

describe('xlsx export', () => {
  it('writes formulas once, text as text and dates with their format', () => {
    const rt = openFixture({
      Data: [[1], [2], ['=GATE_STATUS(A1:A2)', 'a < b & "c"', '2026-01-15']],
    });
    const files = readStoredZip(rt.xlsx());
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
