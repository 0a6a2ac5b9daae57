import { describe, expect, it } from 'vitest';
import { openFixture } from './fixture';

describe('SpreadsheetApp over the local workbook', () => {
  it('rejects setValues data of the wrong shape with Sheets’ messages', () => {
    const rt = openFixture({ Data: [['a']] });
    expect(() => rt.run('writeWrongShape')).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => rt.run('writeWrongRows')).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => rt.run('writeTable', [[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('returns numbers, strings, booleans, Dates and blanks from getValues', () => {
    const rt = openFixture({
      Data: [[42, 'text', true, '2026-01-15', '', '12%', '$1,250', '=A1*2']],
    });
    expect(rt.run('describeValues', 'A1:H1')).toEqual([
      [
        'number:42',
        'string:text',
        'boolean:true',
        'Date:2026-01-15',
        'string:',
        'number:0.12',
        'number:1250',
        'number:84',
      ],
    ]);
    const values = rt.values('Data');
    expect(values[0][3]).toBeInstanceOf(Date);
    expect((values[0][3] as Date).toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(rt.displayValues('Data')[0]).toEqual([
      '42',
      'text',
      'TRUE',
      '2026-01-15',
      '',
      '12%',
      '$1,250',
      '84',
    ]);
  });

  it('reads dates in the spreadsheet’s time zone', () => {
    const rt = openFixture({ Data: [['2026-03-10']] }, { timeZone: 'America/New_York' });
    expect((rt.values('Data')[0][0] as Date).toISOString()).toBe('2026-03-10T04:00:00.000Z');
  });

  it('turns written strings that start with = into formulas, unless marked as text', () => {
    const rt = openFixture({ Data: [[2]] });
    rt.run('writeText', 'B1:D1', [['=A1*10', "'=A1", '+5']], false);
    expect(rt.formulas('Data')[0]).toEqual(['', '=A1*10', '', '']);
    expect(rt.values('Data')[0]).toEqual([2, 20, '=A1', 5]);
    rt.run('writeText', 'B2:C2', [['=A1*10', '@mention']], true);
    expect(rt.formulas('Data')[1].slice(1, 3)).toEqual(['', '']);
    expect(rt.values('Data')[1].slice(1, 3)).toEqual(['=A1*10', '@mention']);
  });

  it('refuses a second sheet with the same name', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.run('addSheet', 'Pilot')).toBe('Pilot');
    expect(rt.sheetNames()).toEqual(['Data', 'Pilot']);
    expect(rt.activeSheet()).toBe('Pilot');
    expect(() => rt.run('addSheet', 'Pilot')).toThrow(
      'A sheet with the name "Pilot" already exists. Please enter another name.',
    );
  });

  it('counts service calls per execution, by method', () => {
    const rt = openFixture({ Data: [[1]] });
    rt.run('writeTable', [
      [1, 2],
      [3, 4],
    ]);
    expect(rt.lastServiceCalls()['Range.setValues']).toBe(1);
    rt.run('rowByRowWrite', 7);
    expect(rt.lastServiceCalls()['Range.setValue']).toBe(7);
    expect(rt.lastServiceCalls()['Range.setValues']).toBeUndefined();
  });
});

describe('executions', () => {
  it('start each execution from a fresh global scope', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.run('remember', 'first')).toBeNull();
    expect(rt.run('remember', 'second')).toBeNull();
  });

  it('apply google.script.run’s rules to arguments and results', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.run('echo', { a: [1, 'x', true, null], b: { c: 2 } })).toEqual({
      a: [1, 'x', true, null],
      b: { c: 2 },
    });
    expect(rt.run('echo', [1, undefined, 3])).toEqual([1, null, 3]);
    expect(() => rt.run('echo', new Date())).toThrow(/illegal value/);
    expect(() => rt.run('echo', { when: new Date() })).toThrow(/illegal value in property: 0.when/);
    expect(() => rt.run('echo', () => 1)).toThrow(/illegal value/);
    expect(() => rt.run('returnDate')).toThrow(/illegal value in property: result.when/);
    expect(() => rt.run('fail', 'no partners')).toThrow('no partners');
    expect(() => rt.run('missing')).toThrow('Script function not found: missing');
    expect(() => rt.run('private_')).toThrow(/private/);
  });

  it('runs the menu built by onOpen and records sidebars and alerts', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.menu()).toEqual([
      { name: 'Open', functionName: 'openSidebar' },
      { name: 'Help', functionName: 'help' },
    ]);
    rt.runMenuItem('openSidebar');
    expect(rt.sidebarTitle()).toBe('Fixture');
    expect(rt.sidebarHtml()).toContain('Fixture sidebar');
    rt.runMenuItem('help');
    expect(rt.alerts()).toEqual(['Help\nSome help']);
  });

  it('gives scripts the local clock, which Utilities.sleep moves', () => {
    const start = new Date('2026-02-01T09:00:00Z');
    const rt = openFixture({ Data: [[1]] }, { now: start });
    expect(rt.run('now')).toBe(start.getTime());
    rt.clock.advanceDays(2);
    expect(rt.run('now')).toBe(start.getTime() + 2 * 86_400_000);
    expect(rt.run('cachePutThenGet', 'k', 'v', 60, 30_000)).toBe('v');
    expect(rt.run('cachePutThenGet', 'k', 'v', 60, 61_000)).toBeNull();
  });
});

