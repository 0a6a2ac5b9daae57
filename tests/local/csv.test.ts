import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../../local/runtime/index';

const dir = mkdtempSync(join(tmpdir(), 'pp-csv-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('openCsv', () => {
  it('fails on an empty file, naming it', () => {
    const path = file('empty.csv', '\n\n');
    expect(() => openCsv(path)).toThrow(`${path}:1: the file is empty`);
  });

  it('fails on a missing file with what to do', () => {
    expect(() => openCsv(join(dir, 'nope.csv'))).toThrow(
      /nope\.csv: file not found\. Check the path/,
    );
  });

  it('pads short rows and names the line of a row with too many values', () => {
    const short = openCsv(file('short.csv', 'Partner,CAC,Region\nA,1\nB,2,EMEA\n'));
    expect(short.values('short')).toEqual([
      ['Partner', 'CAC', 'Region'],
      ['A', 1, ''],
      ['B', 2, 'EMEA'],
    ]);
    const long = file('long.csv', 'Partner,CAC\nA,1\nB,2,3\n');
    expect(() => openCsv(long)).toThrow(
      `${long}:3: this row has 3 values but the header has 2. If a value contains the delimiter ",", put it in double quotes.`,
    );
  });

  it('drops a byte-order mark', () => {
    const rt = openCsv(file('bom.csv', '\uFEFFPartner,CAC\nA,5\n'));
    expect(rt.values('bom')[0][0]).toBe('Partner');
  });

  it('reads semicolon-delimited files', () => {
    const rt = openCsv(file('semi.csv', 'Partner;CAC;Region\n"Smith, Jones";1200;EMEA\n'));
    expect(rt.values('semi')).toEqual([
      ['Partner', 'CAC', 'Region'],
      ['Smith, Jones', 1200, 'EMEA'],
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside one cell', () => {
    const rt = openCsv(
      file(
        'quoted.csv',
        'Partner,Notes,CAC\r\n"Acme, Inc.","said ""hi""\nthen left","$1,200"\r\nB,x,3\r\n',
      ),
    );
    expect(rt.values('quoted')).toEqual([
      ['Partner', 'Notes', 'CAC'],
      ['Acme, Inc.', 'said "hi"\nthen left', 1200],
      ['B', 'x', 3],
    ]);
  });

  it('names the line of an unclosed quote', () => {
    const path = file('unclosed.csv', 'Partner,CAC\nA,1\n"B,2\nC,3\n');
    expect(() => openCsv(path)).toThrow(`${path}:3: a quoted value is never closed`);
  });

  it('rejects text that is not UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([
      Buffer.from('Partner,Owner\nA,Ann\nB,'),
      Buffer.from([0x4a, 0xf6, 0x72, 0x67]), // "Jörg" in Latin-1
      Buffer.from('\n'),
    ]);
    const path = file('latin1.csv', latin1);
    expect(() => openCsv(path)).toThrow(
      `${path}:3: this line is not UTF-8 text. Save the file as "CSV UTF-8"`,
    );
  });

  it('keeps a value that starts with = as text, not a formula', () => {
    const rt = openCsv(file('inject.csv', 'Partner,CAC\n"=HYPERLINK(""http://x"")",1\n'));
    expect(rt.formulas('inject')[1][0]).toBe('');
    expect(rt.values('inject')[1][0]).toBe('=HYPERLINK("http://x")');
  });
});
