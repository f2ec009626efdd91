import { utcTickInterval, type TimeInterval } from 'd3-time';
import { eraTickInterval } from '../axis/eraYears';
import type { EventColumns } from '../model/eventColumns';
import type { EventIndex } from '../model/eventIndex';

/**
 * The timeline as a tree for keyboard and screen-reader navigation (issue 11):
 * lanes, then the periods of the axis at the current zoom (only those holding
 * events), then the events. A period with more than DENSE_PERIOD events has the
 * next finer periods as children instead, so every event is a few keys away at any
 * size. Each event belongs to the period its start falls in: it is reached once.
 * Pure: the component in TimelineTree.tsx renders only the focused path.
 */

/** A lane's events that pass the filters, ascending by start. */
export interface LaneRows {
  rows: Uint32Array;
  starts: Float64Array;
}

/** A period of one lane: [t0, t1) in ms, holding rows [from, to) of its LaneRows. */
export interface Period {
  t0: number;
  t1: number;
  from: number;
  to: number;
}

/** Above this many events a period is split into finer periods rather than listing its events. */
export const DENSE_PERIOD = 24;

const caches = new WeakMap<EventIndex, WeakMap<Uint8Array, Map<number, LaneRows>>>();

/** The lane's visible rows, memoised on the index's and the mask's identity (a new mask = a filter change). */
export function laneRowsFor(index: EventIndex, lane: number, mask: Uint8Array): LaneRows {
  let byMask = caches.get(index);
  if (!byMask) caches.set(index, (byMask = new WeakMap()));
  let byLane = byMask.get(mask);
  if (!byLane) byMask.set(mask, (byLane = new Map()));
  let found = byLane.get(lane);
  if (!found) {
    const all = index.laneRows(lane);
    const allStarts = index.laneStarts(lane);
    let n = 0;
    for (let k = 0; k < all.length; k++) n += mask[all[k]];
    const rows = new Uint32Array(n);
    const starts = new Float64Array(n);
    for (let k = 0, j = 0; k < all.length; k++) {
      if (mask[all[k]] === 1) {
        rows[j] = all[k];
        starts[j++] = allStarts[k];
      }
    }
    byLane.set(lane, (found = { rows, starts }));
  }
  return found;
}

/** First index in [lo, hi) of `a` (ascending) whose value is >= t. */
function lowerBound(a: Float64Array, t: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The non-empty periods of `interval` holding rows [from, to) of the lane, in time order. */
export function periodsOf(lane: LaneRows, from: number, to: number, interval: TimeInterval): Period[] {
  const out: Period[] = [];
  let i = from;
  while (i < to) {
    const t0 = +interval.floor(new Date(lane.starts[i]));
    const t1 = +interval.offset(new Date(t0), 1);
    const j = lowerBound(lane.starts, t1, i + 1, to);
    out.push({ t0, t1, from: i, to: j });
    i = j;
  }
  return out;
}

/** The axis's tick interval for a visible domain: the lanes' top-level periods. */
export function topInterval(domain: readonly [number, number], tickCount: number): TimeInterval | null {
  return eraTickInterval(domain[0], domain[1], tickCount) ?? utcTickInterval(new Date(domain[0]), new Date(domain[1]), tickCount);
}

/** The finer periods a dense period splits into, or null when none is finer (then it lists its events). */
export function finerInterval(period: Period): TimeInterval | null {
  const interval = eraTickInterval(period.t0, period.t1, 12) ?? utcTickInterval(new Date(period.t0), new Date(period.t1), 12);
  if (!interval) return null;
  const step = +interval.offset(new Date(period.t0), 1) - period.t0;
  return step > 0 && step < period.t1 - period.t0 ? interval : null;
}

/** A stable key of an interval (equal intervals give equal keys): where one step from 2000-01-01 lands. */
export const intervalKey = (interval: TimeInterval | null): string =>
  interval ? String(+interval.offset(new Date(Date.UTC(2000, 0, 1)), 1)) : 'none';

/** The row of the period's most important event (highest importance, then the earliest). */
export function mostImportant(columns: EventColumns, lane: LaneRows, period: Period): number {
  let best = lane.rows[period.from];
  for (let k = period.from + 1; k < period.to; k++) {
    const r = lane.rows[k];
    if (columns.importance[r] > columns.importance[best]) best = r;
  }
  return best;
}

/** Precision code (0 year, 1 month, 2 day, 3 time) that names a period of this length. */
export function precisionForSpan(ms: number): number {
  const day = 86_400_000;
  if (ms >= 365 * day) return 0;
  if (ms >= 28 * day) return 1;
  if (ms >= day) return 2;
  return 3;
}

/** Index of the period containing `t`, else the nearest one (by its start). */
export function periodNear(periods: readonly Period[], t: number): number {
  if (periods.length === 0) return -1;
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (periods[mid].t1 <= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= periods.length) return periods.length - 1;
  if (periods[lo].t0 <= t || lo === 0) return lo;
  return t - periods[lo - 1].t1 < periods[lo].t0 - t ? lo - 1 : lo;
}

/** Index in rows [from, to) of the lane whose start is nearest `t`, relative to `from`. */
export function rowNear(lane: LaneRows, from: number, to: number, t: number): number {
  const k = lowerBound(lane.starts, t, from, to);
  if (k >= to) return to - from - 1;
  if (k > from && t - lane.starts[k - 1] < lane.starts[k] - t) return k - 1 - from;
  return k - from;
}
