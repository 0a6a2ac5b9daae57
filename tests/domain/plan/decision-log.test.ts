import { describe, expect, it } from 'vitest';
import {
  DECISION_LOG_HEADERS,
  freeSheetName,
  latestVersion,
  logVersion,
  nextRecordId,
  planSheetName,
  readLog,
  recordSheetName,
} from '../../../src/domain/plan/decision-log';

const row = (id: string, version: number) => [
  id,
  version,
  'T',
  'Proposed',
  '2026-03-02',
  '',
  '',
  `Pilot plan ${id} v${version}`,
  `Decision record ${id} v${version}`,
];

describe('decision log', () => {
  it('starts after the seed record B0372 when the log is empty', () => {
    expect(nextRecordId([])).toBe('B0373');
  });

  it('takes one above the highest B number, ignoring other IDs', () => {
    const log = readLog([
      [...DECISION_LOG_HEADERS],
      row('B0373', 1),
      row('B0380', 2),
      row('ADR-9', 1),
    ]);
    expect(nextRecordId(log)).toBe('B0381');
    expect(nextRecordId(readLog([[...DECISION_LOG_HEADERS], row('B0100', 1)]))).toBe('B0373');
    expect(nextRecordId(readLog([[...DECISION_LOG_HEADERS], row('B12000', 1)]))).toBe('B12001');
  });

  it('finds the latest version of an ID', () => {
    const log = readLog([
      [...DECISION_LOG_HEADERS],
      row('B0373', 1),
      row('B0373', 3),
      row('B0373', 2),
      row('B0374', 5),
    ]);
    expect(latestVersion(log, 'B0373')?.version).toBe(3);
    expect(latestVersion(log, 'B0999')).toBeUndefined();
  });

  it('skips rows without an ID or a version', () => {
    expect(
      readLog([[...DECISION_LOG_HEADERS], ['', 1], ['B0373', 'x'], row('B0373', 1)]),
    ).toHaveLength(1);
  });

  it('names sheets by ID and version, never reusing a taken name', () => {
    expect(planSheetName('B0373', 1)).toBe('Pilot plan B0373 v1');
    expect(recordSheetName('B0373', 2)).toBe('Decision record B0373 v2');
    const taken = new Set(['Pilot plan B0373 v1', 'Pilot plan B0373 v1 (2)']);
    expect(freeSheetName('Pilot plan B0373 v1', taken)).toBe('Pilot plan B0373 v1 (3)');
    expect(freeSheetName('Pilot plan B0374 v1', taken)).toBe('Pilot plan B0374 v1');
    expect(recordSheetName('B0373', 2, 'ja')).toBe('意思決定記録 B0373 v2');
  });

  it('reads a Japanese log as an English one: same columns, Japanese words', () => {
    const [entry] = readLog([
      ['ID', '版', 'タイトル', 'ステータス'],
      ['B0373', 1, '試行', '提案中（Proposed）', '2026-03-02', '', 'v2', 'パイロット計画 B0373 v1'],
    ]);
    expect(entry).toMatchObject({ id: 'B0373', version: 1, supersededBy: 'v2' });
    expect(entry.planSheet).toBe('パイロット計画 B0373 v1');
  });

  it('fingerprints the log whatever order its two languages’ rows are read in', () => {
    const en = { id: 'B0373', version: 2, supersededBy: '' };
    const ja = { id: 'B0373', version: 1, supersededBy: 'v2' };
    expect(logVersion([en, ja])).toBe(logVersion([ja, en]));
    expect(logVersion([en, ja])).not.toBe(logVersion([en, { ...ja, supersededBy: '' }]));
  });
});
