import { bisector } from 'd3-array';
import type { LaneBox } from './layoutLanes';
import type { TimelineLayout, TimelineMark } from './layoutTimeline';

const byLaneBottom = bisector((lane: LaneBox) => lane.y + lane.height);
const byX0 = bisector((m: TimelineMark) => m.x0);

/** How far back a hit test looks for a long bar that started left of the pointer. */
const LOOKBACK = 64;

/**
 * The mark under (x, y), or null: the lane by binary search on y, then the lane's
 * marks (ascending by x0) by binary search on x, checking only nearby marks.
 */
export function hitTest(layout: TimelineLayout, lanes: readonly LaneBox[], x: number, y: number, tolerance = 3): TimelineMark | null {
  const lo = byLaneBottom.right(lanes, y);
  if (lo >= lanes.length || y < lanes[lo].y) return null;
  const first = layout.laneStart[lo];
  const last = layout.laneStart[lo + 1];
  // Just past the last mark whose x0 is at or left of the pointer.
  const a = byX0.right(layout.marks, x + tolerance, first, last);
  let best: TimelineMark | null = null;
  let bestDist = Infinity;
  for (let i = a - 1; i >= Math.max(first, a - LOOKBACK); i--) {
    const m = layout.marks[i];
    const dy = Math.abs(m.y - y);
    if (dy > 9 || x > m.x1 + tolerance) continue;
    const dist = dy + Math.max(0, m.x0 - x);
    if (dist < bestDist) {
      best = m;
      bestDist = dist;
    }
  }
  return best;
}

/** A stretch of a dense lane under the pointer. */
export interface DensityHit {
  laneSlot: number;
  /** Events starting in [t0, t1) (the first bin also holds those under way at the window start). */
  count: number;
  t0: number;
  t1: number;
  /** Pixel extent summed, for placing a tooltip. */
  x0: number;
  x1: number;
  y: number;
}

/**
 * The dense-lane bins within `radius` px of x, summed: what a hover over a density
 * strip reports ("37 events, 3–9 March 2016"). Null outside dense lanes.
 */
export function densityHit(
  layout: TimelineLayout,
  lanes: readonly LaneBox[],
  domain: readonly [number, number],
  width: number,
  x: number,
  y: number,
  radius = 6,
): DensityHit | null {
  const slot = lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
  if (slot < 0) return null;
  const d = layout.density.find((s) => s.laneSlot === slot);
  if (!d || x < 0 || x >= width) return null;
  const b0 = Math.max(0, Math.floor((x - radius) / d.binPx));
  const b1 = Math.min(d.bins.length - 1, Math.floor((x + radius) / d.binPx));
  let count = 0;
  for (let b = b0; b <= b1; b++) count += d.bins[b];
  const msPerPx = (domain[1] - domain[0]) / width;
  const x0 = b0 * d.binPx;
  const x1 = (b1 + 1) * d.binPx;
  const lane = lanes[slot];
  return { laneSlot: slot, count, t0: domain[0] + x0 * msPerPx, t1: domain[0] + x1 * msPerPx, x0, x1, y: lane.y + lane.height / 2 };
}
