import { describe, expect, it } from 'vitest';
import { badgeShape, badgeWidth, barShape, KEY_POINT_RADIUS, POINT_RADIUS, pointShape, shapeBounds } from '../../src/timeline/markShapes';

describe('markShapes', () => {
  it('draws a key event as a larger diamond and any other point as a circle', () => {
    expect(pointShape(50, 20, 3)).toEqual({ type: 'point', cx: 50, cy: 20, r: KEY_POINT_RADIUS, diamond: true });
    expect(pointShape(50, 20, 1)).toEqual({ type: 'point', cx: 50, cy: 20, r: POINT_RADIUS, diamond: false });
    expect(KEY_POINT_RADIUS).toBeGreaterThan(POINT_RADIUS);
  });

  it('centres a bar on its row, taller for key events, never narrower than a pixel', () => {
    const plain = barShape(10, 110, 40, 1, false);
    const key = barShape(10, 110, 40, 3, true);
    expect(plain.y + plain.height / 2).toBe(40);
    expect(key.y + key.height / 2).toBe(40);
    expect(key.height).toBeGreaterThan(plain.height);
    expect([plain.x, plain.width, key.hatched, plain.hatched]).toEqual([10, 100, true, false]);
    expect(barShape(10, 10, 40, 1, false).width).toBe(1);
  });

  it('sizes a badge to its digits around its centre', () => {
    const b = badgeShape(100, 30, 123);
    expect(b.width).toBe(badgeWidth(123));
    expect(badgeWidth(123)).toBeGreaterThan(badgeWidth(7));
    expect(b.x + b.width / 2).toBe(100);
    expect(b.y + b.height / 2).toBe(30);
    expect([b.cx, b.cy]).toEqual([100, 30]);
  });

  it('bounds a focus ring by the shape, cutting a bar that runs off the left edge', () => {
    expect(shapeBounds(pointShape(50, 20, 1))).toEqual({ x: 45, y: 15, width: 10, height: 10 });
    const long = barShape(-500, 200, 40, 1, false);
    expect(shapeBounds(long)).toEqual({ x: -4, y: long.y, width: 204, height: long.height });
    const b = badgeShape(100, 30, 5);
    expect(shapeBounds(b)).toEqual({ x: b.x, y: b.y, width: b.width, height: b.height });
  });
});
