import { binDensity } from '../binDensity';
import { binPyramid, levelFor, pyramidOf } from '../densityPyramid';
import type { LaneTimes } from '../laneTimes';

/** A lane too dense for marks: counts per pixel bin. */
export interface LaneDensity {
  laneSlot: number;
  /** Width of one bin, px: bin b covers [b * binPx, (b + 1) * binPx). */
  binPx: number;
  bins: Uint32Array;
}

/** Narrowest density bin, px. */
export const DENSITY_BIN_PX = 2;
const DAY_MS = 86_400_000;

/** Bin width: 2 px, but never under a day, or day-dated events would leave every other bin empty. */
export function densityBinPx(width: number, spanMs: number): number {
  return Math.max(DENSITY_BIN_PX, (width / spanMs) * DAY_MS);
}

/**
 * The lane's events in [t0, t1) counted in bins of about `densityBinPx` across
 * `width` px: from the lane's density pyramid when it has one fine enough for
 * these bins (a few reads per bin), else by bisection at every bin edge.
 */
export function laneDensity(laneSlot: number, times: LaneTimes, t0: number, t1: number, width: number): LaneDensity {
  const count = Math.max(1, Math.ceil(width / densityBinPx(width, t1 - t0)));
  const pyramid = pyramidOf(times);
  const level = pyramid ? levelFor(pyramid, (t1 - t0) / count) : -1;
  const bins = pyramid && level >= 0 ? binPyramid(pyramid, level, times, t0, t1, count) : binDensity(times, t0, t1, count);
  return { laneSlot, binPx: width / bins.length, bins };
}

/**
 * Bin count drawn at full height across dense lanes: the 98th percentile of the
 * non-empty bins, so a few spikes (many events dated only to a month pile up on
 * its first day) do not flatten the rest. 0 when every bin is empty.
 */
export function densityFullScale(density: readonly LaneDensity[]): number {
  const counts: number[] = [];
  for (const d of density) for (const c of d.bins) if (c > 0) counts.push(c);
  if (!counts.length) return 0;
  counts.sort((a, b) => a - b);
  return counts[Math.min(counts.length - 1, Math.floor(counts.length * 0.98))];
}
