import type { LaneBox } from './layoutLanes';
import type { TimelineLayout, TimelineMark } from './layoutTimeline';

/** How far back a hit test looks for a long bar that started left of the pointer. */
const LOOKBACK = 64;

/**
 * The mark under (x, y), or null: the lane by binary search on y, then the lane's
 * marks (ascending by x0) by binary search on x, checking only nearby marks.
 */
export function hitTest(layout: TimelineLayout, lanes: readonly LaneBox[], x: number, y: number, tolerance = 3): TimelineMark | null {
  let lo = 0;
  let hi = lanes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lanes[mid].y + lanes[mid].height <= y) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= lanes.length || y < lanes[lo].y) return null;
  const first = layout.laneStart[lo];
  const last = layout.laneStart[lo + 1];
  // Last mark whose x0 is at or left of the pointer.
  let a = first;
  let b = last;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (layout.marks[mid].x0 - tolerance <= x) a = mid + 1;
    else b = mid;
  }
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
