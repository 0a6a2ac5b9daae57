import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/sidebar/ui';

describe('numbers typed into the sidebar', () => {
  it('read grouped thousands, money and percent signs as people type them', () => {
    expect(parseNumber('12,500')).toBe(12500);
    expect(parseNumber('$1,234,567.25')).toBe(1234567.25);
    expect(parseNumber('38.4%')).toBe(38.4);
    expect(parseNumber(' 72 ')).toBe(72);
    expect(parseNumber('')).toBeNull();
  });

  it('refuse a decimal comma or stray commas instead of reading a number 10× or 1,000× off', () => {
    for (const text of ['1,5', '0,25', '12,50', '1,2345', ',5', '1,,000', '12,500,0']) {
      expect(parseNumber(text), text).toBeUndefined();
    }
    expect(parseNumber('abc')).toBeUndefined();
  });
});
