import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listSegments, rowAt, rowOffsets, scrollToShow, windowRows } from '../../src/ui/listWindow';

const heights = fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 300 });

describe('windowed list arithmetic', () => {
  it('draws every row any pixel of which is in view, and overscan rows either side', () => {
    fc.assert(
      fc.property(heights, fc.nat(20_000), fc.integer({ min: 1, max: 900 }), fc.nat(10), (hs, scroll, viewport, overscan) => {
        const offsets = rowOffsets(hs.length, (k) => hs[k]);
        const total = offsets[hs.length];
        const scrollTop = Math.min(scroll, Math.max(0, total - viewport));
        const [start, end] = windowRows(offsets, scrollTop, viewport, overscan);
        // The rows a person sees: those overlapping [scrollTop, scrollTop + viewport).
        const seen = hs.flatMap((_, k) => (offsets[k + 1] > scrollTop && offsets[k] < scrollTop + viewport ? [k] : []));
        for (const k of seen) expect(k >= start && k < end).toBe(true);
        if (seen.length) {
          expect(start).toBe(Math.max(0, seen[0] - overscan));
          expect(end).toBe(Math.min(hs.length, seen[seen.length - 1] + 1 + overscan));
        }
      }),
    );
  });

  it('finds the row at a position', () => {
    const offsets = rowOffsets(4, (k) => [10, 20, 30, 40][k]);
    expect([0, 9, 10, 29, 30, 59, 60, 99, 500].map((y) => rowAt(offsets, y))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it('keeps the whole list\'s height, draws each row once, and keeps rows asked for outside the window', () => {
    fc.assert(
      fc.property(heights, fc.nat(300), fc.nat(300), fc.array(fc.nat(310), { maxLength: 3 }), (hs, a, b, keep) => {
        const offsets = rowOffsets(hs.length, (k) => hs[k]);
        const start = Math.min(a, b, hs.length);
        const end = Math.min(Math.max(a, b), hs.length);
        const segments = listSegments(offsets, [start, end], keep);
        const drawn = segments.flatMap((s) => (s.kind === 'rows' ? Array.from({ length: s.end - s.start }, (_, i) => s.start + i) : []));
        const expected = [...new Set([...Array.from({ length: end - start }, (_, i) => start + i), ...keep.filter((k) => k < hs.length)])].sort((x, y) => x - y);
        expect(drawn).toEqual(expected);
        const height = segments.reduce((sum, s) => sum + (s.kind === 'gap' ? s.height : hs.slice(s.start, s.end).reduce((x, y) => x + y, 0)), 0);
        expect(height).toBe(offsets[hs.length]);
        expect(segments.every((s) => s.kind === 'rows' || s.height > 0)).toBe(true);
      }),
    );
  });

  it('scrolls as little as it can to bring a row wholly into view', () => {
    const offsets = rowOffsets(10, () => 20);
    expect(scrollToShow(offsets, 5, 0, 100)).toBe(20); // row 5 is 100-120: its bottom at the box's bottom
    expect(scrollToShow(offsets, 1, 60, 100)).toBe(20); // above: its top at the box's top
    expect(scrollToShow(offsets, 4, 60, 100)).toBe(60); // already in view: no move
  });
});
