import { describe, expect, it } from 'vitest';
import { DEFAULT_LANE_METRICS, layoutLanes } from '../../src/timeline/layoutLanes';

describe('layoutLanes', () => {
  it('stacks one lane per visible actor, sharing the height', () => {
    const { lanes, totalHeight } = layoutLanes([4, 1, 7], 300);
    expect(lanes.map((l) => l.actor)).toEqual([4, 1, 7]);
    expect(lanes.map((l) => l.y)).toEqual([0, 100, 200]);
    expect(totalHeight).toBe(300);
    expect(lanes[0].rows).toBeGreaterThanOrEqual(5);
  });

  it('never squashes lanes below the minimum: the surface grows instead', () => {
    const { lanes, totalHeight } = layoutLanes(Array.from({ length: 20 }, (_, i) => i), 200);
    expect(lanes[0].height).toBe(DEFAULT_LANE_METRICS.minLaneHeight);
    expect(totalHeight).toBe(20 * DEFAULT_LANE_METRICS.minLaneHeight);
    expect(lanes[0].rows).toBeGreaterThanOrEqual(2);
  });
});
