import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupDigits } from '../../src/model/groupDigits';

describe('groupDigits', () => {
  it('groups thousands with commas as en-US does', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1000)).toBe('1,000');
    expect(groupDigits(71)).toBe('71');
    expect(groupDigits(1_000_000)).toBe('1,000,000');
    expect(groupDigits(123_456_789)).toBe('123,456,789');
    expect(groupDigits(-12_345)).toBe('-12,345');
  });

  it('writes every safe integer exactly as toLocaleString("en-US") would', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 1000, seed: 20140610 },
    );
  });

  it('leaves numbers that are not whole to toLocaleString', () => {
    expect(groupDigits(1234.5)).toBe((1234.5).toLocaleString('en-US'));
  });
});