describe('fault injection', () => {
  it('fails the nth call in the next execution only, keeping earlier writes', () => {
    const rt = openFixture({ Data: [[0]] });
    rt.failOn('Range.setValue', 3);
    expect(() => rt.run('rowByRowWrite', 5)).toThrow('Injected fault');
    expect(rt.values('Data').map((r) => r[0])).toEqual([1, 2]);
    expect(() => rt.run('rowByRowWrite', 5)).not.toThrow();
    expect(rt.values('Data').map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('other services', () => {
  it('limits a property value to 9 KB', () => {
    const rt = openFixture({ Data: [[1]] });
    rt.run('setProperty', 'plan', 'x'.repeat(9 * 1024));
    expect(rt.documentProperties().plan).toHaveLength(9 * 1024);
    expect(() => rt.run('setProperty', 'plan', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });

  it('makes a held document lock fail tryLock and time out waitLock', () => {
    const rt = openFixture({ Data: [[1]] }, { now: new Date('2026-02-01T00:00:00Z') });
    expect(rt.run('tryDocumentLock', 100)).toBe(true);
    const release = rt.holdDocumentLock();
    expect(rt.run('tryDocumentLock', 5000)).toBe(false);
    expect(() => rt.run('waitDocumentLock', 1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    release();
    expect(rt.run('tryDocumentLock', 0)).toBe(true);
    const start = rt.clock.now().getTime();
    rt.holdDocumentLock({ forMs: 3000 });
    expect(rt.run('waitDocumentLock', 10_000)).toBe(start + 3000);
  });

  it('formats dates with Java patterns in a time zone', () => {
    const rt = openFixture({ Data: [[1]] });
    const ms = Date.UTC(2026, 0, 5, 23, 30, 15);
    expect(rt.run('formatDate', ms, 'Etc/UTC', 'yyyy-MM-dd HH:mm:ss EEE MMM')).toBe(
      '2026-01-05 23:30:15 Mon Jan',
    );
    expect(rt.run('formatDate', ms, 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm EEEE")).toBe(
      '2026-01-06T08:30 Tuesday',
    );
    expect(rt.run('formatDate', ms, 'America/Los_Angeles', 'MMMM d, h:mm a Z')).toBe(
      'January 5, 3:30 PM -0800',
    );
  });

  it('escapes <?= ?> in templates and leaves <?!= ?> raw', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.run('template', '<img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p><b>ok</b>',
    );
  });
});

describe('cross-sheet formulas', () => {
  it('resolve once the sheet they name is inserted and written', () => {
    const rt = openFixture({ Data: [['=Pilot!A1*2']] });
    expect(rt.values('Data')[0][0]).toBe('#REF!');
    rt.run('addSheet', 'Pilot');
    rt.setCell('Pilot', 'A1', '21');
    expect(rt.values('Data')[0][0]).toBe(42);
  });
});

describe('the data range', () => {
  it('shrinks when the last cells are cleared, as getLastRow does in Sheets', () => {
    const rt = openFixture({ Data: [[1], [2]] });
    rt.setCell('Data', 'C10', 'x');
    expect(rt.values('Data')).toHaveLength(10);
    rt.setCell('Data', 'C10', '');
    expect(rt.values('Data')).toEqual([[1], [2]]);
  });
});

describe('conditional format rules', () => {
  it('are kept per sheet and give back their ranges on that sheet', () => {
    const rt = openFixture({ Data: [[1]] });
    expect(rt.run('addRuleThenReadRanges')).toEqual([['Rules!B2:B9']]);
    expect(rt.sheetMeta('Rules').conditionalFormatRules).toEqual([
      {
        ranges: ['B2:B9'],
        condition: { type: 'TEXT_EQUAL_TO', values: ['STOP'] },
        background: '#f4c7c3',
      },
    ]);
  });
});

describe('data validation', () => {
  it('rejects typed input a rule forbids, with its help text', () => {
    const rt = openFixture({ Data: [[1, 'GO']] });
    expect(rt.run('addValidations')).toBe('Enter 1 to 10.');
    expect(() => rt.setCell('Data', 'A2', '11')).toThrow('Enter 1 to 10.');
    rt.setCell('Data', 'A2', '7');
    expect(() => rt.setCell('Data', 'B1', 'MAYBE')).toThrow(/data validation/);
    rt.setCell('Data', 'B1', 'STOP');
    expect(rt.values('Data')).toEqual([
      [1, 'STOP'],
      [7, ''],
    ]);
    expect(rt.sheetMeta('Data').dataValidations[0][1]).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['GO', 'STOP'], true],
      allowInvalid: false,
    });
  });
});

describe('the execution log', () => {
  it('records each execution with its kind and any error', () => {
    const rt = openFixture({ Data: [[1, '=PARTNER_SCORE(A1)']] });
    rt.run('echo', 1);
    expect(() => rt.run('fail', 'no')).toThrow('no');
    rt.runMenuItem('help');
    expect(rt.executions()).toEqual([
      { kind: 'custom-function', functionName: 'PARTNER_SCORE' },
      { kind: 'run', functionName: 'echo' },
      { kind: 'run', functionName: 'fail', error: 'no' },
      { kind: 'menu', functionName: 'help' },
    ]);
  });
});
