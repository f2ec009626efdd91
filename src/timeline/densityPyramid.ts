import { bisectLeft, bisectRight } from 'd3-array';
import type { LaneTimes } from './laneTimes';

/**
 * A lane's event starts counted per power-of-two time bucket, at every level
 * from the finest bucket up (each level's buckets twice as wide as the one
 * below), stored as running totals: `levels[L][i]` is the number of starts before
 * `origin + i * bucketMs(L)`. A frame bins a window by reading two totals per bin
 * from the coarsest level fine enough for its bins, instead of bisecting the
 * lane's starts at every bin edge: a few hundred reads, whatever the lane holds.
 */
export interface DensityPyramid {
  /** Start of bucket 0 at every level, ms. */
  origin: number;
  /** Width of a bucket at level 0, ms: a power of two. */
  finestMs: number;
  levels: Uint32Array[];
}

/** At most this many buckets at the finest level (per lane: 4 bytes each, twice over all levels). */
const MAX_BUCKETS = 1 << 16;
/** A level is used for bins at least this many of its buckets wide, so a bin edge moves by at most 1/8 bin. */
const BUCKETS_PER_BIN = 8;

/** Width of a bucket at `level`, ms. */
export const bucketMs = (p: DensityPyramid, level: number) => p.finestMs * 2 ** level;

/**
 * Builds the pyramid of ascending `starts` in one pass: the finest bucket is the
 * smallest power of two of ms that keeps the span within MAX_BUCKETS buckets.
 */
export function buildDensityPyramid(starts: Float64Array): DensityPyramid {
  const n = starts.length;
  const origin = n ? starts[0] : 0;
  const span = n ? starts[n - 1] - origin + 1 : 1;
  const finestMs = 2 ** Math.max(0, Math.ceil(Math.log2(span / MAX_BUCKETS)));
  const buckets = Math.max(1, Math.ceil(span / finestMs));
  const finest = new Uint32Array(buckets + 1);
  // finest[i] = starts before bucket i: walk the sorted starts once.
  let k = 0;
  for (let i = 0; i <= buckets; i++) {
    const edge = origin + i * finestMs;
    while (k < n && starts[k] < edge) k++;
    finest[i] = k;
  }
  const levels = [finest];
  for (let below = finest; below.length > 2; ) {
    const above = new Uint32Array(Math.ceil((below.length - 1) / 2) + 1);
    for (let i = 0; i < above.length; i++) above[i] = below[Math.min(2 * i, below.length - 1)];
    levels.push(above);
    below = above;
  }
  return { origin, finestMs, levels };
}

/** The level whose buckets fit BUCKETS_PER_BIN times in a bin of `binMs`, or -1 when even the finest is too coarse. */
export function levelFor(p: DensityPyramid, binMs: number): number {
  const level = Math.floor(Math.log2(binMs / BUCKETS_PER_BIN / p.finestMs));
  return level < 0 ? -1 : Math.min(level, p.levels.length - 1);
}

/**
 * Counts the lane's events in `bins` equal bins over [t0, t1) as binDensity
 * does (each event intersecting the window once; those under way at t0 in bin 0),
 * with the inner bin edges moved to the nearest bucket edge below them at `level`.
 * The window's own edges are exact (bisection), so the bins add up to exactly the
 * events in view.
 */
export function binPyramid(p: DensityPyramid, level: number, lane: LaneTimes, t0: number, t1: number, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  if (bins <= 0 || t1 <= t0) return counts;
  const totals = p.levels[level];
  const width = bucketMs(p, level);
  const first = bisectLeft(lane.starts, t0);
  const last = bisectLeft(lane.starts, t1, first);
  const before = (t: number) => {
    const i = Math.floor((t - p.origin) / width);
    const c = i <= 0 ? 0 : i >= totals.length ? totals[totals.length - 1] : totals[i];
    return c < first ? first : c > last ? last : c;
  };
  const step = (t1 - t0) / bins;
  counts[0] = first - bisectRight(lane.ends, t0);
  let prev = first;
  for (let b = 0; b < bins; b++) {
    const next = b === bins - 1 ? last : before(t0 + step * (b + 1));
    counts[b] += next - prev;
    prev = next;
  }
  return counts;
}

const built = new WeakMap<LaneTimes, DensityPyramid>();

/** The lane's pyramid if it has been built (see buildPyramids), else null: the lane is then binned by bisection. */
export const pyramidOf = (lane: LaneTimes): DensityPyramid | null => built.get(lane) ?? null;

/**
 * Builds the pyramids the given lanes lack (one pass over each lane's starts),
 * kept for as long as the lane's time arrays live (until the next filter
 * change). Called off the frame, in idle time, so no frame pays for it.
 */
export function buildPyramids(lanes: readonly LaneTimes[]): void {
  for (const lane of lanes) if (!built.has(lane)) built.set(lane, buildDensityPyramid(lane.starts));
}
