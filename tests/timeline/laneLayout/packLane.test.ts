import { describe, expect, it, vi } from 'vitest';
import { BAR_OVERHANG, packLane, type LaneFrame } from '../../../src/timeline/laneLayout/packLane';
import type { MarkCandidate } from '../../../src/timeline/laneLayout/markCandidate';
import { barHeight } from '../../../src/timeline/markShapes';

// Counts the packings (with their clusters) of a lane; each call is the real one.
const packings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/timeline/layoutRows', async (original) => {
  const real = await original<typeof import('../../../src/timeline/layoutRows')>();
  return { ...real, layoutRows: (...args: Parameters<typeof real.layoutRows>) => (packings.count++, real.layoutRows(...args)) };
});

const point = (row: number, x0: number, importance = 1): MarkCandidate => ({
  row, kind: 'point', x0, x1: x0 + 10, cx: x0 + 5, barEnd: x0 + 10, importance, label: null,
});
const bar = (row: number, x0: number, x1: number, kind: 'range' | 'uncertain' = 'range'): MarkCandidate => ({
  row, kind, x0, x1, cx: x0, barEnd: x1, importance: 1, label: null,
});
const frame = (rows: number, width = 1000, title = 'A fairly long title for an event'): LaneFrame => ({
  laneSlot: 1, rows, rowY: (r) => 100 + r * 20, width, titleOf: () => title, charWidth: 6,
});

describe('packLane', () => {
  it('places every candidate with its label when the rows hold them', () => {
    const { marks, packing } = packLane([point(0, 0), point(1, 400)], frame(2));
    expect(packing.clusters).toEqual([]);
    expect(marks.map((m) => [m.row, m.y, m.label])).toEqual([
      [0, 100, 'A fairly long title for an event'],
      [1, 100, 'A fairly long title for an event'],
    ]);
    expect(marks.every((m) => m.laneSlot === 1 && m.shape.type === 'point')).toBe(true);
  });

  it('drops labels before it aggregates: two close points fit one row once unlabelled', () => {
    const { marks, packing } = packLane([point(0, 0), point(1, 20)], frame(1));
    expect(packing.clusters).toEqual([]);
    expect(marks).toHaveLength(2);
    // Labels come back where the row leaves room (fillLabels): the second, not the first.
    expect(marks[0].label).toBeNull();
    expect(marks[1].label).not.toBeNull();
  });

  it('keeps key event labels on the retry that drops the others', () => {
    const { marks } = packLane([point(0, 0, 3), point(1, 240), point(2, 280)], frame(1, 1000, 'Twenty-six characters long'));
    const key = marks.find((m) => m.row === 0)!;
    expect(key.label).toBe('Twenty-six characters long');
  });

  it('gives events covering the whole view the rows last and cuts their bars just past the edges', () => {
    const { marks, packing, order } = packLane([bar(0, -5000, 9000), point(1, 100)], frame(1));
    expect(order.map((c) => c.row)).toEqual([1, 0]);
    expect(marks.map((m) => m.row)).toEqual([1]);
    expect(packing.spanning).toEqual([1]);
    const wide = packLane([bar(0, -5000, 9000, 'uncertain')], frame(1)).marks[0];
    expect([wide.x0, wide.x1]).toEqual([-BAR_OVERHANG, 1000 + BAR_OVERHANG]);
    expect(wide.shape).toMatchObject({ type: 'bar', x: -BAR_OVERHANG, width: 1000 + 2 * BAR_OVERHANG, hatched: true, height: barHeight(1) });
    expect(wide.cx).toBe(0);
  });
});

describe('packLane: a crowded lane', () => {
  it('is packed once, with the labels its last try keeps: the tries before only ask whether it fits', () => {
    // Sixty points 3 px apart in two rows: nothing fits, with or without labels.
    const crowded = Array.from({ length: 60 }, (_, i) => point(i, i * 3, i % 10 === 0 ? 3 : 1));
    packings.count = 0;
    const { packing } = packLane(crowded, frame(2));
    expect(packings.count).toBe(1);
    expect(packing.clusters.length).toBeGreaterThan(0);
  });
});
