import { bisectLeft, bisectRight } from 'd3-array';
import type { EventColumns } from '../model/eventColumns';
import type { EventIndex } from '../model/eventIndex';
import { laneMaskOf, showsEveryRow } from '../model/filter';

/**
 * The visible (filtered) events of one lane as sorted time arrays, built once per
 * filter change so that a frame can count and bin any window by binary search,
 * whatever the number of events: O(bins · log n), never a scan. Read only: a
 * lane shown whole shares the index's arrays.
 */
export interface LaneTimes {
  /** Starts of the lane's visible rows, ascending. */
  starts: Float64Array;
  /** Ends (exclusive) of the same rows, ascending (sorted on their own). */
  ends: Float64Array;
  /** Visible importance-3 rows, ascending by start: shown even where the lane is dense. */
  keyRows: Uint32Array;
}

const wholeLanes = new WeakMap<EventIndex, LaneTimes[]>();

/**
 * A lane shown whole: the index's arrays, one object per lane for the index's life, so
 * what is kept per LaneTimes (its density pyramid) is built once however many masks
 * show the lane whole (every unfiltered result is a new mask).
 */
function wholeLane(index: EventIndex, lane: number): LaneTimes {
  let lanes = wholeLanes.get(index);
  if (!lanes) wholeLanes.set(index, (lanes = []));
  return (lanes[lane] ??= { starts: index.laneStarts(lane), ends: index.laneEnds(lane), keyRows: index.laneKeyRows(lane) });
}

/**
 * Builds a lane's time arrays from its index rows, keeping rows with mask 1 (a mask's
 * entries are 0 or 1). The index holds each lane's starts and ends already sorted, so
 * this is a linear filter (no sort on a filter change), and a lane the mask shows whole
 * takes the index's arrays as they are (no copy: the first render of a million events;
 * with nothing filtered, no read either).
 */
export function buildLaneTimes(columns: EventColumns, index: EventIndex, lane: number, mask: Uint8Array): LaneTimes {
  const rows = index.laneRows(lane);
  const byEnd = index.laneRowsByEnd(lane);
  const laneStarts = index.laneStarts(lane);
  const laneEnds = index.laneEnds(lane);
  // Nothing filtered (every dataset's first render): the lane is shown whole and the index has
  // its key rows, so no row is read (two passes over every lane's rows at 10^6 events).
  if (showsEveryRow(mask)) return wholeLane(index, lane);
  const { importance } = columns;
  const length = rows.length;
  // Two passes, each writing every row and moving on by its mask (no branch on it): a search
  // shows rows in no predictable pattern, and a branch per row was most of this function's
  // time (buildLaneTimes 50 ms of a search reply at 10^6 rows, in four branching passes).
  const starts = new Float64Array(length);
  const keyRows = new Uint32Array(length);
  let n = 0;
  let keys = 0;
  for (let k = 0; k < length; k++) {
    const r = rows[k];
    const shown = mask[r];
    starts[n] = laneStarts[k];
    keyRows[keys] = r;
    n += shown;
    keys += shown & (importance[r] === 3 ? 1 : 0);
  }
  if (n === length) return { starts: laneStarts, ends: laneEnds, keyRows: keyRows.slice(0, keys) };
  const ends = new Float64Array(length);
  let j = 0;
  for (let k = 0; k < length; k++) {
    ends[j] = laneEnds[k];
    j += mask[byEnd[k]];
  }
  return { starts: starts.slice(0, n), ends: ends.slice(0, j), keyRows: keyRows.slice(0, keys) };
}

/** Visible events of the lane whose [start, end) intersects [t0, t1). */
export function countInWindow(lane: LaneTimes, t0: number, t1: number): number {
  // Intersecting = started before t1, minus those already over by t0 (a subset of them).
  return bisectLeft(lane.starts, t1) - bisectRight(lane.ends, t0);
}

const caches = new WeakMap<EventIndex, WeakMap<Uint8Array, Map<number, LaneTimes>>>();

/**
 * `buildLaneTimes` of a lane the actor filter shows, memoised on the index's and the
 * mask's identity (a new mask = a filter change; lane numbers mean another actor in
 * another dataset). The mask is first taken to its lane mask (laneMaskOf: the same rows
 * in a shown lane), so an actor toggle reuses every other lane's arrays.
 */
export function laneTimesFor(columns: EventColumns, index: EventIndex, lane: number, filtered: Uint8Array): LaneTimes {
  const mask = laneMaskOf(filtered);
  let byMask = caches.get(index);
  if (!byMask) caches.set(index, (byMask = new WeakMap()));
  let byLane = byMask.get(mask);
  if (!byLane) byMask.set(mask, (byLane = new Map()));
  let times = byLane.get(lane);
  if (!times) byLane.set(lane, (times = buildLaneTimes(columns, index, lane, mask)));
  return times;
}
