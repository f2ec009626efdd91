import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRowsByKey } from '../../src/model/sortRowsByKey';

/** What a plain stable comparator sort gives. */
function reference(rows: number[], keys: number[]): number[] {
  return rows.map((r, i) => [r, keys[i], i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]);
}

describe('sortRowsByKey', () => {
  it('orders rows by their ms keys, ties in their original order', () => {
    const rows = Uint32Array.from([10, 11, 12, 13]);
    const keys = Float64Array.from([1_700_000_000_000, 1_400_000_000_000, 1_700_000_000_000, -5]);
    expect(Array.from(sortRowsByKey(rows, keys))).toEqual([13, 11, 10, 12]);
  });

  it('sorts fractional keys too (the comparator path)', () => {
    expect(Array.from(sortRowsByKey(Uint32Array.from([0, 1, 2]), Float64Array.from([0.5, 0.25, 0.75])))).toEqual([1, 0, 2]);
  });

  it('agrees with a stable comparator sort for timestamps over a wide span (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2e12, max: 4e12 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 1_000 }),
        (keys, duplicateEvery) => {
          // Repeat keys now and then so ties are exercised.
          const k = keys.map((v, i) => (duplicateEvery > 0 && i % duplicateEvery === 1 ? keys[i - 1] : v));
          const rows = k.map((_, i) => i * 7 + 3);
          expect(Array.from(sortRowsByKey(Uint32Array.from(rows), Float64Array.from(k)))).toEqual(reference(rows, k));
        },
      ),
    );
  });
});
