import { describe, expect, it } from 'vitest';
import { busiestLanes, LANE_CAP } from '../../src/store/busiestLanes';

describe('busiestLanes', () => {
  const names = ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo'];
  const totals = [5, 9, 2, 9, 0];

  it('keeps the busiest actors, busiest first, ties by name ignoring case', () => {
    expect(busiestLanes([0, 1, 2, 3, 4], totals, names, 3)).toEqual([1, 3, 0]);
  });

  it('ranks only the actors the filters leave visible', () => {
    expect(busiestLanes([0, 2, 3, 4], totals, names, 2)).toEqual([3, 0]);
  });

  it('keeps the dataset order when the actors fit', () => {
    const visible = [0, 1, 2, 3, 4];
    expect(busiestLanes(visible, totals, names, 5)).toBe(visible);
  });

  it('caps above the default dataset’s 15 actors, so its lanes all show as before', () => {
    expect(LANE_CAP).toBeGreaterThanOrEqual(15);
  });
});
