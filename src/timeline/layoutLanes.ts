/** Vertical placement of one actor lane. */
export interface LaneBox {
  /** Actor index. */
  actor: number;
  /** Top, px, from the top of the lanes area. */
  y: number;
  height: number;
  /** Top of the first row of marks (below an inline header when headers sit above lanes). */
  rowsTop: number;
  /** Rows of marks the lane can hold. */
  rows: number;
}

/** Size rules for lanes. */
export interface LaneMetrics {
  rowHeight: number;
  minLaneHeight: number;
  maxLaneHeight: number;
  /** Space above the rows, px (room for a header drawn inside the lane on narrow screens). */
  headerInset: number;
  padding: number;
}

export const DEFAULT_LANE_METRICS: LaneMetrics = {
  rowHeight: 16,
  minLaneHeight: 40,
  maxLaneHeight: 132,
  headerInset: 0,
  padding: 4,
};

/**
 * Stacks the visible lanes top to bottom, sharing `height` equally within the
 * metrics' bounds. Lanes never shrink below the minimum: the caller grows the
 * surface to `totalHeight` instead of squashing marks.
 */
export function layoutLanes(
  actors: readonly number[],
  height: number,
  metrics: LaneMetrics = DEFAULT_LANE_METRICS,
): { lanes: LaneBox[]; totalHeight: number } {
  const { rowHeight, minLaneHeight, maxLaneHeight, headerInset, padding } = metrics;
  const share = actors.length ? height / actors.length : 0;
  const laneHeight = Math.floor(Math.max(minLaneHeight + headerInset, Math.min(maxLaneHeight + headerInset, share)));
  const rows = Math.max(1, Math.floor((laneHeight - headerInset - 2 * padding) / rowHeight));
  const lanes = actors.map((actor, i) => ({
    actor,
    y: i * laneHeight,
    height: laneHeight,
    rowsTop: i * laneHeight + headerInset + padding,
    rows,
  }));
  return { lanes, totalHeight: laneHeight * actors.length };
}
