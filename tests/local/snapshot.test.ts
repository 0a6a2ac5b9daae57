import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../local/runtime/index';
import { openFixture } from './fixture';

describe('saving and reopening a workbook', () => {
  it('keeps values, formulas, text that looks like a formula, dates, formats and properties', () => {
    const rt = openFixture({
      Data: [
        ['Partner', 'CAC', 'When'],
        ['A', '$1,200', '2026-01-15'],
        ['B', 800, '=B2+B3'],
      ],
      Other: [["'=not a formula", '=Data!B2*2', "'12"]],
    });
    rt.run('setProperty', 'plan', '{"waves":2}');
    const path = join(mkdtempSync(join(tmpdir(), 'pp-snap-')), 'book.workbook.json');
    rt.saveTo(path);
    const again = openSnapshot(JSON.parse(readFileSync(path, 'utf8')));
    expect(again.sheetNames()).toEqual(['Data', 'Other']);
    expect(again.values('Data')).toEqual(rt.values('Data'));
    expect(again.formulas('Data')).toEqual(rt.formulas('Data'));
    expect(again.values('Other')).toEqual(
      ['=not a formula', 2400, '12'].map((v) => v).length && [['=not a formula', 2400, '12']],
    );
    expect(again.formulas('Other')[0]).toEqual(['', '=Data!B2*2', '']);
    expect(again.displayValues('Data')[1]).toEqual(['A', '$1,200', '2026-01-15']);
    expect(again.documentProperties()).toEqual({ plan: '{"waves":2}' });
  });
});
