import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binDensity } from '../../src/timeline/binDensity';
import { countInWindow } from '../../src/timeline/laneTimes';
import { laneOf } from './laneOf';

const intervals = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 3_000 })).map(([s, d]): [number, number] => [s, s + d]),
  { maxLength: 300 },
);

describe('binDensity', () => {
  it('keeps totals: the bins add up to the events intersecting the window', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 1, max: 6_000 }), fc.integer({ min: 1, max: 500 }), (events, t0, span, bins) => {
        const t1 = t0 + span;
        const lane = laneOf(events);
        const counts = binDensity(lane, t0, t1, bins);
        const total = counts.reduce((s, c) => s + c, 0);
        const brute = events.filter(([s, e]) => s < t1 && e > t0).length;
        expect(total).toBe(brute);
        expect(countInWindow(lane, t0, t1)).toBe(brute);
      }),
    );
  });

  it('puts an event under way at the window start in the first bin and the rest where they start', () => {
    const lane = laneOf([
      [0, 500],
      [150, 151],
      [390, 391],
    ]);
    expect(Array.from(binDensity(lane, 100, 400, 3))).toEqual([2, 0, 1]);
  });
});
