import { bisectLeft, bisectRight } from 'd3-array';
import type { LaneTimes } from './laneTimes';

/**
 * Counts a lane's visible events in `bins` equal bins over [t0, t1). Each event
 * intersecting the window is counted once, in the bin holding its start clamped to
 * the window, so the bins add up to exactly the events in view. Binary searches
 * only: cost O(bins · log n) however many events there are.
 */
export function binDensity(lane: LaneTimes, t0: number, t1: number, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  if (bins <= 0 || t1 <= t0) return counts;
  const step = (t1 - t0) / bins;
  // Events already under way at t0 (started earlier, not over yet) land in bin 0.
  let prev = bisectLeft(lane.starts, t0);
  counts[0] = prev - bisectRight(lane.ends, t0);
  for (let b = 0; b < bins; b++) {
    const edge = b === bins - 1 ? t1 : t0 + step * (b + 1);
    const next = bisectLeft(lane.starts, edge, prev);
    counts[b] += next - prev;
    prev = next;
  }
  return counts;
}
