import { describe, expect, it } from 'vitest';
import { DEFAULT_LANE_METRICS, layoutLanes } from '../../src/timeline/layoutLanes';

describe('layoutLanes', () => {
  it('stacks one lane per visible actor, sharing the height', () => {
    const { lanes, totalHeight } = layoutLanes([4, 1, 7], 300);
    expect(lanes.map((l) => l.actor)).toEqual([4, 1, 7]);
    expect(lanes.map((l) => l.y)).toEqual([0, lanes[0].height, lanes[0].height + lanes[1].height]);
    const heights = lanes.map((l) => l.height);
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(DEFAULT_LANE_METRICS.rowHeight);
    expect(totalHeight).toBeGreaterThan(295);
    expect(totalHeight).toBeLessThanOrEqual(300);
    expect(lanes[2].rows).toBeGreaterThanOrEqual(4);
  });

  it('never squashes lanes below the minimum: the surface grows instead', () => {
    const { lanes, totalHeight } = layoutLanes(Array.from({ length: 20 }, (_, i) => i), 200);
    expect(lanes[0].height).toBe(DEFAULT_LANE_METRICS.minLaneHeight);
    expect(totalHeight).toBe(20 * DEFAULT_LANE_METRICS.minLaneHeight);
    expect(lanes[0].rows).toBeGreaterThanOrEqual(2);
  });
});

describe('layoutLanes with weights', () => {
  it('gives a busy lane more rows than a quiet one, within the bounds, filling the height', () => {
    const { lanes, totalHeight } = layoutLanes([0, 1, 2], 300, DEFAULT_LANE_METRICS, [6, 1, 1]);
    expect(lanes[0].rows).toBeGreaterThan(lanes[1].rows);
    expect(lanes[1].height).toBeGreaterThanOrEqual(DEFAULT_LANE_METRICS.minLaneHeight);
    expect(lanes[0].height).toBeLessThanOrEqual(DEFAULT_LANE_METRICS.maxLaneHeight);
    expect(lanes[1].y).toBe(lanes[0].height);
    expect(totalHeight).toBeGreaterThan(295);
    expect(totalHeight).toBeLessThanOrEqual(300);
  });
});
