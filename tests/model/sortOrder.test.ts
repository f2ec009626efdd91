import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL, stableOrderByKey } from '../../src/model/sortOrder';

const byComparator = (keys: number[]) => keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);

describe('stableOrderByKey', () => {
  const key = fc.oneof(
    fc.integer({ min: -5, max: 5 }).map((d) => d * 86_400_000),
    fc.double({ min: -1e15, max: 1e15, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  );
  const sameAsComparator = (keys: number[]) => {
    expect(Array.from(stableOrderByKey(Float64Array.from(keys)))).toEqual(byComparator(keys));
  };

  it('orders short inputs like a stable comparator sort', () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 60 }), sameAsComparator), { seed: 42, numRuns: 200 });
  });

  it('orders long inputs (radix path) like a stable comparator sort, negatives and ties included', () => {
    fc.assert(fc.property(fc.array(key, { minLength: SMALL + 1, maxLength: 2000 }), sameAsComparator), {
      seed: 42,
      numRuns: 30,
    });
  });

  it('returns the identity for keys already in order', () => {
    expect(Array.from(stableOrderByKey(Float64Array.of(1, 1, 2, 3)))).toEqual([0, 1, 2, 3]);
  });
});
