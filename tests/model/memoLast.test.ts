import { describe, expect, it } from 'vitest';
import { memoLast } from '../../src/model/memoLast';

describe('memoLast', () => {
  it('returns the same result while every input is the same object, and recomputes when one changes', () => {
    let calls = 0;
    const pick = memoLast(
      (s: { a: object; b: object; other: number }) => [s.a, s.b],
      (s) => {
        calls++;
        return { a: s.a, b: s.b };
      },
    );
    const a = {};
    const b = {};
    const first = pick({ a, b, other: 1 });
    expect(pick({ a, b, other: 2 })).toBe(first);
    expect(calls).toBe(1);
    const changed = pick({ a, b: {}, other: 2 });
    expect(changed).not.toBe(first);
    expect(calls).toBe(2);
    // One entry only: going back to the first inputs computes again.
    expect(pick({ a, b, other: 1 })).not.toBe(first);
    expect(calls).toBe(3);
  });

  it('memoises a null result too', () => {
    let calls = 0;
    const pick = memoLast((s: { x: null }) => [s.x], () => (calls++, null));
    pick({ x: null });
    pick({ x: null });
    expect(calls).toBe(1);
  });
});
