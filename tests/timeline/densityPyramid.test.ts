import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binDensity } from '../../src/timeline/binDensity';
import { binPyramid, bucketMs, buildDensityPyramid, levelFor } from '../../src/timeline/densityPyramid';
import { laneOf } from './laneOf';

const intervals = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 1, max: 30_000 })).map(([s, d]): [number, number] => [s, s + d]),
  { minLength: 1, maxLength: 400 },
);

describe('density pyramid', () => {
  it('gives the same totals as binning the rows, and each bin the rows starting between its edges moved to bucket edges', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: -20_000, max: 420_000 }), fc.integer({ min: 1_000, max: 300_000 }), fc.integer({ min: 1, max: 300 }), (events, t0, span, bins) => {
        const t1 = t0 + span;
        const lane = laneOf(events);
        const pyramid = buildDensityPyramid(lane.starts);
        const level = Math.max(0, levelFor(pyramid, span / bins));
        const counts = binPyramid(pyramid, level, lane, t0, t1, bins);
        // Totals: every event intersecting the window, once, as binning the rows directly gives.
        const brute = events.filter(([s, e]) => s < t1 && e > t0).length;
        expect(counts.reduce((s, c) => s + c, 0)).toBe(brute);
        expect(Array.from(binDensity(lane, t0, t1, bins)).reduce((s, c) => s + c, 0)).toBe(brute);
        // Per bin: the starts between its edges, inner edges moved down to the level's bucket edges.
        const w = bucketMs(pyramid, level);
        const step = span / bins;
        const edge = (b: number) => {
          if (b === 0) return t0;
          if (b === bins) return t1;
          const snapped = pyramid.origin + Math.floor((t0 + step * b - pyramid.origin) / w) * w;
          return Math.min(t1, Math.max(t0, snapped));
        };
        for (let b = 0; b < bins; b++) {
          const under = b === 0 ? events.filter(([s, e]) => s < t0 && e > t0).length : 0;
          const starting = events.filter(([s]) => s >= edge(b) && s < edge(b + 1)).length;
          expect(counts[b]).toBe(under + starting);
        }
      }),
      { seed: 20140610, numRuns: 300 },
    );
  });

  it('picks a level whose buckets are at most an eighth of a bin, or none when bins are finer than its finest buckets', () => {
    const starts = Float64Array.from({ length: 1000 }, (_, i) => i * 86_400_000);
    const p = buildDensityPyramid(starts);
    const dayBins = levelFor(p, 86_400_000);
    expect(dayBins).toBeGreaterThanOrEqual(0);
    expect(bucketMs(p, dayBins)).toBeLessThanOrEqual(86_400_000 / 8);
    expect(bucketMs(p, dayBins + 1)).toBeGreaterThan(86_400_000 / 8);
    expect(levelFor(p, p.finestMs)).toBe(-1);
    // Each level is half as long as the one below and ends at the lane's total.
    for (const level of p.levels) expect(level[level.length - 1]).toBe(1000);
    expect(p.levels[1].length).toBe(Math.ceil((p.levels[0].length - 1) / 2) + 1);
  });
});
