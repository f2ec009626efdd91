import { bisector } from 'd3-array';
import type { TimedPoint } from './timedSeries';

const byStart = bisector((p: TimedPoint) => p.start);

/**
 * Index of the point in force at time `t` under step semantics: the last point
 * starting at or before `t`; -1 before the first point. Binary search, points in date order.
 */
export function indexAt(points: readonly TimedPoint[], t: number): number {
  return byStart.right(points, t) - 1;
}

/** The point in force at time `t`, or undefined before the first figure. */
export function valueAt(points: readonly TimedPoint[], t: number): TimedPoint | undefined {
  const i = indexAt(points, t);
  return i < 0 ? undefined : points[i];
}
