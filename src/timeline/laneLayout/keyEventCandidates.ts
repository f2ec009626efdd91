import { bisector } from 'd3-array';
import type { EventColumns } from '../../model/eventColumns';
import type { LaneTimes } from '../laneTimes';
import { markCandidate, type MarkCandidate } from './markCandidate';

/** One key event per this many px at most: more and they would hide the density they stand on. */
export const KEY_EVENT_SPACING_PX = 24;
/** How many key events that began before the window are checked for still being under way. */
const LOOKBACK = 64;

/**
 * The key (importance 3) events a dense lane keeps as marks above its density:
 * those starting in [t0, t1) plus the few that began earlier and are still under
 * way, but none at all when there are more than one per KEY_EVENT_SPACING_PX of
 * `width` (the width cap): then the lane is density only.
 */
export function keyEventCandidates(
  columns: EventColumns,
  times: LaneTimes,
  t0: number,
  t1: number,
  width: number,
  x: (t: number) => number,
): MarkCandidate[] {
  const keys = times.keyRows;
  const cap = Math.floor(width / KEY_EVENT_SPACING_PX);
  const byStart = bisector((row: number) => columns.start[row]);
  const lo = byStart.left(keys, t0);
  const hi = byStart.left(keys, t1, lo);
  if (hi - lo > cap) return [];
  const cands: MarkCandidate[] = [];
  for (let i = Math.max(0, lo - LOOKBACK); i < lo; i++) {
    if (columns.end[keys[i]] > t0) cands.push(markCandidate(columns, keys[i], x));
  }
  for (let i = lo; i < hi; i++) cands.push(markCandidate(columns, keys[i], x));
  return cands.length > width / KEY_EVENT_SPACING_PX ? [] : cands;
}
