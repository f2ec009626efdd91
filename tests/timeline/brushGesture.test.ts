import { describe, expect, it } from 'vitest';
import { dragBrush, hitBrush, MIN_SELECTION_PX, selectionPixels } from '../../src/timeline/brushGesture';

// 1 px = 10 ms, 0 px at t = 0.
const invert = (px: number) => px * 10;

describe('overview brush gestures', () => {
  it('dragging the window moves it and keeps its span', () => {
    expect(dragBrush('move', [1000, 2000], [100, 200], 30, invert)).toEqual([1300, 2300]);
  });

  it('dragging the start edge changes only the start', () => {
    expect(dragBrush('resize-start', [1000, 2000], [100, 200], -20, invert)).toEqual([800, 2000]);
  });

  it('dragging an edge past the other one swaps them instead of turning the window inside out', () => {
    expect(dragBrush('resize-end', [1000, 2000], [100, 200], -150, invert)).toEqual([500, 1000]);
  });

  it('grabs the edges, the body, or nothing outside', () => {
    expect(hitBrush(101, 100, 200)).toBe('resize-start');
    expect(hitBrush(199, 100, 200)).toBe('resize-end');
    expect(hitBrush(150, 100, 200)).toBe('move');
    expect(hitBrush(250, 100, 200)).toBeNull();
  });

  it('a tiny window is still drawn wide enough to grab, around its centre', () => {
    const [a, b] = selectionPixels(100, 101);
    expect(b - a).toBe(MIN_SELECTION_PX);
    expect((a + b) / 2).toBe(100.5);
    expect(hitBrush(100.5, a, b)).toBe('move');
  });
});
