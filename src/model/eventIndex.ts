/**
 * Time index over EventColumns: per-lane (actor) lists of rows sorted by start,
 * so the rows in a visible window are found by binary search, never by a scan.
 */
export interface EventIndex {
  /** Rows of lane (actor index) `lane`, ascending by start. */
  laneRows(lane: number): Uint32Array;
  /**
   * The same rows ascending by end, a zero-length event counted as ending 1 ms after
   * its start (ties in start order): a filter keeps ends sorted by a linear pass.
   */
  laneRowsByEnd(lane: number): Uint32Array;
  /** start of each row of laneRows(lane), in that order (ascending). Shared: read only. */
  laneStarts(lane: number): Float64Array;
  /** Counted end of each row of laneRowsByEnd(lane), in that order (ascending). Shared: read only. */
  laneEnds(lane: number): Float64Array;
  /** The importance-3 rows of laneRows(lane), in that order (ascending by start). Shared: read only. */
  laneKeyRows(lane: number): Uint32Array;
  /**
   * Calls `visit` with every row of `lane` whose [start, end) intersects [t0, t1),
   * in ascending start order. Cost is O(log n + k), k = rows intersecting.
   */
  forEachInWindow(lane: number, t0: number, t1: number, visit: (row: number) => void): void;
  /** Same over all rows regardless of lane. */
  forEachInWindowAll(t0: number, t1: number, visit: (row: number) => void): void;
}
