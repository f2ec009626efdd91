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
 * Stacks the visible lanes top to bottom in `height`. Every lane gets at least the
 * minimum; the rest is shared by `weights` (one per lane, e.g. by how many events it
 * holds, so a busy lane gets more rows than a quiet one), each lane capped at the
 * maximum. Lanes never shrink below the minimum: the caller grows the
 * surface to `totalHeight` instead of squashing marks.
 */
export function layoutLanes(
  actors: readonly number[],
  height: number,
  metrics: LaneMetrics = DEFAULT_LANE_METRICS,
  weights?: readonly number[],
): { lanes: LaneBox[]; totalHeight: number } {
  const { rowHeight, minLaneHeight, maxLaneHeight, headerInset, padding } = metrics;
  const min = minLaneHeight + headerInset;
  const max = Math.max(min, maxLaneHeight + headerInset);
  const heights = shareHeight(actors.length, height, min, max, rowHeight, weights);
  let y = 0;
  const lanes = actors.map((actor, i) => {
    const laneHeight = heights[i];
    const lane = {
      actor,
      y,
      height: laneHeight,
      rowsTop: y + headerInset + padding,
      rows: Math.max(1, Math.floor((laneHeight - headerInset - 2 * padding) / rowHeight)),
    };
    y += laneHeight;
    return lane;
  });
  return { lanes, totalHeight: y };
}

/**
 * Heights in [min, max]: the surplus over the minimum is handed out a whole row at a
 * time, each row to the lane with the highest weight per row already given
 * (D'Hondt), so even a little spare height becomes a usable row in the busiest lane.
 * What is left (less than a row) goes to the lanes evenly.
 */
function shareHeight(n: number, height: number, min: number, max: number, row: number, weights?: readonly number[]): number[] {
  const heights = new Array<number>(n).fill(min);
  let surplus = height - n * min;
  const given = new Array<number>(n).fill(0);
  const weight = (i: number) => Math.max(weights?.[i] ?? 1, 1e-6);
  while (surplus >= row) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (heights[i] + row > max) continue;
      if (best < 0 || weight(i) / (given[i] + 1) > weight(best) / (given[best] + 1)) best = i;
    }
    if (best < 0) break;
    heights[best] += row;
    given[best]++;
    surplus -= row;
  }
  if (surplus > 0 && n > 0) {
    const each = Math.floor(surplus / n);
    for (let i = 0; i < n; i++) heights[i] = Math.min(max, heights[i] + each);
  }
  return heights;
}
