/**
 * What a re-plan may carry from the version it supersedes (tester 2, finding 4): an Actual
 * goes only into the same wave (name, partners) and only if measured since that wave began.
 */
import { describe, expect, it } from 'vitest';
import {
  type NewWave,
  samePartnerNames,
  waveWord,
  whyNotCarried,
} from '../../../src/domain/plan/carry-rules';

const WAVES = new Map<number, NewWave>([
  [1, { name: 'Pilot', start: '2026-02-09' }],
  [2, { name: 'Expand', start: '2026-03-23' }],
]);
const same = () => true;
const TODAY = '2026-03-02';

describe('whyNotCarried', () => {
  it('carries an Actual of the running wave, dated in it or undated', () => {
    const pilot = { wave: 1, waveName: 'Pilot', asOf: '2026-03-01' };
    expect(whyNotCarried(pilot, true, WAVES, same, TODAY)).toBeNull();
    expect(whyNotCarried({ ...pilot, asOf: null }, true, WAVES, same, TODAY)).toBeNull();
    // A default name in the other language is the same wave.
    expect(
      whyNotCarried({ ...pilot, waveName: 'パイロット' }, true, WAVES, same, TODAY),
    ).toBeNull();
  });

  it('names why an Actual is not carried', () => {
    const pilot = { wave: 1, waveName: 'Pilot', asOf: '2026-03-01' };
    expect(whyNotCarried(pilot, false, WAVES, same, TODAY)).toBe('noRow');
    expect(whyNotCarried({ ...pilot, wave: 3 }, true, WAVES, same, TODAY)).toBe('noRow');
    expect(whyNotCarried({ ...pilot, waveName: 'Scale' }, true, WAVES, same, TODAY)).toBe(
      'renamed',
    );
    expect(whyNotCarried(pilot, true, WAVES, () => false, TODAY)).toBe('partners');
    // Dated before the wave's start, or any Actual of a wave that starts after today.
    expect(whyNotCarried({ ...pilot, asOf: '2026-02-06' }, true, WAVES, same, TODAY)).toBe(
      'beforeStart',
    );
    const expand = { wave: 2, waveName: 'Expand', asOf: null };
    expect(whyNotCarried(expand, true, WAVES, same, TODAY)).toBe('beforeStart');
  });

  it('does not block on partners it could not read', () => {
    const pilot = { wave: 1, waveName: 'Pilot', asOf: '2026-03-01' };
    expect(whyNotCarried(pilot, true, WAVES, () => undefined, TODAY)).toBeNull();
  });
});

describe('wave names and partner lists', () => {
  it('reads a default wave name in either language, and any other name as typed', () => {
    expect(waveWord(' 本格展開 ')).toBe('scale');
    expect(waveWord('拡大')).toBe('expand');
    expect(waveWord('Launch')).toBe('launch');
  });

  it('compares partners in any order', () => {
    expect(samePartnerNames(['A', 'B'], ['B', 'A '])).toBe(true);
    expect(samePartnerNames(['A', 'B'], ['A', 'C'])).toBe(false);
    expect(samePartnerNames(['A'], ['A', 'A'])).toBe(false);
  });
});
